/**
 * The optimiser's clock counts work, not wall time, so the same roster, options and seed give the same groups on
 * any machine and under any load (a teacher re-running with seed 7 must get the groups she printed yesterday).
 *
 * Work is counted in units of one trade evaluation of the exchange search; the other steps are priced against it
 * (COST), and a budget in milliseconds is turned into units at UNITS_PER_MS. Measured with npm run bench:groups on
 * this project's machine (Node 20, 2 cores, other jobs running): about 10,000 units per ms on a quiet core, 2,000–
 * 4,000 with a CPU-bound process beside the search (the bench's determinism section); 4,500 sits in between, so
 * a budget in ms is about that much real time on a busy machine. Since the exchange search scores trades on the
 * profile cost (objective.ts: four group costs a trade, not one sum), a unit takes longer: the bench measured about
 * 3,500 units per ms at 40 and 1,000 students and 2,100 at 2,000 with other jobs running. The budgets were kept, as
 * the quality they buy was measured at them: a class of 40 takes about 0.35 s, a grade of 2,000 about 6 s.
 *
 * The wall clock is only a last resort far above the budget (WALL_FACTOR ×, plus a second): when it fires the
 * search says so (stoppedEarly), since only then can the result depend on timing.
 */
export const COST = {
  /** One exchange-search trade evaluation (the unit). */
  exchangeEval: 1,
  /** One range-polish evaluation. */
  polishEval: 1.3,
  /** One applied move with its bookkeeping. */
  move: 25,
  /** One fit check of the exact feasibility search. */
  fitCheck: 0.5,
} as const;

/** Work units per millisecond of budget. */
export const UNITS_PER_MS = 4500;
export const WALL_FACTOR = 20;

export interface WorkClock {
  /** Record work done, in units (use COST). */
  spend(units: number): void;
  /** Units spent since the clock was made. */
  spent(): number;
  /** True once the work budget is spent. */
  done(): boolean;
  /** Units left in the budget. */
  left(): number;
  /** True once real time passed the last-resort cap (checked every few thousand units, so it costs nothing). */
  wallCapped(): boolean;
}

const wallNow = (): number => Date.now();

/** A clock for a budget of `budgetMs` milliseconds of counted work. */
export function workClock(budgetMs: number, now: () => number = wallNow): WorkClock {
  const budget = Math.max(0, budgetMs) * UNITS_PER_MS;
  const cap = now() + Math.max(0, budgetMs) * WALL_FACTOR + 1000;
  let spent = 0;
  let capped = false;
  let nextLook = 0;
  return {
    spend: (units) => {
      spent += units;
    },
    spent: () => spent,
    done: () => spent >= budget,
    left: () => Math.max(0, budget - spent),
    wallCapped: () => {
      if (capped) return true;
      if (spent >= nextLook) {
        nextLook = spent + 4096;
        capped = now() > cap;
      }
      return capped;
    },
  };
}

/** The same clock, done once `units` more are spent (a share of the budget for one restart). */
export function clockShare(clock: WorkClock, units: number): WorkClock {
  const end = clock.spent() + units;
  return { ...clock, done: () => clock.done() || clock.spent() >= end, left: () => Math.max(0, end - clock.spent()) };
}
