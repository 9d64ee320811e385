/**
 * Calendar dates and midnights in a time zone (the spreadsheet's), with Intl only (available in Node, browsers and
 * Apps Script V8). A date cell means midnight in the spreadsheet's zone; read in any other zone it can land on the
 * day before or after, so every date a teacher typed is read here.
 */
export interface YMD {
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

/** "2026-09-01": the calendar date of an instant in tz. */
export const isoDateIn = (d: Date, tz: string | undefined): string => {
  const { y, m, d: day } = localDate(d.getTime(), tz);
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** "2026-11-23 08:05": the local date and time of an instant in tz (what the teacher's clock said). */
export const localDateTime = (ms: number, tz: string | undefined): string => {
  const p = localParts(ms, tz);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${p.y}-${two(p.m)}-${two(p.d)} ${two(p.h)}:${two(p.mi)}`;
};

/** y-m-d moved by whole days (calendar arithmetic, no zone involved). */
export const addDays = ({ y, m, d }: YMD, days: number): YMD => {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
