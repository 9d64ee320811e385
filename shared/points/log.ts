/**
 * The 积分记录/Points log sheet: one row per PointEvent. Writing escapes untrusted text; reading tolerates a log
 * edited by hand (broken rows are skipped with a message naming the sheet row, the rest keeps working).
 */
import type { Lang, Localized } from '../i18n/localized.ts';
import { foldWidth, safeText } from '../sheet-text.ts';
import type { PointEvent } from './types.ts';

const HEADERS: Record<Lang, readonly string[]> = {
  zh: ['事件ID', '时间', '学号', '姓名', '小组', '类别', '分数', '备注', '记录人', '撤销', '操作ID'],
  en: [
    'Event ID',
    'Time',
    'Student ID',
    'Name',
    'Group',
    'Category',
    'Points',
    'Note',
    'Recorded by',
    'Reverses',
    'Action ID',
  ],
};

/** Number of columns in the log (also the width eventToRow returns). */
export const LOG_WIDTH = 11;

export const LOG_HEADERS = (lang: Lang): string[] => [...HEADERS[lang]];

/**
 * One log row. Free text goes through safeText; ids and the timestamp too (so "001" is not read
 * back as 1 and the ISO time stays the exact string); points stay a number.
 */
export const eventToRow = (e: PointEvent): (string | number)[] => [
  safeText(e.eventId),
  safeText(e.timestamp),
  safeText(e.studentId),
  safeText(e.studentName),
  safeText(e.group),
  safeText(e.category),
  e.points,
  safeText(e.note),
  safeText(e.recordedBy),
  safeText(e.reverses ?? ''),
  safeText(e.actionId ?? e.eventId),
];

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
}

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return String(v).trim();
};

const isHeader = (r: readonly unknown[]): boolean => {
  const c = text(r[0]);
  return c === HEADERS.zh[0] || c === HEADERS.en[0];
};

/** Numbers or numeric strings ("2", "-1", full-width "２", "+3"); NaN otherwise. */
const toPoints = (v: unknown): number => {
  if (typeof v === 'number') return v;
  const t = foldWidth(text(v)).replace(/^'/, '');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
};

/** ISO string or a Date cell (getValues gives Date objects for date-formatted cells). */
const toIso = (v: unknown): string | null => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  const t = text(v);
  if (t === '') return null;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : t.length === 24 && t.endsWith('Z') ? t : new Date(ms).toISOString();
};

const msg = (row: number, zh: string, en: string): Localized => ({
  zh: `积分记录第 ${row} 行：${zh}`,
  en: `Points log row ${row}: ${en}`,
});

/**
 * Read log rows (2-D values of the whole sheet, header included or not). Single pass, O(rows).
 * Blank rows (a deleted or cleared row) are skipped silently.
 */
export const rowsToEvents = (
  rows: readonly (readonly unknown[])[],
  opts: ReadLogOptions = {},
): { events: PointEvent[]; problems: LogProblem[] } => {
  const events: PointEvent[] = [];
  const problems: LogProblem[] = [];
  const seen = new Set<string>();
  const known = opts.knownStudentIds;
  for (const [i, r] of rows.entries()) {
    const row = i + 1;
    if (i === 0 && isHeader(r)) continue;
    const eventId = text(r[0]);
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
      skip('缺少事件ID（第 1 列）', 'the event ID (column 1) is missing');
      continue;
    }
    if (seen.has(eventId)) {
      skip(`事件ID“${eventId}”重复`, `event ID "${eventId}" appears twice`);
      continue;
    }
    const timestamp = toIso(r[1]);
    if (timestamp === null) {
      skip(
        `时间“${text(r[1])}”无法识别（第 2 列，应如 2026-11-23T08:00:00Z）`,
        `time "${text(r[1])}" cannot be read (column 2, e.g. 2026-11-23T08:00:00Z)`,
      );
      continue;
    }
    const studentId = text(r[2]);
    if (studentId === '') {
      skip('缺少学号（第 3 列）', 'the student ID (column 3) is missing');
      continue;
    }
    const points = toPoints(r[6]);
    if (!Number.isFinite(points)) {
      skip(`分数“${text(r[6])}”不是数字（第 7 列）`, `points "${text(r[6])}" is not a number (column 7)`);
      continue;
    }
    const category = text(r[5]);
    const reverses = text(r[9]);
    const actionId = text(r[10]);
    seen.add(eventId);
    const e: PointEvent = {
      eventId,
      timestamp,
      studentId,
      studentName: text(r[3]),
      group: text(r[4]),
      category,
      points,
      note: text(r[7]),
      recordedBy: text(r[8]),
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
