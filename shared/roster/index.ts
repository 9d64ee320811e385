/**
 * Roster import: CSV (any encoding Chinese Excel writes) or sheet values → students with scores, gender,
 * attributes and grouping rules, plus every problem found with its row and column.
 * `parseRosterRows` is free of TextDecoder and papaparse, so Apps Script can bundle it; import `parseRosterCsv`
 * from './csv.ts' only where files are read.
 */
import type { Lang } from '../i18n/localized.ts';
import type { RosterProblem } from './types.ts';

export type * from './types.ts';
export { parseRosterRows } from './parse.ts';
export { normalizeHeader, columnLetter } from './headers.ts';

export const hasErrors = (problems: readonly RosterProblem[]): boolean => problems.some((p) => p.severity === 'error');

/** One line a teacher can act on: where (row, column) and what to do. */
export function formatProblem(p: RosterProblem, lang: Lang): string {
  const where =
    lang === 'zh'
      ? [p.row !== null ? `第${p.row}行` : '', p.column !== null ? `${p.column}列` : ''].filter(Boolean).join('，')
      : [p.row !== null ? `Row ${p.row}` : '', p.column !== null ? `column ${p.column}` : '']
          .filter(Boolean)
          .join(', ');
  return where ? `${where}${lang === 'zh' ? '：' : ': '}${p.message[lang]}` : p.message[lang];
}
