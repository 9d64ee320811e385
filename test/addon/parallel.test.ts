/**
 * Real Apps Script runs executions in parallel: two teachers' sidebars update the tallies at the same moment,
 * two dialogs form groups or import a plan at once. The stand-in runs the second execution inside every gap
 * between two service calls of the first (StandIn.interleave), so every interleaving is tried.
 */
import { describe, expect, it } from 'vitest';
import { formGroupsRequest, open, otherUser, ROSTER_ZH, type Session } from './helpers.ts';

/** A small class keeps each of the many runs quick; what is tested is the interleaving, not the class size. */
const CLASS = ROSTER_ZH.slice(0, 13);

const grouped = async (): Promise<Session> => {
  const s = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: CLASS } } });
  expect(s.call('formGroupsRun', formGroupsRequest).ok).toBe(true);
  const ids: string[] = s
    .call('scoringState')
    .groups.flatMap((g: { members: { id: string }[] }) => g.members.map((m) => m.id));
  for (const [i, id] of ids.slice(0, 6).entries())
    s.call('awardPoints', { studentIds: [id], category: '学习', points: i + 1 });
  return s;
};

/** How many service calls one run of `fn` makes on its own (so every gap in it can be tried). */
const callsOf = (s: Session, fn: () => unknown): number => {
  const before = Object.values(s.si.workbook.stats.calls).reduce((a, b) => a + b, 0);
  fn();
  return Object.values(s.si.workbook.stats.calls).reduce((a, b) => a + b, 0) - before;
};

describe('two executions at once', () => {
  it('two overlapping tallies updates leave one correct summary and one chart, in every interleaving', async () => {
    const reference = await grouped();
    expect(reference.call('updateTallies').ok).toBe(true);
    const expected = reference.si.workbook.sheet('积分汇总').values();
    const n = callsOf(reference, () => reference.call('updateTallies'));
    for (let at = 1; at <= n; at++) {
      const a = await grouped();
      const b = await otherUser(a, 'colleague@school.example', { locale: 'zh-CN' });
      let other: { ok: boolean; busy?: boolean } | null = null;
      a.si.interleave(at, () => {
        other = b.call('updateTallies');
      });
      const mine = a.call('updateTallies');
      a.si.stopInterleaving();
      expect(mine.ok || mine.busy, `at call ${at}: ${mine.message}`).toBe(true);
      expect(other === null || (other as { ok: boolean }).ok || (other as { busy?: boolean }).busy).toBe(true);
      const sheet = a.si.workbook.sheet('积分汇总');
      expect(sheet.charts, `at call ${at}`).toHaveLength(1);
      expect(sheet.values(), `at call ${at}`).toEqual(expected);
    }
  }, 120_000);

  it('two overlapping "form groups" never clash on a sheet name or leave a half-written sheet', async () => {
    const reference = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: CLASS } } });
    const n = callsOf(reference, () => reference.call('formGroupsRun', formGroupsRequest));
    // Every gap around the writing (the last 20 calls), and every fourth one while the roster is read.
    const gaps = Array.from({ length: n }, (_, i) => i + 1).filter((at) => at > n - 20 || at % 4 === 0);
    for (const at of gaps) {
      const a = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: CLASS } } });
      const b = await otherUser(a, 'colleague@school.example', { locale: 'zh-CN' });
      let other: { ok: boolean; busy?: boolean; message?: string } | null = null;
      a.si.interleave(at, () => {
        other = b.call('formGroupsRun', { ...formGroupsRequest, seed: 99 });
      });
      const mine: { ok: boolean; busy?: boolean; message?: string } = a.call('formGroupsRun', formGroupsRequest);
      a.si.stopInterleaving();
      const results = [mine, other].filter((r): r is { ok: boolean; busy?: boolean; message?: string } => r !== null);
      for (const r of results) expect(r.ok || r.busy, `at call ${at}: ${r.message}`).toBe(true);
      const groupSheets = a.si.workbook.sheetNames().filter((x) => x.startsWith('分组'));
      expect(groupSheets, `at call ${at}`).toHaveLength(results.filter((r) => r.ok).length);
      for (const name of groupSheets) expect(a.si.workbook.sheet(name).values().length).toBeGreaterThan(12);
    }
  }, 120_000);

  it('a hand-made sheet called "groups" does not stop Form groups in English', async () => {
    const s = await open({ locale: 'en', workbookOptions: { sheets: { Roster: ROSTER_ZH, groups: [['my notes']] } } });
    const r = s.call('formGroupsRun', formGroupsRequest);
    expect(r).toMatchObject({ ok: true, sheetName: 'Groups (2)' });
    expect(s.si.workbook.sheet('groups').values()).toEqual([['my notes']]);
  });
});
