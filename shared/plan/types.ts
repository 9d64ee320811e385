/**
 * The plan JSON contract (../../../shared/spec/plan-json.md in the team's shared folder), plus extra fields the
 * add-on can use. Extra fields sit beside the spec's, never instead of them.
 */
export interface PlanHeading {
  /** Outline depth as a careful reader sees it, 1 = top. */
  level: number;
  /** Marker exactly as written ("一、", "（一）", "1.", "①", "第一节"); "" for month lines and bare label headings. */
  marker: string;
  text: string;
  /** The text under the heading up to the next one, whitespace normalised and capped (optional, not scored). */
  body?: string;
}

export interface PlanScheduleEntry {
  when: string;
  items: string[];
}

export interface GroupSize {
  min: number | null;
  max: number | null;
}

/** A group role the plan names, with its duties as written. */
export interface PlanRole {
  name: string;
  duties: string;
}

/** A scoring rule: points per category and/or a badge exchange rate ("每得到20分，就可以换一月亮"). */
export interface PlanScoring {
  /** Categories the plan scores groups on (学习、纪律、卫生…), in order. */
  categories: string[];
  /** Badge name and threshold, when the plan says e.g. every 20 points earn a 月亮. */
  badge: { name: string; every: number } | null;
  /** The sentences the rules were read from, for the teacher to check. */
  rules: string[];
}

export interface Plan {
  title: string;
  headings: PlanHeading[];
  schedule: PlanScheduleEntry[];
  sessions: string[];
  groupSize: GroupSize | null;
  goals: string[];
  // ---- extras beyond the spec (optional so gold files stay valid Plans) ----
  /** Ability mix stated by the plan, e.g. [2,2] for "2:2", [2,2,2] for "2:2:2". */
  mix?: number[] | null;
  roles?: PlanRole[];
  scoring?: PlanScoring;
  place?: string | null;
  time?: string | null;
  participants?: string | null;
  evaluation?: string[];
}

export interface PlanDocument {
  plans: Plan[];
}

/** What the boilerplate stage removed, reported to the user. */
export interface RemovedLine {
  /** 1-based line number in the input. */
  line: number;
  text: string;
  reason: string;
}

export interface ExtractResult {
  document: PlanDocument;
  removed: RemovedLine[];
}
