/**
 * The 积分记录/Points log sheet: the truth. The add-on only appends (one setValues at the end); undo and reversal
 * append compensating rows. Reading the whole log happens only for tallies, the sidebar's first load and reversals;
 * an award never reads it, an undo reads a fixed-size tail, the history list reads bounded pages (readRows).
 */
import type { Lang } from '../../shared/i18n/localized.ts';
import { eventToRow, LOG_HEADERS, LOG_WIDTH, rowsToEvents } from '../../shared/points/index.ts';
import type { LogProblem } from '../../shared/points/log.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import type { Sheet, Spreadsheet } from './apps-script.ts';
import { ensureSize, findSheet, readAll, writeBlock } from './workbook.ts';
import { sheetName } from '../../shared/sheet-text.ts';

/** How far back undo looks: enough for a lesson's worth of clicks by several teachers. */
export const UNDO_TAIL_ROWS = 500;

export const findLog = (ss: Spreadsheet): Sheet | null => findSheet(ss, 'log');

/** The log sheet, created with its header row (and ids/times columns as text) when missing. */
export const ensureLog = (ss: Spreadsheet, lang: Lang): Sheet => {
  const found = findLog(ss);
  if (found) return found;
  const sheet = ss.insertSheet(sheetName('log', lang));
  writeBlock(sheet, 1, 1, [LOG_HEADERS(lang)]);
  sheet.setFrozenRows(1);
  return sheet;
};

/** Append events below the last row: getLastRow + getMaxRows + getRange + setValues, whatever the log's length (plus, once every GROW_ROWS rows, insertRowsAfter). */
export const appendEvents = (sheet: Sheet, events: readonly PointEvent[]): number => {
  if (events.length === 0) return sheet.getLastRow();
  const first = sheet.getLastRow() + 1;
  ensureSize(sheet, first + events.length - 1, LOG_WIDTH);
  sheet.getRange(first, 1, events.length, LOG_WIDTH).setValues(events.map(eventToRow));
  return first;
};

/** The last `n` data rows (header excluded), one getValues. */
export const readTail = (sheet: Sheet, n: number): unknown[][] => {
  const last = sheet.getLastRow();
  const from = Math.max(2, last - n + 1);
  if (last < from) return [];
  return sheet.getRange(from, 1, last - from + 1, LOG_WIDTH).getValues();
};

/** Rows `from`…`to` (1-based, inclusive), one getValues; [] when the range is empty. */
export const readRows = (sheet: Sheet, from: number, to: number): unknown[][] =>
  to < from || from < 1 ? [] : sheet.getRange(from, 1, to - from + 1, LOG_WIDTH).getValues();

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());
/** Column of the event id and of "reverses" (1-based), as eventToRow writes them. */
const ID_COL = 1;
const REVERSES_COL = 10;

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
  const rowAt = (row: number): PointEvent | undefined => rowsToEvents(readRows(sheet, row, row)).events[0];
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
