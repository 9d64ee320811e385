import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings/defaults.ts';
import { computeTallies } from '../../shared/points/tallies.ts';
import { talliesToRows } from '../../shared/points/tallies-sheet.ts';
import { ev } from './helpers.ts';

const groups = [
  {
    name: '第1组',
    members: [
      { id: '1', name: '=HYPERLINK("x")' },
      { id: '2', name: '李四' },
    ],
  },
  { name: '+第2组', members: [{ id: '3', name: '王五' }] },
];
const events = [
  ev({ eventId: 'a', studentId: '1', points: 20 }),
  ev({ eventId: 'b', studentId: '2', points: -6, category: '纪律' }),
  ev({ eventId: 'c', studentId: '3', points: 10 }),
];
const NOW = '2026-11-25T12:00:00Z';

describe('talliesToRows', () => {
  const t = computeTallies(events, groups, { ...defaultSettings('zh'), fairness: 'total' }, NOW, 'UTC');
  const { leaderboard, students } = talliesToRows(t, 'zh');
  it('puts group and score in the first two columns, sorted by rank (for the chart)', () => {
    expect(leaderboard[0]!.slice(0, 3)).toEqual(['小组', '积分', '排名']);
    expect(leaderboard.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['第1组', 14, 1],
      ["'+第2组", 10, 2],
    ]);
  });
  it('has the badge and leader columns', () => {
    expect(leaderboard[0]).toContain('月亮（每20分）');
    expect(leaderboard[0]!.at(-1)).toBe('建议组长');
    expect(leaderboard[1]!.at(-1)).toBe(`'=HYPERLINK("x")`);
  });
  it('lists students with categories, total, rank, badges and periods', () => {
    expect(students[0]).toEqual([
      '学号',
      '姓名',
      '小组',
      '学习',
      '纪律',
      '卫生',
      '总分',
      '排名',
      '月亮（每20分）',
      '本周',
      '本月',
      '本学期',
    ]);
    // The id "1" is written as '1 so Sheets keeps it as the text id, not the number 1.
    expect(students[1]).toEqual(["'1", `'=HYPERLINK("x")`, '第1组', 20, 0, 0, 20, 1, 1, 0, 20, 20]);
    expect(students[2]!.slice(3, 9)).toEqual([0, -6, 0, -6, 3, 0]);
  });
  it('keeps every row of a block the same width', () => {
    for (const block of [leaderboard, students]) expect(new Set(block.map((r) => r.length)).size).toBe(1);
  });
  it('uses English headers for en', () => {
    const en = talliesToRows(t, 'en');
    expect(en.leaderboard[0]!.slice(0, 3)).toEqual(['Group', 'Points', 'Rank']);
    expect(en.students[0]!.slice(0, 3)).toEqual(['Student ID', 'Name', 'Group']);
  });
  it('shows negatives as 0 when showNegative is false', () => {
    const hidden = computeTallies(events, groups, { ...defaultSettings('zh'), showNegative: false }, NOW, 'UTC');
    const rows = talliesToRows(hidden, 'zh').students;
    expect(rows[2]!.slice(3, 7)).toEqual([0, 0, 0, 0]);
  });
  it('only shows the periods chosen in settings', () => {
    const weekOnly = computeTallies(events, groups, { ...defaultSettings('zh'), periods: ['week'] }, NOW, 'UTC');
    expect(talliesToRows(weekOnly, 'zh').students[0]!.slice(-2)).toEqual(['月亮（每20分）', '本周']);
  });
  it('marks students not on the roster', () => {
    const t2 = computeTallies(
      [...events, ev({ eventId: 'z', studentId: '9', points: 1 })],
      groups,
      defaultSettings('zh'),
      NOW,
      'UTC',
    );
    expect(talliesToRows(t2, 'zh').students.at(-1)![2]).toBe('（不在名单）');
  });
});
