/**
 * The optimiser's clock counts work, not wall time, so the same roster, options and seed give the same groups on
 * any machine and under any load (a teacher re-running with seed 7 must get the groups she printed yesterday).
 * Work is priced in "virtual milliseconds" per step, measured on the development machine (Node 20, 2 cores:
 * ≈8,000 exchange evaluations, ≈4,500 polish evaluations or ≈250 polish moves per ms), so a budget in ms still means about that much
 * real time here. A wall-clock cap far above the budget stops a pathologically slow machine; only then can the
 * result depend on timing.
 */
export const COST_MS = {
  exchangeEval: 1 / 8000,
  polishEval: 1 / 4500,
  polishMove: 1 / 250,
} as const;

export interface WorkClock {
  /** Record work done, in virtual ms (use COST_MS). */
  spend(ms: number): void;
  /** Virtual ms spent since the clock was made. */
  elapsed(): number;
  /** True once real time passed the safety cap. */
  wallCapped(): boolean;
}

/** A clock whose safety cap is `capFactor` times the budget plus 200 ms of real time. */
export function workClock(budgetMs: number, capFactor = 4): WorkClock {
  const wall0 = Date.now();
  const cap = wall0 + budgetMs * capFactor + 200;
  let spent = 0;
  return {
    spend: (ms) => {
      spent += ms;
    },
    elapsed: () => spent,
    wallCapped: () => Date.now() > cap,
  };
}
