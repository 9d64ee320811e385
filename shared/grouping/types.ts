import type { Student } from '../roster/types.ts';

/** Role keys; display names come from RoleNames (Chinese and English defaults, configurable). */
export type RoleKey = 'leader' | 'subjectLeader' | 'recorder';

export interface RoleNames {
  leader: string; // 组长 / Leader
  subjectLeader: string; // 学科组长 / Subject leader — shown as "数学组长" / "Math leader"
  recorder: string; // 记录员 / Recorder
}

export interface BalanceWeights {
  total: number;
  /** Weight for each subject's score (0 = ignore subjects). */
  subjects: number;
  gender: number;
  /** Categorical attribute header → weight. */
  attributes: Record<string, number>;
}

export interface GroupingOptions {
  /** Target group size; exactly one of size / groups is given. */
  size?: number;
  groups?: number;
  /** With a remainder: some groups one larger (default) or some one smaller. */
  remainder?: 'larger' | 'smaller';
  /** Ability strata from strongest down, e.g. [2,1,1]; null or [] = no mix rule. */
  mix?: number[] | null;
  balance?: Partial<BalanceWeights>;
  /** Seed for reproducible results: the same seed (7 or "7", or any text) gives the same groups on any machine. */
  seed?: number | string;
  /**
   * What to favour when a roster cannot have both: 0 = group means as close as possible (平均分更接近), 1 = every
   * group's internal spread as alike as possible (组内差距更一致); default 0.5.
   */
  emphasis?: number;
  /** A previous grouping (member ids per group) to change as little as possible. */
  previous?: string[][];
  /** Number of rotation rounds (each round students meet new peers); default 1, at most MAX_ROUNDS. */
  rounds?: number;
  roleNames?: Partial<RoleNames>;
  /** Group name pattern; "{n}" is replaced by the 1-based group number. Default 第{n}组 / Group {n}. */
  groupName?: string;
  lang?: 'zh' | 'en';
  /**
   * The optimiser's budget in milliseconds of COUNTED work (evaluations and moves priced in clock.ts), so the same
   * seed gives the same groups on a slow or busy machine; default grows with the class (defaultTimeLimitMs).
   */
  timeLimitMs?: number;
}

export interface Member {
  id: string;
  name: string;
  /** Display role ("组长", "数学组长", "记录员"), several joined with "、"; null when none. */
  role: string | null;
  roles: { key: RoleKey; subject?: string }[];
}

export interface Group {
  name: string;
  members: Member[];
  /**
   * Seating, front row first: each row is a list of member ids (null = empty seat), e.g. 2×2 for four,
   * 2×3 for six, with subject leaders central.
   */
  seating: (string | null)[][];
}

export interface Stat {
  mean: number;
  sd: number;
  min: number;
  max: number;
}

export interface GroupReport {
  name: string;
  size: number;
  total: Stat | null;
  subjects: Record<string, Stat | null>;
  gender: { M: number; F: number; unknown: number };
}

export interface BalanceSummary {
  /** Range (max − min) of group mean totals, absolute and as a share of the class standard deviation. */
  totalRange: number;
  totalRangeSd: number;
  /** Standard deviation of the group mean totals. */
  totalMeansSd: number;
  /** Range (largest − smallest) of the groups' own standard deviations of the total: how alike their spreads are. */
  spreadRange: number;
  spreadRangeSd: number;
  /** The smallest within-group SD of the total (a group of near-equals has a small one). */
  spreadMin: number;
  /** Per subject: range of group means. */
  subjectRanges: Record<string, number>;
  /** Per subject: range of the groups' own standard deviations. */
  subjectSpreadRanges: Record<string, number>;
}

export interface GroupingReport {
  groups: GroupReport[];
  class: { size: number; total: Stat | null; subjects: Record<string, Stat | null> };
  balance: BalanceSummary;
  /** The same measures for a serpentine (蛇形) draft and a random split on the same roster, for comparison. */
  baselines: { serpentine: BalanceSummary; random: BalanceSummary };
  /** With a previous grouping: how many students changed group. */
  moved?: number;
  /** Solve time in milliseconds (wall clock: for information only, it decides nothing). */
  ms: number;
  /** Work units the optimiser spent (the clock that decides when it stops). */
  work: number;
  /** The wall-clock last resort stopped the search: the groups may differ from run to run. */
  stoppedEarly: boolean;
}

