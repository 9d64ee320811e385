import type { Localized } from '../i18n/localized.ts';

/** Normalised gender; null when the roster does not say (or the column is absent). */
export type Gender = 'M' | 'F';

/** The role a recognised column plays. Anything else is a subject (numeric), an attribute (text) or passed through. */
export type ColumnRole =
  | 'id'
  | 'name'
  | 'gender'
  | 'total'
  | 'subject'
  | 'attribute'
  | 'keepApart'
  | 'keepTogether'
  | 'pinnedGroup'
  | 'leader'
  | 'extra';

export interface Column {
  /** 0-based index in the source rows. */
  index: number;
  /** Header exactly as written (trimmed). */
  header: string;
  /** Spreadsheet-style letter of the column (A, B, …, AA) for messages. */
  letter: string;
  role: ColumnRole;
}

export interface Student {
  /** Row number as the teacher sees it in the sheet/CSV (1-based, header row included). */
  row: number;
  /** The id column's value, or the 1-based data-row number as a string when there is no id column. */
  id: string;
  name: string;
  gender: Gender | null;
  /** Total score: the total column, else the sum of subject scores, else null. */
  total: number | null;
  /** Subject name (header as written) → score; null when the cell is empty. */
  subjects: Record<string, number | null>;
  /** Categorical column name (e.g. 性格, 兴趣) → value ('' when empty). */
  attributes: Record<string, string>;
  /** Ids of students who must not share this student's group (resolved from ids or names). */
  keepApart: string[];
  /** Ids of students who must share this student's group. */
  keepTogether: string[];
  /** 1-based group number this student is pinned to, or null. */
  pinnedGroup: number | null;
  leaderCandidate: boolean;
  /** Unrecognised columns, passed through unchanged (header → cell text). */
  extra: Record<string, string>;
}

/**
 * Where student ids come from. Only a real id column ('column': 学号, Student ID) names a student across time;
 * a row counter ('counter': 序号, No.) and the row number ('row') change when a student leaves, so earlier
 * groupings are matched to such rosters by name.
 */
export type IdSource = 'column' | 'counter' | 'row';

/** A student whose status says they have left (转出, 休学…): listed, not grouped or scored unless kept. */
export interface Departed {
  row: number;
  id: string;
  name: string;
  /** The status text as written ("已转学"). */
  status: string;
}

export interface Roster {
  /** The students to group: everyone on the roster but summary rows and (by default) students who left. */
  students: Student[];
  /** Students who left the class, not in `students` unless the reader was asked to keep them. */
  departed: Departed[];
  idSource: IdSource;
  columns: Column[];
  /** Subject headers in column order. */
  subjects: string[];
  /** Categorical attribute headers in column order. */
  attributes: string[];
  /** Language of the headers: drives the CLI's table headers and default group names. */
  lang: 'zh' | 'en';
  /** 1-based row number of the header row. */
  headerRow: number;
}

export type Severity = 'error' | 'warning';

/** One problem found in the roster: errors stop grouping, warnings are listed. */
export interface RosterProblem {
  severity: Severity;
  /** Stable machine code, e.g. 'empty-name', 'duplicate-id', 'not-a-number', 'unknown-reference', 'ambiguous-reference', 'no-header'. */
  code: string;
  /** Row number as the teacher sees it (1-based, header included); null for whole-file problems. */
  row: number | null;
  /** Column letter and header, e.g. "C (数学)"; null when not about one column. */
  column: string | null;
  /** What is wrong and what to do, in both languages. */
  message: Localized;
}

export interface RosterReadOptions {
  /**
   * What the sheet shows for each cell (getDisplayValues), parallel to the values: names, ids and other text are
   * read as the teacher sees them ("001", "TRUE", "2024-01-02"), not as the number, boolean or date Sheets stored.
   */
  display?: readonly (readonly string[])[];
  /** Keep students whose status says they left (转出, 休学…) in the grouping. Default: leave them out, listed. */
  keepDeparted?: boolean;
}

export interface RosterResult {
  /** null when an error prevents building any roster (no header row, no data rows). */
  roster: Roster | null;
  problems: RosterProblem[];
  /** For CSV input: the detected encoding ('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252'). */
  encoding?: string;
}
