/**
 * What every google.script.run entry point returns: plain objects (no Dates, no class instances), with messages
 * already in the user's language. Unexpected exceptions become one plain sentence, never a stack trace.
 */
import type { Lang, Localized } from '../../shared/i18n/localized.ts';
import { missingScopes, userLang } from './apps-script.ts';

export interface Failure {
  ok: false;
  message: string;
  /** The document lock was held by someone else: the client keeps the request queued and retries. */
  busy?: boolean;
  /** The user has not granted a permission the add-on needs: retrying cannot help until they do. */
  permission?: boolean;
  /** Line-by-line details (roster problems, conflicts) when there are several. */
  details?: string[];
}

/** A failure the user can act on, thrown from deep inside and turned into a Failure by `guard`. */
export class UserError extends Error {
  constructor(
    readonly text: Localized,
    readonly details: Localized[] = [],
  ) {
    super(text.en);
  }
}

export const fail = (text: Localized, lang: Lang, extra: Partial<Failure> = {}): Failure => ({
  ok: false,
  message: text[lang],
  ...extra,
});

/** Run an entry point; turn any exception into a Failure in the user's language. */
/** A permission the user unticked on the consent screen, named in a teacher's words, with what to do. */
const permissionMissing = (lang: Lang, what: readonly Localized[]): Failure => ({
  ok: false,
  permission: true,
  message:
    lang === 'zh'
      ? `互助还没有得到这项许可：${what.map((w) => w.zh).join('；')}。请从菜单“扩展程序 › 互助”重新打开，在授权页面勾选全部许可。`
      : `Huzhu has not been allowed to ${what.map((w) => w.en).join('; ')}. Open it again from Extensions › Huzhu and tick every permission on the consent page.`,
});

export const guard = <T>(run: (lang: Lang) => T): T | Failure => {
  const lang = userLang();
  try {
    const missing = missingScopes();
    if (missing.length > 0)
      return permissionMissing(
        lang,
        missing.map((s) => s.what),
      );
    return run(lang);
  } catch (e) {
    if (e instanceof UserError) return { ok: false, message: e.text[lang], details: e.details.map((d) => d[lang]) };
    const why = (e instanceof Error ? e.message : String(e)).replace(/[.。]\s*$/, '');
    return {
      ok: false,
      message:
        lang === 'zh'
          ? `操作没有完成：${why}。请重试；如果一直出现，请把这句话告诉管理员。`
          : `That did not finish: ${why}. Try again; if it keeps happening, pass this sentence on to whoever set up the add-on.`,
    };
  }
};
