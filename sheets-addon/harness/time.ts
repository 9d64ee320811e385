/** Wall-clock time in an IANA time zone, for dates typed into cells and Utilities.formatDate. */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

export const zonedParts = (date: Date, timeZone: string): WallTime & { weekday: string } => {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    ms: date.getTime() - Math.floor(date.getTime() / 1000) * 1000,
    weekday: parts.weekday ?? '',
  };
};

/** Minutes east of UTC in `timeZone` at instant `ms`. */
export const offsetAt = (ms: number, timeZone: string): number => {
  const p = zonedParts(new Date(ms), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
};

/** The instant at which the clock in `timeZone` shows `w` (first match across a DST change). */
export const zonedToDate = (w: WallTime, timeZone: string): Date => {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  let ms = guess - offsetAt(guess, timeZone) * 60_000;
  ms = guess - offsetAt(ms, timeZone) * 60_000;
  return new Date(ms);
};

const pad = (n: number, w: number): string => String(Math.abs(n)).padStart(w, '0');
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS: Record<string, string> = {
  Sun: 'Sunday',
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
};

/** Java SimpleDateFormat, as Utilities.formatDate uses it (common letters; quoted literals with '…'). */
export const formatJavaDate = (date: Date, timeZone: string, pattern: string): string => {
  const p = zonedParts(date, timeZone);
  const off = offsetAt(date.getTime(), timeZone);
  const sign = off < 0 ? '-' : '+';
  const oh = pad(Math.trunc(Math.abs(off) / 60), 2);
  const om = pad(Math.abs(off) % 60, 2);
  return pattern.replace(/'([^']*)'|([a-zA-Z])\2*/g, (tok, quoted: string | undefined, letter: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = tok.length;
    switch (letter) {
      case 'y':
        return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
      case 'M': {
        const month = MONTHS[p.month - 1] ?? '';
        return n >= 4 ? month : n === 3 ? month.slice(0, 3) : pad(p.month, n);
      }
      case 'd':
        return pad(p.day, n);
      case 'H':
        return pad(p.hour, n);
      case 'h':
        return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
      case 'm':
        return pad(p.minute, n);
      case 's':
        return pad(p.second, n);
      case 'S':
        return pad(p.ms, 3).slice(0, Math.max(n, 3));
      case 'a':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'E':
        return n >= 4 ? (DAYS[p.weekday] ?? p.weekday) : p.weekday;
      case 'u':
        return String(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday) + 1);
      case 'X':
        if (off === 0) return 'Z';
        return n === 1 ? `${sign}${oh}` : n === 2 ? `${sign}${oh}${om}` : `${sign}${oh}:${om}`;
      case 'Z':
        return `${sign}${oh}${om}`;
      case 'z':
        return `GMT${sign}${oh}:${om}`;
      default:
        return tok;
    }
  });
};
