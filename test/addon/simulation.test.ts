/**
 * Three teachers, one class, a flaky network and a busy lock: the points log ends with nothing lost, nothing
 * counted twice, and every total equal to a simple model of the clicks (see simulation.ts).
 */
import { describe, expect, it } from 'vitest';
import { simulateScoring } from './simulation.ts';

describe('three teachers scoring at once', () => {
  it.each([1, 2, 3])(
    'seed %i: 0 lost, 0 duplicated, totals equal the model',
    async (seed) => {
      const r = await simulateScoring({ seed, steps: 250, lostRequest: 0.1, lostReply: 0.15, lockHeld: 0.08 });
      // The run really exercised what it is meant to: retries, lost replies recognised, a busy lock, refusals.
      expect(r.clicks).toBeGreaterThan(150);
      expect(r.lostReplies).toBeGreaterThan(10);
      expect(r.duplicatesRecognised).toBeGreaterThan(5);
      expect(r.busyReplies).toBeGreaterThan(5);
      expect({
        lost: r.lost,
        duplicated: r.duplicated,
        totalsWrong: r.totalsWrong,
        decisionsWrong: r.decisionsWrong,
      }).toEqual({
        lost: 0,
        duplicated: 0,
        totalsWrong: 0,
        decisionsWrong: 0,
      });
    },
    120_000,
  );
});
