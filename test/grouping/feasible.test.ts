import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brokenRules, formGroups } from '../../shared/grouping/index.ts';
import { decideFeasibility } from '../../shared/grouping/feasible.ts';
import { buildRules } from '../../shared/grouping/rules.ts';
import { assignStrata } from '../../shared/grouping/strata.ts';
import { groupCount, groupSizes } from '../../shared/grouping/sizes.ts';
import type { Student } from '../../shared/roster/types.ts';
import { student } from './helpers.ts';

/** Every assignment, student by student (recursion is fine here: at most 12 deep), checking each rule as it goes. */
function bruteForce(students: Student[], sizes: number[], quota: number[][], stratumOf: number[]): number[] | null {
  const n = students.length;
  const k = sizes.length;
  const id = new Map(students.map((s, i) => [s.id, i]));
  const group = new Array<number>(n).fill(-1);
  const left = quota.map((q) => [...q]);
  const ok = (i: number, g: number): boolean => {
    const s = students[i]!;
    if (s.pinnedGroup !== null && s.pinnedGroup - 1 !== g) return false;
    if ((left[g]![stratumOf[i]!] ?? 0) <= 0) return false;
    for (let j = 0; j < i; j++) {
      const o = students[j]!;
      const apart = s.keepApart.includes(o.id) || o.keepApart.includes(s.id);
      const together = s.keepTogether.includes(o.id) || o.keepTogether.includes(s.id);
      if (apart && group[j] === g) return false;
      if (together && group[j] !== g) return false;
    }
    return true;
  };
  const go = (i: number): boolean => {
    if (i === n) return true;
    for (let g = 0; g < k; g++) {
      if (!ok(i, g)) continue;
      group[i] = g;
      left[g]![stratumOf[i]!]!--;
      if (go(i + 1)) return true;
      left[g]![stratumOf[i]!]!++;
      group[i] = -1;
    }
    return false;
  };
  void id;
  return go(0) ? group : null;
}

const rosterArb = fc
  .record({
    n: fc.integer({ min: 2, max: 12 }),
    apart: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
    together: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    pins: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })), { maxLength: 3 }),
    totals: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 12, maxLength: 12 }),
    size: fc.integer({ min: 2, max: 5 }),
    mix: fc.constantFrom<number[] | null>(null, [2, 1, 1], [1, 1], [2, 2, 2]),
    seed: fc.integer({ min: 0, max: 1e6 }),
  })
  .map(({ n, apart, together, pins, totals, size, mix, seed }) => {
    const students = Array.from({ length: n }, (_, i) =>
      student(`P${i}`, { total: totals[i]! + i / 100, gender: i % 2 ? 'F' : 'M' }),
    );
    for (const [a, b] of apart) if (a % n !== b % n) students[a % n]!.keepApart.push(students[b % n]!.id);
    for (const [a, b] of together) if (a % n !== b % n) students[a % n]!.keepTogether.push(students[b % n]!.id);
    for (const [i, g] of pins) students[i % n]!.pinnedGroup = g;
    return { students, size, mix, seed };
  });

describe('feasibility is decided exactly (compared with brute force on rosters of up to 12)', () => {
  it('never refuses a satisfiable roster, never breaks a hard rule, never returns groups when none exist', () => {
    fc.assert(
      fc.property(rosterArb, ({ students, size, mix, seed }) => {
        const n = students.length;
        const sizes = groupSizes(n, groupCount(n, { size }));
        const useMix = mix && sizes.length > 1 ? mix : null;
        const strata = assignStrata(
          students.map((s) => s.total ?? 0),
          sizes,
          useMix,
        );
        const truth = bruteForce(students, sizes, strata.quota, strata.stratumOf);
        const out = formGroups(students, { size, mix, seed, timeLimitMs: 20 });
        expect(out.ok).toBe(truth !== null);
        if (out.ok) {
          const groups = out.rounds[0]!.groups.map((g) => g.members.map((m) => m.id));
          const stratumOf = new Map(students.map((s, i) => [s.id, strata.stratumOf[i]!]));
          expect(brokenRules({ students, groups, quota: strata.quota, stratumOf })).toEqual([]);
        } else expect(out.conflicts.map((c) => c.kind)).not.toContain('not-decided');
      }),
      { numRuns: 400, seed: 20261130 },
    );
  });

  it('a budget too small to decide says so rather than guessing', () => {
    const students = Array.from({ length: 30 }, (_, i) => student(`P${i}`, { total: i }));
    // Everyone apart from the next three: a search, not a plain contradiction.
    for (let i = 0; i < 30; i++) for (let d = 1; d <= 3; d++) students[i]!.keepApart.push(students[(i + d) % 30]!.id);
    const sizes = groupSizes(30, 10);
    const r = decideFeasibility({
      quota: sizes.map((s) => [s]),
      stratumOf: new Int32Array(30),
      rules: buildRules(students),
      budget: 5,
    });
    expect(r.status).toBe('not-decided');
    const full = decideFeasibility({
      quota: sizes.map((s) => [s]),
      stratumOf: new Int32Array(30),
      rules: buildRules(students),
    });
    expect(full.status).toBe('feasible');
  });
});
