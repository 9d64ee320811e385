/**
 * The 积分记录/Points log sheet: one row per PointEvent. The columns a teacher reads come first — the local
 * date-time (a real date-time cell, shown in the spreadsheet's time zone), the student, group, category, points
 * and note — and the columns Huzhu needs to find rows again come last: entry id, which entry it takes back, the
 * click it belongs to, the anonymous key of who wrote it and the exact instant. The add-on hides those and notes
 * on them not to edit them. Writing keeps all text as text; reading tolerates a log edited by hand (broken rows are
 * skipped with a message naming the sheet row, the rest keeps working).
 */
import type { Lang, Localized } from '../i18n/localized.ts';
import { foldWidth, safeText } from '../sheet-text.ts';
import type { PointEvent } from './types.ts';

/** The columns, in order; `machine` ones are for Huzhu (hidden in the sheet). */
const COLUMNS = [
  { key: 'time', zh: '时间', en: 'Time' },
  { key: 'name', zh: '姓名', en: 'Name' },
  { key: 'studentId', zh: '学号', en: 'Student ID' },
  { key: 'group', zh: '小组', en: 'Group' },
  { key: 'category', zh: '类别', en: 'Category' },
  { key: 'points', zh: '分数', en: 'Points' },
  { key: 'note', zh: '备注', en: 'Note' },
  { key: 'eventId', zh: '记录编号', en: 'Entry ID', machine: true },
  { key: 'reverses', zh: '撤回的记录', en: 'Takes back', machine: true },
  { key: 'actionId', zh: '操作编号', en: 'Click ID', machine: true },
  { key: 'userKey', zh: '记录人（匿名）', en: 'Recorded by (anonymous)', machine: true },
  { key: 'instant', zh: '精确时间（UTC）', en: 'Exact time (UTC)', machine: true },
] as const;

type Key = (typeof COLUMNS)[number]['key'];

/** 0-based index of each column. */
export const LOG_COL = Object.fromEntries(COLUMNS.map((c, i) => [c.key, i])) as Record<Key, number>;

/** Number of columns in the log (also the width eventToRow returns). */
export const LOG_WIDTH = COLUMNS.length;

/** Columns a teacher reads (1…TEACHER_COLUMNS); the rest are Huzhu's. */
export const TEACHER_COLUMNS = COLUMNS.findIndex((c) => 'machine' in c);

/** The note on the header of Huzhu's own columns. */
export const MACHINE_COLUMNS_NOTE: Localized = {
  zh: '这几列由互助自动填写，用来查找、撤回记录，请不要修改或删除。',
  en: 'Huzhu fills in these columns to find and take back entries: please do not edit or delete them.',
};

export const LOG_HEADERS = (lang: Lang): string[] => COLUMNS.map((c) => c[lang]);

/** The number format of the time column: the teacher's local date and time. */
export const LOG_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * One log row. The time is a Date (Sheets shows it in the spreadsheet's time zone and it sorts and filters as a
 * date); the exact instant is kept as text at the end. All text goes through safeText; points stay a number.
 */
export const eventToRow = (e: PointEvent): (string | number | Date)[] => {
  const row: (string | number | Date)[] = new Array(LOG_WIDTH);
  row[LOG_COL.time] = new Date(e.timestamp);
  row[LOG_COL.name] = safeText(e.studentName);
  row[LOG_COL.studentId] = safeText(e.studentId);
  row[LOG_COL.group] = safeText(e.group);
  row[LOG_COL.category] = safeText(e.category);
  row[LOG_COL.points] = e.points;
  row[LOG_COL.note] = safeText(e.note);
  row[LOG_COL.eventId] = safeText(e.eventId);
  row[LOG_COL.reverses] = safeText(e.reverses ?? '');
  row[LOG_COL.actionId] = safeText(e.actionId ?? e.eventId);
  row[LOG_COL.userKey] = safeText(e.userKey);
  row[LOG_COL.instant] = safeText(e.timestamp);
  return row;
};

export interface LogProblem {
  /** 1-based sheet row. */
  row: number;
  /** 'skipped': the row is not counted; 'flagged': counted, but worth a look. */
  kind: 'skipped' | 'flagged';
  message: Localized;
}

export interface ReadLogOptions {
  /** Current roster ids: events for other students are kept but flagged. */
  knownStudentIds?: ReadonlySet<string>;
  /** Sheet row of the first row given (default 1: the whole sheet, header included). */
  firstRow?: number;
}

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return String(v).trim();
};

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

