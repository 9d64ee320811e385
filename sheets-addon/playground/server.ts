/**
 * npm run playground — try the add-on without a Google account. Builds the add-on (sheets-addon/build.ts), runs
 * dist/Code.js over the Apps Script stand-in with a sample class in a 名单 sheet, and serves on 127.0.0.1:
 *   - the add-on's menu items as buttons (each calls the bundle's menu function),
 *   - the sidebar or dialog the bundle showed, in a sandboxed iframe whose google.script.run reaches the bundle,
 *   - a live view of the workbook's sheets.
 * Several simulated users share the workbook (pick one at the top) to try concurrent scoring.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  type BundleContext,
  createStandIn,
  entryPoints,
  loadBundle,
  runServerFunction,
  scriptFunction,
  type ShownHtml,
  type StandIn,
  Workbook,
} from '../harness/index.ts';
import type {
  LocaleRequest,
  RosterReply,
  RosterRequest,
  RunReply,
  StateView,
  UsersView,
  WireError,
} from './browser/protocol.ts';
import { withShim } from './frame.ts';
import { importPastedCells, importRosterFile, MAX_ROSTER_BYTES, type RosterImport } from './roster-import.ts';
import { readRosterCsv, SAMPLE_ROSTER, SAMPLE_ROSTER_EN } from './sample-roster.ts';
import { workbookView } from './workbook-view.ts';

export interface AddonCode {
  /** dist/Code.js */
  code: string;
  /** Page name (without .html) → HTML. */
  pages: Record<string, string>;
}

export interface PlaygroundOptions {
  /** 0 (default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /**
   * Users' locale (Session.getActiveUserLocale()), e.g. "zh-CN" or "en". Unset: "zh-CN" until the page says the
   * visitor's language (POST /api/locale), which it then follows.
   */
  locale?: string;
  /** The add-on to run. Default: build it with buildAddon() into sheets-addon/dist and run that. */
  addon?: AddonCode;
  /** Rows of the roster sheet; default: shared/samples/roster.csv (roster-en.csv for an English locale). */
  roster?: unknown[][];
  /** Simulated users sharing the spreadsheet; the first is selected. */
  users?: string[];
  /** Added before each google.script.run call (Apps Script calls take hundreds of ms). Default 0. */
  latencyMs?: number;
}

export interface UserSession {
  standIn: StandIn;
  ctx: BundleContext;
}

export interface Playground {
  url: string;
  /** This run's secret: every /api request must carry it in the x-playground-token header (the page does). */
  token: string;
  close: () => Promise<void>;
  /** The shared spreadsheet (replaced by Reset). */
  readonly workbook: Workbook;
  user: (email: string) => UserSession;
}

interface Session extends UserSession {
  seen: { alerts: number; toasts: number };
}

const ASSETS: Record<string, [string, string]> = {
  '/': ['page.html', 'text/html; charset=utf-8'],
  '/page.css': ['page.css', 'text/css; charset=utf-8'],
};
const asset = (file: string): string => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');

/** The page's script: browser/page.ts bundled into one classic script (served as /page.js). */
export const bundlePageScript = async (): Promise<string> => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./browser/page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const text = out.outputFiles[0]?.text;
  if (text === undefined) throw new Error('esbuild produced no output for playground/browser/page.ts');
  return text;
};
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * The playground runs the add-on's entry points for whoever asks, so it answers only its own page: the Host must be
 * this server (a DNS-rebinding page reaches 127.0.0.1 under its own host name), a request with an Origin must come
 * from this server (a cross-origin POST, even text/plain, is refused), and every /api request carries this run's
 * token, which only the page served here knows. Returns why a request is refused, or null.
 */
const refuse = (req: IncomingMessage, port: number, token: string): string | null => {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) return 'Unknown host: the playground answers http://127.0.0.1 only.';
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return 'Cross-origin requests are refused.';
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (path.startsWith('/api/') && req.headers['x-playground-token'] !== token)
    return 'Missing or wrong playground token.';
  if (req.method === 'POST' && !/^application\/json\b/.test(req.headers['content-type'] ?? ''))
    return 'POST bodies must be JSON.';
  return null;
};

const loadAddon = async (): Promise<AddonCode> => {
  const { buildAddon } = await import('../build.ts');
  const built = await buildAddon();
  return { code: built.code, pages: built.pages };
};

const readBody = (req: IncomingMessage, limit = 1 << 20): Promise<unknown> =>
  new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new Error('request body is not JSON'));
      }
    });
    req.on('error', reject);
  });

const send = (
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
};
const json = (res: ServerResponse, value: unknown, status = 200): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

/** The reply of a POST (and of a request that failed): see browser/protocol.ts. */
const outcome = (res: ServerResponse, value: RunReply, status = 200): void => json(res, value, status);

