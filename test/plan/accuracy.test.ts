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

// The same documents as other tools deliver them: Windows line endings and full-width digits, paragraphs without
// blank lines between them, zero-width characters after list commas. Accuracy must not depend on these.
const VARIANTS: Record<string, (t: string) => string> = {
  'CRLF and full-width digits': (t) => t.replace(/\n/g, '\r\n').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  'no blank lines': (t) => t.replace(/\n\s*\n/g, '\n'),
  'zero-width characters': (t) => t.replace(/、/g, '、\u200b'),
};

describe('plan extraction accuracy survives formatting differences', () => {
  for (const [variant, change] of Object.entries(VARIANTS)) {
    it(`${variant}: every fixture still meets the thresholds`, () => {
      for (const name of FIXTURE_NAMES) {
        const text = change(readFileSync(join(PLAN_FIXTURES, `${name}.txt`), 'utf8'));
        const score = scoreDocument(join(PLAN_FIXTURES, `${name}.gold.json`), extractPlans(text).document);
        expect([name, score.headings.f1 >= 0.95, score.headings.levelAcc >= 0.95]).toEqual([name, true, true]);
        expect([name, score.schedule.when.f1 >= 0.9, score.goals.f1 >= 0.9]).toEqual([name, true, true]);
        expect([name, score.groupSize.exact]).toEqual([name, score.groupSize.of]);
      }
    });
  }
});
