/**
 * Writing an imported plan into the user's spreadsheet through the Sheets API v4. No browser APIs: the caller passes
 * fetch, the token, the API base URL and where to remember a send, so this runs in node against a stand-in server.
 *
 * A send can be repeated safely (the teacher clicks Send again after a failure, or a reply was lost after the write
 * landed): Plan and Schedule rows go to a block of rows chosen once per send and remembered in a SendJournal, and
 * are written there with values.update (same cells, same values), never appended; Settings rows are updated in
 * place. Every read comes first; every write uses valueInputOption=RAW, so page text stays text.
 * Docs: https://developers.google.com/sheets/api/guides/values,
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values (trailing empty rows and cells are
 * omitted from a read; "" empties a cell on write).
 */
import type { Lang } from '../../shared/i18n/localized.ts';
import type { PlanDocument } from '../../shared/plan/types.ts';
import { PLAN_TABLE_KINDS, planSettingsPatch, planToTables } from '../../shared/plan-tables/index.ts';
import type { PlanTableKind, PlanTables } from '../../shared/plan-tables/index.ts';
import type { Settings, SettingsField } from '../../shared/settings/index.ts';
import {
  defaultSettings,
  mergeSettings,
  readSettingsRows,
  SETTINGS_FIELDS,
  settingsFieldOf,
  settingsToRows,
} from '../../shared/settings/index.ts';
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

/**
 * How a failure reads to the teacher: `busy` is 429 or 5xx after the retries, `badReply` a 200 whose body is not
 * the API's JSON (a proxy or network sign-in page answered instead).
 */
export type SheetsErrorKind = 'auth' | 'forbidden' | 'notFound' | 'busy' | 'badReply' | 'network' | 'other';

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

/** 429 and 5xx are worth another try after a wait; the rest will not change by waiting. */
export const isRetryable = (status: number): boolean => status === 429 || (status >= 500 && status <= 599);

const classify = (status: number): SheetsErrorKind =>
  status === 401
    ? 'auth'
    : status === 403
      ? 'forbidden'
      : status === 404
        ? 'notFound'
        : isRetryable(status)
          ? 'busy'
          : 'other';

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

/**
 * Truncated exponential backoff as Google documents it for 429 (and advises for 503): wait 2^n seconds plus up to
 * 1,000 random milliseconds, never more than the maximum backoff, a bounded number of times.
 * https://developers.google.com/sheets/api/limits#exponential,
 * https://developers.google.com/sheets/api/troubleshoot-api-errors#503-service-unavailable
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseMs: number;
  maxBackoffMs: number;
  jitterMs: number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  // 4 waits of 1, 2, 4, 8 s (+ jitter): the teacher is watching the popup, so give up after about 20 s.
  attempts: 5,
  baseMs: 1000,
  maxBackoffMs: 32_000,
  jitterMs: 1000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** The wait before try `n + 1` (n = 1 after the first failure). */
export const backoffMs = (policy: RetryPolicy, n: number): number =>
  Math.min(policy.baseMs * 2 ** (n - 1) + Math.floor(policy.random() * policy.jitterMs), policy.maxBackoffMs);

export interface SheetsClient {
  get(path: string): Promise<unknown>;
  send(method: 'POST' | 'PUT', path: string, body: unknown): Promise<unknown>;
}

export interface ClientOptions {
  retry?: RetryPolicy;
  /** Told before each wait, so the popup can say it is waiting for Google. */
  onRetry?: (status: number, waitMs: number) => void;
}

