/**
 * Exchange search (anticlust's "exchange method") with iterated perturbation, on the variance criterion plus the
 * soft goals (objective.ts): each free student tries every trade with a free student of the same ability stratum
 * in another group (a window of WINDOW partners in a large grade, so a pass stays linear in the class size) and
 * takes the best improving one; each movable keep-together block tries whole-block trades; repeat until nothing
 * helps, then shake the best state a little and search again. Stops when converged or when the work clock says so.
 */
import { COST } from './clock.ts';
import { softPenalty } from './objective.ts';
import { applySwap, improveBlock, randomSwap, type Search, swapAllowed, swapDelta, WINDOW } from './moves.ts';
import { randInt, shuffle } from './random.ts';

/** Shake rounds after the first descent, when the work they take is small. */
export const EXCHANGE_ROUNDS = 3;
export const EXCHANGE_ROUND_WORK = 1e6;

/** The best improving trade for free student i within its stratum's window; applied. True if one was made. */
export function improveStudent(s: Search, i: number): boolean {
  const cands = s.pool[s.stratumOf[i] ?? 0] ?? [];
  const L = cands.length;
  const m = Math.min(L, WINDOW);
  const off = L > WINDOW ? randInt(s.rng, L) : 0;
  const gi = s.st.g[i];
  let best = -1e-9;
  let bestJ = -1;
  for (let t = 0; t < m; t++) {
    const j = cands[(off + t) % L] ?? i;
    if (s.st.g[j] === gi) continue;
    const d = swapDelta(s, i, j);
    if (d < best && swapAllowed(s, i, j)) {
      best = d;
      bestJ = j;
    }
  }
  s.clock.spend(m * COST.exchangeEval);
  if (bestJ < 0) return false;
  applySwap(s, i, bestJ);
  return true;
}

/** Descend until no trade helps (or the budget is spent). */
export function descend(s: Search): void {
  const order = shuffle(s.rng, s.pool.flat());
  let improved = true;
  while (improved && !stop(s)) {
    improved = false;
    for (const i of order) {
      if (improveStudent(s, i)) improved = true;
      if (stop(s)) return;
    }
    for (const b of s.blocks) if (improveBlock(s, b)) improved = true;
  }
}

export const stop = (s: Search): boolean => s.clock.done() || s.clock.wallCapped();

/** The exchange objective of the current state, from the group sums. */
export function exchangeCost(s: Search): number {
  const { st } = s;
  const { w } = s.feat;
  let c = 0;
  for (let q = 0; q < st.k; q++) {
    const size = st.sizes[q] ?? 0;
    if (size > 0) for (let f = 0; f < st.F; f++) c += ((w[f] ?? 0) * (st.E[q * st.F + f] ?? 0) ** 2) / size;
  }
  return c + softPenalty(s.goals, st);
}

/** Descent, then a few shake-and-descend rounds from the best state; the best state is left loaded. */
export function exchange(s: Search): void {
  descend(s);
  let bestCost = exchangeCost(s);
  let best = Int32Array.from(s.st.g);
  let perRound = 0;
  for (const p of s.pool) perRound += p.length * Math.min(p.length, WINDOW);
  const rounds = Math.min(EXCHANGE_ROUNDS, Math.floor(EXCHANGE_ROUND_WORK / Math.max(1, 3 * perRound)));
  const movable = s.pool.filter((p) => p.length > 1);
  for (let r = 0; r < rounds && movable.length > 0 && !stop(s); r++) {
    s.st.load(best);
    // Shake: a few random same-stratum trades (about 10% of the class, at least two).
    const shakes = Math.max(2, Math.round(s.st.n * 0.1));
    for (let t = 0; t < shakes; t++) randomSwap(s, movable);
    descend(s);
    const c = exchangeCost(s);
    if (c < bestCost - 1e-12) {
      bestCost = c;
      best = Int32Array.from(s.st.g);
    }
  }
  s.st.load(best);
}