const HEADER_FIRST = new Set<string>([COLUMNS[0].zh, COLUMNS[0].en]);
const isHeader = (r: readonly unknown[]): boolean => HEADER_FIRST.has(text(r[0]));

/** Numbers or numeric strings ("2", "-1", full-width "２", "+3"); NaN otherwise. */
const toPoints = (v: unknown): number => {
  if (typeof v === 'number') return v;
  const t = foldWidth(text(v)).replace(/^'/, '');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
};

/** The exact instant if written; else the time cell (a Date from getValues, or text Sheets did not parse). */
const toIso = (instant: unknown, time: unknown): string | null => {
  const exact = text(instant);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(exact)) return new Date(exact).toISOString();
  if (isDate(time)) return Number.isNaN(time.getTime()) ? null : time.toISOString();
  const t = text(time);
  if (t === '') return null;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
};

const msg = (row: number, zh: string, en: string): Localized => ({
  zh: `积分记录第 ${row} 行：${zh}`,
  en: `Points log row ${row}: ${en}`,
});

/**
 * Read log rows (2-D values, the header included or not). Single pass, O(rows). Blank rows (a deleted or cleared
 * row) are skipped silently.
 */
export const rowsToEvents = (
  rows: readonly (readonly unknown[])[],
  opts: ReadLogOptions = {},
): { events: PointEvent[]; problems: LogProblem[] } => {
  const events: PointEvent[] = [];
  const problems: LogProblem[] = [];
  const seen = new Set<string>();
  const known = opts.knownStudentIds;
  const first = opts.firstRow ?? 1;
  for (const [i, r] of rows.entries()) {
    const row = first + i;
    if (row === 1 && isHeader(r)) continue;
    const eventId = text(r[LOG_COL.eventId]);
    // Blank (deleted or cleared) row: only checked when the id is empty, to keep the common path cheap.
    if (eventId === '' && r.every((c) => text(c) === '')) continue;
    const skip = (zh: string, en: string): void => {
      problems.push({
        row,
        kind: 'skipped',
        message: msg(row, `${zh}，此行未计入；请修正或删除此行。`, `${en}; the row is not counted. Fix or delete it.`),
      });
    };
    if (eventId === '') {
      skip('缺少记录编号（互助填写的隐藏列）', 'the entry ID (a hidden column Huzhu fills in) is missing');
      continue;
    }
    if (seen.has(eventId)) {
      skip(`记录编号“${eventId}”重复`, `entry ID "${eventId}" appears twice`);
      continue;
    }
    const timestamp = toIso(r[LOG_COL.instant], r[LOG_COL.time]);
    if (timestamp === null) {
      skip(
        `时间“${text(r[LOG_COL.time])}”无法识别（应如 2026-11-23 08:00）`,
        `time "${text(r[LOG_COL.time])}" cannot be read (write e.g. 2026-11-23 08:00)`,
      );
      continue;
    }
    const studentId = text(r[LOG_COL.studentId]);
    if (studentId === '') {
      skip('缺少学号', 'the student ID is missing');
      continue;
    }
    const points = toPoints(r[LOG_COL.points]);
    if (!Number.isFinite(points)) {
      skip(`分数“${text(r[LOG_COL.points])}”不是数字`, `points "${text(r[LOG_COL.points])}" is not a number`);
      continue;
    }
    const reverses = text(r[LOG_COL.reverses]);
    const actionId = text(r[LOG_COL.actionId]);
    seen.add(eventId);
    const e: PointEvent = {
      eventId,
      timestamp,
      studentId,
      studentName: text(r[LOG_COL.name]),
      group: text(r[LOG_COL.group]),
      category: text(r[LOG_COL.category]),
      points,
      note: text(r[LOG_COL.note]),
      userKey: text(r[LOG_COL.userKey]),
      reverses: reverses === '' ? null : reverses,
      actionId: actionId === '' ? eventId : actionId,
    };
    events.push(e);
    if (known && !known.has(studentId)) {
      problems.push({
        row,
        kind: 'flagged',
        message: msg(
          row,
          `学号“${studentId}”（${e.studentName}）不在当前名单中；分数仍然保留。`,
          `student ID "${studentId}" (${e.studentName}) is not on the current roster; the points are kept.`,
        ),
      });
    }
  }
  return { events, problems };
};
