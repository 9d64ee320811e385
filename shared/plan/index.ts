/**
 * Plan extraction: pasted or page text → the plan JSON of the team spec (shared/spec/plan-json.md), plus extras.
 * A pipeline of small stages, each in its own module:
 *   normalize → lines → boilerplate → rejoin → split → classify → collection → outline (levels) → fields.
 */
import type { ExtractResult, Plan } from './types.ts';
import { normalizeText } from './normalize.ts';
import { toLines } from './line.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { rejoinLines } from './rejoin.ts';
import { splitRunTogether } from './split.ts';
import { classify, type Segment } from './classify.ts';
import { splitCollection, type PlanPart } from './collection.ts';
import { buildOutline } from './outline.ts';
import { extractSchedule } from './schedule.ts';
import { extractSessions } from './sessions.ts';
import { extractGroupSize } from './group-size.ts';
import { extractGoals } from './goals.ts';
import { extractRoles } from './roles.ts';
import { extractMix } from './mix.ts';
import { extractScoring } from './scoring.ts';
import { extractDetails } from './details.ts';

export type { ExtractResult, Plan, PlanDocument, PlanHeading, RemovedLine } from './types.ts';

export function extractPlans(text: string): ExtractResult {
  const { lines, removed } = removeBoilerplate(toLines(normalizeText(text)));
  const segments = splitRunTogether(rejoinLines(lines)).map(classify);
  const plans = splitCollection(segments).map(toPlan);
  return { document: { plans }, removed };
}

function toPlan(part: PlanPart): Plan {
  const outline = buildOutline(part.segments);
  const sentences = part.segments.flatMap(sentencesOf);
  const details = extractDetails(outline);
  const plan: Plan = {
    title: part.title.trim(),
    headings: outline.nodes.map((n) => ({ level: n.level, marker: n.marker, text: n.text })),
    schedule: extractSchedule(outline),
    sessions: extractSessions(outline),
    groupSize: extractGroupSize(sentences),
    goals: extractGoals(outline),
    mix: extractMix(sentences),
    roles: extractRoles(part.segments),
    place: details.place,
    time: details.time,
    participants: details.participants,
    evaluation: details.evaluation,
  };
  const scoring = extractScoring(sentences);
  if (scoring) plan.scoring = scoring;
  return plan;
}

function sentencesOf(s: Segment): string[] {
  const raw = s.kind === 'title' || s.kind === 'collection' ? '' : s.raw;
  return raw
    .split(/(?<=[。！？!?；;])/)
    .map((x) => x.trim())
    .filter(Boolean);
}
