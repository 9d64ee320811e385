/**
 * A local stand-in for the Sheets API v4 endpoints the extension calls, on 127.0.0.1 with a random port. It keeps
 * tabs as 2-D arrays of typed cells and behaves as the real API does where the extension depends on it:
 * - values.get trims trailing empty rows and cells but keeps empty rows in the middle (as []), and renders cells per
 *   valueRenderOption (FORMATTED_VALUE by default) and dateTimeRenderOption (SERIAL_NUMBER by default; ignored
 *   for FORMATTED_VALUE): a date is stored as a serial number (days since 1899-12-30) and formatted in the
 *   spreadsheet's locale (en_US 9/1/2026, en_GB 01/09/2026);
 *   https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption,
 *   https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption
 * - values.update / values.batchUpdate write inside the given range (400 when the values do not fit), "" empties
 *   a cell; with valueInputOption=RAW cells are stored as given; values.append adds after the last row;
 * - batchUpdate addSheet is all or nothing (400 when a title exists);
 * - it checks the bearer token, records every request, and can fail a chosen step with any status (401, 403, 429,
 *   500, 503 …) or answer 200 with a body that is not JSON, before or after applying the request (a reply lost
 *   after the write landed).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

/** A date cell, as a teacher types one; stored as a serial number with a date format. */
export interface SheetDate {
  date: string;
}
export type StandinCell = string | number | boolean | SheetDate;

export type StandinLocale = 'en_US' | 'en_GB';

/** A step to fail: the first `times` requests whose method and path match get `reply` instead of the real answer. */
export interface FailureRule {
  method: string;
  /** Substring of the decoded path (tab names appear decoded). */
  path: string;
  /** An HTTP status with Google's error JSON, or 'not-json': 200 with an HTML body (a proxy or portal page). */
  reply: number | 'not-json';
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Apply the request first, then answer with the failure (the write landed, the reply was lost). */
  afterApply?: boolean;
}

export interface SheetsStandin {
  base: string;
  spreadsheetId: string;
  token: string;
  tabs: Map<string, StandinCell[][]>;
  requests: RecordedRequest[];
  /** Make the next request matching `method path-substring` fail with this status. */
  failNext(method: string, pathPart: string, status: number): void;
  fail(rule: FailureRule): void;
  close(): Promise<void>;
}

const STATUS_NAME: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const isDate = (c: StandinCell | undefined): c is SheetDate => typeof c === 'object' && c !== null;
const serialOf = (d: SheetDate): number => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.date);
  if (!m) throw new Error(`stand-in: bad date ${d.date}`);
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH) / DAY_MS;
};
const formatDate = (d: SheetDate, locale: StandinLocale): string => {
  const [y, m, day] = d.date.split('-');
  return locale === 'en_US' ? `${Number(m)}/${Number(day)}/${y}` : `${day}/${m}/${y}`;
};

const isEmpty = (c: StandinCell | undefined): boolean => c === undefined || c === '';

type Rendered = string | number | boolean;
const render = (c: StandinCell, valueOpt: string, dateOpt: string, locale: StandinLocale): Rendered => {
  if (valueOpt === 'FORMATTED_VALUE') {
    if (isDate(c)) return formatDate(c, locale);
    if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
    return String(c);
  }
  if (isDate(c)) return dateOpt === 'FORMATTED_STRING' ? formatDate(c, locale) : serialOf(c);
  return c;
};

const colIndex = (letters: string): number => {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

export interface A1Range {
  sheet: string;
  /** 0-based first row/column; end is inclusive, null when open. */
  row0: number;
  col0: number;
  row1: number | null;
  col1: number | null;
}

/** 'My tab'!A5:B9, Tab!A:E, 'Tab'!A1, Tab → an A1Range. */
export const parseA1 = (range: string): A1Range => {
  const m = /^(?:'((?:[^']|'')*)'|([^!]+))(?:!([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?)?$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  const sheet = (m[1] ?? m[2] ?? '').replace(/''/g, "'");
  const [c0, r0, c1, r1] = [m[3] ?? '', m[4] ?? '', m[5], m[6]];
  const single = m[5] === undefined && m[6] === undefined && (c0 !== '' || r0 !== '');
  return {
    sheet,
    row0: r0 ? Number(r0) - 1 : 0,
    col0: c0 ? colIndex(c0) : 0,
    row1: single ? (r0 ? Number(r0) - 1 : null) : r1 ? Number(r1) - 1 : null,
    col1: single ? (c0 ? colIndex(c0) : null) : c1 ? colIndex(c1) : null,
  };
};

