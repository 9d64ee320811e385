import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Student } from '../../shared/roster/types.ts';
import { buildFeatures, DEFAULT_WEIGHTS, type Features } from '../../shared/grouping/objective.ts';
import { assignStrata } from '../../shared/grouping/strata.ts';
import { groupCount, groupSizes } from '../../shared/grouping/sizes.ts';
import { buildRules } from '../../shared/grouping/constraints.ts';
import { startAssignment } from '../../shared/grouping/start.ts';
import { makeState, type SearchState } from '../../shared/grouping/state.ts';
import { polishRanges, serpentineBounds } from '../../shared/grouping/polish.ts';
import { solve } from '../../shared/grouping/solve.ts';
import { makeRng, shuffle } from '../../shared/grouping/random.ts';
import { genderBounds } from '../../shared/grouping/verify.ts';
import { metPairs, repeatedPairs } from '../../shared/grouping/rotation.ts';
import { brokenRules, formGroups } from '../../shared/grouping/index.ts';
import { syntheticRoster } from '../support/synthetic.ts';

/** The pipeline of formGroups up to the serpentine start, as the solver sees it. */
function setup(students: Student[], size: number, mix: number[] | null, previous: number[] | null = null) {
  const n = students.length;
  const sizes = groupSizes(n, groupCount(n, { size }));
  const k = sizes.length;
  const feat = buildFeatures(students, DEFAULT_WEIGHTS);
  const strata = assignStrata(feat.score, sizes, mix);
  const rules = buildRules(students);
  const gcat = students.map((s) => (s.gender === 'M' ? 0 : s.gender === 'F' ? 1 : 2));
  const share = [0, 1, 2].map((c) => gcat.filter((x) => x === c).length / n);
  const bounds = sizes.map((s) => share.map((p) => genderBounds(s, p)));
  const gLo = bounds.map((b) => b.map((x) => x[0]));
  const gHi = bounds.map((b) => b.map((x) => x[1]));
  const rng = makeRng(7);
  const start = startAssignment({
    k,
    sizes,
    quota: strata.quota,
    stratumOf: strata.stratumOf,
    score: feat.score,
    rules,
    gcat,
    gHi,
    prev: previous,
    order: shuffle(
      rng,
      students.map((_, i) => i),
    ),
  });
  const state = makeState({
    feat,
    sizes,
    group: start.group,
    apart: rules.apart,
    gcat,
    gLo,
    gHi,
    met: null,
    metWeight: 0,
    prev: previous,
    moveWeight: 50,
  });
  const pool: number[][] = strata.counts.map(() => []);
  students.forEach((_, i) => {
    if (!start.fixed[i]) pool[strata.stratumOf[i]!]!.push(i);
  });
  return { feat, sizes, strata, rules, gcat, gLo, gHi, start, state, pool, rng };
}

/** Range of group means of feature f, in class SDs. */
function range(state: SearchState, feat: Features, sizes: number[], f: number): number {
  const means = sizes.map((s, q) => state.E[q * feat.F + f]! / s);
  return Math.max(...means) - Math.min(...means);
}

const idGroups = (students: Student[], g: ArrayLike<number>, k: number): string[][] => {
  const out: string[][] = Array.from({ length: k }, () => []);
  students.forEach((s, i) => out[g[i]!]!.push(s.id));
  return out;
};

