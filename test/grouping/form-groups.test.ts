import { describe, expect, it } from 'vitest';
import { brokenRules, explainConflict, formGroups } from '../../shared/grouping/index.ts';
import type { Grouping } from '../../shared/grouping/types.ts';
import { assignStrata } from '../../shared/grouping/strata.ts';
import { groupSizes } from '../../shared/grouping/sizes.ts';
import { ranked, syntheticRoster } from '../support/students.ts';

const idGroups = (g: Grouping): string[][] => g.groups.map((x) => x.members.map((m) => m.id));
function ok(out: ReturnType<typeof formGroups>): Extract<ReturnType<typeof formGroups>, { ok: true }> {
  if (!out.ok) throw new Error(out.conflicts.map((c) => explainConflict(c, 'en')).join('; '));
  return out;
}

describe('formGroups', () => {
  it('40 students, size 4, 2:1:1: every group has two from the top half, one from each lower quarter', () => {
    const students = syntheticRoster(40, { seed: 7 });
    const g = ok(formGroups(students, { size: 4, mix: [2, 1, 1], seed: 3 })).rounds[0]!;
    const byTotal = students.slice().sort((a, b) => b.total! - a.total!);
    const band = new Map(byTotal.map((s, r) => [s.id, r < 20 ? 0 : r < 30 ? 1 : 2]));
    for (const grp of idGroups(g)) {
      const c = [0, 0, 0];
      for (const id of grp) c[band.get(id)!]!++;
      expect(c).toEqual([2, 1, 1]);
    }
    expect(brokenRules({ students, groups: idGroups(g), gender: true })).toEqual([]);
  });

  it('keeps the strongest students apart when asked', () => {
    const students = syntheticRoster(48, { seed: 2, apartPairs: 3 });
    const g = ok(formGroups(students, { size: 6, mix: [2, 2, 2] })).rounds[0]!;
    expect(brokenRules({ students, groups: idGroups(g) })).toEqual([]);
  });

  it('honours pins and keep-together', () => {
    const students = ranked(16, (i) => (i === 3 ? { pinnedGroup: 2 } : i === 5 ? { keepTogether: ['S16'] } : {}));
    const g = ok(formGroups(students, { size: 4 })).rounds[0]!;
    const groups = idGroups(g);
    expect(groups[1]).toContain('S4');
    expect(groups.find((x) => x.includes('S6'))).toContain('S16');
  });

  it('the same seed gives the same groups; another seed may differ', () => {
    const students = syntheticRoster(40, { seed: 9 });
    const a = ok(formGroups(students, { size: 4, mix: [2, 1, 1], seed: 5, timeLimitMs: 60_000 }));
    const b = ok(formGroups(students, { size: 4, mix: [2, 1, 1], seed: 5, timeLimitMs: 60_000 }));
    expect(idGroups(a.rounds[0]!)).toEqual(idGroups(b.rounds[0]!));
  });

  it('beats the serpentine draft on balance (range of group mean totals), on every synthetic class tried', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const students = syntheticRoster(40, { seed });
      const r = ok(formGroups(students, { size: 4, mix: [2, 1, 1], seed })).rounds[0]!.report;
      expect(r.balance.totalRange).toBeLessThan(r.baselines.serpentine.totalRange);
      expect(r.balance.totalRange).toBeLessThan(r.baselines.random.totalRange);
    }
  });

  it('the report matches the groups: sizes, gender counts, class size and ranges', () => {
    const students = syntheticRoster(30, { seed: 4 });
    const g = ok(formGroups(students, { size: 4, seed: 1 })).rounds[0]!;
    expect(g.report.groups.map((r) => r.size)).toEqual(g.groups.map((x) => x.members.length));
    expect(g.report.class.size).toBe(30);
    const byId = new Map(students.map((s) => [s.id, s]));
    g.groups.forEach((grp, q) => {
      const males = grp.members.filter((m) => byId.get(m.id)!.gender === 'M').length;
      expect(g.report.groups[q]!.gender.M).toBe(males);
    });
    const means = g.report.groups.map((r) => r.total!.mean);
    expect(g.report.balance.totalRange).toBeCloseTo(Math.max(...means) - Math.min(...means), 9);
    expect(g.report.balance.totalRangeSd).toBeCloseTo(g.report.balance.totalRange / g.report.class.total!.sd, 9);
  });

  it('group names: 第n组 by default, Group n in English, custom patterns', () => {
    const s = ranked(8);
    expect(ok(formGroups(s, { size: 4 })).rounds[0]!.groups.map((g) => g.name)).toEqual(['第1组', '第2组']);
    expect(ok(formGroups(s, { size: 4, lang: 'en' })).rounds[0]!.groups.map((g) => g.name)).toEqual([
      'Group 1',
      'Group 2',
    ]);
    expect(ok(formGroups(s, { size: 4, groupName: '{n}号桌' })).rounds[0]!.groups.map((g) => g.name)).toEqual([
      '1号桌',
      '2号桌',
    ]);
  });

  it('strata quotas are consistent with the sizes for uneven classes (42 in fours, 2:1:1)', () => {
    const sizes = groupSizes(42, 10);
    const s = assignStrata(
      Array.from({ length: 42 }, (_, i) => i),
      sizes,
      [2, 1, 1],
    );
    expect(s.quota.map((q) => q.reduce((a, b) => a + b, 0))).toEqual(sizes);
  });
});

