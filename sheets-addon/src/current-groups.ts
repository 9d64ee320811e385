/**
 * Which 分组/Groups sheet is the current grouping: the one the add-on wrote last (its sheet id is kept in Document
 * properties, so renaming it is fine), else the newest by name (分组 (3) after 分组 (2) after 分组).
 */

import { type SheetGroup, sheetToGroups } from '../../shared/grouping/sheet.ts';
import type { Sheet, Spreadsheet } from './apps-script.ts';
import { documentProperties } from './apps-script.ts';
import { readAll } from './workbook.ts';

const KEY = 'huzhu.currentGroupsSheetId';

const GROUPS_NAME = /^(分组|groups)(?:\s*\((\d+)\))?$/i;

export const rememberCurrentGroups = (sheet: Sheet): void => {
  documentProperties().setProperty(KEY, String(sheet.getSheetId()));
};

export const currentGroupsSheet = (ss: Spreadsheet): Sheet | null => {
  const sheets = ss.getSheets();
  const saved = documentProperties().getProperty(KEY);
  if (saved !== null) {
    const hit = sheets.find((s) => String(s.getSheetId()) === saved);
    if (hit) return hit;
  }
  let best: Sheet | null = null;
  let bestN = -1;
  for (const s of sheets) {
    const m = GROUPS_NAME.exec(s.getName().trim());
    if (!m) continue;
    const n = m[2] === undefined ? 1 : Number(m[2]);
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best;
};

export interface CurrentGroups {
  sheetName: string;
  groups: SheetGroup[];
}

/** The current grouping read back from its sheet (one getValues); null when there is none yet. */
export const readCurrentGroups = (ss: Spreadsheet): CurrentGroups | null => {
  const sheet = currentGroupsSheet(ss);
  if (!sheet) return null;
  const groups = sheetToGroups(readAll(sheet));
  return groups === null ? null : { sheetName: sheet.getName(), groups };
};
