import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brokenRules, explainConflict, formGroups } from '../../shared/grouping/index.ts';
import type { Student } from '../../shared/roster/types.ts';
import { assignStrata } from '../../shared/grouping/strata.ts';
import { groupCount, groupSizes } from '../../shared/grouping/sizes.ts';
import { student } from '../support/students.ts';

const rosterArb = fc
  .record({
    n: fc.integer({ min: 1, max: 40 }),
    seed: fc.integer({ min: 0, max: 1e6 }),
    apart: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    together: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    pins: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })), { maxLength: 3 }),
    totals: fc.array(fc.option(fc.integer({ min: 0, max: 300 }), { freq: 8 }), { minLength: 40, maxLength: 40 }),
    genders: fc.array(fc.constantFrom<'M' | 'F' | null>('M', 'F', null), { minLength: 40, maxLength: 40 }),
  })
  .map(({ n, seed, apart, together, pins, totals, genders }) => {
    const students: Student[] = Array.from({ length: n }, (_, i) =>
      student(`P${i}`, { total: totals[i] ?? null, gender: genders[i] ?? null, subjects: { 数学: totals[i] ?? null } }),
    );
    const link = (pairs: [number, number][], key: 'keepApart' | 'keepTogether') => {
      for (const [a, b] of pairs) {
        const x = students[a % n]!;
        const y = students[b % n]!;
        if (x !== y) x[key].push(y.id);
      }
    };
    link(apart, 'keepApart');
    link(together, 'keepTogether');
    for (const [i, g] of pins) students[i % n]!.pinnedGroup = g;
    return { students, seed };
  });

const optionsArb = fc.record({
  size: fc.integer({ min: 1, max: 7 }),
  remainder: fc.constantFrom<'larger' | 'smaller'>('larger', 'smaller'),
  mix: fc.constantFrom<number[] | null>(null, [2, 1, 1], [2, 2, 2], [1, 1], [1, 2]),
});

/**
 * Hundreds of groupings with a 200 ms budget each: CPU-bound, and on a busy 2-core machine longer than the default
 * 30 s. The timeout only guards against a hang; speed is npm run bench:groups's business.
 */
const CPU_BOUND = { timeout: 120_000 };

/**
 * A fixed seed: the same rosters on every run, so CI is repeatable. (Drawn afresh, a rare roster can exhaust the
 * feasibility search's budget; fast-check then shrinks it through hundreds of such searches, a run of many minutes.)
 */
const SEED = 20261202;

describe('properties', () => {
  it(
    'every student is placed exactly once and every hard rule holds — or a conflict names the students',
    CPU_BOUND,
    () => {
      fc.assert(
        fc.property(rosterArb, optionsArb, ({ students, seed }, o) => {
          const out = formGroups(students, { ...o, seed, timeLimitMs: 200 });
          if (!out.ok) {
            expect(out.conflicts.length).toBeGreaterThan(0);
            for (const c of out.conflicts) {
              expect(c.kind).not.toBe('not-decided');
              expect(explainConflict(c, 'zh').length).toBeGreaterThan(0);
              expect(explainConflict(c, 'en').length).toBeGreaterThan(0);
            }
            return;
          }
          const groups = out.rounds[0]!.groups.map((g) => g.members.map((m) => m.id));
          const k = groupCount(students.length, o);
          const sizes = groupSizes(students.length, k);
          const strata = assignStrata(
            students.map((s) => s.total ?? 0),
            sizes,
            o.mix,
          );
          const withMix =
            o.mix && students.every((s) => s.total !== null)
              ? { quota: strata.quota, stratumOf: new Map(students.map((s, i) => [s.id, strata.stratumOf[i]!])) }
              : {};
          expect(groups.map((g) => g.length)).toEqual(sizes);
          expect(brokenRules({ students, groups, ...withMix })).toEqual([]);
        }),
        { numRuns: 300, seed: SEED },
      );
    },
  );

  it('with no rules besides sizes and gender, a grouping is always found and the gender rule holds', CPU_BOUND, () => {
    fc.assert(
      fc.property(rosterArb, fc.integer({ min: 2, max: 6 }), ({ students }, size) => {
        const plain = students.map((s) => ({ ...s, keepApart: [], keepTogether: [], pinnedGroup: null }));
        const out = formGroups(plain, { size, timeLimitMs: 200 });
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        const groups = out.rounds[0]!.groups.map((g) => g.members.map((m) => m.id));
        expect(brokenRules({ students: plain, groups, gender: true })).toEqual([]);
        expect(out.warnings.map((w) => w.kind)).not.toContain('gender-off');
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});