export const sheetsClient = (
  fetchFn: HttpFetch,
  base: string,
  token: string,
  spreadsheetId: string,
  options: ClientOptions = {},
): SheetsClient => {
  const retry = options.retry ?? DEFAULT_RETRY;
  const root = `${base.replace(/\/+$/, '')}/v4/spreadsheets/${encodeURIComponent(spreadsheetId)}`;
  const once = async (method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> => {
    try {
      const res = await fetchFn(root + path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.ok ? 200 : res.status || 599, text: await res.text() };
    } catch (e) {
      throw new SheetsError('network', 0, e instanceof Error ? e.message : String(e));
    }
  };
  // Every request this client makes is idempotent (reads, values.update, addSheet checked by the caller), so
  // repeating one after a lost reply does no harm.
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    for (let n = 1; ; n++) {
      const { status, text } = await once(method, path, body);
      if (status === 200) {
        if (text === '') return {};
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new SheetsError('badReply', 200, `not the API's JSON: ${text.slice(0, 120)}`);
        }
      }
      if (!isRetryable(status) || n >= retry.attempts)
        throw new SheetsError(classify(status), status, errorDetail(text));
      const wait = backoffMs(retry, n);
      options.onRetry?.(status, wait);
      await retry.sleep(wait);
    }
  };
  return { get: (p) => call('GET', p), send: (m, p, b) => call(m, p, b) };
};

// ---- remembering a send ----

/** The block of rows a send writes on a tab: 1-based first row, rows reserved (header included), plan titles. */
export interface RowsPlacement {
  sheet: string;
  startRow: number;
  height: number;
  header: boolean;
  titles: string[];
}
export interface SendRecord {
  plan?: RowsPlacement;
  schedule?: RowsPlacement;
}
/** Where one send (one import, one spreadsheet) keeps its placements between tries. */
export interface SendJournal {
  load(): Promise<SendRecord>;
  save(record: SendRecord): Promise<void>;
}
export const memoryJournal = (): SendJournal => {
  let record: SendRecord = {};
  return {
    load: async () => structuredClone(record),
    save: async (r) => {
      record = structuredClone(r);
    },
  };
};

// ---- reading values ----

/** Values as typed (numbers stay numbers, dates come as serial numbers), never as locale-formatted text. */
export const READ_OPTIONS = 'valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=SERIAL_NUMBER';

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A Sheets date serial (days since 1899-12-30, the fraction is the time of day) as an ISO calendar date. */
export const serialToIsoDate = (serial: number): string | null => {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
};

/** The Settings rows with a term start read as a date serial turned into the ISO date the parser reads. */
export const settingsCells = (rows: unknown[][]): unknown[][] =>
  rows.map((r) => {
    const v = r[1];
    if (typeof v !== 'number' || settingsFieldOf(r[0]) !== 'termStart') return r;
    return [r[0], serialToIsoDate(v) ?? v, ...r.slice(2)];
  });

const isBlank = (v: unknown): boolean => v === undefined || v === null || v === '';

export interface SendReport {
  /** Tab name → rows written (header included) for Plan and Schedule; Settings rows updated. */
  written: { kind: PlanTableKind; sheet: string; rows: number }[];
  created: string[];
  /** Settings rows the plan would change but that could not be read, so they were left as the teacher wrote them. */
  skippedSettings: { row: number; label: string }[];
}

const hasCjk = (rows: unknown[][]): boolean => rows.some((r) => /[\u4e00-\u9fff]/.test(String(r[0] ?? '')));

/** The Settings tab's rows (typed values) → the teacher's settings, in the tab's language; defaults for no tab. */
export const settingsBase = (current: unknown[][], lang: Lang) => {
  const settingsLang: Lang = current.length === 0 ? lang : hasCjk(current) ? 'zh' : 'en';
  const read = readSettingsRows(current);
  const base: Settings = current.length === 0 ? defaultSettings(settingsLang) : read.settings;
  return { settingsLang, read, base };
};

/**
 * The teacher's current settings, read from the spreadsheet's Settings tab (either language) before anything is
 * written, for the preview of what an import changes. `found` is false when there is no Settings tab yet.
 */
