/**
 * The real add-on (sheets-addon/src, built in memory like build:addon) in the playground, driven in Chromium as a
 * teacher would: form groups through the dialog, open the scoring sidebar, award a whole group, update tallies,
 * undo, and watch the 积分汇总 (Tallies) sheet change in the live view. Screenshots: test-output/e2e-addon/.
 */
import { LOG_COL } from '../../shared/points/log.ts';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../sheets-addon/playground/server.ts';
import { builtAddon } from '../support/addon-bundle.ts';
import { addonFrame, type Browser, launch, readSheet, shot } from './browser.ts';

let pg: Playground;
let browser: Browser;

beforeAll(async () => {
  const built = builtAddon();
  pg = await startPlayground({ addon: { code: built.code, pages: built.pages }, locale: 'zh-CN', latencyMs: 50 });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

/** The group's score in the leaderboard of the 积分汇总 sheet as the live view shows it (null until it is there). */
const shownGroupTotal = async (page: Page, group: string): Promise<number | null> => {
  const rows = await readSheet(page, '积分汇总');
  // The leaderboard: 小组 | the group's score (named for the fairness setting) | 排名 …
  const header = rows.find((r) => r[0] === '小组' && r[2] === '排名');
  if (!header) return null;
  const row = rows.find((r) => r !== header && r[0] === group);
  return row ? Number(row[1]) : null;
};

const updateTallies = async (sidebar: Frame): Promise<void> => {
  const snapshot = () =>
    pg.workbook.findSheet('积分汇总') ? JSON.stringify(pg.workbook.sheet('积分汇总').values()) : '';
  const before = snapshot();
  await sidebar.getByTestId('update-tallies').click();
  await expect.poll(snapshot).not.toBe(before);
};

describe('Huzhu add-on in the playground (Chromium)', () => {
  let groupName = '';
  let groupSize = 0;
  let points = 0;

  it('forms groups from the 名单 sheet through the Form groups dialog', async () => {
    const { page } = browser;
    await page.goto(pg.url);
    await page.locator('[data-fn=showFormGroups]').click();
    const dialog = await addonFrame(page);
    await expect.poll(() => page.locator('#panel').getAttribute('data-kind')).toBe('modal');
    await dialog.getByTestId('roster-source').filter({ hasText: '名单' }).waitFor();
    await dialog.locator('[data-testid=run]:not([disabled])').waitFor();
    await shot(page, '01-form-groups-dialog');
    await dialog.getByTestId('run').click();
    await dialog.locator('[data-testid=result]:not([hidden])', { hasText: '分组' }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: '分组', exact: true }).count()).toBe(1);
    const groups = await readSheet(page, '分组');
    expect(groups.flat().join(' ')).toContain('郑子涵'); // a student of the sample roster is placed in a group
    await shot(page, '02-groups-sheet');
  });

  it('opens the scoring sidebar and awards points to a whole group (one log row per student)', async () => {
    const { page } = browser;
    await page.locator('[data-fn=showScoring]').click();
    const sidebar = await addonFrame(page);
    await expect.poll(() => page.locator('#panel').getAttribute('data-kind')).toBe('sidebar');
    const firstGroup = sidebar.getByTestId('group').first();
    await firstGroup.waitFor();
    groupName = (await firstGroup.getAttribute('data-group')) ?? '';
    expect(groupName).not.toBe('');
    await firstGroup.click();
    groupSize = Number((await sidebar.getByTestId('selection-count').textContent())?.match(/\d+/)?.[0] ?? 0);
    expect(groupSize).toBeGreaterThan(1);
    const button = sidebar.getByTestId('award-0');
    points = Number((await button.textContent())?.replace(/[^\d]/g, ''));
    expect(points).toBeGreaterThan(0);

    const logRows = () => (pg.workbook.findSheet('积分记录') ? pg.workbook.sheet('积分记录').lastRow() : 0);
    const before = logRows();
    await button.click();
    await expect.poll(logRows).toBe(Math.max(before, 1) + groupSize);
    const totals = await sidebar
      .locator('[data-testid=student][aria-pressed=true] [data-testid=total]')
      .allTextContents();
    expect(totals).toEqual(Array(groupSize).fill(String(points)));
    const groupTotal = sidebar.locator(`[data-testid=group][data-group="${groupName}"] [data-testid=group-total]`);
    expect(await groupTotal.textContent()).toMatch(new RegExp(`(^|\\D)${points * groupSize} 分$`));
    await shot(page, '03-sidebar-awarded');

    await updateTallies(sidebar);
    await expect.poll(() => shownGroupTotal(page, groupName)).toBe(points * groupSize);
    await shot(page, '04-tallies-after-award');
  });

  it('undoes the award: compensating rows are appended and the tallies go back', async () => {
    const { page } = browser;
    const sidebar = await addonFrame(page);
    const logRows = pg.workbook.sheet('积分记录').lastRow();
    await sidebar.getByTestId('undo').click();
    await expect.poll(() => pg.workbook.sheet('积分记录').lastRow()).toBe(logRows + groupSize);
    const groupTotal = sidebar.locator(`[data-testid=group][data-group="${groupName}"] [data-testid=group-total]`);
    await expect.poll(() => groupTotal.textContent()).toMatch(/(^|\D)0 分$/);
    await updateTallies(sidebar);
    await expect.poll(() => shownGroupTotal(page, groupName)).toBe(0);
    await expect.poll(async () => (await readSheet(page, '积分记录')).length).toBe(logRows + groupSize);
    await shot(page, '05-tallies-after-undo');
  });

  it('a colleague on the same spreadsheet awards too; the teacher sees it in the sidebar after a refresh', async () => {
    const { page } = browser;
    const logRows = pg.workbook.sheet('积分记录').lastRow();
    await page.selectOption('#user', 'colleague@example.com');
    await expect.poll(() => page.locator('#panel').isHidden()).toBe(true); // the colleague has nothing open yet
    await page.locator('[data-fn=showScoring]').click();
    const theirs = await addonFrame(page);
    const group = theirs.locator(`[data-testid=group][data-group="${groupName}"]`);
    await group.click();
    await theirs.getByTestId('award-1').click();
    await expect.poll(() => pg.workbook.sheet('积分记录').lastRow()).toBe(logRows + groupSize);
    const keys = pg.workbook
      .sheet('积分记录')
      .values()
      .map((r) => r[LOG_COL.userKey]);
    // The colleague's rows carry the colleague's anonymous key (not the teacher's, never an email).
    expect(new Set(keys.slice(logRows)).size).toBe(1);
    expect(keys.slice(logRows)[0]).not.toBe(keys[1]);
    expect(JSON.stringify(keys)).not.toContain('@');
    const each = Number((await theirs.getByTestId('award-1').textContent())?.replace(/[^\d]/g, ''));
    await shot(page, '06-colleague-awarded');

    await page.selectOption('#user', 'teacher@example.com');
    const mine = await addonFrame(page);
    await mine.getByTestId('refresh').click();
    const groupTotal = mine.locator(`[data-testid=group][data-group="${groupName}"] [data-testid=group-total]`);
    await expect.poll(() => groupTotal.textContent()).toMatch(new RegExp(`(^|\\D)${each * groupSize} 分$`));
    await shot(page, '07-teacher-sees-colleague');
  });
});
