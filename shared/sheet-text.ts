/**
 * Plain-text safety and sheet names shared by every surface that writes to a spreadsheet.
 * Pure: no Apps Script, no DOM.
 */
import type { Lang } from './i18n/localized.ts';

/**
 * Keep text exactly as text in a sheet: every string Huzhu writes (names, ids, notes, pasted plans) goes through
 * this. Sheets parses what a script writes as it parses typing: = + - @ start a formula (or an error), and
 * "001", "3.5", "50%", "1,234", "2024-01-02", "12:30", "$5", "(5)", "TRUE" become a number, date or boolean, so
 * a child called "001" would turn into 1. A leading apostrophe makes Sheets store the rest as text (and it is
 * not shown). A sign after spaces (" -0") starts a number too. Tab/CR at the start are escaped (CSV/formula injection
 * advice), and so is a leading apostrophe (else Sheets would swallow it: 'abc would read back as abc).
 */
export const safeText = (s: string): string =>
  /^[=+\-@\t\r']/.test(s) || /^\s*[\d.$¥€£(+-]/u.test(s) || /^\s*(true|false)\s*$/i.test(s) ? `'${s}` : s;

/** What a cell written with safeText reads back as (Sheets drops one leading apostrophe). */
export const storedText = (s: string): string => (s.startsWith("'") ? s.slice(1) : s);

export type SheetKind = 'roster' | 'groups' | 'log' | 'tallies' | 'settings' | 'plan' | 'schedule';

export const SHEET_NAMES: Readonly<Record<SheetKind, Readonly<Record<Lang, string>>>> = {
  roster: { zh: '名单', en: 'Roster' },
  groups: { zh: '分组', en: 'Groups' },
  log: { zh: '积分记录', en: 'Points log' },
  tallies: { zh: '积分汇总', en: 'Tallies' },
  settings: { zh: '设置', en: 'Settings' },
  plan: { zh: '计划', en: 'Plan' },
  schedule: { zh: '日程', en: 'Schedule' },
};

export const sheetName = (kind: SheetKind, lang: Lang): string => SHEET_NAMES[kind][lang];

const norm = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

/**
 * The existing sheet for `kind`, whichever language it was created in (teachers may switch UI language later).
 * Exact names win; otherwise a case/width/space-insensitive match. Chinese name preferred when both exist.
 */
export const findSheetName = (existingNames: readonly string[], kind: SheetKind): string | null => {
  const wanted = [SHEET_NAMES[kind].zh, SHEET_NAMES[kind].en];
  for (const w of wanted) if (existingNames.includes(w)) return w;
  for (const w of wanted) {
    const hit = existingNames.find((n) => norm(n) === norm(w));
    if (hit !== undefined) return hit;
  }
  return null;
};

/**
 * Fold full-width ASCII (Ｕ+FF01–FF5E: ２, ：, ＝, Ａ) and the ideographic space to their ASCII forms, for reading
 * numbers and separators typed with a Chinese IME. Unlike NFKC it leaves ①, ⑴, ㈠ and other text alone.
 */
export const foldWidth = (s: string): string =>
  s.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
