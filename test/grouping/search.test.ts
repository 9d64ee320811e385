import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Student } from '../../shared/roster/types.ts';
import {
  balanceObjective,
  buildFeatures,
  profileScore,
  DEFAULT_WEIGHTS,
  softPenalty,
  type SoftGoals,
} from '../../shared/grouping/objective.ts';
import { assignStrata } from '../../shared/grouping/strata.ts';
import { groupCount, groupSizes } from '../../shared/grouping/sizes.ts';
import { brokenRules, buildRules, genderBounds, genderCategory } from '../../shared/grouping/rules.ts';
import { decideFeasibility } from '../../shared/grouping/feasible.ts';
import { startAssignment } from '../../shared/grouping/start.ts';
import { searchContext, solve, type SolveInput } from '../../shared/grouping/search.ts';
import { descend, exchange, exchangeCost, improveStudent } from '../../shared/grouping/exchange.ts';
import { improveBlock, swapDelta } from '../../shared/grouping/moves.ts';
import { Polish } from '../../shared/grouping/polish.ts';
import { makeRng, seededRng } from '../../shared/grouping/random.ts';
import { metPairs, repeatedPairs } from '../../shared/grouping/rotation.ts';
import { workClock } from '../../shared/grouping/clock.ts';
import { formGroups } from '../../shared/grouping/index.ts';
import { ranked, syntheticRoster } from '../support/students.ts';

/** formGroups' pipeline up to the search input, for driving the search's parts directly. */
function setup(students: Student[], size: number, mix: number[] | null, prev: number[] | null = null): SolveInput {
  const n = students.length;
  const sizes = groupSizes(n, groupCount(n, { size }));
  const feat = buildFeatures(students, DEFAULT_WEIGHTS);
  const strata = assignStrata(feat.score, sizes, mix);
  const rules = buildRules(students);
  const fz = decideFeasibility({ quota: strata.quota, stratumOf: strata.stratumOf, rules });
  if (fz.status !== 'feasible') throw new Error(fz.status);
  const gcat = Int32Array.from(students, genderCategory);
  const share = [0, 1, 2].map((c) => gcat.filter((x) => x === c).length / n);
  const b = sizes.map((s) => share.map((p) => genderBounds(s, p)));
  const goals: SoftGoals = {
    gcat,
    gLo: b.map((x) => x.map((y) => y[0])),
    gHi: b.map((x) => x.map((y) => y[1])),
    met: null,
    prev,
  };
  const group = startAssignment({
    sizes,
    quota: strata.quota,
    stratumOf: strata.stratumOf,
    score: feat.score,
    placed: fz.group,
    gcat,
    gHi: goals.gHi,
    prev,
    order: students.map((_, i) => i),
  });
  return { feat, sizes, stratumOf: strata.stratumOf, group, rules, goals, rng: makeRng(7), timeLimitMs: 60_000 };
}

const idGroups = (students: Student[], g: ArrayLike<number>, k: number): string[][] => {
  const out: string[][] = Array.from({ length: k }, () => []);
  for (const [i, s] of students.entries()) out[g[i]!]!.push(s.id);
  return out;
};