export interface Grouping {
  groups: Group[];
  report: GroupingReport;
}

/** A student as messages name them: by name, with the id where another student has the same name. */
export interface StudentRef {
  id: string;
  name: string;
  /** Another student in the roster has this name: show the id too. */
  homonym?: boolean;
}

/** One of the teacher's rules, as a minimal conflict lists them. Groups are 1-based. */
export type RuleRef =
  | { kind: 'apart'; a: StudentRef; b: StudentRef }
  | { kind: 'together'; a: StudentRef; b: StudentRef }
  | { kind: 'pin'; student: StudentRef; group: number }
  | { kind: 'mix'; mix: string };

/** A rule a finished grouping breaks (final verification). Groups are 1-based. */
export type BrokenRule =
  | { kind: 'apart'; a: StudentRef; b: StudentRef; group: number }
  | { kind: 'together'; a: StudentRef; b: StudentRef }
  | { kind: 'pin'; student: StudentRef; group: number; placed: number | null }
  | { kind: 'mix'; group: number; counts: number[]; quota: number[] }
  | { kind: 'sizes'; sizes: number[] }
  | { kind: 'placed'; student: StudentRef; times: number }
  | { kind: 'unknown-member'; id: string }
  /** The gender rule is a goal, not a hard rule: reported only when asked for. */
  | { kind: 'gender'; group: number; gender: 'M' | 'F' | '?'; count: number; min: number; max: number };

/** Why no grouping was formed. Words come from explain.ts, in the teacher's language. Groups are 1-based. */
export type Conflict =
  | { kind: 'no-students' }
  | { kind: 'size-invalid'; size: number }
  | { kind: 'groups-invalid'; groups: number; students: number }
  | { kind: 'mix-invalid'; mix: number[] }
  | { kind: 'duplicate-id'; id: string }
  | { kind: 'pin-out-of-range'; student: StudentRef; group: number; groups: number }
  | { kind: 'together-too-large'; students: StudentRef[]; limit: number; group: number | null }
  | { kind: 'together-apart'; a: StudentRef; b: StudentRef; chain: StudentRef[] }
  | { kind: 'together-pins'; students: StudentRef[]; groups: number[] }
  | { kind: 'pin-overfull'; group: number; places: number; students: StudentRef[] }
  | { kind: 'pin-apart'; a: StudentRef; b: StudentRef; group: number }
  | { kind: 'mix-impossible'; students: StudentRef[]; band: number; cap: number; mix: string; group: number | null }
  /** These students must all be apart from each other, but there are fewer groups than students. */
  | { kind: 'apart-clique'; students: StudentRef[]; groups: number }
  /** A smallest set of rules that cannot all hold (each one can, once any other is dropped). */
  | { kind: 'rules-conflict'; rules: RuleRef[]; groups: number; sizes: number[] }
  /** Never expected: the finished grouping failed the final check, so it is withheld. */
  | { kind: 'rules-broken'; broken: BrokenRule[] }
  /** The exact check ran out of its budget (a huge roster with very many rules): neither proven nor found. */
  | { kind: 'not-decided'; students: number };

/** Something the teacher should know about groups that were formed. */
export type Notice =
  | { kind: 'missing-totals'; students: StudentRef[] }
  | { kind: 'gender-off'; deviations: number }
  /** The ability mix cannot apply: one group only, or groups smaller than the mix has bands. */
  | { kind: 'mix-not-applied'; mix: string; size: number; groups: number }
  /** The class is smaller than the group size asked for: one group of everyone. */
  | { kind: 'size-over-class'; size: number; students: number }
  | { kind: 'rounds-capped'; asked: number; max: number }
  | { kind: 'stopped-early'; round: number };

export type GroupingOutcome =
  | { ok: true; rounds: Grouping[]; warnings: Notice[] }
  | { ok: false; conflicts: Conflict[] };

/** Signature of the solver entry point (grouping/index.ts). */
export type FormGroups = (students: Student[], options: GroupingOptions) => GroupingOutcome;
