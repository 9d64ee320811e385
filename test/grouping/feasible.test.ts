import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brokenRules, formGroups } from '../../shared/grouping/index.ts';
import { decideFeasibility } from '../../shared/grouping/feasible.ts';
import { buildRules } from '../../shared/grouping/rules.ts';
import { assignStrata } from '../../shared/grouping/strata.ts';
import { groupCount, groupSizes } from '../../shared/grouping/sizes.ts';
import { student } from '../support/students.ts';
import { bruteForce } from './brute-force.ts';

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