describe('range polish', () => {
  it('narrows the range of mean totals from a serpentine start (48 students, fours, 2:1:1)', () => {
    const students = syntheticRoster(48, { seed: 481 });
    const { feat, sizes, strata, start, state, pool, rng } = setup(students, 4, [2, 1, 1]);
    const before = range(state, feat, sizes, feat.totalFeature);
    const res = polishRanges({
      state,
      feat,
      sizes,
      pool,
      stratumOf: strata.stratumOf,
      fixed: start.fixed,
      rng,
      bounds: serpentineBounds(feat, sizes),
      deadline: 60_000,
      kicks: 100,
    });
    const after = range(state, feat, sizes, feat.totalFeature);
    expect(res.after).toBeLessThanOrEqual(res.before);
    expect(after).toBeLessThan(before / 2);
  });

  it('never breaks a hard rule, never adds a penalty (moves from a previous grouping included), never widens a subject past its bound', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 72 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(4, 5, 6),
        fc.constantFrom<number[] | null>([2, 1, 1], [2, 2, 2], [1, 1], null),
        fc.boolean(),
        (n, seed, size, mix, withPrevious) => {
          const students = syntheticRoster(n, { seed, apartPairs: 3 });
          const k = groupSizes(n, groupCount(n, { size })).length;
          // A previous grouping: the students dealt round-robin (so most would have to move to balance).
          const previous = withPrevious ? students.map((_, i) => i % k) : null;
          const { feat, sizes, strata, start, state, pool, rng } = setup(students, size, mix, previous);
          const bounds = serpentineBounds(feat, sizes);
          const penaltyBefore = state.penalty();
          const quota = mix ? strata.quota : undefined;
          const stratumOf = mix ? new Map(students.map((s, i) => [s.id, strata.stratumOf[i]!])) : undefined;
          const brokenBefore = brokenRules({ students, groups: idGroups(students, state.g, k), quota, stratumOf });
          const subjects = feat.kind.map((kind, f) => (kind === 'subject' ? f : -1)).filter((f) => f >= 0);
          const wideBefore = subjects.map((f) => range(state, feat, sizes, f));
          polishRanges({
            state,
            feat,
            sizes,
            pool,
            stratumOf: strata.stratumOf,
            fixed: start.fixed,
            rng,
            bounds,
            deadline: 60_000,
            kicks: 10,
          });
          expect(state.penalty()).toBeLessThanOrEqual(penaltyBefore + 1e-9);
          const after = brokenRules({ students, groups: idGroups(students, state.g, k), quota, stratumOf });
          if (brokenBefore.length === 0) expect(after).toEqual([]);
          subjects.forEach((f, a) =>
            expect(range(state, feat, sizes, f)).toBeLessThanOrEqual(Math.max(bounds[f]!, wideBefore[a]!) + 1e-9),
          );
        },
      ),
      { numRuns: 40, seed: 20261123 },
    );
  });

  it('in rotation, never puts together more pairs who already met', () => {
    const students = syntheticRoster(48, { seed: 482 });
    const { feat, sizes, strata, rules, gcat, gLo, gHi, start, pool, rng } = setup(students, 4, [2, 1, 1]);
    // Round one: the serpentine start itself; round two starts from it too, so every pair in a group has met.
    const met = metPairs(students.length);
    met.add(start.group);
    const state = makeState({
      feat,
      sizes,
      group: start.group,
      apart: rules.apart,
      gcat,
      gLo,
      gHi,
      met: (i, j) => met.count(i, j),
      metWeight: 2,
      prev: null,
      moveWeight: 0,
    });
    const groups = (): number[][] => sizes.map((_, q) => students.map((_, i) => i).filter((i) => state.g[i] === q));
    const before = repeatedPairs(groups(), met);
    polishRanges({
      state,
      feat,
      sizes,
      pool,
      stratumOf: strata.stratumOf,
      fixed: start.fixed,
      rng,
      bounds: serpentineBounds(feat, sizes),
      deadline: 60_000,
      kicks: 50,
    });
    expect(repeatedPairs(groups(), met)).toBeLessThanOrEqual(before);
  });

  it('subject bounds are half the serpentine draft’s subject ranges (in class SDs), as the report shows them', () => {
    const students = syntheticRoster(60, { seed: 601 });
    const { feat, sizes } = setup(students, 4, [2, 1, 1]);
    const bounds = serpentineBounds(feat, sizes);
    const report = formGroups(students, { size: 4, mix: [2, 1, 1], seed: 1 });
    if (!report.ok) throw new Error('no grouping');
    const serp = report.rounds[0]!.report.baselines.serpentine.subjectRanges;
    const classSubjects = report.rounds[0]!.report.class.subjects;
    const names = Object.keys(students[0]!.subjects);
    feat.kind.forEach((kind, f) => {
      if (kind !== 'subject') return expect(bounds[f]).toBe(Infinity);
      const name = names[feat.kind.slice(0, f).filter((x) => x === 'subject').length]!;
      expect(bounds[f]).toBeCloseTo((0.5 * serp[name]!) / classSubjects[name]!.sd, 9);
    });
  });

  it('returns at once, unchanged, when the deadline has passed', () => {
    const students = syntheticRoster(80, { seed: 801 });
    const { feat, sizes, strata, start, state, pool, rng } = setup(students, 4, [2, 1, 1]);
    const before = Int32Array.from(state.g);
    const t = Date.now();
    const res = polishRanges({
      state,
      feat,
      sizes,
      pool,
      stratumOf: strata.stratumOf,
      fixed: start.fixed,
      rng,
      bounds: serpentineBounds(feat, sizes),
      deadline: -1,
      kicks: 1000,
    });
    expect(res.outOfTime).toBe(true);
    expect([...state.g]).toEqual([...before]);
    expect(Date.now() - t).toBeLessThan(100);
  });
});

