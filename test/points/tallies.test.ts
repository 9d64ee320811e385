import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings/defaults.ts';
import { competitionRanks, computeTallies } from '../../shared/points/tallies.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { ev, makeGroups } from './helpers.ts';

const NOW = '2026-11-25T12:00:00Z'; // Wednesday; week from Mon 23 Nov, month from 1 Nov (UTC)
const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings('zh'), ...over });
let n = 0;
const award = (studentId: string, points: number, over: Partial<PointEvent> = {}): PointEvent =>
  ev({ eventId: `x${++n}`, studentId, points, ...over });

describe('competitionRanks', () => {
  it('gives ties the same rank and skips after them', () => {
    expect(competitionRanks([5, 9, 5, 1, 9])).toEqual([3, 1, 3, 5, 1]);
    expect(competitionRanks([])).toEqual([]);
  });
});

describe('student totals and badges', () => {
  const groups = makeGroups([3]);
  it.each([
    [19, 0],
    [20, 1],
    [39, 1],
    [40, 2],
    [0, 0],
    [-25, 0],
  ])('total %i earns %i badges (every 20)', (pts, badges) => {
    const t = computeTallies([award('A1', pts)], groups, settings(), NOW, 'UTC');
    expect(t.students[0]!.total).toBe(pts);
    expect(t.students[0]!.badges).toBe(badges);
  });
  it('adds up per category and in total, including categories not in settings', () => {
    const t = computeTallies(
      [award('A1', 2), award('A1', 2), award('A1', -1, { category: '纪律' }), award('A1', 5, { category: '体育' })],
      groups,
      settings(),
      NOW,
      'UTC',
    );
    const s = t.students[0]!;
    expect(s.byCategory).toEqual({ 学习: 4, 纪律: -1, 卫生: 0, 体育: 5 });
    expect(s.total).toBe(8);
    expect(t.categories).toEqual(['学习', '纪律', '卫生', '体育']);
  });
  it('uses the badge threshold from settings', () => {
    const t = computeTallies([award('A1', 30)], groups, settings({ badge: { name: '星', every: 10 } }), NOW, 'UTC');
    expect(t.students[0]!.badges).toBe(3);
  });
  it('a compensating event cancels the original', () => {
    const t = computeTallies(
      [award('A1', 20, { eventId: 'o' }), award('A1', -20, { reverses: 'o' })],
      groups,
      settings(),
      NOW,
      'UTC',
    );
    expect(t.students[0]!.total).toBe(0);
    expect(t.students[0]!.badges).toBe(0);
  });
  it('ranks students, ties sharing a rank', () => {
    const t = computeTallies([award('A1', 5), award('A2', 7), award('A3', 5)], groups, settings(), NOW, 'UTC');
    expect(t.students.map((s) => s.rank)).toEqual([2, 1, 2]);
  });
  it('keeps a student who is in the log but not in the groups, outside every group', () => {
    const t = computeTallies(
      [award('A1', 1), award('Z9', 4, { studentName: '转走的' })],
      groups,
      settings(),
      NOW,
      'UTC',
    );
    const z = t.students.find((s) => s.id === 'Z9')!;
    expect(z).toMatchObject({ name: '转走的', group: null, inRoster: false, total: 4 });
    expect(t.groups[0]!.total).toBe(1);
  });
  it('lists roster students with no events at zero', () => {
    const t = computeTallies([], groups, settings(), NOW, 'UTC');
    expect(t.students.map((s) => [s.id, s.total, s.rank])).toEqual([
      ['A1', 0, 1],
      ['A2', 0, 1],
      ['A3', 0, 1],
    ]);
  });
});

describe('periods', () => {
  const groups = makeGroups([1]);
  const t = computeTallies(
    [
      award('A1', 1, { timestamp: '2026-11-23T00:00:00.000Z' }), // Monday 00:00: this week
      award('A1', 2, { timestamp: '2026-11-22T23:59:59.999Z' }), // Sunday: this month, not this week
      award('A1', 4, { timestamp: '2026-11-01T00:00:00.000Z' }), // first instant of the month
      award('A1', 8, { timestamp: '2026-10-31T23:59:59.000Z' }), // last month, this term
      award('A1', 16, { timestamp: '2026-08-31T10:00:00.000Z' }), // before the term
    ],
    groups,
    settings({ termStart: '2026-09-01' }),
    NOW,
    'UTC',
  );
  it('splits totals into this week, this month and this term', () => {
    expect(t.students[0]!.periods).toEqual({ week: 1, month: 7, term: 15 });
    expect(t.students[0]!.total).toBe(31);
  });
  it('reports the period starts', () => {
    expect(t.periodStarts).toEqual({
      week: '2026-11-23T00:00:00.000Z',
      month: '2026-11-01T00:00:00.000Z',
      term: '2026-09-01T00:00:00.000Z',
    });
  });
  it('counts everything in the term when termStart is null', () => {
    const u = computeTallies([award('A1', 3, { timestamp: '2020-01-01T00:00:00Z' })], groups, settings(), NOW, 'UTC');
    expect(u.students[0]!.periods.term).toBe(3);
    expect(u.periodStarts.term).toBeNull();
  });
  it('uses the sheet time zone: Sunday 23:59 in Beijing is not this week', () => {
    const u = computeTallies(
      [
        award('A1', 1, { timestamp: '2026-11-22T15:59:00Z' }), // Sun 23:59 Beijing
        award('A1', 2, { timestamp: '2026-11-22T16:00:00Z' }), // Mon 00:00 Beijing
      ],
      groups,
      settings(),
      NOW,
      'Asia/Shanghai',
    );
    expect(u.students[0]!.periods.week).toBe(2);
  });
});

