/**
 * Period starts (this week from Monday, this month, this term) as instants, computed in the spreadsheet's time
 * zone so "this week" means the teacher's week, not UTC's. Uses Intl only (available in Apps Script V8).
 */
import type { Period } from '../settings/types.ts';
import { localDate, localMidnight, type YMD } from '../time/zoned.ts';

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
