/**
 * Per-spreadsheet settings. They live in the 设置/Settings sheet as label/value rows that a teacher can read and
 * edit; the add-on's dialog and the plan-import extension read and write the same sheet through settings/sheet.ts.
 */
export interface PointCategory {
  name: string;
  /** Points one click awards (deductions use the negative). */
  defaultPoints: number;
}

export type Fairness = 'total' | 'average' | 'normalized';
export type Period = 'week' | 'month' | 'term';

export interface Settings {
  /** Grouping defaults (prefilled in the Form groups dialog). */
  groupSize: number;
  /** Ability mix from strongest stratum down, e.g. [2,1,1]; null = no mix rule. */
  mix: number[] | null;
  categories: PointCategory[];
  badge: { name: string; every: number };
  /** How groups of different sizes are compared on the leaderboard. */
  fairness: Fairness;
  /** Whether deductions (negative totals) are shown on the leaderboard. */
  showNegative: boolean;
  periods: Period[];
  /** First day of the term (ISO date), for the term period; null = since the first log entry. */
  termStart: string | null;
}
