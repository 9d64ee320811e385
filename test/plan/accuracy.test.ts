/** Accuracy on the hand-labelled fixtures, scored by the team's scorer; fails below issue 4's thresholds. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlans } from '../../shared/plan/index.ts';
import { FIXTURE_NAMES, PLAN_FIXTURES, scoreDocument } from './score.ts';

describe('plan extraction accuracy on the labelled fixtures', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: headings F1 and level accuracy ≥ 0.95, schedule/sessions/goals F1 ≥ 0.9, group sizes exact`, () => {
      const text = readFileSync(join(PLAN_FIXTURES, `${name}.txt`), 'utf8');
      const score = scoreDocument(join(PLAN_FIXTURES, `${name}.gold.json`), extractPlans(text).document);
      expect(score.plans.got).toBe(score.plans.gold);
      expect(score.headings.f1).toBeGreaterThanOrEqual(0.95);
      expect(score.headings.levelAcc).toBeGreaterThanOrEqual(0.95);
      expect(score.schedule.when.f1).toBeGreaterThanOrEqual(0.9);
      expect(score.schedule.items.f1).toBeGreaterThanOrEqual(0.9);
      expect(score.sessions.f1).toBeGreaterThanOrEqual(0.9);
      expect(score.goals.f1).toBeGreaterThanOrEqual(0.9);
      expect(score.groupSize.exact).toBe(score.groupSize.of);
    });
  }
});
