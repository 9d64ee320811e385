/**
 * Writing an imported plan into the user's spreadsheet through the Sheets API v4. No browser APIs: the caller passes
 * fetch, the token and the API base URL, so this runs in node against a stand-in server.
 *
 * Order: every read first (tab names, existing headers, current settings), then the writes — add missing tabs in
 * one batchUpdate (all or nothing), append Plan and Schedule rows, update the Settings rows. All writes use
 * valueInputOption=RAW, so page text is stored as text and never parsed as a formula.
 */
import type { Lang } from '../../shared/i18n/localized.ts';
import type { PlanDocument } from '../../shared/plan/types.ts';
import { PLAN_TABLE_KINDS, planToTables } from '../../shared/plan-tables/index.ts';
import type { PlanTableKind, PlanTables } from '../../shared/plan-tables/index.ts';
import { defaultSettings, rowsToSettings } from '../../shared/settings/index.ts';
import { findSheetName, sheetName } from '../../shared/sheet-text.ts';

export const GOOGLE_SHEETS_API = 'https://sheets.googleapis.com';

export interface HttpResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}
export type HttpFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<HttpResponse>;

export type SheetsErrorKind = 'auth' | 'forbidden' | 'notFound' | 'network' | 'other';

/** A failed call, classified for a message the user can act on; `done` lists the writes that had succeeded. */
export class SheetsError extends Error {
  constructor(
    readonly kind: SheetsErrorKind,
    readonly status: number,
    readonly detail: string,
    readonly done: string[] = [],
  ) {
    super(`Sheets API ${status}: ${detail}`);
    this.name = 'SheetsError';
  }
}

/** The spreadsheet id from a Sheets URL (…/spreadsheets/d/ID/edit…) or a bare id; null when it is neither. */
export const spreadsheetIdFromUrl = (input: string): string | null => {
  const s = input.trim();
  const m = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})(?:[/?#]|$)/.exec(s);
  if (m?.[1]) return m[1];
  return /^[A-Za-z0-9_-]{30,}$/.test(s) ? s : null;
};

/** A1 range on a named tab: 'My tab'!A1 (quotes doubled inside the name). */
export const a1 = (sheet: string, range: string): string => `'${sheet.replace(/'/g, "''")}'!${range}`;

const classify = (status: number): SheetsErrorKind =>
  status === 401 ? 'auth' : status === 403 ? 'forbidden' : status === 404 ? 'notFound' : 'other';

/** Google's error JSON carries a readable message; fall back to the raw body, kept short. */
const errorDetail = (body: string): string => {
  try {
    const j = JSON.parse(body) as { error?: { message?: string } };
    if (j.error?.message) return j.error.message;
  } catch {
    // not JSON
  }
  return body.slice(0, 200);
};

export interface SheetsClient {
  get(path: string): Promise<unknown>;
  send(method: 'POST' | 'PUT', path: string, body: unknown): Promise<unknown>;
}

export const sheetsClient = (fetchFn: HttpFetch, base: string, token: string, spreadsheetId: string): SheetsClient => {
  const root = `${base.replace(/\/+$/, '')}/v4/spreadsheets/${encodeURIComponent(spreadsheetId)}`;
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    let res: HttpResponse;
    try {
      res = await fetchFn(root + path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (e) {
      throw new SheetsError('network', 0, e instanceof Error ? e.message : String(e));
    }
    const text = await res.text();
    if (!res.ok) throw new SheetsError(classify(res.status), res.status, errorDetail(text));
    return text === '' ? {} : (JSON.parse(text) as unknown);
  };
  return { get: (p) => call('GET', p), send: (m, p, b) => call(m, p, b) };
};

export interface SendReport {
  /** Tab name → rows written (header included) for Plan and Schedule; Settings rows updated. */
  written: { kind: PlanTableKind; sheet: string; rows: number }[];
  created: string[];
}

const hasCjk = (rows: unknown[][]): boolean => rows.some((r) => /[\u4e00-\u9fff]/.test(String(r[0] ?? '')));

/**
 * Write `doc` into the spreadsheet. Existing tabs are found in either language (findSheetName); missing ones are
 * created with names in `lang`. Plan/Schedule rows are appended (header only into an empty tab); the Settings
 * rows are the teacher's current settings with the plan's implications applied, in the sheet's own language.
 */
export const sendPlan = async (client: SheetsClient, doc: PlanDocument, lang: Lang): Promise<SendReport> => {
  // ---- reads ----
  const meta = (await client.get('?fields=sheets.properties.title')) as {
    sheets?: { properties?: { title?: string } }[];
  };
  const titles = (meta.sheets ?? []).map((s) => s.properties?.title ?? '').filter((t) => t !== '');
  const names = {} as Record<PlanTableKind, string>;
  const missing: string[] = [];
  for (const kind of PLAN_TABLE_KINDS) {
    const found = findSheetName(titles, kind);
    names[kind] = found ?? sheetName(kind, lang);
    if (!found) missing.push(names[kind]);
  }
  const values = async (range: string): Promise<unknown[][]> =>
    ((await client.get(`/values/${encodeURIComponent(range)}`)) as { values?: unknown[][] }).values ?? [];
  const isEmpty = async (kind: PlanTableKind): Promise<boolean> =>
    missing.includes(names[kind]) || (await values(a1(names[kind], 'A1:E2'))).length === 0;
  const planEmpty = await isEmpty('plan');
  const scheduleEmpty = await isEmpty('schedule');
  const current = missing.includes(names.settings) ? [] : await values(a1(names.settings, 'A1:B200'));
  const settingsLang: Lang = current.length === 0 ? lang : hasCjk(current) ? 'zh' : 'en';
  const base = current.length === 0 ? defaultSettings(settingsLang) : rowsToSettings(current).settings;

  const tables: PlanTables = planToTables(doc, lang);
  const settingsRows = planToTables(doc, settingsLang, base).settings;

  // ---- writes ----
  const done: string[] = [];
  const report: SendReport = { written: [], created: [] };
  try {
    if (missing.length > 0) {
      await client.send('POST', ':batchUpdate', {
        requests: missing.map((title) => ({ addSheet: { properties: { title } } })),
      });
      report.created = [...missing];
      done.push(...missing.map((t) => `+${t}`));
    }
    const append = async (kind: 'plan' | 'schedule', rows: string[][], empty: boolean): Promise<void> => {
      if (rows.length <= 1) return; // nothing but the header
      const body = empty ? rows : rows.slice(1);
      const range = encodeURIComponent(a1(names[kind], 'A1'));
      await client.send('POST', `/values/${range}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS`, {
        majorDimension: 'ROWS',
        values: body,
      });
      report.written.push({ kind, sheet: names[kind], rows: body.length });
      done.push(names[kind]);
    };
    await append('plan', tables.plan, planEmpty);
    await append('schedule', tables.schedule, scheduleEmpty);
    const range = a1(names.settings, `A1:B${settingsRows.length}`);
    await client.send('PUT', `/values/${encodeURIComponent(range)}?valueInputOption=RAW`, {
      range,
      majorDimension: 'ROWS',
      values: settingsRows,
    });
    report.written.push({ kind: 'settings', sheet: names.settings, rows: settingsRows.length });
  } catch (e) {
    if (e instanceof SheetsError) throw new SheetsError(e.kind, e.status, e.detail, done);
    throw e;
  }
  return report;
};