describe('exchange search', () => {
  const students = syntheticRoster(36, { seed: 12, apartPairs: 0 }).map((s) => ({ ...s, gender: null }));
  it('its incrementally tracked objective equals the objective recomputed from scratch', () => {
    const inp = setup(students, 4, null);
    const s = searchContext(inp);
    exchange(s);
    const cost = balanceObjective(inp.feat, s.st.g, inp.sizes);
    expect(s.cost).toBeCloseTo(cost, 6);
    expect(exchangeCost(s)).toBeCloseTo(
      profileScore(inp.feat, cost, inp.sizes.length, students.length) + softPenalty(inp.goals, s.st),
      6,
    );
  });
  it('a trade’s delta is the change of the objective', () => {
    const inp = setup(students, 4, null);
    const s = searchContext(inp);
    const before = exchangeCost(s);
    const [i, j] = [0, s.st.members[1]![0]!];
    const d = swapDelta(s, i, j);
    s.st.swap(i, j);
    // The start is far off (the profile cost grows as the 8th power): compare relative to the cost.
    expect(Math.abs(exchangeCost(s) - before - d)).toBeLessThan(1e-9 * Math.abs(before));
  });
  it('improves a ranked-blocks start by a wide margin and keeps group sizes', () => {
    const inp = { ...setup(students, 4, null), group: Int32Array.from(students.map((_, i) => Math.floor(i / 4))) };
    const s = searchContext(inp);
    const before = exchangeCost(s);
    descend(s);
    // Spreads are balanced too, so the floor is higher than the means alone would reach.
    expect(exchangeCost(s)).toBeLessThan(before / 10);
    expect(s.st.members.map((m) => m.length)).toEqual([...inp.sizes]);
  });
  it('a student trades only within the stratum and never next to a keep-apart partner', () => {
    const roster = syntheticRoster(40, { seed: 3, apartPairs: 6 });
    const inp = setup(roster, 4, [2, 1, 1]);
    const s = searchContext(inp);
    for (const i of s.pool.flat()) improveStudent(s, i);
    const strata = assignStrata(inp.feat.score, [...inp.sizes], [2, 1, 1]);
    const stratumOf = new Map(roster.map((x, i) => [x.id, strata.stratumOf[i]!]));
    expect(
      brokenRules({
        students: roster,
        groups: idGroups(roster, s.st.g, inp.sizes.length),
        quota: strata.quota,
        stratumOf,
      }),
    ).toEqual([]);
  });
});

describe('profile cost', () => {
  it('is priced as the variance criterion weighed the total: every group off by d costs 50 × students × d²', () => {
    const students = syntheticRoster(24, { seed: 3 });
    const feat = buildFeatures(students, DEFAULT_WEIGHTS);
    const d = 0.03;
    const perGroup = (d / 0.01) ** 8;
    expect(profileScore(feat, 6 * perGroup, 6, 24)).toBeCloseTo(50 * 24 * d * d, 9);
    // Only the worst groups count more: one group off by 2d outweighs six off by d.
    expect(profileScore(feat, ((2 * d) / 0.01) ** 8, 6, 24)).toBeGreaterThan(profileScore(feat, 6 * perGroup, 6, 24));
  });
  it('a class settles long before a generous budget: the search stops on its own', () => {
    const inp = { ...setup(syntheticRoster(24, { seed: 5 }), 4, [2, 1, 1]), timeLimitMs: 60_000 };
    const res = solve(inp);
    expect(res.work).toBeLessThan(60_000 * 4500 * 0.1);
  });
});

describe('keep-together blocks and pins', () => {
  it('a block moves as a whole when that balances the groups; a pinned student stays while others move', () => {
    // S1 (strongest) and S2 together, S3 pinned to group 1; start: the block in group 1 with S3 (too strong).
    const students = ranked(12, (i) => (i === 0 ? { keepTogether: ['S2'] } : i === 2 ? { pinnedGroup: 1 } : {}));
    const inp = setup(students, 4, null);
    const start = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    const s = searchContext({ ...inp, group: start });
    expect(s.blocks).toEqual([[0, 1]]);
    expect(improveBlock(s, [0, 1])).toBe(true);
    expect(s.st.g[0]).toBe(s.st.g[1]);
    expect(s.st.g[0]).not.toBe(0);
    const res = solve({ ...inp, group: start });
    expect(res.group[2]).toBe(0);
    expect(res.group[0]).toBe(res.group[1]);
    expect(brokenRules({ students, groups: idGroups(students, res.group, 3) })).toEqual([]);
  });
});

