/**
 * The playground's google.script.run / google.script.host bridge in real Chromium, against a small fixture add-on
 * (test/harness/fixtures): handlers and user objects, failures, illegal arguments, closing, and sheet text
 * shown as text in the live view.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../sheets-addon/playground/server.ts';
import { addonFrame, type Browser, launch, readSheet, shot } from './browser.ts';

const fixture = (name: string): string => readFileSync(new URL(`../harness/fixtures/${name}`, import.meta.url), 'utf8');
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** google.script.run of the fixture add-on (test/harness/fixtures/mini-addon.js), as its page sees it. */
interface FixtureRun {
  withSuccessHandler(handler: (value: unknown) => void): FixtureRun;
  withFailureHandler<U = unknown>(handler: (error: Error, userObject: U) => void): FixtureRun;
  withUserObject(userObject: unknown): FixtureRun;
  failLoudly(message: string): void;
  echo(value: unknown): void;
  award(name: string, points: number): void;
  /** A private function (its name ends in "_"): google.script.run must not offer it. */
  logSheet_?: unknown;
}

/** The page's globals used inside evaluate() (the project has no DOM types). */
interface PageGlobal {
  google: { script: { run: FixtureRun; host: { close(): void } } };
  /** Set if a name written as markup ever ran. */
  __pwned?: number;
}

let pg: Playground;
let browser: Browser;

beforeAll(async () => {
  pg = await startPlayground({
    addon: { code: fixture('mini-addon.js'), pages: { Sidebar: fixture('Sidebar.html') } },
    roster: [['姓名'], ['张三'], [HOSTILE], ['=1+1']],
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

describe('playground bridge (fixture add-on)', () => {
  it('shows the menu, opens the sidebar, and runs google.script.run with success handler and user object', async () => {
    const { page } = browser;
    await page.goto(pg.url);
    await page.locator('[data-fn=showSidebar]').click();
    const frame = await addonFrame(page);
    await frame.locator('#plus').click();
    await frame.locator('#status', { hasText: 'saved 张三' }).waitFor();
    await frame.locator('#totals li', { hasText: '张三: 1' }).waitFor();
    const [row, ...rest] = pg.workbook.sheet('Log').values();
    expect(rest).toEqual([]);
    expect(row?.slice(0, 2)).toEqual(['张三', 1]);
    expect(String(row?.[2])).not.toContain('@'); // the anonymous user key, never the email
    await shot(page, '00-bridge-sidebar');
  });

  it('calls the failure handler with the script error, and refuses Date arguments before sending', async () => {
    const frame = await addonFrame(browser.page);
    const failed = await frame.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const g = (globalThis as unknown as PageGlobal).google;
          g.script.run
            .withFailureHandler((e: Error, who: string) => resolve(`${e.message} / ${who}`))
            .withUserObject('u1')
            .failLoudly('名单是空的');
        }),
    );
    expect(failed).toBe('名单是空的 / u1');
    const calls = pg.workbook.stats.calls['Range.getValues'] ?? 0;
    const dateArg = await frame.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const g = (globalThis as unknown as PageGlobal).google;
          g.script.run
            .withFailureHandler((e: Error) => resolve(e.message))
            .withSuccessHandler(() => resolve('sent'))
            .echo({ when: new Date() });
        }),
    );
    expect(dateArg).toMatch(/Invalid argument.*arguments\[0\]\.when is a Date/);
    expect(pg.workbook.stats.calls['Range.getValues'] ?? 0).toBe(calls);
    const hidden = await frame.evaluate(() => {
      const g = (globalThis as unknown as PageGlobal).google;
      return [typeof g.script.run.logSheet_, typeof g.script.run.award];
    });
    expect(hidden).toEqual(['undefined', 'function']);
  });

  it('shows sheet text as text in the live view (no markup, formulas marked)', async () => {
    const { page } = browser;
    const roster = await readSheet(page, '名单');
    expect(roster.map((r) => r[0])).toEqual(['姓名', '张三', HOSTILE, '#FORMULA']);
    expect(await page.locator('#grid img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobal).__pwned)).toBeUndefined();
    expect(await page.locator('#grid td.formula').getAttribute('title')).toBe('=1+1');
  });

  it('closes the sidebar when the page calls google.script.host.close()', async () => {
    const { page } = browser;
    const frame = await addonFrame(page);
    await frame.evaluate(() => (globalThis as unknown as PageGlobal).google.script.host.close());
    await page.waitForSelector('#panel', { state: 'hidden' });
    expect(pg.user('teacher@example.com').standIn.ui.open).toBeNull();
  });
});
