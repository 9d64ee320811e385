/**
 * The sidebar's history list reaches ANY past entry: listEntries pages the log from the bottom with bounded reads
 * (optionally for the selected students), and reverseEntry compensates an entry however old it is.
 */
import { describe, expect, it } from 'vitest';
import { LOG_COL, LOG_WIDTH } from '../../shared/points/log.ts';
import { formGroupsRequest, logName, open, type Reply, ROSTER_ZH, seedLog, type Session } from './helpers.ts';

/** A page of the history as listEntries returns it. */
type Page = Reply<'listEntries'>;
type Entry = Page['entries'][number];

const logRows = (s: Session): unknown[][] => s.si.workbook.sheet(logName(s)).values().slice(1);

/** A grouped class whose log already holds `n` entries (see seedLog). */
const withLog = async (n: number, locale = 'zh-CN'): Promise<{ s: Session; ids: string[] }> => {
  const s = await open({ locale, workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
  expect(s.call('formGroupsRun', formGroupsRequest).ok).toBe(true);
  return { s, ids: seedLog(s, n).map((m) => m.id) };
};

/** Every page from the bottom to the top of the log, as the sidebar's "Older entries" button asks for them. */
const pageAll = (
  s: Session,
  query: Record<string, unknown> = {},
): { pages: Page[]; entries: Entry[]; reversed: Set<string> } => {
  const pages: Page[] = [];
  let before: number | undefined;
  for (let k = 0; k < 100; k++) {
    const p: Page = s.call('listEntries', { ...query, ...(before === undefined ? {} : { before }) });
    expect(p.ok).toBe(true);
    pages.push(p);
    if (p.next === null) break;
    before = p.next;
  }
  return { pages, entries: pages.flatMap((p) => p.entries), reversed: new Set(pages.flatMap((p) => p.reversedIds)) };
};

describe('History: any past entry, in bounded pages', () => {
  it('pages a 500-entry log back to the oldest entry with reads that do not grow with the log', async () => {
    const { s } = await withLog(500);
    s.si.workbook.resetStats();
    const first: Page = s.call('listEntries', {});
    expect(first.entries.map((e) => e.eventId).slice(0, 3)).toEqual(['e499', 'e498', 'e497']);
    expect(first.entries).toHaveLength(30);
    expect(first.entries[0]!.row).toBe(501);
    expect(s.si.workbook.stats.calls['Range.getValues']).toBe(1);
    expect(s.si.workbook.stats.cellsRead).toBe(30 * LOG_WIDTH); // the 30 rows shown, not the log

    const { pages, entries } = pageAll(s, { limit: 100 });
    expect(pages).toHaveLength(6); // 100 × 5, then the header row alone
    expect(entries).toHaveLength(500);
    expect(new Set(entries.map((e) => e.eventId)).size).toBe(500);
    expect(entries.at(-1)).toMatchObject({ eventId: 'e0', row: 2, points: 1 });
    for (const p of pages) expect(p.scanned).toBeLessThanOrEqual(100);
  });

  it('reverses the oldest entry found that way: one compensating row appended, totals follow', async () => {
    const { s } = await withLog(500);
    const { entries } = pageAll(s, { limit: 100 });
    const oldest = entries.at(-1)!;
    const before = s.call('scoringState').totals[oldest.studentId] as number;
    const r = s.call('reverseEntry', oldest.eventId);
    expect(r).toMatchObject({ ok: true });
    const rows = logRows(s);
    expect(rows).toHaveLength(501);
    expect(rows[0]![LOG_COL.eventId]).toBe('e0'); // the original row is untouched
    expect(rows[0]![LOG_COL.points]).toBe(1);
    const added = rows[500]!;
    expect([added[LOG_COL.studentId], added[LOG_COL.points], added[LOG_COL.reverses]]).toEqual([
      oldest.studentId,
      -1,
      'e0',
    ]);
    expect(s.call('scoringState').totals[oldest.studentId]).toBe(before - 1);

    // The history now shows the compensation on top and knows the old entry is reversed.
    const again = pageAll(s, { limit: 100 });
    expect(again.entries[0]).toMatchObject({ isReversal: true, reverses: 'e0', row: 502 });
    expect(again.reversed.has('e0')).toBe(true);
    expect(again.entries.find((e) => e.eventId === 'e0')).toBeDefined();
  });

  it('refuses to reverse an entry twice, or a compensation row, with a sentence and no new row', async () => {
    const { s } = await withLog(500);
    expect(s.call('reverseEntry', 'e3').ok).toBe(true);
    const twice = s.call('reverseEntry', 'e3');
    expect(twice).toMatchObject({ ok: false, alreadyReversed: true, message: '这条记录已经撤回过了。' });
    const comp = (s.call('listEntries', { limit: 1 }) as Page).entries[0]!;
    expect(comp.isReversal).toBe(true);
    expect(s.call('reverseEntry', comp.eventId).message).toMatch(/本身就是撤回记录/);
    expect(s.call('reverseEntry', 'no-such-entry').message).toBe('找不到这条记录。');
    expect(logRows(s)).toHaveLength(501);
  });

  it('a reversal reads two columns of a long log, not the whole log, and ignores broken rows', async () => {
    const { s } = await withLog(5000);
    s.si.workbook.resetStats();
    expect(s.call('reverseEntry', 'e10').ok).toBe(true);
    expect(s.si.workbook.stats.cellsRead).toBeLessThan(5001 * 2 + 5 * LOG_WIDTH);
    expect(s.si.workbook.stats.calls['Range.setValues']).toBe(1);
    // A row typed by hand that names e20 as reversed but is broken (no time) does not block reversing e20.
    const log = s.si.workbook.sheet(logName(s)).values();
    const handTyped: unknown[] = new Array(LOG_WIDTH).fill('');
    Object.assign(handTyped, {
      [LOG_COL.eventId]: 'h1',
      [LOG_COL.studentId]: '2024001',
      [LOG_COL.category]: '学习',
      [LOG_COL.points]: -1,
      [LOG_COL.reverses]: 'e20',
    });
    s.si.workbook.setSheet(logName(s), [...log, handTyped]);
    expect(s.call('reverseEntry', 'e20').ok).toBe(true);
    expect(s.call('reverseEntry', 'e20')).toMatchObject({ ok: false, alreadyReversed: true });
    expect(s.call('reverseEntry', 'h1').message).toBe('找不到这条记录。');
  });

  it('an entry reversed in the same page is marked reversed', async () => {
    const { s } = await withLog(50);
    expect(s.call('reverseEntry', 'e45').ok).toBe(true);
    const p: Page = s.call('listEntries', {});
    expect(p.entries.find((e) => e.eventId === 'e45')).toMatchObject({ reversed: true, isReversal: false });
    expect(p.entries.find((e) => e.eventId === 'e44')).toMatchObject({ reversed: false });
  });

  it('filters by the selected students, each call reading at most 1,000 rows', async () => {
    const { s, ids } = await withLog(500);
    const [a, b] = [ids[5]!, ids[17]!];
    const expected = logRows(s)
      .map((r, i) => ({ id: r[LOG_COL.eventId], student: String(r[LOG_COL.studentId]), row: i + 2 }))
      .filter((r) => r.student === a || r.student === b);
    s.si.workbook.resetStats();
    const { pages, entries } = pageAll(s, { studentIds: [a, b], limit: 10 });
    expect(entries.map((e) => e.eventId)).toEqual(expected.map((r) => r.id).reverse());
    expect(entries.map((e) => e.row)).toEqual(expected.map((r) => r.row).reverse());
    expect(entries.every((e) => e.studentId === a || e.studentId === b)).toBe(true);
    for (const p of pages) expect(p.scanned).toBeLessThanOrEqual(1000);
    // One student only (studentId), and a student with nothing in the log: an empty list, not an error.
    const one: Page = s.call('listEntries', { studentId: a, limit: 100 });
    expect(one.entries.map((e) => e.studentId)).toEqual(Array(expected.filter((r) => r.student === a).length).fill(a));
    expect(s.call('listEntries', { studentIds: ['nobody'] })).toMatchObject({
      ok: true,
      entries: [],
      next: null,
      scanned: 501,
    });
  });

  it('stops at 1,000 rows a call on a long log and resumes where it stopped', async () => {
    const { s } = await withLog(3000);
    const p: Page = s.call('listEntries', { studentIds: ['nobody'] });
    expect(p).toMatchObject({ entries: [], scanned: 1000, next: 2002 });
    const q: Page = s.call('listEntries', { studentIds: ['nobody'], before: p.next });
    expect(q).toMatchObject({ scanned: 1000, next: 1002 });
  });

  it('copes with no log, odd arguments and blank or broken rows', async () => {
    const s = await open({ locale: 'en', workbookOptions: { sheets: { Roster: ROSTER_ZH } } });
    expect(s.call('listEntries')).toMatchObject({ ok: true, entries: [], next: null });
    const { s: t } = await withLog(10, 'en');
    expect(logName(t)).toBe('Points log');
    const log = t.si.workbook.sheet('Points log').values();
    log[3] = Array(LOG_WIDTH).fill('');
    const bad: (string | number)[] = Array(LOG_WIDTH).fill('');
    Object.assign(bad, { [LOG_COL.eventId]: 'bad', [LOG_COL.time]: 'not a time', [LOG_COL.studentId]: 'x' });
    bad[LOG_COL.points] = 1;
    log[5] = bad;
    t.si.workbook.setSheet('Points log', log);
    const p: Page = t.call('listEntries', { before: 'abc', limit: -5 });
    expect(p.entries.map((e) => e.eventId)).toEqual(['e9']);
    const all = pageAll(t, { limit: 100 });
    expect(all.entries).toHaveLength(8);
    expect(all.entries.map((e) => e.eventId)).not.toContain('bad');
    expect(t.call('reverseEntry', 'e0').ok).toBe(true);
    expect(t.call('reverseEntry', 'e0')).toMatchObject({
      ok: false,
      message: 'This entry has already been taken back.',
    });
  });
});
