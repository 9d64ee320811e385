/**
 * Period starts (this week from Monday, this month, this term) as instants, computed in the spreadsheet's time
 * zone so "this week" means the teacher's week, not UTC's. Uses Intl only (available in Apps Script V8).
 */
import type { Period } from '../settings/types.ts';
import { addDays, localDate, localMidnight, type YMD } from '../time/zoned.ts';

export type PeriodStarts = Record<Period, number>;

/** Parse "2026-09-01" (date only). */
const parseIsoDate = (s: string): YMD | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
};

/**
 * Starts of the periods containing `now`. Week: the Monday on or before today. Month: the 1st. Term: termStart's
 * midnight, or -Infinity (since the first log entry) when termStart is null or unreadable.
 */
export const periodStarts = (now: Date | string, termStart: string | null, tz?: string): PeriodStarts => {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const today = localDate(nowMs, tz);
  const dow = new Date(Date.UTC(today.y, today.m - 1, today.d)).getUTCDay(); // 0 = Sunday
  const back = (dow + 6) % 7; // days since Monday
  const mon = new Date(Date.UTC(today.y, today.m - 1, today.d - back));
  const term = termStart ? parseIsoDate(termStart) : null;
  return {
    week: localMidnight({ y: mon.getUTCFullYear(), m: mon.getUTCMonth() + 1, d: mon.getUTCDate() }, tz),
    month: localMidnight({ y: today.y, m: today.m, d: 1 }, tz),
    term: term ? localMidnight(term, tz) : -Infinity,
  };
};

/** A week or a month to report on; `back` 0 is the current one, 1 the one before, … */
export type ReportPeriod = 'week' | 'month';

/** [start, end) as instants, in the spreadsheet's zone: a week from Monday, a month from the 1st. */
export interface PeriodRange {
  start: number;
  end: number;
}

export const periodRange = (kind: ReportPeriod, now: Date | string, tz: string | undefined, back = 0): PeriodRange => {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const today = localDate(nowMs, tz);
  if (kind === 'week') {
    const dow = new Date(Date.UTC(today.y, today.m - 1, today.d)).getUTCDay();
    const monday = addDays(today, -((dow + 6) % 7) - 7 * back);
    return { start: localMidnight(monday, tz), end: localMidnight(addDays(monday, 7), tz) };
  }
  const first = (k: number): YMD => {
    const t = new Date(Date.UTC(today.y, today.m - 1 - k, 1));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: 1 };
  };
  return { start: localMidnight(first(back), tz), end: localMidnight(first(back - 1), tz) };
};
