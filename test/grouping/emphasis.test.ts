import { describe, expect, it } from 'vitest';
import { formGroups } from '../../shared/grouping/index.ts';
import { along, buildFeatures, DEFAULT_WEIGHTS, MEANS_TARGET } from '../../shared/grouping/objective.ts';
import { syntheticRoster } from '../support/students.ts';
import { smallestSpreadRange, spreadRangeBound } from './frontier.ts';

const balance = (seed: number, emphasis?: number) => {
  const out = formGroups(syntheticRoster(40, { seed }), {
    size: 4,
    mix: [2, 1, 1],
    seed: 1,
    ...(emphasis === undefined ? {} : { emphasis }),
  });
  if (!out.ok) throw new Error('refused');
  return out.rounds[0]!.report.balance;
};

describe('emphasis: 平均分更接近 (0) … 组内差距更一致 (1)', () => {
  it('at 0 the group means are closer, at 1 the groups’ spreads are more alike (four classes of 40)', () => {
    for (const seed of [11, 12, 13, 14]) {
      const [means, spreads] = [balance(seed, 0), balance(seed, 1)];
      expect(means.totalRangeSd).toBeLessThan(spreads.totalRangeSd);
      expect(spreads.spreadRangeSd).toBeLessThan(means.spreadRangeSd);
    }
  });
  it('the promised range of means grows with the emphasis: 0.01, 0.02 at the default, 0.2 at most', () => {
    expect(along(0, MEANS_TARGET)).toBeCloseTo(0.01);
    expect(along(0.5, MEANS_TARGET)).toBeCloseTo(0.02);
    expect(along(1, MEANS_TARGET)).toBeCloseTo(0.2);
    const students = syntheticRoster(20, { seed: 1 });
    expect(buildFeatures(students, DEFAULT_WEIGHTS).meansTarget).toBeCloseTo(0.02);
    // Out of range or not a number: clamped, or the default.
    expect(buildFeatures(students, DEFAULT_WEIGHTS, 7).meansTarget).toBeCloseTo(0.2);
    expect(buildFeatures(students, DEFAULT_WEIGHTS, Number.NaN).meansTarget).toBeCloseTo(0.02);
  });
});

describe('how alike spreads can be once the means agree (the bench’s floor)', () => {
  it('the proven bound ≤ the exact optimum ≤ what the default grouping reaches', () => {
    const students = syntheticRoster(40, { seed: 4004 });
    const out = formGroups(students, { size: 4, mix: [2, 1, 1], seed: 4 });
    if (!out.ok) throw new Error('refused');
    const b = out.rounds[0]!.report.balance;
    const exact = smallestSpreadRange(students, Math.max(0.02, b.totalRangeSd));
    expect(spreadRangeBound(students, 0.01)).toBeLessThanOrEqual(exact);
    // The exact search works on a 0.05 grid.
    expect(exact).toBeLessThanOrEqual(b.spreadRangeSd + 0.05);
  });
  it('a student no group can balance makes the bound infinite', () => {
    const students = syntheticRoster(40, { seed: 4002 });
    expect(spreadRangeBound(students, 0)).toBe(Infinity);
  });
});
