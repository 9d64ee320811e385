/**
 * Exchange search (anticlust's "exchange method") with iterated perturbation, on the profile cost plus the soft
 * goals (objective.ts): each free student tries every trade with a free student of the same ability stratum in
 * another group (a window of WINDOW partners in a large grade, so a pass stays linear in the class size) and takes
 * the best improving one; each movable keep-together block tries whole-block trades; repeat until nothing helps,
 * then shake the best state a little and search again, for as long as its share of the work budget lasts (a local
 * optimum of the profile cost is far from the best one: on the bench's rosters the worst subject range fell from
 * 0.3 to 0.2 with the rounds). Stops on the work clock only.
 */
import { COST } from './clock.ts';
import { profileScore, softPenalty } from './objective.ts';
import {
  applySwap,
  improveBlock,
  profileCost,
  randomSwap,
  resetCost,
  type Search,
  swapAllowed,
  swapDelta,
  WINDOW,
} from './moves.ts';
import { randInt, shuffle } from './random.ts';

/** A shake trades this share of the class at random (at least two trades): enough to leave a local optimum. */
export const SHAKE_SHARE = 0.03;
/** Rounds in a row without a better state before the search settles (a class converges long before its budget). */
export const STALE_ROUNDS = 200;

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
  return profileScore(s.feat, profileCost(s), s.st.k, s.st.n) + softPenalty(s.goals, s.st);
}

/** A few random same-stratum trades (SHAKE_SHARE of the class, at least two). */
function shake(s: Search, movable: readonly number[][]): void {
  const trades = Math.max(2, Math.round(s.st.n * SHAKE_SHARE));
  for (let t = 0; t < trades; t++) randomSwap(s, movable);
}

/** Descent, then shake-and-descend rounds from the best state until the budget is spent; the best is left loaded. */
export function exchange(s: Search): void {
  descend(s);
  let bestCost = exchangeCost(s);
  let best = Int32Array.from(s.st.g);
  const movable = s.pool.filter((p) => p.length > 1);
  for (let stale = 0; stale < STALE_ROUNDS && movable.length > 0 && !stop(s); stale++) {
    reload(s, best);
    shake(s, movable);
    descend(s);
    const c = exchangeCost(s);
    if (c < bestCost - 1e-12 * Math.max(1, bestCost)) {
      bestCost = c;
      best = Int32Array.from(s.st.g);
      stale = -1;
    }
  }
  reload(s, best);
}

/** Back to a stored state, its cost recomputed (counted: a reload touches every student). */
function reload(s: Search, group: Int32Array): void {
  s.clock.spend(s.st.n);
  s.st.load(group);
  resetCost(s);
}