describe('group fairness with groups of 4 and 6', () => {
  // A: 4 members × 10 = 40.  B: 6 members × 8 = 48.  Mean size 5.
  const groups = makeGroups([4, 6]);
  const events = [...groups[0]!.members.map((m) => award(m.id, 10)), ...groups[1]!.members.map((m) => award(m.id, 8))];
  it('total: the bigger group wins on size', () => {
    const t = computeTallies(events, groups, settings({ fairness: 'total' }), NOW, 'UTC');
    expect(t.groups.map((g) => [g.name, g.score, g.rank])).toEqual([
      ['A', 40, 2],
      ['B', 48, 1],
    ]);
  });
  it('average: per-member points decide', () => {
    const t = computeTallies(events, groups, settings({ fairness: 'average' }), NOW, 'UTC');
    expect(t.groups.map((g) => [g.name, g.score, g.rank])).toEqual([
      ['A', 10, 1],
      ['B', 8, 2],
    ]);
  });
  it('normalized: total × mean size / size (40×5/4 = 50, 48×5/6 = 40)', () => {
    const t = computeTallies(events, groups, settings({ fairness: 'normalized' }), NOW, 'UTC');
    expect(t.groups.map((g) => [g.name, g.score, g.rank])).toEqual([
      ['A', 50, 1],
      ['B', 40, 2],
    ]);
    expect(t.groups[0]).toMatchObject({ size: 4, total: 40, average: 10, normalized: 50 });
  });
  it('equal effort per member ties under average and normalized', () => {
    const even = [...groups[0]!.members, ...groups[1]!.members].map((m) => award(m.id, 5));
    for (const fairness of ['average', 'normalized'] as const) {
      const t = computeTallies(even, groups, settings({ fairness }), NOW, 'UTC');
      expect(t.groups.map((g) => g.rank)).toEqual([1, 1]);
    }
  });
  it('period scores use the same fairness mode', () => {
    const t = computeTallies(events, groups, settings({ fairness: 'average' }), NOW, 'UTC');
    // The events are on Fri 20 Nov: last week, this month, this term.
    expect(t.groups[1]!.periods).toEqual({ week: 0, month: 8, term: 8 });
  });
  it('an empty group scores 0 and has no leader', () => {
    const t = computeTallies([], [...groups, { name: 'C', members: [] }], settings(), NOW, 'UTC');
    expect(t.groups[2]).toMatchObject({ size: 0, score: 0, suggestedLeader: null });
  });
});

describe('showNegative', () => {
  const groups = makeGroups([2, 2]);
  const events = [award('A1', -3), award('A2', -1), award('B1', 2)];
  it('shows negative totals when true', () => {
    const t = computeTallies(events, groups, settings({ showNegative: true, fairness: 'total' }), NOW, 'UTC');
    expect(t.students.map((s) => s.shownTotal)).toEqual([-3, -1, 2, 0]);
    expect(t.groups[0]!.shownScore).toBe(-4);
  });
  it('hides them as 0 when false, keeping the true totals', () => {
    const t = computeTallies(events, groups, settings({ showNegative: false, fairness: 'total' }), NOW, 'UTC');
    expect(t.students.map((s) => s.shownTotal)).toEqual([0, 0, 2, 0]);
    expect(t.students[0]!.total).toBe(-3);
    expect(t.groups[0]!.shownScore).toBe(0);
    expect(t.groups[0]!.total).toBe(-4);
    expect(t.students.map((s) => s.rank)).toEqual([2, 2, 1, 2]);
  });
});

describe('leader suggestion', () => {
  const groups = makeGroups([4]);
  it('suggests the member with the most badges', () => {
    const t = computeTallies([award('A1', 20), award('A3', 45), award('A4', 39)], groups, settings(), NOW, 'UTC');
    expect(t.groups[0]!.suggestedLeader).toEqual({ id: 'A3', name: '学生A3' });
  });
  it('breaks a badge tie by higher total', () => {
    const t = computeTallies([award('A1', 21), award('A2', 39)], groups, settings(), NOW, 'UTC');
    expect(t.groups[0]!.suggestedLeader?.id).toBe('A2');
  });
  it('then by order in the group', () => {
    const t = computeTallies([award('A2', 20), award('A4', 20)], groups, settings(), NOW, 'UTC');
    expect(t.groups[0]!.suggestedLeader?.id).toBe('A2');
  });
  it('counts the group badges', () => {
    const t = computeTallies([award('A1', 40), award('A2', 20)], groups, settings(), NOW, 'UTC');
    expect(t.groups[0]!.badges).toBe(3);
  });
});

describe('speed', () => {
  it('handles 100,000 events over 50 students in one pass', () => {
    const groups = makeGroups(Array.from({ length: 10 }, () => 5));
    const ids = groups.flatMap((g) => g.members.map((m) => m.id));
    const events = Array.from({ length: 100_000 }, (_, i) => award(ids[i % ids.length]!, 1));
    const t = computeTallies(events, groups, settings(), NOW, 'UTC');
    expect(t.students.every((s) => s.total === 2000)).toBe(true);
    expect(t.eventCount).toBe(100_000);
  });
});
