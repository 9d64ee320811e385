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

export const readLog = (sheet: Sheet | null, known?: ReadonlySet<string>): { events: PointEvent[]; problems: LogProblem[] } =>
  sheet ? rowsToEvents(readAll(sheet), known ? { knownStudentIds: known } : {}) : { events: [], problems: [] };
