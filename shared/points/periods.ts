/**
 * Period starts (this week from Monday, this month, this term) as instants, computed in the spreadsheet's time
 * zone so "this week" means the teacher's week, not UTC's. Uses Intl only (available in Apps Script V8).
 */
import type { Period } from '../settings/types.ts';

export type PeriodStarts = Record<Period, number>;

interface YMD {
  y: number;
  m: number;
  d: number;
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
const fmt = (tz: string | undefined): Intl.DateTimeFormat => {
  const key = tz ?? '';
  let f = fmtCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    fmtCache.set(key, f);
  }
  return f;
};

const localParts = (
  ms: number,
  tz: string | undefined,
): { y: number; m: number; d: number; h: number; mi: number; s: number } => {
  const o: Record<string, number> = {};
  for (const p of fmt(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') o[p.type] = Number(p.value);
  return {
    y: o.year ?? 1970,
    m: o.month ?? 1,
    d: o.day ?? 1,
    h: (o.hour ?? 0) % 24,
    mi: o.minute ?? 0,
    s: o.second ?? 0,
  };
};

/** Offset (ms) of the zone from UTC at instant ms. */
const offsetAt = (ms: number, tz: string | undefined): number => {
  const p = localParts(ms, tz);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000;
};

/** The instant of local midnight starting day y-m-d in tz (DST-safe: re-check the offset once). */
export const localMidnight = ({ y, m, d }: YMD, tz: string | undefined): number => {
  const guess = Date.UTC(y, m - 1, d);
  const t = guess - offsetAt(guess, tz);
  const off2 = offsetAt(t, tz);
  return guess - off2;
};

export const localDate = (ms: number, tz: string | undefined): YMD => {
  const p = localParts(ms, tz);
  return { y: p.y, m: p.m, d: p.d };
};

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
