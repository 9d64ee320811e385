/**
 * The 积分记录/Points log sheet: the truth. The add-on only appends (one setValues at the end); undo and reversal
 * append compensating rows. Reading the whole log happens only for tallies, the sidebar's first load and reversals;
 * an award never reads it, an undo reads pages from the bottom until it finds the teacher's last entry, the history list reads bounded pages (readRows).
 */
import type { Lang } from '../../shared/i18n/localized.ts';
import {
  eventToRow,
  LOG_COL,
  LOG_HEADERS,
  LOG_TIME_FORMAT,
  LOG_WIDTH,
  MACHINE_COLUMNS_NOTE,
  rowsToEvents,
  TEACHER_COLUMNS,
} from '../../shared/points/index.ts';
import type { LogProblem } from '../../shared/points/log.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import type { Sheet, Spreadsheet } from './apps-script.ts';
import { ensureSize, findSheet, freshSheetName, readAll, sheetNames, writeBlock } from './workbook.ts';
import { sheetName } from '../../shared/sheet-text.ts';

/** Rows undo reads at a time, from the bottom: a lesson's worth of clicks by several teachers. */
export const UNDO_PAGE_ROWS = 500;

export const findLog = (ss: Spreadsheet): Sheet | null => findSheet(ss, 'log');

/**
 * The log sheet, created when missing: its header row frozen, the time column shown as a local date-time, and
 * Huzhu's own columns (ids, anonymous writer, exact time) hidden at the end with a note not to edit them.
 */
export const ensureLog = (ss: Spreadsheet, lang: Lang): Sheet => {
  const found = findLog(ss);
  if (found) return found;
  const sheet = ss.insertSheet(freshSheetName(sheetNames(ss), sheetName('log', lang)));
  writeBlock(sheet, 1, 1, [LOG_HEADERS(lang)]);
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, LOG_WIDTH).setFontWeight('bold');
  sheet.getRange(2, LOG_COL.time + 1, sheet.getMaxRows() - 1, 1).setNumberFormat(LOG_TIME_FORMAT);
  const machine = sheet.getRange(1, TEACHER_COLUMNS + 1, 1, LOG_WIDTH - TEACHER_COLUMNS);
  machine.setNote(MACHINE_COLUMNS_NOTE[lang]);
  sheet.hideColumns(TEACHER_COLUMNS + 1, LOG_WIDTH - TEACHER_COLUMNS);
  return sheet;
};

/** Append events below the last row: getLastRow + getMaxRows + getRange + setValues, whatever the log's length (plus, once every GROW_ROWS rows, insertRowsAfter). */
export const appendEvents = (sheet: Sheet, events: readonly PointEvent[]): number => {
  if (events.length === 0) return sheet.getLastRow();
  const first = sheet.getLastRow() + 1;
  ensureSize(sheet, first + events.length - 1, LOG_WIDTH);
  const range = sheet.getRange(first, 1, events.length, LOG_WIDTH);
  range.setValues(events.map(eventToRow));
  return first;
};

/** Rows `from`…`to` (1-based, inclusive), one getValues; [] when the range is empty. */
export const readRows = (sheet: Sheet, from: number, to: number): unknown[][] =>
  to < from || from < 1 ? [] : sheet.getRange(from, 1, to - from + 1, LOG_WIDTH).getValues();

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());
/** Column of the event id, of "takes back" and of the click (1-based), as eventToRow writes them. */
const ID_COL = LOG_COL.eventId + 1;
const REVERSES_COL = LOG_COL.reverses + 1;
const ACTION_COL = LOG_COL.actionId + 1;

/**
 * The rows written by one request (its action id), anywhere in the log: one read of the action-id column, then
 * the matching rows. For a retried request only, so its cost does not weigh on ordinary awards.
 */
export const findAction = (sheet: Sheet, actionId: string): { row: number; values: unknown[] }[] => {
  const last = sheet.getLastRow();
  if (last < 2 || actionId === '') return [];
  const ids = sheet.getRange(2, ACTION_COL, last - 1, 1).getValues();
  const rows: number[] = [];
  for (let i = 0; i < ids.length; i++) if (cellText(ids[i]?.[0]) === actionId) rows.push(i + 2);
  const [top] = rows;
  if (top === undefined) return [];
  // One request's rows were appended together: one read covers them.
  const block = readRows(sheet, top, rows[rows.length - 1] ?? top);
  return rows.map((row) => ({ row, values: block[row - top] ?? [] }));
};

export interface FoundEntry {
  event: PointEvent;
  row: number;
  /** A valid row of the log that already compensates it, if any. */
  reversedBy: PointEvent | null;
}

/**
 * Find one entry anywhere in the log for a reversal: the event-id and "reverses" columns are read once each (2 of
 * the 11 columns), then only the matching rows in full. Rows that do not parse (broken by hand) do not count, as in
 * rowsToEvents; with a duplicated id the first valid row wins.
 */
export const findEntry = (sheet: Sheet, eventId: string): FoundEntry | null => {
  const last = sheet.getLastRow();
  if (last < 1 || eventId === '') return null;
  const ids = sheet.getRange(1, ID_COL, last, 1).getValues();
  const revs = sheet.getRange(1, REVERSES_COL, last, 1).getValues();
  const rowAt = (row: number): PointEvent | undefined =>
    rowsToEvents(readRows(sheet, row, row), { firstRow: row }).events[0];
  let found: { event: PointEvent; row: number } | null = null;
  for (let i = 0; i < last && !found; i++) {
    if (cellText(ids[i]?.[0]) !== eventId) continue;
    const event = rowAt(i + 1);
    if (event && event.eventId === eventId) found = { event, row: i + 1 };
  }
  if (!found) return null;
  let reversedBy: PointEvent | null = null;
  for (let i = found.row; i < last && !reversedBy; i++) {
    if (cellText(revs[i]?.[0]) !== eventId) continue;
    const e = rowAt(i + 1);
    if (e && e.reverses === eventId) reversedBy = e;
  }
  return { ...found, reversedBy };
};

export const readLog = (
  sheet: Sheet | null,
  known?: ReadonlySet<string>,
): { events: PointEvent[]; problems: LogProblem[] } =>
  sheet ? rowsToEvents(readAll(sheet), known ? { knownStudentIds: known } : {}) : { events: [], problems: [] };
