/**
 * Settings live in the 设置/Settings sheet (teachers read and edit them there; the plan-import extension writes
 * the same rows). Read: one getValues, unreadable rows fall back to defaults with a message. Write: the dialog
 * replaces the label/value rows with one setValues; labels stay text (safeText), values stay exactly as typed
 * (safeText: "2:1:1" is not turned into a time, "4" stays "4").
 */
import type { Lang, Localized } from '../../shared/i18n/localized.ts';
import { defaultSettings, rowsToSettings, settingsToRows } from '../../shared/settings/index.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { safeText } from '../../shared/sheet-text.ts';
import { type Spreadsheet, timeZone } from './apps-script.ts';
import { ensureSheet, findSheet, readAll, writeBlock } from './workbook.ts';

export interface StoredSettings {
  settings: Settings;
  problems: Localized[];
  /** Whether a Settings sheet exists (else the defaults are in use). */
  fromSheet: boolean;
}

export const readSettings = (ss: Spreadsheet, lang: Lang): StoredSettings => {
  const sheet = findSheet(ss, 'settings');
  if (!sheet) return { settings: defaultSettings(lang), problems: [], fromSheet: false };
  const values = readAll(sheet);
  if (values.length === 0) return { settings: defaultSettings(lang), problems: [], fromSheet: true };
  return { ...rowsToSettings(values, timeZone(ss)), fromSheet: true };
};

export const settingsCells = (s: Settings, lang: Lang): string[][] =>
  settingsToRows(s, lang).map(([label = '', value = '']) => [safeText(label), safeText(value)]);

export const writeSettings = (ss: Spreadsheet, s: Settings, lang: Lang): void => {
  const sheet = ensureSheet(ss, 'settings', lang);
  const cells = settingsCells(s, lang);
  // Only the two label/value columns are replaced; notes a teacher keeps in column C onwards stay.
  const old = sheet.getLastRow();
  if (old > cells.length) sheet.getRange(cells.length + 1, 1, old - cells.length, 2).clearContent();
  writeBlock(sheet, 1, 1, cells);
};