export const startSheetsStandin = async (
  opts: { tabs?: Record<string, StandinCell[][]>; token?: string; locale?: StandinLocale } = {},
): Promise<SheetsStandin> => {
  const spreadsheetId = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xyz';
  const token = opts.token ?? 'test-token-123';
  const locale = opts.locale ?? 'en_US';
  const tabs = new Map<string, StandinCell[][]>(
    Object.entries(opts.tabs ?? {}).map(([k, v]) => [k, v.map((r) => [...r])]),
  );
  const requests: RecordedRequest[] = [];
  const rules: (FailureRule & { left: number })[] = [];

  /** Write `values` from (row0, col0); a row or cell beyond an explicit range end is refused. */
  const write = (r: A1Range, values: unknown[][]): string | null => {
    const sheet = tabs.get(r.sheet);
    if (!sheet) return `Unable to parse range: ${r.sheet}`;
    if (r.row1 !== null && r.row0 + values.length - 1 > r.row1)
      return `Requested writing within range, but tried writing to row [${r.row0 + values.length}]`;
    for (const [i, row] of values.entries()) {
      if (r.col1 !== null && r.col0 + row.length - 1 > r.col1)
        return `Requested writing within range, but tried writing to column beyond ${r.col1 + 1}`;
      const target = sheet[r.row0 + i] ?? [];
      for (const [j, v] of row.entries()) {
        if (v === null || v === undefined) continue; // null is skipped, as documented for ValueRange input
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return 'bad cell value';
        target[r.col0 + j] = v;
      }
      sheet[r.row0 + i] = target;
    }
    for (let i = 0; i < sheet.length; i++) sheet[i] ??= [];
    return null;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const cors = {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const body: unknown = raw === '' ? null : JSON.parse(raw);
      const path = decodeURIComponent(url.pathname);
      const method = req.method ?? '';
      requests.push({ method, path, query: Object.fromEntries(url.searchParams), body });

      const rule = rules.find((f) => f.left > 0 && f.method === method && path.includes(f.path));
      if (rule) rule.left--;
      const failure = (): void => {
        if (!rule) return;
        if (rule.reply === 'not-json') {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...cors });
          res.end('<!doctype html><html><body>Sign in to the network</body></html>');
          return;
        }
        const status = rule.reply;
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...cors });
        res.end(
          JSON.stringify({
            error: { code: status, message: 'injected failure', status: STATUS_NAME[status] ?? 'UNKNOWN' },
          }),
        );
      };
      let answered = false;
      const send = (status: number, out: unknown): void => {
        if (answered) return;
        answered = true;
        if (rule?.afterApply && status < 300) {
          failure();
          return;
        }
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...cors });
        res.end(JSON.stringify(out));
      };
      const error = (status: number, message: string): void =>
        send(status, { error: { code: status, message, status: STATUS_NAME[status] ?? 'UNKNOWN' } });
      if (rule && !rule.afterApply) {
        answered = true;
        return failure();
      }
      if (req.headers.authorization !== `Bearer ${token}`)
        return error(401, 'Request had invalid authentication credentials.');
      const prefix = `/v4/spreadsheets/${spreadsheetId}`;
      if (!path.startsWith(prefix)) return error(404, 'Requested entity was not found.');
      const rest = path.slice(prefix.length);

      if (method === 'GET' && rest === '') {
        return send(200, { sheets: [...tabs.keys()].map((title) => ({ properties: { title } })) });
      }
      if (method === 'POST' && rest === ':batchUpdate') {
        const reqs = (body as { requests: { addSheet?: { properties: { title: string } } }[] }).requests;
        const titles = reqs.map((r) => r.addSheet?.properties.title ?? '');
        // All or nothing, as the real batchUpdate.
        const clash = titles.find((t) => t === '' || tabs.has(t));
        if (clash !== undefined)
          return error(400, `Invalid requests[0].addSheet: A sheet with the name "${clash}" already exists.`);
        for (const t of titles) tabs.set(t, []);
        return send(200, { replies: titles.map((title) => ({ addSheet: { properties: { title } } })) });
      }
      if (method === 'POST' && rest === '/values:batchUpdate') {
        const b = body as { valueInputOption?: string; data?: { range: string; values: unknown[][] }[] };
        if (b.valueInputOption !== 'RAW') return error(400, 'valueInputOption must be RAW here');
        for (const d of b.data ?? []) {
          const problem = write(parseA1(d.range), d.values);
          if (problem) return error(400, problem);
        }
        return send(200, { spreadsheetId, totalUpdatedRows: (b.data ?? []).length });
      }
      const vm = /^\/values\/(.+?)(:append)?$/.exec(rest);
      if (vm?.[1]) {
        const range = parseA1(vm[1]);
        const sheet = tabs.get(range.sheet);
        if (!sheet) return error(400, `Unable to parse range: ${vm[1]}`);
        if (method === 'GET') {
          const valueOpt = url.searchParams.get('valueRenderOption') ?? 'FORMATTED_VALUE';
          const dateOpt = url.searchParams.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER';
          const rowEnd = range.row1 === null ? sheet.length - 1 : Math.min(range.row1, sheet.length - 1);
          const values: Rendered[][] = [];
          for (let i = range.row0; i <= rowEnd; i++) {
            const row = sheet[i] ?? [];
            const colEnd = range.col1 === null ? row.length - 1 : Math.min(range.col1, row.length - 1);
            const out: Rendered[] = [];
            for (let j = range.col0; j <= colEnd; j++) {
              const c = row[j];
              out.push(c === undefined ? '' : render(c, valueOpt, dateOpt, locale));
            }
            while (out.length > 0 && out[out.length - 1] === '') out.pop(); // trailing empty cells omitted
            values.push(out);
          }
          while (values.length > 0 && values[values.length - 1]?.length === 0) values.pop(); // trailing rows too
          return send(200, values.length > 0 ? { range: vm[1], values } : { range: vm[1] });
        }
        if (url.searchParams.get('valueInputOption') !== 'RAW') return error(400, 'valueInputOption must be RAW here');
        const values = (body as { values: unknown[][] }).values;
        if (method === 'POST' && vm[2]) {
          let last = sheet.length;
          while (last > 0 && (sheet[last - 1] ?? []).every(isEmpty)) last--;
          const problem = write({ ...range, row0: last, col0: range.col0, row1: null, col1: null }, values);
          if (problem) return error(400, problem);
          return send(200, { spreadsheetId, updates: { updatedRows: values.length } });
        }
        if (method === 'PUT' && !vm[2]) {
          const problem = write(range, values);
          if (problem) return error(400, problem);
          return send(200, { spreadsheetId, updatedRows: values.length });
        }
      }
      return error(404, `no stand-in for ${method} ${rest}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    spreadsheetId,
    token,
    tabs,
    requests,
    failNext: (method, part, status) => rules.push({ method, path: part, reply: status, left: 1 }),
    fail: (rule) => rules.push({ ...rule, left: rule.times ?? 1 }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