describe('range polish', () => {
  it('narrows the range of mean totals and never raises J (48 students, fours, 2:1:1)', () => {
    const students = syntheticRoster(48, { seed: 481 });
    const inp = setup(students, 4, [2, 1, 1]);
    const s = searchContext(inp);
    const res = new Polish(s, 100).run();
    expect(res.after).toBeLessThan(res.before);
  });

  it('never breaks a hard rule, never adds a soft penalty (moves from a previous grouping included)', () => {
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
          const previous = withPrevious ? students.map((_, i) => i % k) : null;
          const inp = setup(students, size, mix, previous);
          const s = searchContext(inp);
          const before = softPenalty(inp.goals, s.st);
          new Polish(s, 10).run();
          expect(softPenalty(inp.goals, s.st)).toBeLessThanOrEqual(before + 1e-9);
          const strata = assignStrata(inp.feat.score, [...inp.sizes], mix);
          const stratumOf = new Map(students.map((x, i) => [x.id, strata.stratumOf[i]!]));
          expect(
            brokenRules({
              students,
              groups: idGroups(students, s.st.g, k),
              ...(mix ? { quota: strata.quota, stratumOf } : {}),
            }),
          ).toEqual([]);
        },
      ),
      { numRuns: 30, seed: 20261123 },
    );
  });

  it('in rotation, never puts together more pairs who already met', () => {
    const students = syntheticRoster(48, { seed: 482 });
    const inp = setup(students, 4, [2, 1, 1]);
    const met = metPairs(students.length);
    met.add(inp.group);
    const goals = { ...inp.goals, met: (i: number, j: number) => met.count(i, j) };
    const s = searchContext({ ...inp, goals });
    const groups = (): number[][] => s.st.members.map((m) => [...m]);
    const before = repeatedPairs(groups(), met);
    new Polish(s, 50).run();
    expect(repeatedPairs(groups(), met)).toBeLessThanOrEqual(before);
  });

  it('does nothing once the work budget is spent', () => {
    const students = syntheticRoster(80, { seed: 801 });
    const inp = setup(students, 4, [2, 1, 1]);
    const s = searchContext(inp, workClock(0));
    const before = Int32Array.from(s.st.g);
    new Polish(s, 1000).run();
    expect([...s.st.g]).toEqual([...before]);
  });
});

describe('seeds', () => {
  it('0, 1e20 and 1e300 give different groups; 7 and "7" the same', () => {
    const students = syntheticRoster(40, { seed: 9 });
    const ids = (seed: number | string) => {
      const o = formGroups(students, { size: 4, mix: [2, 1, 1], seed, timeLimitMs: 30 });
      return o.ok ? o.rounds[0]!.groups.map((g) => g.members.map((m) => m.id)) : null;
    };
    const [a, b, c] = [ids(0), ids(1e20), ids(1e300)];
    expect(a).not.toEqual(b);
    expect(b).not.toEqual(c);
    expect(ids(7)).toEqual(ids('7'));
    expect(seededRng('七班')()).not.toBe(seededRng('八班')());
  });
});

/** With made-up clocks only: the same seed beside a CPU-bound process is shown by npm run bench:groups (part 3). */
describe('same seed, same groups, under any load', () => {
  const students = syntheticRoster(120, { seed: 77 });
  const run = (now?: () => number) => {
    const inp = { ...setup(students, 4, [2, 1, 1]), rng: seededRng(7), timeLimitMs: 150 };
    return solve({ ...inp, ...(now ? { now } : {}) });
  };
  it('whether the clock stands still or runs far slower than the work (work is counted, not wall time)', () => {
    // Clocks made up for the test, so the result cannot depend on how busy this machine is.
    const still = run(() => 0);
    let t = 0;
    const slow = run(() => (t += 10)); // 10 ms more at every look at the clock
    expect(t).toBeGreaterThan(3 * 150); // the slow run saw more than three times its budget pass
    expect([...slow.group]).toEqual([...still.group]);
    expect(slow.work).toBe(still.work);
    expect(slow.stoppedEarly).toBe(false);
  });
  it('only the last-resort wall clock can stop a search early, and then it says so', () => {
    let t = 0;
    const res = run(() => (t += 1e6));
    expect(res.stoppedEarly).toBe(true);
  });
});

describe('scale', () => {
  it('a roster of 200,000 is grouped with a small work budget: every student placed once, sizes and mix kept', () => {
    const students = syntheticRoster(200_000, { seed: 5 });
    const out = formGroups(students, { size: 4, mix: [2, 1, 1], seed: 1, timeLimitMs: 10 });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const g = out.rounds[0]!;
    expect(g.groups).toHaveLength(50_000);
    expect(g.groups.every((x) => x.members.length === 4)).toBe(true);
    expect(new Set(g.groups.flatMap((x) => x.members.map((m) => m.id))).size).toBe(200_000);
  }, 180_000);
});
