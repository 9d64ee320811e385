/**
 * The search's moves, shared by the exchange search (exchange.ts) and the range polish (polish.ts). Every move
 * trades students between two groups stratum for stratum, so sizes and mix quotas hold; only free students
 * (not pinned, not in a keep-together block) and whole movable blocks move, so pins and blocks hold; and a move
 * is made only if rules.ts says no keep-apart pair meets. The search therefore never leaves the set of groupings
 * that keep every hard rule: it starts inside it (start.ts) and stays there.
 */
import {
  balanceDelta,
  groupCost,
  profileScore,
  softSwapDelta,
  softTradeDelta,
  type Features,
  type SoftGoals,
} from './objective.ts';
import type { GroupState } from './state.ts';
import { swapKeepsApart, tradeKeepsApart } from './rules.ts';
import { COST, type WorkClock } from './clock.ts';
import { randInt, type Rng } from './random.ts';

export interface Search {
  st: GroupState;
  feat: Features;
  goals: SoftGoals;
  apart: readonly (readonly number[])[];
  stratumOf: ArrayLike<number>;
  /** Free students of each stratum: the partners a trade may use. */
  pool: number[][];
  /** Keep-together blocks that may move (two or more members, none pinned). */
  blocks: number[][];
  /** 1 for a free student. */
  free: Uint8Array;
  rng: Rng;
  clock: WorkClock;
  /** Scratch: one entry per feature. */
  dd: Float64Array;
  /** The profile cost of the current state (objective.ts), kept current by the exchange's moves, and its score. */
  cost: number;
  score: number;
}

/** Partners tried per student (and groups per block) when a stratum (or the class) is larger than this. */
export const WINDOW = 256;

export const swapAllowed = (s: Search, i: number, j: number): boolean => swapKeepsApart(s.st.g, s.apart, i, j);

/** Change of the exchange objective (profile cost + soft goals) if i and j trade groups. */
export function swapDelta(s: Search, i: number, j: number): number {
  const { st, feat, dd } = s;
  const F = st.F;
  const A = st.g[i] ?? 0;
  const B = st.g[j] ?? 0;
  const x = feat.x;
  for (let f = 0; f < F; f++) dd[f] = (x[j * F + f] ?? 0) - (x[i * F + f] ?? 0);
  const dC = balanceDelta(feat, st.E, A, st.sizes[A] ?? 1, B, st.sizes[B] ?? 1, dd);
  return scoreChange(s, dC) + softSwapDelta(s.goals, st, i, j);
}

/** Change of the profile score if the profile cost changes by dC. */
export const scoreChange = (s: Search, dC: number): number =>
  profileScore(s.feat, s.cost + dC, s.st.k, s.st.n) - s.score;

/** Record a change of the profile cost (a move was made). */
export function addCost(s: Search, dC: number): void {
  s.cost = Math.max(0, s.cost + dC);
  s.score = profileScore(s.feat, s.cost, s.st.k, s.st.n);
}

/** The profile cost of the current state, from the group sums. */
export function profileCost(s: Search): number {
  let c = 0;
  for (let q = 0; q < s.st.k; q++) {
    const size = s.st.sizes[q] ?? 0;
    if (size > 0) c += groupCost(s.feat, s.st.E, q, size, null, 1);
  }
  return c;
}

/** Recompute the profile cost from the group sums (after a reload; clears rounding drift). */
export function resetCost(s: Search): void {
  s.cost = 0;
  addCost(s, profileCost(s));
}

export function applySwap(s: Search, i: number, j: number): void {
  s.clock.spend(COST.move);
  const { st, feat, dd } = s;
  const A = st.g[i] ?? 0;
  const B = st.g[j] ?? 0;
  for (let f = 0; f < st.F; f++) dd[f] = (feat.x[j * st.F + f] ?? 0) - (feat.x[i * st.F + f] ?? 0);
  addCost(s, balanceDelta(feat, st.E, A, st.sizes[A] ?? 1, B, st.sizes[B] ?? 1, dd));
  st.swap(i, j);
}

/** Change of the exchange objective if `outA` and `outB` trade groups. */
export function tradeDelta(s: Search, outA: readonly number[], outB: readonly number[]): number {
  return scoreChange(s, tradeCost(s, outA, outB)) + softTradeDelta(s.goals, s.st, outA, outB);
}

/** Change of the profile cost if `outA` and `outB` trade groups. */
function tradeCost(s: Search, outA: readonly number[], outB: readonly number[]): number {
  const { st } = s;
  const A = st.g[outA[0] ?? 0] ?? 0;
  const B = st.g[outB[0] ?? 0] ?? 0;
  st.gain(outA, outB, s.dd);
  return balanceDelta(s.feat, st.E, A, st.sizes[A] ?? 1, B, st.sizes[B] ?? 1, s.dd);
}

/**
 * What a block in one group may trade with in group B, stratum for stratum: a block of the same make-up, or sets
 * of free students of B matching its members' strata (every combination, at most MAX_SETS).
 */
export function blockPartners(s: Search, block: readonly number[], B: number): number[][] {
  const out: number[][] = [];
  const need = strataKey(s, block);
  for (const other of s.blocks)
    if (other !== block && s.st.g[other[0] ?? 0] === B && strataKey(s, other) === need) out.push(other);
  // Extend partial sets member by member (breadth-first, bounded): each member takes a distinct free B student.
  let sets: number[][] = [[]];
  for (const i of block) {
    const next: number[][] = [];
    for (const set of sets)
      for (const j of s.st.members[B] ?? [])
        if (s.free[j] && s.stratumOf[j] === s.stratumOf[i] && !set.includes(j) && next.length < MAX_SETS)
          next.push([...set, j]);
    sets = next;
  }
  for (const set of sets) if (set.length === block.length) out.push(set);
  return out;
}

const MAX_SETS = 16;

const strataKey = (s: Search, members: readonly number[]): string =>
  members
    .map((i) => s.stratumOf[i] ?? 0)
    .sort((a, b) => a - b)
    .join(',');

/** The best improving trade of a whole block with another group's members; applied. True if one was made. */
export function improveBlock(s: Search, block: readonly number[]): boolean {
  const { st } = s;
  const A = st.g[block[0] ?? 0] ?? 0;
  const span = Math.min(st.k, WINDOW);
  const off = st.k > WINDOW ? randInt(s.rng, st.k) : 0;
  let best = -1e-9;
  let bestOut: number[] | null = null;
  for (let t = 0; t < span; t++) {
    const B = (off + t) % st.k;
    if (B === A) continue;
    for (const out of blockPartners(s, block, B)) {
      s.clock.spend(COST.exchangeEval * block.length);
      if (!tradeKeepsApart(st.g, s.apart, block, A, out, B)) continue;
      const d = tradeDelta(s, block, out);
      if (d < best) {
        best = d;
        bestOut = out;
      }
    }
  }
  if (!bestOut) return false;
  s.clock.spend(COST.move);
  addCost(s, tradeCost(s, block, bestOut));
  st.trade(block, bestOut);
  return true;
}

/** A random allowed same-stratum trade of two free students in different groups (a shake). */
export function randomSwap(s: Search, movable: readonly number[][]): boolean {
  const p = movable[randInt(s.rng, movable.length)];
  if (!p || p.length < 2) return false;
  const i = p[randInt(s.rng, p.length)] ?? 0;
  const j = p[randInt(s.rng, p.length)] ?? 0;
  if (s.st.g[i] === s.st.g[j] || !swapAllowed(s, i, j)) return false;
  applySwap(s, i, j);
  return true;
}
