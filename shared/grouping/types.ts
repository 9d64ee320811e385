import type { Localized } from '../i18n/localized.ts';
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
  /** Seed for reproducible results. */
  seed?: number;
  /** A previous grouping (member ids per group) to change as little as possible. */
  previous?: string[][];
  /** Number of rotation rounds (each round students meet new peers); default 1. */
  rounds?: number;
  roleNames?: Partial<RoleNames>;
  /** Group name pattern; "{n}" is replaced by the 1-based group number. Default 第{n}组 / Group {n}. */
  groupName?: string;
  lang?: 'zh' | 'en';
  /** Soft time budget for the optimiser in milliseconds. */
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
  /** Per subject: range of group means. */
  subjectRanges: Record<string, number>;
}

export interface GroupingReport {
  groups: GroupReport[];
  class: { size: number; total: Stat | null; subjects: Record<string, Stat | null> };
  balance: BalanceSummary;
  /** The same measures for a serpentine (蛇形) draft and a random split on the same roster, for comparison. */
  baselines: { serpentine: BalanceSummary; random: BalanceSummary };
  /** With a previous grouping: how many students changed group. */
  moved?: number;
  /** Solve time in milliseconds. */
  ms: number;
}

export interface Grouping {
  groups: Group[];
  report: GroupingReport;
}

/** A hard-rule conflict: exactly which rules (and students) cannot all hold. */
export interface Conflict {
  code: string; // e.g. 'keep-apart-impossible', 'pin-out-of-range', 'together-too-large', 'together-apart', 'mix-impossible', 'size-invalid'
  students: string[]; // ids involved
  message: Localized;
}

export type GroupingOutcome =
  | { ok: true; rounds: Grouping[]; warnings: Localized[] }
  | { ok: false; conflicts: Conflict[] };

/** Signature of the solver entry point (grouping/solve.ts). */
export type FormGroups = (students: Student[], options: GroupingOptions) => GroupingOutcome;
