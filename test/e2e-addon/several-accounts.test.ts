/**
 * Signed into several Google accounts, Apps Script refuses every google.script.run call. The sidebar must not
 * keep retrying with the points shown as if saved: it stops, lists the waiting awards as not saved, says what to
 * do, and saves them once (exactly once) when the teacher has fixed it and presses "Try again".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../sheets-addon/playground/server.ts';
import { builtAddon } from '../support/addon-bundle.ts';
import { addonFrame, launch, shot, type Browser } from './browser.ts';

let pg: Playground;
let browser: Browser;
const USER = 'teacher@example.com';

beforeAll(async () => {
  const built = builtAddon();
  pg = await startPlayground({ addon: { code: built.code, pages: built.pages }, locale: 'zh-CN' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

const logRows = (): number => (pg.workbook.findSheet('积分记录')?.values().length ?? 1) - 1;

describe('several Google accounts signed in', () => {
  it('stops retrying, shows the awards as not saved with what to do, and saves them once after Try again', async () => {
    const { page } = browser;
    await page.goto(pg.url);
    await page.locator('[data-fn=showFormGroups]').click();
    const dialog = await addonFrame(page);
    await dialog.locator('[data-testid=run]:not([disabled])').click();
    await dialog.locator('[data-testid=result]:not([hidden])', { hasText: '分组' }).waitFor();
    await page.locator('[data-fn=showScoring]').click();
    const sidebar = await addonFrame(page);
    const first = sidebar.locator('[data-testid=student]').first();
    await first.waitFor();
    const id = await first.getAttribute('data-id');
    const total = sidebar.locator(`[data-testid=student][data-id="${id}"] [data-testid=total]`);

    pg.user(USER).standIn.signedIntoSeveralAccounts(true);
    await first.click();
    await sidebar.getByTestId('award-1').click();
    await sidebar.getByTestId('award-1').click();
    const queue = sidebar.getByTestId('queue');
    await expect.poll(() => queue.textContent()).toContain('2 条记分没有保存');
    expect(await queue.textContent()).toContain('多个 Google 账号');
    // The unsaved points are not shown as if they counted, and nothing is retried behind the teacher's back.
    expect(await total.textContent()).toBe('0');
    const calls = JSON.stringify(pg.workbook.stats.calls);
    await page.waitForTimeout(2500);
    expect(JSON.stringify(pg.workbook.stats.calls)).toBe(calls);
    expect(logRows()).toBe(0);
    await shot(page, 'several-accounts-not-saved');

    pg.user(USER).standIn.signedIntoSeveralAccounts(false);
    await sidebar.getByTestId('retry-unsaved').click();
    await expect.poll(logRows).toBe(2);
    await expect.poll(() => queue.isHidden()).toBe(true);
    expect(Number(await total.textContent())).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    expect(logRows()).toBe(2);
  });
});