describe('time budget', () => {
  it('a grade of 5,000 stops near a 100 ms limit, with sizes and the mix intact', () => {
    const students = syntheticRoster(5000, { seed: 5000 });
    const { feat, sizes, strata, rules, gcat, gLo, gHi, start, rng } = setup(students, 4, [2, 1, 1]);
    const t = Date.now();
    const res = solve({
      feat,
      sizes,
      stratumOf: strata.stratumOf,
      group: start.group,
      fixed: start.fixed,
      apart: rules.apart,
      gcat,
      gLo,
      gHi,
      met: null,
      metWeight: 0,
      prev: null,
      moveWeight: 0,
      rng,
      timeLimitMs: 100,
    });
    const elapsed = Date.now() - t;
    expect(res.outOfTime).toBe(true);
    // Generous slack for a busy machine; without the limit this search runs for seconds.
    expect(elapsed).toBeLessThan(100 + 400);
    const stratumOf = new Map(students.map((s, i) => [s.id, strata.stratumOf[i]!]));
    expect(
      brokenRules({ students, groups: idGroups(students, res.group, sizes.length), quota: strata.quota, stratumOf }),
    ).toEqual([]);
  });

  it('formGroups: a previous grouping with nobody joining or leaving still moves nobody (the polish runs too)', () => {
    const students = syntheticRoster(40, { seed: 402 });
    const first = formGroups(students, { size: 4, mix: [2, 1, 1], seed: 1 });
    if (!first.ok) throw new Error('no grouping');
    const previous = first.rounds[0]!.groups.map((g) => g.members.map((m) => m.id));
    const again = formGroups(students, { size: 4, mix: [2, 1, 1], seed: 9, previous });
    if (!again.ok) throw new Error('no grouping');
    expect(again.rounds[0]!.report.moved).toBe(0);
  });
});

describe('reproducible under any load', () => {
  it('the same seed gives the same groups on a machine three times slower (work is counted, not wall time)', () => {
    const students = syntheticRoster(120, { seed: 77 });
    const ids = (o: ReturnType<typeof formGroups>) =>
      o.ok ? o.rounds[0]!.groups.map((g) => g.members.map((m) => m.id)) : null;
    const normal = ids(formGroups(students, { size: 4, mix: [2, 1, 1], seed: 7 }));
    const realNow = Date.now.bind(Date);
    const t0 = realNow();
    const slow = vi.spyOn(Date, 'now').mockImplementation(() => t0 + (realNow() - t0) * 3);
    try {
      expect(ids(formGroups(students, { size: 4, mix: [2, 1, 1], seed: 7 }))).toEqual(normal);
    } finally {
      slow.mockRestore();
    }
  });
});
