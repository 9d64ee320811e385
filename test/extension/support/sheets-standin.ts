/**
 * A local stand-in for the Sheets API v4 endpoints the extension calls, on 127.0.0.1 with a random port. It keeps
 * tabs as 2-D string arrays, applies appends/updates as Sheets does for valueInputOption=RAW (cells stored as
 * given), checks the bearer token, and records every request so tests can see exactly what was sent.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface SheetsStandin {
  base: string;
  spreadsheetId: string;
  token: string;
  tabs: Map<string, string[][]>;
  requests: RecordedRequest[];
  /** Make the next request matching `method path-substring` fail with this status. */
  failNext(method: string, pathPart: string, status: number): void;
  close(): Promise<void>;
}

/** 'My tab'!A5:B9 → { sheet: "My tab", row: 5 } (row 1 when the range has no row). */
const parseRange = (range: string): { sheet: string; row: number } => {
  const m = /^(?:'((?:[^']|'')*)'|([^!]+))(?:!([A-Z]+)(\d+)?(?::[A-Z]+\d*)?)?$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  return { sheet: (m[1] ?? m[2] ?? '').replace(/''/g, "'"), row: m[4] ? Number(m[4]) : 1 };
};

export const startSheetsStandin = async (
  opts: { tabs?: Record<string, string[][]>; token?: string } = {},
): Promise<SheetsStandin> => {
  const spreadsheetId = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xyz';
  const token = opts.token ?? 'test-token-123';
  const tabs = new Map<string, string[][]>(Object.entries(opts.tabs ?? {}).map(([k, v]) => [k, v.map((r) => [...r])]));
  const requests: RecordedRequest[] = [];
  const failures: { method: string; part: string; status: number }[] = [];

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
      const send = (status: number, body: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...cors });
        res.end(JSON.stringify(body));
      };
      const error = (status: number, message: string): void => send(status, { error: { code: status, message } });
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const body: unknown = raw === '' ? null : JSON.parse(raw);
      const path = decodeURIComponent(url.pathname);
      requests.push({ method: req.method ?? '', path, query: Object.fromEntries(url.searchParams), body });

      const fi = failures.findIndex((f) => f.method === req.method && path.includes(f.part));
      if (fi >= 0) {
        const [f] = failures.splice(fi, 1);
        return error(f!.status, 'injected failure');
      }
      if (req.headers.authorization !== `Bearer ${token}`)
        return error(401, 'Request had invalid authentication credentials.');
      const prefix = `/v4/spreadsheets/${spreadsheetId}`;
      if (!path.startsWith(prefix)) return error(404, 'Requested entity was not found.');
      const rest = path.slice(prefix.length);

      if (req.method === 'GET' && rest === '') {
        return send(200, { sheets: [...tabs.keys()].map((title) => ({ properties: { title } })) });
      }
      if (req.method === 'POST' && rest === ':batchUpdate') {
        const reqs = (body as { requests: { addSheet?: { properties: { title: string } } }[] }).requests;
        const titles = reqs.map((r) => r.addSheet?.properties.title ?? '');
        // All or nothing, as the real batchUpdate.
        const clash = titles.find((t) => t === '' || tabs.has(t));
        if (clash !== undefined)
          return error(400, `Invalid requests: A sheet with the name "${clash}" already exists.`);
        for (const t of titles) tabs.set(t, []);
        return send(200, { replies: titles.map((title) => ({ addSheet: { properties: { title } } })) });
      }
      const vm = /^\/values\/(.+?)(:append)?$/.exec(rest);
      if (vm) {
        const range = parseRange(vm[1]!);
        const sheet = tabs.get(range.sheet);
        if (!sheet) return error(400, `Unable to parse range: ${vm[1]}`);
        if (req.method === 'GET') {
          const values = sheet.slice(range.row - 1).filter((r) => r.some((c) => c !== ''));
          return send(200, values.length > 0 ? { range: vm[1], values } : { range: vm[1] });
        }
        if (url.searchParams.get('valueInputOption') !== 'RAW') return error(400, 'valueInputOption must be RAW here');
        const values = (body as { values: unknown[][] }).values;
        if (!values.every((r) => r.every((c) => typeof c === 'string'))) return error(400, 'only strings expected');
        if (req.method === 'POST' && vm[2]) {
          sheet.push(...(values as string[][]).map((r) => [...r]));
          return send(200, { spreadsheetId, updates: { updatedRows: values.length } });
        }
        if (req.method === 'PUT' && !vm[2]) {
          (values as string[][]).forEach((r, i) => {
            sheet[range.row - 1 + i] = [...r];
          });
          for (let i = 0; i < sheet.length; i++) sheet[i] ??= [];
          return send(200, { spreadsheetId, updatedRows: values.length });
        }
      }
      return error(404, `no stand-in for ${req.method} ${rest}`);
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
    failNext: (method, part, status) => failures.push({ method, part, status }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
