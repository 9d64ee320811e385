/**
 * Sheet-level helpers: find Huzhu's sheets in either language, pick a new name that keeps history, and read or
 * write a whole block with one getValues()/setValues() (never cell by cell).
 */
import { findSheetName, sheetName, type SheetKind } from '../../shared/sheet-text.ts';
import type { Lang } from '../../shared/i18n/localized.ts';
import type { Cell, Sheet, Spreadsheet } from './apps-script.ts';

export const sheetNames = (ss: Spreadsheet): string[] => ss.getSheets().map((s) => s.getName());

/** Huzhu's sheet of this kind, whichever language it was created in; null when missing. */
export const findSheet = (ss: Spreadsheet, kind: SheetKind): Sheet | null => {
  const name = findSheetName(sheetNames(ss), kind);
  return name === null ? null : ss.getSheetByName(name);
};

/**
 * `base`, or `base (2)`, `base (3)`… — the first name not taken. New groupings never overwrite old ones. Sheet
 * names are case-insensitive in Sheets (a hand-made "groups" blocks "Groups"), so they are compared so.
 */
export const freshSheetName = (existing: readonly string[], base: string): string => {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`.toLowerCase())) return `${base} (${n})`;
};

/** Pad ragged rows with '' so the block is a rectangle (setValues requires it). */
export const rectangle = (rows: readonly (readonly Cell[])[]): Cell[][] => {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => (r.length === width ? [...r] : [...r, ...Array<Cell>(width - r.length).fill('')]));
};

/** Rows added at a time when a sheet is full: growing is rare, so appends stay a constant number of calls. */
export const GROW_ROWS = 1000;

/**
 * Make room for cells up to (lastRow, lastCol): getRange().setValues() outside the grid throws ("coordinates of the
 * range are outside the dimensions of the sheet"); only appendRow grows a sheet by itself.
 */
export const ensureSize = (sheet: Sheet, lastRow: number, lastCol: number): void => {
  const rows = sheet.getMaxRows();
  if (lastRow > rows) sheet.insertRowsAfter(rows, Math.max(lastRow - rows, GROW_ROWS));
  if (lastCol > 26) {
    const cols = sheet.getMaxColumns();
    if (lastCol > cols) sheet.insertColumnsAfter(cols, lastCol - cols);
  }
};

/** One setValues for the whole block at (row, col), 1-based. Empty blocks write nothing. */
export const writeBlock = (sheet: Sheet, row: number, col: number, rows: readonly (readonly Cell[])[]): void => {
  const block = rectangle(rows);
  const width = block[0]?.length ?? 0;
  if (width === 0) return;
  ensureSize(sheet, row + block.length - 1, col + width - 1);
  sheet.getRange(row, col, block.length, width).setValues(block);
};

/** Every value on the sheet (one getValues); [] for an empty sheet. */
export const readAll = (sheet: Sheet): unknown[][] => {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows < 1 || cols < 1) return [];
  return sheet.getRange(1, 1, rows, cols).getValues();
};

/** The sheet of this kind, created (with its name in `lang`) when missing. */
export const ensureSheet = (ss: Spreadsheet, kind: SheetKind, lang: Lang): Sheet =>
  findSheet(ss, kind) ?? ss.insertSheet(sheetName(kind, lang));
