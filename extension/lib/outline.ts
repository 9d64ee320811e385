/**
 * The user's corrections to an extracted plan before sending: change a heading's level, drop a heading with its
 * sub-parts, drop a whole plan. Pure and immutable: each edit returns a new document.
 */
import type { PlanDocument } from '../../shared/plan/types.ts';

export const MAX_LEVEL = 6;

const clampLevel = (n: number): number => Math.min(MAX_LEVEL, Math.max(1, Math.round(n)));

const mapPlan = (
  doc: PlanDocument,
  planIndex: number,
  f: (p: PlanDocument['plans'][number]) => PlanDocument['plans'][number],
): PlanDocument => ({
  plans: doc.plans.map((p, i) => (i === planIndex ? f(p) : p)),
});

/** Set one heading's level (1…6); its sub-headings keep theirs. */
export const setHeadingLevel = (
  doc: PlanDocument,
  planIndex: number,
  headingIndex: number,
  level: number,
): PlanDocument =>
  mapPlan(doc, planIndex, (p) => ({
    ...p,
    headings: p.headings.map((h, j) => (j === headingIndex ? { ...h, level: clampLevel(level) } : h)),
  }));

/** Indexes of a heading and the sub-headings under it (the following headings deeper than it). */
export const partIndexes = (doc: PlanDocument, planIndex: number, headingIndex: number): number[] => {
  const hs = doc.plans[planIndex]?.headings ?? [];
  const top = hs[headingIndex];
  if (!top) return [];
  const out = [headingIndex];
  for (let j = headingIndex + 1; j < hs.length && (hs[j]?.level ?? 0) > top.level; j++) out.push(j);
  return out;
};

/** Remove a heading and its sub-headings. */
export const dropPart = (doc: PlanDocument, planIndex: number, headingIndex: number): PlanDocument => {
  const gone = new Set(partIndexes(doc, planIndex, headingIndex));
  return mapPlan(doc, planIndex, (p) => ({ ...p, headings: p.headings.filter((_, j) => !gone.has(j)) }));
};

/** Remove a whole plan (a collection page's parts the teacher does not want). */
export const dropPlan = (doc: PlanDocument, planIndex: number): PlanDocument => ({
  plans: doc.plans.filter((_, i) => i !== planIndex),
});
