/** A period in a teacher's words: 本周（11月16日—11月22日）/ This week (16 Nov – 22 Nov 2026). */
import type { Lang } from '../i18n/localized.ts';
import { addDays, localDate } from '../time/zoned.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar days from `start` to the day before `end` (instants, ISO), in tz. */
export const daysLabel = (start: string, end: string, tz: string | undefined, lang: Lang): string => {
  const a = localDate(Date.parse(start), tz);
  const b = addDays(localDate(Date.parse(end), tz), -1);
  if (lang === 'zh')
    return a.d === 1 && b.m === a.m && addDays(b, 1).d === 1 ? `${a.y}年${a.m}月` : `${a.m}月${a.d}日—${b.m}月${b.d}日`;
  if (a.d === 1 && b.m === a.m && addDays(b, 1).d === 1) return `${MONTHS[a.m - 1]} ${a.y}`;
  return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
};

export type PeriodChoice = 'this-week' | 'last-week' | 'this-month' | 'last-month' | 'term' | 'all';

export const PERIOD_WORDS: Record<PeriodChoice, Record<Lang, string>> = {
  'this-week': { zh: '本周', en: 'This week' },
  'last-week': { zh: '上周', en: 'Last week' },
  'this-month': { zh: '本月', en: 'This month' },
  'last-month': { zh: '上月', en: 'Last month' },
  term: { zh: '本学期', en: 'This term' },
  all: { zh: '全部', en: 'All' },
};
