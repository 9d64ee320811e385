import { describe, expect, it } from 'vitest';
import { dropPart, dropPlan, partIndexes, setHeadingLevel } from '../../extension/lib/outline.ts';
import type { Plan, PlanDocument } from '../../shared/plan/types.ts';

const plan = (title: string, levels: number[]): Plan => ({
  title,
  headings: levels.map((level, i) => ({ level, marker: `${i + 1}.`, text: `h${i}` })),
  schedule: [],
  sessions: [],
  groupSize: null,
  goals: [],
});
const doc: PlanDocument = { plans: [plan('A', [1, 2, 3, 2, 1, 2]), plan('B', [1])] };

describe('outline edits', () => {
  it("changes one heading's level, clamped to 1…6, without touching the original", () => {
    const d = setHeadingLevel(doc, 0, 1, 3);
    expect(d.plans[0]!.headings.map((h) => h.level)).toEqual([1, 3, 3, 2, 1, 2]);
    expect(doc.plans[0]!.headings[1]!.level).toBe(2);
    expect(setHeadingLevel(doc, 0, 0, 9).plans[0]!.headings[0]!.level).toBe(6);
    expect(setHeadingLevel(doc, 0, 0, 0).plans[0]!.headings[0]!.level).toBe(1);
  });

  it('drops a heading with the deeper headings under it, and nothing after the part ends', () => {
    expect(partIndexes(doc, 0, 0)).toEqual([0, 1, 2, 3]);
    expect(dropPart(doc, 0, 1).plans[0]!.headings.map((h) => h.text)).toEqual(['h0', 'h3', 'h4', 'h5']);
    expect(dropPart(doc, 0, 5).plans[0]!.headings.map((h) => h.text)).toEqual(['h0', 'h1', 'h2', 'h3', 'h4']);
    expect(dropPart(doc, 1, 0).plans[1]!.headings).toEqual([]);
  });

  it('drops a whole plan', () => {
    expect(dropPlan(doc, 0).plans.map((p) => p.title)).toEqual(['B']);
  });
});
