/**
 * From a roster to printed paper through the add-on, as a teacher clicks it: the roster in a 名单 sheet, 分组… →
 * the 分组 sheet, the group details typed in, a few points, then 打印… from the menu. The real Print dialog (the
 * built page) runs in Chromium with google.script.run bridged to the built bundle over the Apps Script stand-in;
 * each view it shows is printed to PDF as window.print would print it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '../../shared/i18n/localized.ts';
import { showBridged } from '../support/page-bridge.ts';
import { open, type Session } from '../addon/helpers.ts';
import { classStudents } from './class.ts';
import { launchBrowser, layoutFacts, OUT, printPdf } from './paper.ts';

let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => {
  await close?.();
});

/** google.script.run for a static page: each call goes to node, asynchronously, like the real one. */

const HEAD = {
  zh: ['学号', '姓名', '性别', '语文', '数学', '英语'],
  en: ['Student ID', 'Name', 'Gender', 'Reading', 'Math', 'Science'],
};

/** A class of 45 typed into the roster sheet, grouped with 分组…, the first group's details filled in. */
const classroom = async (lang: Lang): Promise<Session> => {
  const students = classStudents(lang);
  const rows = [
    HEAD[lang],
    ...students.map((s) => [
      s.id,
      s.name,
      s.gender === 'M' ? (lang === 'zh' ? '男' : 'M') : lang === 'zh' ? '女' : 'F',
      ...Object.values(s.subjects),
    ]),
  ];
  const s = await open({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    workbookOptions: {
      name: lang === 'zh' ? '初二(3)班' : 'Year 8 Maple',
      sheets: { [lang === 'zh' ? '名单' : 'Roster']: rows },
    },
  });
  expect(s.call('formGroupsRun', { by: 'size', value: 4, mix: '2:1:1', seed: 7 }).ok).toBe(true);
  // The teacher types the first group's name, motto and goal into the 小组信息 table.
  const sheet = s.si.workbook.sheet(lang === 'zh' ? '分组' : 'Groups');
  const at = sheet
    .values()
    .findIndex((r) => r[0] === (lang === 'zh' ? '小组' : 'Group') && r[1] === (lang === 'zh' ? '组名' : 'Team name'));
  expect(at).toBeGreaterThan(0);
  const details =
    lang === 'zh'
      ? ['雄鹰队', '团结互助，勇争第一', '期末每人提高5分']
      : ['Eagles', 'Help each other', 'Up five marks'];
  for (const [i, v] of details.entries()) sheet.write(at + 2, 2 + i, v);
  const st = s.call('scoringState');
  const ids = st.groups.flatMap((g) => g.members.map((m) => m.id));
  for (const [i, id] of ids.slice(0, 12).entries())
    s.call('awardPoints', { studentIds: [id], category: st.categories[i % 3]!.name, points: 2 + (i % 3) });
  return s;
};

const dialogFor = async (s: Session, lang: Lang): Promise<Page> => {
  s.menu('showPrint');
  const shown = s.si.ui.dialog;
  if (!shown) throw new Error('no dialog');
  expect(shown.title).toBe(lang === 'zh' ? '互助 · 打印' : 'Huzhu · Print');
  const page = await browser.newPage({
    viewport: { width: shown.width, height: shown.height },
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
  });
  await showBridged(page, shown.html, s);
  await page.waitForSelector('#paper .hz-print');
  return page;
};

const choose = async (page: Page, view: string, cls: string): Promise<void> => {
  await page.selectOption('[data-testid=print-view]', view);
  await page.waitForSelector(`#paper .${cls}`);
  await expect.poll(() => page.isEnabled('[data-testid=print]')).toBe(true);
};

describe.each(['zh', 'en'] as const)('the Print dialog (%s), opened from the menu', (lang) => {
  it('prints the group list, cards and the classroom seating chart with every student once', async () => {
    const s = await classroom(lang);
    expect(s.si.ui.menuItems().length).toBe(0); // nothing until onOpen
    s.menu('onOpen');
    expect(s.si.ui.menuItems().map((m) => m.caption)).toContain(lang === 'zh' ? '打印…' : 'Print…');
    const page = await dialogFor(s, lang);
    const ids = s.call('printSetup').groups.flatMap((g: { members: { id: string }[] }) => g.members.map((m) => m.id));
    expect(ids).toHaveLength(45);

    for (const [view, cls, pages] of [
      ['list', 'hz-list', 1],
      ['cards', 'hz-cards', 6],
      ['seating', 'hz-seating', 1],
    ] as const) {
      await choose(page, view, cls);
      await page.setViewportSize({ width: 960, height: 680 });
      await page.screenshot({ path: `${OUT}/addon-print-${view}-${lang}.png` });
      const pdf = await printPdf(page, `addon-print-${view}-${lang}`);
      expect(pdf.pages).toBe(pages);
      const facts = await layoutFacts(page, view === 'seating' ? 'landscape' : 'portrait');
      expect(Object.keys(facts.students).sort()).toEqual([...ids].sort());
      expect(Object.values(facts.students).every((n) => n === 1)).toBe(true);
      expect(facts.clipped).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
    // The toolbar is not on the paper; the card shows what the teacher typed in 小组信息.
    await choose(page, 'cards', 'hz-cards');
    expect(await page.locator('#paper').textContent()).toContain(
      lang === 'zh' ? '团结互助，勇争第一' : 'Help each other',
    );
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid=print-bar]')).toBe(false);
    await page.close();
  });

  it('shows this week’s commendations on the projector and prints one student’s points', async () => {
    const s = await classroom(lang);
    const page = await dialogFor(s, lang);
    await choose(page, 'praise-screen', 'hz-screen');
    const text = await page.locator('#paper').textContent();
    expect(text).toContain(lang === 'zh' ? '冠军小组' : 'Champion group');
    await page.screenshot({ path: `${OUT}/addon-print-projector-${lang}.png` });
    await choose(page, 'history', 'hz-history');
    const first = await page.locator('[data-testid=print-student] option').first().getAttribute('value');
    await page.selectOption('[data-testid=print-student]', first ?? '');
    await page.selectOption('[data-testid=print-period]', 'this-month');
    await expect.poll(() => page.locator('#paper tr[data-entry]').count()).toBeGreaterThan(0);
    expect(await page.locator('#paper').textContent()).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d/);
    expect((await printPdf(page, `addon-print-history-${lang}`)).pages).toBe(1);
    await page.close();
  });
});