describe('previous grouping', () => {
  it('with no change in the class, nobody moves', () => {
    const students = syntheticRoster(24, { seed: 3 });
    const first = ok(formGroups(students, { size: 4, mix: [2, 1, 1], seed: 1 })).rounds[0]!;
    const again = ok(formGroups(students, { size: 4, mix: [2, 1, 1], seed: 99, previous: idGroups(first) })).rounds[0]!;
    expect(again.report.moved).toBe(0);
    expect(idGroups(again).map((g) => [...g].sort())).toEqual(idGroups(first).map((g) => [...g].sort()));
  });

  it('one student leaves and one joins: only a few move, and the newcomer is placed', () => {
    const students = syntheticRoster(24, { seed: 5 });
    const first = ok(formGroups(students, { size: 4, seed: 1 })).rounds[0]!;
    const next = students.filter((s) => s.id !== 'S0003');
    const newcomer = { ...students[0]!, id: 'NEW1', name: '新同学', keepApart: [] };
    next.push(newcomer);
    const again = ok(formGroups(next, { size: 4, seed: 1, previous: idGroups(first) })).rounds[0]!;
    expect(idGroups(again).flat()).toContain('NEW1');
    expect(again.report.moved).toBeLessThanOrEqual(2);
    expect(brokenRules({ students: next, groups: idGroups(again) })).toEqual([]);
  });
});

describe('rotation', () => {
  it('later rounds repeat fewer pairs than independent groupings would', () => {
    const students = syntheticRoster(32, { seed: 8, apartPairs: 0 });
    const rounds = ok(formGroups(students, { size: 4, rounds: 3, seed: 2 })).rounds;
    expect(rounds).toHaveLength(3);
    const pairs = (g: Grouping): Set<string> => {
      const out = new Set<string>();
      for (const m of idGroups(g)) for (const a of m) for (const b of m) if (a < b) out.add(`${a}|${b}`);
      return out;
    };
    const seen = pairs(rounds[0]!);
    const repeats = [...pairs(rounds[1]!)].filter((p) => seen.has(p)).length;
    // Independent groupings of the same class with different seeds, for comparison.
    let indep = 0;
    for (const seed of [11, 12, 13]) {
      const other = ok(formGroups(students, { size: 4, seed })).rounds[0]!;
      indep += [...pairs(other)].filter((p) => seen.has(p)).length;
    }
    expect(repeats).toBeLessThan(indep / 3);
    for (const r of rounds) expect(brokenRules({ students, groups: idGroups(r) })).toEqual([]);
  });
});
