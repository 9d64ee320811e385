/**
 * Exchange local search (anticlust's "exchange method") with iterated perturbation: for each student, try every
 * swap with a student of the SAME ability stratum in another group (which keeps every group's mix and size), take
 * the best improving one, repeat until no swap helps; then shake the best solution a little and search again.
 * Finally the range polish (polish.ts) narrows the worst pair of group means, a few times from the same start.
 *
 * Swaps are scored in O(features) by the search state (state.ts); keep-apart, the gender rule, repeated pairs
 * (rotation) and moves away from a previous grouping are penalty terms, so hard rules become very expensive to
 * break and the search repairs any the start could not avoid. In a large grade each student tries a window of
 * WINDOW partners per pass instead of the whole stratum, so a pass stays linear in the class size.
 * Work is bounded by a deterministic budget (so a seed reproduces its result) and capped by a time limit that is
 * checked inside the loops.
 */
import { COST_MS, workClock } from './clock.ts';
import type { Features } from './objective.ts';
import { makeState, type StateInput } from './state.ts';
import { polishRanges, serpentineBounds, WINDOW } from './polish.ts';
import { randInt, shuffle, type Rng } from './random.ts';

export { HARD } from './state.ts';

export interface SolveInput extends StateInput {
  feat: Features;
  stratumOf: number[];
  fixed: Uint8Array;
  rng: Rng;
  timeLimitMs: number;
  /**
   * Largest allowed range of group means per feature for the range polish (z units, Infinity = free); default:
   * each subject at half of the serpentine draft's range (polish.ts).
   */
  bounds?: Float64Array;
  /** Share of the time limit for the exchange search; the polish gets the rest. */
  exchangeShare?: number;
}

export interface SolveResult {
  group: Int32Array;
  cost: number;
  iterations: number;
  /** True when the time limit cut the search short. */
  outOfTime: boolean;
}

/**
 * Deterministic work budget: swap evaluations and shake rounds of the exchange search; kicks per polish run and
 * polish runs (restarts from the exchange result; the best is kept). Small classes finish within it long before
 * the time limit; large grades stop at the time limit.
 */
export const EXCHANGE_BUDGET = 1e6;
export const EXCHANGE_ROUNDS = 3;
export const POLISH_KICKS = 250;
export const POLISH_RESTARTS = 4;

export function solve(inp: SolveInput): SolveResult {
  const { feat, sizes, stratumOf, fixed, rng } = inp;
  const n = stratumOf.length;
  const clock = workClock(inp.timeLimitMs);
  const exchangeDeadline = inp.timeLimitMs * (inp.exchangeShare ?? 0.5);
  const deadline = inp.timeLimitMs;
  const state = makeState(inp);
  const { g } = state;

  // Movable students of each stratum: the only swap partners that keep the mix.
  const nStrata = stratumOf.reduce((m, s) => Math.max(m, s), 0) + 1;
  const pool: number[][] = Array.from({ length: nStrata }, () => []);
  for (let i = 0; i < n; i++) if (!fixed[i]) pool[stratumOf[i]!]!.push(i);

  let iterations = 0;
  let outOfTime = false;
  const localSearch = (): void => {
    const order = shuffle(rng, pool.flat());
    let improved = true;
    while (improved && !outOfTime) {
      improved = false;
      for (const i of order) {
        const cands = pool[stratumOf[i]!]!;
        const L = cands.length;
        const m = Math.min(L, WINDOW);
        const off = L > WINDOW ? randInt(rng, L) : 0;
        let best = -1e-9;
        let bestJ = -1;
        const gi = g[i]!;
        for (let t = 0; t < m; t++) {
          const j = cands[(off + t) % L]!;
          if (g[j] === gi) continue;
          const d = state.delta(i, j);
          if (d < best) {
            best = d;
            bestJ = j;
          }
        }
        const before = iterations;
        iterations += m;
        clock.spend(m * COST_MS.exchangeEval);
        if (bestJ >= 0) {
          state.apply(i, bestJ);
          improved = true;
        }
        // Look at the clock about every 4,000 evaluations.
        if (before >>> 12 !== iterations >>> 12 && (clock.elapsed() > exchangeDeadline || clock.wallCapped())) {
          outOfTime = true;
          break;
        }
      }
    }
  };

  localSearch();
  let bestCost = state.cost();
  let best = Int32Array.from(g);
  const perRound = Math.max(1, pool.reduce((a, p) => a + p.length * Math.min(p.length, WINDOW), 0) * 3);
  const rounds = Math.min(EXCHANGE_ROUNDS, Math.floor(EXCHANGE_BUDGET / perRound));
  const movable = pool.filter((p) => p.length > 1);
  for (let r = 0; r < rounds && !outOfTime && movable.length > 0; r++) {
    state.load(best);
    // Shake: a few random same-stratum swaps (about 10% of the class, at least two).
    const shakes = Math.max(2, Math.round(n * 0.1));
    for (let s = 0; s < shakes; s++) {
      const p = movable[randInt(rng, movable.length)]!;
      const i = p[randInt(rng, p.length)]!;
      const j = p[randInt(rng, p.length)]!;
      if (g[i] !== g[j]) state.apply(i, j);
    }
    localSearch();
    const c = state.cost();
    if (c < bestCost - 1e-12) {
      bestCost = c;
      best = Int32Array.from(g);
    }
  }
  // Range polish from the exchange result, restarted a few times with fresh kicks; the best (by its J) is kept.
  const bounds = inp.bounds ?? serpentineBounds(feat, sizes);
  const restarts = POLISH_RESTARTS;
  const kicks = POLISH_KICKS;
  let bestJ = Infinity;
  let bestPolished = best;
  let polishOut = false;
  for (let r = 0; r < restarts && !polishOut; r++) {
    state.load(best);
    const now = clock.elapsed();
    const share = Math.max(0, deadline - now) / (restarts - r);
    const res = polishRanges({
      state,
      feat,
      sizes,
      pool,
      stratumOf,
      fixed,
      rng,
      deadline: now + share,
      bounds,
      kicks,
      clock,
    });
    polishOut = res.outOfTime && (clock.elapsed() >= deadline || clock.wallCapped());
    if (res.after < bestJ - 1e-12) {
      bestJ = res.after;
      bestPolished = Int32Array.from(g);
    }
  }
  state.load(bestPolished);
  return { group: Int32Array.from(g), cost: state.cost(), iterations, outOfTime: outOfTime || polishOut };
}
