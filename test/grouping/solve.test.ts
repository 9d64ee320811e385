import { describe, expect, it } from 'vitest';
import { balanceObjective, buildFeatures, DEFAULT_WEIGHTS } from '../../shared/grouping/objective.ts';
import { solve } from '../../shared/grouping/solve.ts';
import { makeRng } from '../../shared/grouping/random.ts';
import { syntheticRoster } from '../support/synthetic.ts';

describe('solve (exchange local search)', () => {
  const students = syntheticRoster(36, { seed: 12, apartPairs: 0 }).map((s) => ({ ...s, gender: null }));
  const feat = buildFeatures(students, DEFAULT_WEIGHTS);
  const sizes = Array(9).fill(4) as number[];
  const start = Int32Array.from(students.map((_, i) => Math.floor(i / 4))); // worst case: ranked blocks
  const run = (seed: number) =>
    solve({
      feat,
      sizes,
      stratumOf: students.map(() => 0),
      group: start,
      fixed: new Uint8Array(36),
      apart: students.map(() => []),
      gcat: students.map(() => 2),
      gLo: sizes.map((s) => [0, 0, s]),
      gHi: sizes.map((s) => [0, 0, s]),
      met: null,
      metWeight: 0,
      prev: null,
      moveWeight: 0,
      rng: makeRng(seed),
      timeLimitMs: 60_000,
    });

  it('its incrementally tracked cost equals the objective recomputed from scratch', () => {
    const r = run(1);
    expect(r.cost).toBeCloseTo(balanceObjective(feat, r.group, sizes), 6);
  });
  it('improves a ranked-blocks start by a wide margin and keeps group sizes', () => {
    const r = run(2);
    expect(r.cost).toBeLessThan(balanceObjective(feat, start, sizes) / 100);
    const counts = sizes.map((_, g) => r.group.filter((x) => x === g).length);
    expect(counts).toEqual(sizes);
  });
  it('is reproducible for a seed', () => {
    expect([...run(3).group]).toEqual([...run(3).group]);
  });
});