const errorOf = (e: unknown): WireError => ({
  name: e instanceof Error ? e.name : 'Error',
  message: e instanceof Error ? e.message : String(e),
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startPlayground(opts: PlaygroundOptions = {}): Promise<Playground> {
  const addon = opts.addon ?? (await loadAddon());
  const pageJs = await bundlePageScript();
  let locale = opts.locale ?? 'zh-CN';
  let en = !/^zh/i.test(locale);
  const users = opts.users?.length ? opts.users : ['teacher@example.com', 'colleague@example.com'];
  const sampleRoster = (): unknown[][] => opts.roster ?? readRosterCsv(en ? SAMPLE_ROSTER_EN : SAMPLE_ROSTER);
  // The roster sheet's rows: the sample, or the visitor's own once they dropped or pasted one (Reset keeps it).
  let roster = sampleRoster();
  let ownRoster = false;
  const rosterSheetName = (): string => (en ? 'Roster' : '名单');

  // Set once listening; the request check reads it. The token is this run's secret, put into the served page.
  let port = 0;
  const token = randomBytes(24).toString('base64url');
  let workbook!: Workbook;
  let sessions = new Map<string, Session>();
  let version = 0;
  let calls = 0;
  let last = '';
  const seqs = new WeakMap<ShownHtml, number>();
  let nextSeq = 1;
  const seqOf = (shown: ShownHtml): number => {
    const known = seqs.get(shown);
    if (known !== undefined) return known;
    const s = nextSeq++;
    seqs.set(shown, s);
    return s;
  };

  const reset = (): void => {
    workbook = new Workbook({
      name: en ? 'Huzhu playground' : '互助 playground',
      locale: en ? 'en_US' : 'zh_CN',
      sheets: { [rosterSheetName()]: roster },
    });
    sessions = new Map();
    for (const user of users) {
      const standIn = createStandIn({ user, locale, workbook, files: addon.pages });
      const ctx = loadBundle(addon.code, standIn, 'Code.js');
      // Opening the spreadsheet: onOpen runs as a simple trigger. The add-on is installed and enabled in this
      // document (AuthMode.LIMITED), so the user's locale is known; before authorisation it would be NONE.
      if (typeof ctx.onOpen === 'function')
        standIn.runAs('LIMITED', () => scriptFunction(ctx, 'onOpen')({ authMode: 'LIMITED', user }));
      sessions.set(user, { standIn, ctx, seen: { alerts: 0, toasts: 0 } });
    }
    version++;
  };
  reset();

  const sessionFor = (req: IncomingMessage): Session => {
    const user = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('user') ?? users[0] ?? '';
    const s = sessions.get(user);
    if (!s) throw new Error(`Unknown user ${user}`);
    return s;
  };

  const state = (s: Session): StateView => {
    const ui = s.standIn.ui;
    const messages = [
      ...ui.alerts
        .slice(s.seen.alerts)
        .map((a) => ({ text: [a.title, a.prompt].filter(Boolean).join('\n'), error: false })),
      ...ui.toasts
        .slice(s.seen.toasts)
        .map((t) => ({ text: [t.title, t.message].filter(Boolean).join(': '), error: false })),
    ];
    s.seen = { alerts: ui.alerts.length, toasts: ui.toasts.length };
    const open = ui.open;
    const stats = workbook.stats;
    return {
      version,
      menu: ui.menuItems().map((i) => ({ caption: i.caption, functionName: i.functionName })),
      open: open && { seq: seqOf(open), kind: open.kind, title: open.title, width: open.width, height: open.height },
      messages,
      activeSheet: s.standIn.activeSheetName,
      activity: `${calls} call(s)${last ? `; last: ${last}` : ''}; cells read ${stats.cellsRead}, written ${stats.cellsWritten}`,
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const refused = refuse(req, port, token);
    if (refused) return send(res, 403, refused, 'text/plain; charset=utf-8');
    if (req.method === 'GET' && ASSETS[path]) {
      const [file, type] = ASSETS[path];
      const body = path === '/' ? asset(file).replace('__PLAYGROUND_TOKEN__', token) : asset(file);
      return send(res, 200, body, type, path === '/' ? { 'content-security-policy': PAGE_CSP } : {});
    }
    if (req.method === 'GET' && path === '/page.js') return send(res, 200, pageJs, 'text/javascript; charset=utf-8');
    if (req.method === 'GET' && path === '/api/users') return json(res, { users } satisfies UsersView);
    if (req.method === 'GET' && path === '/api/state') return json(res, state(sessionFor(req)));
    if (req.method === 'GET' && path === '/api/workbook') return json(res, workbookView(workbook));
    if (req.method === 'GET' && path.startsWith('/frame/')) {
      const s = sessionFor(req);
      const open = s.standIn.ui.open;
      if (!open || String(seqOf(open)) !== path.slice('/frame/'.length))
        return send(res, 404, 'This page was closed.', 'text/plain; charset=utf-8');
      const html = withShim(open.html, { entryPoints: entryPoints(s.ctx), kind: open.kind, maxInFlight: 10 });
      return send(res, 200, html, 'text/html; charset=utf-8');
    }
    if (req.method !== 'POST') return send(res, 404, 'Not found', 'text/plain; charset=utf-8');

    // A roster file comes as base64 (4/3 of its size) in JSON; other requests are small.
    const limit = path === '/api/roster' ? Math.ceil((MAX_ROSTER_BYTES * 4) / 3) + 64 * 1024 : 1 << 20;
    const body = (await readBody(req, limit)) as Record<string, unknown>;
    if (path === '/api/locale') {
      // The visitor's language: the simulated users' locale follows it, unless the playground was started with one.
      const wanted = String((body as Partial<LocaleRequest>).locale ?? '');
      const wantEn = !/^zh/i.test(wanted);
      if (opts.locale === undefined && wanted && wantEn !== en) {
        locale = wantEn ? 'en' : 'zh-CN';
        en = wantEn;
        if (!ownRoster) roster = sampleRoster();
        reset();
      }
      return outcome(res, { ok: true });
    }
    if (path === '/api/roster') {
      const { file, text, sheet } = body as RosterRequest;
      let read: RosterImport;
      if (typeof file === 'string') read = await importRosterFile(Buffer.from(file, 'base64'), sheet);
      else if (typeof text === 'string') read = importPastedCells(text);
      else read = { ok: false, message: { zh: '没有收到文件或粘贴的内容。', en: 'No file or pasted cells arrived.' } };
      if (!read.ok) return json(res, { ok: false, problem: read.message } satisfies RosterReply);
      // All or nothing: the new roster replaces the sample in a fresh workbook, as if the teacher had just made it.
      roster = read.rows;
      ownRoster = true;
      reset();
      return json(res, {
        ok: true,
        sheetName: rosterSheetName(),
        rows: read.rows.length,
        ...(read.sheets ? { sheets: read.sheets, sheet: read.sheet } : {}),
      } satisfies RosterReply);
    }
    if (path === '/api/reset') {
      reset();
      return outcome(res, { ok: true });
    }
    const s = sessionFor(req);
    if (path === '/api/activate') {
      // Clicking a tab in Sheets makes it the user's active sheet (what getActiveSheet() returns).
      const name = String(body.sheet ?? '');
      if (!workbook.findSheet(name))
        return outcome(res, { ok: false, error: { name: 'Error', message: `No sheet named ${name}` } });
      s.standIn.openSheet(name);
      return outcome(res, { ok: true });
    }
    if (path === '/api/close') {
      s.standIn.ui.close();
      return outcome(res, { ok: true });
    }
    if (path === '/api/menu') {
      const fn = String(body.functionName ?? '');
      if (!s.standIn.ui.menuItems().some((i) => i.functionName === fn))
        return outcome(res, { ok: false, error: { name: 'Error', message: `No menu item calls ${fn}` } });
      const t0 = performance.now();
      try {
        // A menu item: Apps Script calls the top-level function with no arguments; the execution then ends.
        scriptFunction(s.ctx, fn)();
        return outcome(res, { ok: true });
      } catch (e) {
        return outcome(res, { ok: false, error: errorOf(e) });
      } finally {
        s.standIn.endExecution();
        calls++;
        last = `${fn} ${(performance.now() - t0).toFixed(1)} ms`;
        version++;
      }
    }
    if (path === '/api/run') {
      const fn = String(body.fn ?? '');
      const args = Array.isArray(body.args) ? (body.args as unknown[]) : [];
      if (opts.latencyMs) await sleep(opts.latencyMs);
      const t0 = performance.now();
      try {
        const value = runServerFunction(s.ctx, s.standIn, fn, args);
        return outcome(res, { ok: true, value });
      } catch (e) {
        return outcome(res, { ok: false, error: errorOf(e) });
      } finally {
        calls++;
        last = `${fn} ${(performance.now() - t0).toFixed(1)} ms`;
        version++;
      }
    }
    return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) outcome(res, { ok: false, error: errorOf(e) }, 400);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    get workbook() {
      return workbook;
    },
    user: (email: string) => {
      const s = sessions.get(email);
      if (!s) throw new Error(`Unknown user ${email}`);
      return { standIn: s.standIn, ctx: s.ctx };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 0);
  startPlayground({
    port,
    locale: process.env.PLAYGROUND_LOCALE,
    latencyMs: Number(process.env.PLAYGROUND_LATENCY_MS ?? 150),
  }).then(
    (pg) => {
      console.log(`Huzhu add-on playground: ${pg.url}  (Ctrl+C to stop; data stays in this process)`);
    },
    (e: unknown) => {
      console.error(`playground: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
