/**
 * What the popup's buttons do outside the popup: read the target page, copy a table to the clipboard, download it
 * as CSV, send the plans to the teacher's spreadsheet. Each returns the Status to show; none throws for a failure
 * the teacher can act on.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../../../shared/i18n/localized.ts';
import type { PlanDocument } from '../../../shared/plan/types.ts';
import { tablesToCsv } from '../../../shared/plan-tables/csv.ts';
import type { PlanTableKind } from '../../../shared/plan-tables/index.ts';
import { planTableSheetName, planToTables, tablesToTsv } from '../../../shared/plan-tables/index.ts';
import { forgetToken, quietToken } from '../auth.ts';
import { clientIdOf, loadConfig } from '../config.ts';
import type { MessageKey, Translate } from '../messages.ts';
import type { PageText } from '../page-text.ts';
import type { HttpFetch, SheetsErrorKind } from '../sheets.ts';
import {
  DEFAULT_RETRY,
  readSpreadsheetSettings,
  SheetsError,
  sendPlan,
  sheetsClient,
  spreadsheetIdFromUrl,
} from '../sheets.ts';
import type { SpreadsheetSettings } from './render.ts';
import { sessionJournal } from './session.ts';
import { chooseTargetTab } from '../target-tab.ts';
import type { Status } from './state.ts';

const ok = (text: string): Status => ({ text, kind: 'ok' });
const error = (text: string): Status => ({ text, kind: 'error' });
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export type PageRead = { ok: true; page: PageText } | { ok: false; problem: 'noTab' | 'cannotRead' };

const targetTab = async (): Promise<number | null> => {
  const self = await browser.tabs.getCurrent();
  const tabs = self ? await browser.tabs.query({}) : await browser.tabs.query({ active: true, currentWindow: true });
  return chooseTargetTab(tabs, self?.id);
};

/** The injected script's result comes from the page's world: check its shape before trusting it. */
const isPageText = (v: unknown): v is PageText =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Partial<PageText>).text === 'string' &&
  typeof (v as Partial<PageText>).cut === 'boolean' &&
  ['undefined', 'string'].includes(typeof (v as Partial<PageText>).treeJson);

/** The target tab's text, read by the injected page-text script (Readability in the page). */
export const readTargetPage = async (): Promise<PageRead> => {
  let tabId: number | null = null;
  try {
    tabId = await targetTab();
  } catch (e) {
    console.warn(e);
  }
  if (tabId === null) return { ok: false, problem: 'noTab' };
  try {
    const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-text.js'] });
    const page = res?.result;
    if (isPageText(page)) return { ok: true, page };
  } catch (e) {
    // Browser pages, the PDF viewer and store pages refuse scripts: the teacher is told to paste instead.
    console.warn(e);
  }
  return { ok: false, problem: 'cannotRead' };
};

/** "Copy for Sheets": the chosen table as TSV that pastes into Sheets as rows and columns. */
export const copyTable = async (
  doc: PlanDocument,
  kind: PlanTableKind,
  lang: Lang,
  t: Translate,
  planIndex = 0,
): Promise<Status> => {
  try {
    await navigator.clipboard.writeText(tablesToTsv(planToTables(doc, lang, undefined, planIndex)[kind]));
    return ok(t('copied', { name: planTableSheetName(kind, lang) }));
  } catch {
    return error(t('copyFailed'));
  }
};

/** "Download CSV": the chosen table as a CSV file, through a temporary object URL. */
export const downloadTable = (
  doc: PlanDocument,
  kind: PlanTableKind,
  lang: Lang,
  t: Translate,
  planIndex = 0,
): Status => {
  const file = `huzhu-${planTableSheetName(kind, lang)}.csv`;
  const csv = tablesToCsv(planToTables(doc, lang, undefined, planIndex)[kind]);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return ok(t('downloaded', { file }));
};

const SHEETS_ERROR_MESSAGE: Record<SheetsErrorKind, MessageKey> = {
  auth: 'errAuth',
  forbidden: 'errForbidden',
  notFound: 'errNotFound',
  busy: 'errBusy',
  badReply: 'errBadReply',
  network: 'errNetwork',
  other: 'errOther',
};

