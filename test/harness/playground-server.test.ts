/** The playground's HTTP side without a browser: sample roster, menu calls, frames with the shim, wire errors, reset. */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../sheets-addon/playground/sample-roster.ts';
import type { StateView } from '../../sheets-addon/playground/browser/protocol.ts';
import { scriptJson, withShim } from '../../sheets-addon/playground/frame.ts';
import { startPlayground, type Playground } from '../../sheets-addon/playground/server.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const USER = 'teacher@example.com';

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground({
    addon: { code: fixture('mini-addon.js'), pages: { Sidebar: fixture('Sidebar.html') } },
  });
});
afterAll(async () => {
  await pg?.close();
});

const get = async (path: string) => fetch(new URL(path, pg.url), { headers: { 'x-playground-token': pg.token } });
const post = async (path: string, body: unknown) =>
  (
    await fetch(new URL(path, pg.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-playground-token': pg.token },
      body: JSON.stringify(body),
    })
  ).json();

describe('playground server refuses what is not its own page', () => {
  const raw = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const u = new URL(path, pg.url);
      const req = request(
        {
          host: '127.0.0.1',
          port: u.port,
          path: u.pathname + u.search,
          method: init.method ?? 'GET',
          headers: init.headers,
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => {
            body += c.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  const host = () => `127.0.0.1:${new URL(pg.url).port}`;

  it('a cross-origin text/plain POST (CSRF) runs nothing', async () => {
    const before = pg.workbook.findSheet('Log')?.values().length ?? 0;
    const r = await raw(`/api/run?user=${USER}`, {
      method: 'POST',
      headers: { host: host(), origin: 'http://evil.example', 'content-type': 'text/plain' },
      body: JSON.stringify({ fn: 'award', args: ['张三', 5] }),
    });
    expect(r.status).toBe(403);
    expect(pg.workbook.findSheet('Log')?.values().length ?? 0).toBe(before);
  });

  it('a request under another host name (DNS rebinding) is refused, even with the token', async () => {
    const r = await raw(`/api/workbook`, { headers: { host: 'evil.example:80', 'x-playground-token': pg.token } });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('名单');
  });

  it('an /api request without the token is refused; the page carries it', async () => {
    expect((await raw('/api/workbook', { headers: { host: host() } })).status).toBe(403);
    const page = await raw('/', { headers: { host: host() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${pg.token}"`);
    expect((await raw('/api/workbook', { headers: { host: host(), 'x-playground-token': pg.token } })).status).toBe(
      200,
    );
  });
});

describe('playground server', () => {
  it('listens on 127.0.0.1 and starts with the sample class in a 名单 sheet (ids typed as numbers, like a paste)', async () => {
    expect(new URL(pg.url).hostname).toBe('127.0.0.1');
    const roster = pg.workbook.sheet('名单').values();
    expect(roster[0]?.slice(0, 2)).toEqual(['学号', '姓名']);
    expect(roster.length).toBe(
      csvRows(readFileSync(new URL('../../shared/samples/roster.csv', import.meta.url), 'utf8')).length,
    );
    expect(typeof roster[1]?.[0]).toBe('number');
    const page = await get('/');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('lists the menu built by onOpen and runs only menu functions from menu clicks', async () => {
    const state = (await (await get(`/api/state?user=${USER}`)).json()) as StateView;
    expect(state.menu.map((m) => m.functionName)).toEqual(['showSidebar', 'askName', 'reset']);
    expect(await post(`/api/menu?user=${USER}`, { functionName: 'award' })).toEqual({
      ok: false,
      error: { name: 'Error', message: 'No menu item calls award' },
    });
    expect(await post(`/api/menu?user=${USER}`, { functionName: 'showSidebar' })).toEqual({ ok: true });
    const open = ((await (await get(`/api/state?user=${USER}`)).json()) as StateView).open!;
    expect(open).toMatchObject({ kind: 'sidebar', title: 'Tally', width: 300 });
    const frame = await (await get(`/frame/${open.seq}?user=${USER}`)).text();
    expect(frame.indexOf('__HUZHU_PLAYGROUND__')).toBeLessThan(frame.indexOf('function render'));
    await post(`/api/close?user=${USER}`, {});
    expect((await get(`/frame/${open.seq}?user=${USER}`)).status).toBe(404);
  });

  it("answers google.script.run calls with values or the script's error message", async () => {
    expect(await post(`/api/run?user=${USER}`, { fn: 'award', args: ['张三', 3] })).toEqual({
      ok: true,
      value: { ok: true, rows: 1 },
    });
    expect(await post(`/api/run?user=colleague@example.com`, { fn: 'tally', args: [] })).toEqual({
      ok: true,
      value: [{ name: '张三', total: 3 }],
    });
    const failed = await post(`/api/run?user=${USER}`, { fn: 'logSheet_', args: [] });
    expect(failed).toEqual({
      ok: false,
      error: { name: 'ScriptError', message: 'Script function not found: logSheet_' },
    });
  });

  it('resets to a fresh workbook with the sample roster', async () => {
    expect(pg.workbook.findSheet('Log')).toBeDefined();
    await post('/api/reset', {});
    expect(pg.workbook.sheetNames()).toEqual(['名单']);
  });
});

describe('frame injection', () => {
  it('puts the shim first in <head> and keeps injected JSON from closing the script element', () => {
    const html = withShim('<!DOCTYPE html><html><head><script>page()</script></head></html>', {
      entryPoints: ['a</script><b>'],
      kind: 'sidebar',
      maxInFlight: 10,
    });
    expect(html.indexOf('google.script')).toBeLessThan(html.indexOf('page()'));
    expect(html).not.toContain('a</script><b>');
    expect(JSON.parse(scriptJson('</script>'))).toBe('</script>');
  });
});

describe('csvRows', () => {
  it('reads quoted CSV fields and drops blank lines', () => {
    expect(csvRows('\uFEFF学号,姓名\n1,"张,三"\n\n')).toEqual([
      ['学号', '姓名'],
      ['1', '张,三'],
    ]);
  });
});
