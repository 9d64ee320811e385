/**
 * Every printable view, in Chinese and English, printed to PDF in Chromium for a class of 45: the page count, every
 * student exactly once, nothing cut off or off the paper. PDFs and screenshots land in test-output/print/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../shared/i18n/localized.ts';
import { computeCommendations } from '../../shared/points/commendations.ts';
import { studentHistory } from '../../shared/points/history.ts';
import { periodRange } from '../../shared/points/periods.ts';
import {
  CARDS_PER_PAGE,
  type ClassGroups,
  commendationsScreen,
  commendationsView,
  daysLabel,
  groupCardsView,
  groupListView,
  type PrintView,
  printDocument,
  seatingChartView,
  studentHistoryView,
} from '../../shared/print/index.ts';
import { CLASS_NAME, fortnight, groupedClass, NOW, TZ } from './class.ts';
import { launchBrowser, layoutFacts, printPdf, screenshot } from './paper.ts';

let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => {
  await close?.();
});

const SETTINGS = (lang: Lang) => ({
  fairness: 'normalized' as const,
  badge: { name: lang === 'zh' ? '月亮' : 'Moon', every: 10 },
  categories: (lang === 'zh' ? ['学习', '纪律', '互助'] : ['Learning', 'Conduct', 'Helping']).map((name) => ({
    name,
    defaultPoints: 2,
  })),
});

const render = async (view: PrintView, name: string) => {
  const page = await browser.newPage();
  await page.setContent(printDocument([view], view.lang));
  const facts = await layoutFacts(page, view.shape);
  const pdf = view.shape === 'screen' ? null : await printPdf(page, name);
  const shot = await screenshot(page, name, view.shape === 'screen' ? { width: 1280, height: 720 } : undefined);
  const text = await page.evaluate('document.body.innerText');
  const markup = await page.evaluate('document.querySelectorAll(".hz-print b, .hz-print script").length');
  await page.close();
  return { facts, pdf, shot, text: String(text), injected: Number(markup) };
};

const everyoneOnce = (klass: ClassGroups, students: Record<string, number>): void => {
  const ids = klass.groups.flatMap((g) => g.members.map((m) => m.id));
  expect(ids).toHaveLength(45);
  expect(Object.keys(students).sort()).toEqual([...ids].sort());
  expect(Object.values(students).every((n) => n === 1)).toBe(true);
};

describe.each(['zh', 'en'] as const)('printable views in %s for a class of 45', (lang) => {
  const { klass } = groupedClass(lang);
  const events = fortnight(klass, lang);

  it('group list: one A4 portrait page, every student once with role and gender, nothing cut off', async () => {
    const r = await render(groupListView(klass, lang), `group-list-${lang}`);
    expect(r.pdf?.pages).toBe(1);
    everyoneOnce(klass, r.facts.students);
    expect(r.facts.clipped).toEqual([]);
    expect(r.text).toContain(lang === 'zh' ? '分组名单' : 'Study groups');
    expect(r.text).toContain(lang === 'zh' ? '<b>欧阳</b>娜娜' : 'Alexandra Fitzgerald-Montgomery');
    expect(r.injected).toBe(0);
    expect(r.text).not.toMatch(/平均|标准差|average|SD\b/);
  });

  it('group cards: two desk tents to a page, the group’s name, motto and goal, every student once', async () => {
    const r = await render(groupCardsView(klass, lang), `group-cards-${lang}`);
    expect(r.pdf?.pages).toBe(Math.ceil(klass.groups.length / CARDS_PER_PAGE));
    everyoneOnce(klass, r.facts.students);
    expect(r.facts.clipped).toEqual([]);
    expect(r.facts.overfullPages).toBe(0);
    expect(r.text).toContain(lang === 'zh' ? '团结互助，勇争第一' : 'Help each other, aim high');
    expect(r.text).toContain(lang === 'zh' ? '沿虚线对折' : 'Fold along this line');
    expect(r.injected).toBe(0);
  });

  it('seating chart: the whole room on one A4 landscape page, 讲台 in front, every student in one seat', async () => {
    const view = seatingChartView(klass, lang);
    const r = await render(view, `seating-chart-${lang}`);
    expect(r.pdf?.pages).toBe(1);
    everyoneOnce(klass, r.facts.students);
    expect(r.facts.clipped).toEqual([]);
    expect(r.facts.overfullPages).toBe(0);
    expect(r.text).toContain(lang === 'zh' ? '讲台' : "Teacher's desk");
    // Large enough to read at arm's length: nine names in ten at least 5 mm (about 14 pt), none under 2 mm.
    const sizes = [...view.body.matchAll(/hz-name" style="font-size:([\d.]+)mm/g)].map((m) => Number(m[1]));
    expect(sizes).toHaveLength(45);
    expect(sizes.filter((x) => x >= 5).length).toBeGreaterThanOrEqual(40);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
  });

  it('the seating chart follows the room: 2 rows of 6 clusters is still one page', async () => {
    const r = await render(seatingChartView(klass, lang, { rows: 2, cols: 6 }), `seating-chart-2x6-${lang}`);
    expect(r.pdf?.pages).toBe(1);
    everyoneOnce(klass, r.facts.students);
    expect(r.facts.clipped).toEqual([]);
  });

  it('commendations: a printable page and one projector screen, from the log', async () => {
    const praise = computeCommendations(events, klass.groups, SETTINGS(lang), 'week', NOW, TZ);
    expect(praise.champions.length).toBeGreaterThan(0);
    expect(praise.risingStars.length).toBeGreaterThan(0);
    expect(praise.badges.length).toBeGreaterThan(0);
    const meta = { className: CLASS_NAME[lang], period: 'this-week' as const, timeZone: TZ };
    const paper = await render(commendationsView(praise, lang, meta), `commendations-${lang}`);
    expect(paper.pdf?.pages).toBe(1);
    expect(paper.facts.clipped).toEqual([]);
    expect(paper.text).toContain(lang === 'zh' ? '进步之星' : 'Most improved');
    expect(paper.text).toContain(lang === 'zh' ? '互助之星' : 'Helping stars');
    expect(paper.text).toContain(lang === 'zh' ? '获得月亮' : 'Earned a Moon');
    expect(paper.text).toContain(lang === 'zh' ? '按人数折算：' : 'scaled to a group of average size');
    expect(paper.text).toContain(lang === 'zh' ? '11月16日—11月22日' : '16 Nov – 22 Nov 2026');
    const screen = await render(commendationsScreen(praise, lang, meta), `commendations-screen-${lang}`);
    expect(screen.facts.clipped).toEqual([]);
  });

  it('a student’s history: every entry in the period, totals by category, what was taken back left out', async () => {
    const m = klass.groups.flatMap((g) => g.members)[2];
    if (!m) throw new Error('no student');
    const range = periodRange('month', NOW, TZ);
    const h = studentHistory(events, m.id, m.name, range);
    expect(h.takenBack).toBe(1);
    expect(h.total).toBe(h.entries.reduce((s, e) => s + e.points, 0));
    const view = studentHistoryView(h, lang, {
      className: CLASS_NAME[lang],
      group: klass.groups.find((g) => g.members.includes(m))?.name ?? '',
      period: 'this-month',
      days: daysLabel(new Date(range.start).toISOString(), new Date(range.end).toISOString(), TZ, lang),
      badgeName: lang === 'zh' ? '月亮' : 'Moon',
      badges: 1,
      timeZone: TZ,
    });
    const r = await render(view, `student-history-${lang}`);
    expect(r.pdf?.pages).toBe(1);
    expect(r.facts.clipped).toEqual([]);
    expect(r.text).toMatch(/2026-11-\d\d \d\d:\d\d/); // local date-times, not ISO instants
    expect(r.text).not.toMatch(/T\d\d:\d\d:\d\d/);
  });
});
