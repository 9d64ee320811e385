/** The Settings dialog's server side: it edits the same 设置/Settings sheet teachers can edit by hand. */
import type { Lang } from '../../shared/i18n/localized.ts';
import { mergeSettings, validateSettings } from '../../shared/settings/index.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { activeSpreadsheet } from './apps-script.ts';
import { fail, type Failure } from './responses.ts';
import { withDocumentLock } from './document-lock.ts';
import { readSettings, writeSettings } from './settings-store.ts';

export interface SettingsView {
  ok: true;
  lang: Lang;
  settings: Settings;
  /** Rows of the sheet that could not be read (the default was used), localized. */
  notices: string[];
  fromSheet: boolean;
}

export const settingsView = (lang: Lang): SettingsView => {
  const stored = readSettings(activeSpreadsheet(), lang);
  return {
    ok: true,
    lang,
    settings: stored.settings,
    notices: stored.problems.map((p) => p[lang]),
    fromSheet: stored.fromSheet,
  };
};

/** Validate and write; nothing is written when any field is wrong (every problem is listed). */
export const saveSettings = (patch: Partial<Settings>, lang: Lang): { ok: true } | Failure => {
  const ss = activeSpreadsheet();
  // Merged with the sheet as it is once the lock is held: a colleague's change just before is kept.
  return withDocumentLock(lang, () => {
    const merged = mergeSettings(readSettings(ss, lang).settings, sanitize(patch));
    const problems = validateSettings(merged);
    if (problems.length > 0) {
      return fail({ zh: '设置没有保存，请修改：', en: 'The settings were not saved; please fix:' }, lang, {
        details: problems.map((p) => p[lang]),
      });
    }
    writeSettings(ss, merged, lang);
    return { ok: true as const };
  });
};

/** Only known fields, with the types the sheet code expects (the page is not trusted to send the right shapes). */
const sanitize = (p: Partial<Settings>): Partial<Settings> => {
  const out: Partial<Settings> = {};
  if (p.groupSize !== undefined) out.groupSize = Number(p.groupSize);
  if (p.mix !== undefined) out.mix = p.mix === null ? null : Array.isArray(p.mix) ? p.mix.map(Number) : null;
  if (Array.isArray(p.categories))
    out.categories = p.categories.map((c) => ({
      name: String(c?.name ?? '').trim(),
      defaultPoints: Number(c?.defaultPoints),
    }));
  if (p.badge) out.badge = { name: String(p.badge.name ?? '').trim(), every: Number(p.badge.every) };
  if (p.fairness !== undefined) out.fairness = p.fairness;
  if (p.showNegative !== undefined) out.showNegative = Boolean(p.showNegative);
  if (Array.isArray(p.periods)) out.periods = p.periods;
  if (p.termStart !== undefined)
    out.termStart = p.termStart === null || String(p.termStart).trim() === '' ? null : String(p.termStart).trim();
  return out;
};