export const readSpreadsheetSettings = async (
  client: SheetsClient,
  lang: Lang,
): Promise<{ settings: Settings; found: boolean }> => {
  const meta = (await client.get('?fields=sheets.properties.title')) as {
    sheets?: { properties?: { title?: string } }[];
  };
  const titles = (meta.sheets ?? []).map((s) => s.properties?.title ?? '').filter((t) => t !== '');
  const name = findSheetName(titles, 'settings');
  if (!name) return { settings: defaultSettings(lang), found: false };
  const got = (await client.get(`/values/${encodeURIComponent(a1(name, 'A:B'))}?${READ_OPTIONS}`)) as {
    values?: unknown[][];
  };
  return { settings: settingsBase(settingsCells(got.values ?? []), lang).base, found: true };
};

const columnLetter = (n: number): string => String.fromCharCode(64 + n);

/** Field → [label, value] in the words settingsToRows writes. */
const fieldCells = (s: Settings, lang: Lang): Map<SettingsField, string[]> => {
  const rows = settingsToRows(s, lang).slice(1);
  return new Map(SETTINGS_FIELDS.map((f, i) => [f, rows[i] ?? []]));
};

/**
 * Write `doc` into the spreadsheet. Existing tabs are found in either language (findSheetName); missing ones are
 * created with names in `lang`. Plan/Schedule rows go below what is there (header only into an empty tab), in the
 * block the journal remembers for this send; only the Settings rows the plan changes are written, and never one
 * that could not be read.
 */
