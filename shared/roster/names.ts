/**
 * Naming students in a message: by name, in the teacher's language, a long list cut short with its count.
 */
import type { Lang, Localized } from '../i18n/localized.ts';
import type { Column, RosterProblem } from './types.ts';

/** How many names a message lists before "…等N人". */
const LIST_LIMIT = 10;

/** "王明、李华、张伟" / "Wang Ming, Li Hua, Zhang Wei"; longer lists end "……等23人" / "… (23 in all)". */
export function nameList(names: readonly string[], lang: Lang): string {
  const shown = names.slice(0, LIST_LIMIT);
  const sep = lang === 'zh' ? '、' : ', ';
  if (names.length <= LIST_LIMIT) return shown.join(sep);
  return lang === 'zh' ? `${shown.join(sep)}等${names.length}人` : `${shown.join(sep)}… (${names.length} in all)`;
}

export const problemOf = (
  severity: RosterProblem['severity'],
  code: string,
  row: number | null,
  column: Column | null,
  message: Localized,
): RosterProblem => ({ severity, code, row, column: column ? `${column.letter} (${column.header})` : null, message });