const fetchAdapter: HttpFetch = (url, init) => fetch(url, init);

export interface SendOutcome extends Status {
  /** The teacher has to sign in on the Options page first (the popup itself never opens a sign-in window). */
  needSignIn?: boolean;
}

export interface SendHooks {
  /** Called once the spreadsheet and a token are known, before anything slow starts. */
  sending(): void;
  /** Google is busy: the next try is in `waitMs`. */
  retrying(status: number, waitMs: number): void;
}

/**
 * "Send to spreadsheet": a token without any window (see ../auth.ts), then the plans into the spreadsheet set in
 * Options. `sendId` names this import's send, so sending it again rewrites its own rows instead of adding more.
 */
/**
 * The spreadsheet's current settings, for the preview of what a send changes: read without any window (a token
 * kept or given silently), before anything is written. Null when no spreadsheet is set, no token comes without a
 * window, or the read fails (the preview then says it compares with the defaults).
 */
export const readSettingsForPreview = async (lang: Lang): Promise<SpreadsheetSettings | null> => {
  try {
    const config = await loadConfig();
    const id = spreadsheetIdFromUrl(config.spreadsheetUrl);
    if (!id) return null;
    const token = await quietToken(clientIdOf(config), config.authBase);
    if (!token) return null;
    const client = sheetsClient(fetchAdapter, config.apiBase, token, id, {
      retry: { ...DEFAULT_RETRY, attempts: 1 },
    });
    return { settings: (await readSpreadsheetSettings(client, lang)).settings };
  } catch (e) {
    console.warn('read settings', e);
    return null;
  }
};

export const sendToSpreadsheet = async (
  doc: PlanDocument,
  sendId: string,
  lang: Lang,
  t: Translate,
  hooks: SendHooks,
  /** The plan whose settings are written. */
  planIndex = 0,
): Promise<SendOutcome> => {
  const config = await loadConfig();
  const id = spreadsheetIdFromUrl(config.spreadsheetUrl);
  if (!id) return error(t('noSpreadsheet'));
  const clientId = clientIdOf(config);
  let token = await quietToken(clientId, config.authBase);
  if (!token) return clientId === '' ? error(t('errNoAuthSetup')) : { ...error(t('needSignIn')), needSignIn: true };
  hooks.sending();
  const journal = sessionJournal(id, sendId);
  const attempt = (tok: string) =>
    sendPlan(
      sheetsClient(fetchAdapter, config.apiBase, tok, id, { onRetry: (status, ms) => hooks.retrying(status, ms) }),
      doc,
      lang,
      journal,
      planIndex,
    );
  try {
    let report: Awaited<ReturnType<typeof sendPlan>>;
    try {
      report = await attempt(token);
    } catch (e) {
      // A refused token (expired, revoked): forget it and ask Google once more without a window; the send is safe
      // to repeat.
      if (!(e instanceof SheetsError && e.kind === 'auth')) throw e;
      await forgetToken();
      token = await quietToken(clientId, config.authBase);
      if (!token) return { ...error(t('errAuth')), needSignIn: true };
      report = await attempt(token);
    }
    const parts = report.written.map((w) =>
      w.kind === 'settings' ? t('settingsWritten', { name: w.sheet }) : t('sentRows', { name: w.sheet, n: w.rows }),
    );
    const sent = t('sent', { tabs: parts.join(lang === 'zh' ? '，' : ', ') });
    if (report.skippedSettings.length === 0) return ok(sent);
    const rows = report.skippedSettings.map((r) => `${r.row}（${r.label}）`).join(lang === 'zh' ? '、' : ', ');
    return error(`${sent} ${t('settingsSkipped', { rows })}`);
  } catch (e) {
    if (e instanceof SheetsError) {
      const done = e.done.length > 0 ? ` ${t('errPartial', { done: e.done.join('、') })}` : '';
      const text = t(SHEETS_ERROR_MESSAGE[e.kind], { status: e.status, detail: e.detail }) + done;
      return e.kind === 'auth' ? { ...error(text), needSignIn: true } : error(text);
    }
    console.error(e);
    return error(t('errOther', { status: '—', detail: messageOf(e) }));
  }
};