export const sendPlan = async (
  client: SheetsClient,
  doc: PlanDocument,
  lang: Lang,
  journal: SendJournal = memoryJournal(),
  /** The plan whose settings are written (a collection's plans are alternatives: the teacher picks one). */
  planIndex = 0,
): Promise<SendReport> => {
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
  const values = async (kind: PlanTableKind, range: string): Promise<unknown[][]> =>
    missing.includes(names[kind])
      ? []
      : ((
          (await client.get(`/values/${encodeURIComponent(a1(names[kind], range))}?${READ_OPTIONS}`)) as {
            values?: unknown[][];
          }
        ).values ?? []);
  const planRows = await values('plan', 'A:E');
  const scheduleRows = await values('schedule', 'A:C');
  const current = settingsCells(await values('settings', 'A:B'));
  const { settingsLang, read, base } = settingsBase(current, lang);
  const merged = mergeSettings(base, planSettingsPatch(doc, base, planIndex));
  const tables: PlanTables = planToTables(doc, lang, base, planIndex);
  const planTitles = doc.plans.map((p) => p.title);

  // Where this send's rows go: the block remembered from an earlier try when it still holds nothing but this send's
  // rows (or nothing), else right below what the tab holds now.
  const record = await journal.load();
  const place = (kind: 'plan' | 'schedule', existing: unknown[][], bodyRows: number): RowsPlacement | null => {
    const before = record[kind];
    const usable =
      before !== undefined &&
      before.sheet === names[kind] &&
      (existing.length > 0 || before.header) &&
      Array.from({ length: before.height }, (_, i) => existing[before.startRow - 1 + i] ?? []).every(
        (row, i) => row.every(isBlank) || (before.header && i === 0) || before.titles.includes(String(row[0] ?? '')),
      );
    if (usable) {
      return { ...before, titles: [...new Set([...before.titles, ...planTitles])] };
    }
    if (bodyRows === 0) return null;
    const header = existing.length === 0;
    return { sheet: names[kind], startRow: existing.length + 1, height: 0, header, titles: planTitles };
  };
  const planPlace = place('plan', planRows, tables.plan.length - 1);
  const schedulePlace = place('schedule', scheduleRows, tables.schedule.length - 1);
  const blockOf = (table: string[][], p: RowsPlacement): string[][] => {
    // Nothing but the header: write blanks over what an earlier try wrote.
    const body = table.length <= 1 ? [] : p.header ? table : table.slice(1);
    const width = table[0]?.length ?? 1;
    const height = Math.max(body.length, p.height);
    return Array.from({ length: height }, (_, i) => {
      const row = body[i] ?? [];
      return Array.from({ length: width }, (_, j) => row[j] ?? '');
    });
  };
  const planBlock = planPlace ? blockOf(tables.plan, planPlace) : [];
  const scheduleBlock = schedulePlace ? blockOf(tables.schedule, schedulePlace) : [];
  if (planPlace) record.plan = { ...planPlace, height: planBlock.length };
  if (schedulePlace) record.schedule = { ...schedulePlace, height: scheduleBlock.length };
  await journal.save(record);

  // Settings: the rows whose value the plan changes; a row that could not be read is left alone.
  const report: SendReport = { written: [], created: [], skippedSettings: [] };
  const settingsUpdates: { range: string; values: string[][] }[] = [];
  if (current.length > 0) {
    const was = fieldCells(base, settingsLang);
    const now = fieldCells(merged, settingsLang);
    let nextRow = current.length + 1;
    for (const f of SETTINGS_FIELDS) {
      const cells = now.get(f) ?? [];
      if ((was.get(f) ?? [])[1] === cells[1]) continue;
      const at = read.rows.filter((r) => r.field === f).pop();
      if (at && !at.ok) {
        report.skippedSettings.push({ row: at.row, label: String(current[at.row - 1]?.[0] ?? cells[0] ?? '') });
      } else if (at) {
        settingsUpdates.push({ range: a1(names.settings, `B${at.row}`), values: [[cells[1] ?? '']] });
      } else {
        settingsUpdates.push({ range: a1(names.settings, `A${nextRow}:B${nextRow}`), values: [cells] });
        nextRow++;
      }
    }
  }

  // ---- writes ----
  const done: string[] = [];
  try {
    if (missing.length > 0) {
      try {
        await client.send('POST', ':batchUpdate', {
          requests: missing.map((title) => ({ addSheet: { properties: { title } } })),
        });
      } catch (e) {
        // An earlier try's addSheet may have landed with its reply lost: go on if the tabs are there now.
        const again =
          e instanceof SheetsError && e.status === 400 ? await client.get('?fields=sheets.properties.title') : null;
        const now = ((again as { sheets?: { properties?: { title?: string } }[] } | null)?.sheets ?? []).map(
          (s) => s.properties?.title,
        );
        if (!missing.every((t) => now.includes(t))) throw e;
      }
      report.created = [...missing];
      done.push(...missing.map((t) => `+${t}`));
    }
    const writeBlock = async (kind: 'plan' | 'schedule', p: RowsPlacement | null, block: string[][]) => {
      if (!p || block.length === 0) return;
      const last = columnLetter(block[0]?.length ?? 1);
      const range = a1(names[kind], `A${p.startRow}:${last}${p.startRow + block.length - 1}`);
      await client.send('PUT', `/values/${encodeURIComponent(range)}?valueInputOption=RAW`, {
        range,
        majorDimension: 'ROWS',
        values: block,
      });
      const rows = (kind === 'plan' ? tables.plan : tables.schedule).length - (p.header ? 0 : 1);
      report.written.push({ kind, sheet: names[kind], rows: Math.max(0, rows) });
      done.push(names[kind]);
    };
    await writeBlock('plan', planPlace, planBlock);
    await writeBlock('schedule', schedulePlace, scheduleBlock);
    if (current.length === 0) {
      const rows = settingsToRows(merged, settingsLang);
      const range = a1(names.settings, `A1:B${rows.length}`);
      await client.send('PUT', `/values/${encodeURIComponent(range)}?valueInputOption=RAW`, {
        range,
        majorDimension: 'ROWS',
        values: rows,
      });
      report.written.push({ kind: 'settings', sheet: names.settings, rows: rows.length });
    } else if (settingsUpdates.length > 0) {
      await client.send('POST', '/values:batchUpdate', { valueInputOption: 'RAW', data: settingsUpdates });
      report.written.push({ kind: 'settings', sheet: names.settings, rows: settingsUpdates.length });
    }
  } catch (e) {
    if (e instanceof SheetsError) throw new SheetsError(e.kind, e.status, e.detail, done);
    throw e;
  }
  return report;
};
