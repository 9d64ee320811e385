/**
 * Where the roster comes from: the active sheet, unless it is one of Huzhu's own sheets (or empty), else the sheet
 * named 名单/Roster. One getValues of the chosen sheet, parsed by the shared roster core.
 */
import { parseRosterRows } from '../../shared/roster/parse.ts';
import type { RosterReadOptions, RosterResult } from '../../shared/roster/types.ts';
import { findSheetName, type SheetKind } from '../../shared/sheet-text.ts';
import type { Sheet, Spreadsheet } from './apps-script.ts';
import { findSheet } from './workbook.ts';

const OWN_KINDS: SheetKind[] = ['groups', 'log', 'tallies', 'settings', 'plan', 'schedule'];

/** True for a sheet Huzhu writes (分组, 分组 (2), 分组 第2轮, Groups round 2, 积分记录, …): never read as a roster. */
export const isOwnSheet = (name: string): boolean => {
  const base = name.replace(/\s*\(\d+\)$/, '').replace(/\s*(?:第\d+轮|round \d+)$/i, '');
  return OWN_KINDS.some((k) => findSheetName([base], k) !== null);
};

export interface RosterRead {
  /** The sheet read, or null when there is none to read. */
  sheetName: string | null;
  result: RosterResult | null;
}

/**
 * Values for scores, display text for names, ids and other text: a name typed as 001 or TRUE is stored by Sheets
 * as a number or boolean but read as the teacher sees it.
 */
const readSheetRoster = (sheet: Sheet, options: RosterReadOptions): RosterResult => {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows < 1 || cols < 1) return parseRosterRows([], options);
  const range = sheet.getRange(1, 1, rows, cols);
  return parseRosterRows(range.getValues(), { ...options, display: range.getDisplayValues() });
};

export const readRoster = (ss: Spreadsheet, options: Omit<RosterReadOptions, 'display'> = {}): RosterRead => {
  const candidates: Sheet[] = [];
  const active = ss.getActiveSheet();
  if (active && !isOwnSheet(active.getName()) && active.getLastRow() > 0) candidates.push(active);
  const named = findSheet(ss, 'roster');
  if (named && (!active || named.getSheetId() !== active.getSheetId())) candidates.push(named);
  let first: RosterRead | null = null;
  for (const sheet of candidates) {
    const result = readSheetRoster(sheet, options);
    const read = { sheetName: sheet.getName(), result };
    if (result.roster !== null && result.roster.students.length > 0) return read;
    first ??= read;
  }
  return first ?? { sheetName: null, result: null };
};
