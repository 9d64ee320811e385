/**
 * The search, start to finish: the exchange search on the profile cost (exchange.ts), then the range polish
 * (polish.ts) from the exchange result, keeping the best by J. Everything
 * stops on counted work (clock.ts), so a seed reproduces its groups on any machine; the wall clock only stops a
 * search far beyond its budget, and then the result says so.
 */
import { clockShare, workClock } from './clock.ts';
import { exchange } from './exchange.ts';
import type { Features, SoftGoals } from './objective.ts';
import { resetCost, type Search } from './moves.ts';
import { Polish } from './polish.ts';
import type { Rng } from './random.ts';
import { blockPin, type Rules } from './rules.ts';
import { GroupState } from './state.ts';

export interface SolveInput {
  feat: Features;
  sizes: readonly number[];
  stratumOf: ArrayLike<number>;
  /** A start that keeps every hard rule (start.ts). */
  group: ArrayLike<number>;
  rules: Rules;
  goals: SoftGoals;
  rng: Rng;
  /** Budget in ms of counted work (clock.ts). */
  timeLimitMs: number;
  /** The wall clock for the last-resort stop (tests slow it down). */
  now?: () => number;
}

export interface SolveResult {
  group: Int32Array;
  /** Work units spent. */
  work: number;
  /** The wall-clock last resort fired. */
  stoppedEarly: boolean;
  /** J of the range polish before and after (0 when there was nothing to polish). */
  polish: { before: number; after: number };
}

/**
 * Range-polish runs from the exchange result, and kicks per run. One run with many kicks: with four, each run of a
 * grade spent its share narrowing the total and never reached the spread or the subjects (bench, 1,000 students).
 */
export const POLISH_RESTARTS = 1;
export const POLISH_KICKS = 3000;
/** Share of the budget the exchange search may use; the polish gets the rest. */
export const EXCHANGE_SHARE = 0.5;

/** The search context: who may move (free students per stratum, movable blocks). */
export function searchContext(inp: SolveInput, clock = workClock(inp.timeLimitMs, inp.now)): Search {
  const { feat, sizes, stratumOf, rules } = inp;
  const n = stratumOf.length;
  const free = new Uint8Array(n);
  let strata = 1;
  for (let i = 0; i < n; i++) strata = Math.max(strata, (stratumOf[i] ?? 0) + 1);
  const pool: number[][] = Array.from({ length: strata }, () => []);
  for (let i = 0; i < n; i++) {
    const block = rules.blocks[rules.blockOf[i] ?? 0] ?? [];
    if (block.length === 1 && (rules.pin[i] ?? -1) < 0) {
      free[i] = 1;
      pool[stratumOf[i] ?? 0]?.push(i);
    }
  }
  const s: Search = {
    st: new GroupState(feat, sizes, inp.goals.gcat, inp.group),
    feat,
    goals: inp.goals,
    apart: rules.apart,
    stratumOf,
    pool,
    blocks: rules.blocks.filter((b) => b.length > 1 && blockPin(rules, b) < 0),
    free,
    rng: inp.rng,
    clock,
    dd: new Float64Array(feat.F),
    cost: 0,
    score: 0,
  };
  resetCost(s);
  return s;
}

export function solve(inp: SolveInput): SolveResult {
  const clock = workClock(inp.timeLimitMs, inp.now);
  const s = searchContext(inp, clock);
  s.clock = clockShare(clock, clock.left() * EXCHANGE_SHARE);
  exchange(s);
  const start = Int32Array.from(s.st.g);
  let best = start;
  let bestJ = Infinity;
  let before = 0;
  for (let r = 0; r < POLISH_RESTARTS && !clock.done() && !clock.wallCapped(); r++) {
    s.st.load(start);
    s.clock = clockShare(clock, clock.left() / (POLISH_RESTARTS - r));
    const res = new Polish(s, POLISH_KICKS).run();
    if (r === 0) before = res.before;
    if (res.after < bestJ - 1e-12) {
      bestJ = res.after;
      best = Int32Array.from(s.st.g);
    }
  }
  return {
    group: best,
    work: clock.spent(),
    stoppedEarly: clock.wallCapped(),
    polish: { before, after: Number.isFinite(bestJ) ? bestJ : before },
  };
}
