/**
 * What a Google Sheets cell stores when a script writes a value, and how it reads back.
 * Sheets parses strings the way it parses typing: "=…" is a formula, "'…" is text without the apostrophe,
 * "001" / "3.5" / "2024-01-02" / "TRUE" become a number, date or boolean — unless the cell's number format is
 * "@" (plain text). Numbers, booleans and Date objects are stored as they are.
 */
import { zonedParts, zonedToDate } from './time.ts';

export type CellValue = string | number | boolean | Date;

/** One stored cell. `formula` is set when the cell holds a formula (its value is then FORMULA_VALUE). */
export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  style?: Record<string, unknown>;
}

/** Sheets' "Automatic" number format as `getNumberFormat()` reports it. */
export const AUTOMATIC_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';
/** The stand-in does not evaluate formulas; reading one gives this placeholder (its source is in getFormulas). */
export const FORMULA_VALUE = '#FORMULA';

/** Also true for a Date from another realm (a script in node `vm`), where `instanceof Date` is false. */
export const isDate = (v: unknown): v is Date =>
  typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';

export interface Parsed {
  value: CellValue;
  formula?: string;
  /** A format Sheets applies when it recognises a date, time or percentage. */
  format?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const DATE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const validDay = (y: number, m: number, d: number): boolean => {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** The value a cell stores when a script writes `raw` into it (setValue/setValues/appendRow). */
export const parseInput = (raw: unknown, cellFormat: string | undefined, timeZone: string): Parsed => {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) return { value: new Date(raw.getTime()) };
  const s = typeof raw === 'string' ? raw : String(raw);
  if (cellFormat === TEXT_FORMAT) return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s === '') return { value: '' };
  if (s.startsWith('=') && s.length > 1) return { value: FORMULA_VALUE, formula: s };
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  if (NUMBER.test(t)) return { value: Number(t) };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, '')) };
  const pct = PERCENT.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, format: pct[1]?.includes('.') ? '0.00%' : '0%' };
  const dm = DATE.exec(t);
  if (dm) {
    const [y, mo, d] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
    if (validDay(y, mo, d)) {
      const [h, mi, sec] = [Number(dm[4] ?? 0), Number(dm[5] ?? 0), Number(dm[6] ?? 0)];
      const ms = dm[7] ? Math.round(Number(dm[7]) * 1000) : 0;
      const date = dm[8]
        ? new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offsetMinutes(dm[8]) * 60_000)
        : zonedToDate({ year: y, month: mo, day: d, hour: h, minute: mi, second: sec, ms }, timeZone);
      return { value: date, format: dm[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
    }
  }
  const tm = TIME.exec(t);
  if (tm && Number(tm[1]) < 24 && Number(tm[2]) < 60 && Number(tm[3] ?? 0) < 60) {
    const date = zonedToDate(
      { year: 1899, month: 12, day: 30, hour: Number(tm[1]), minute: Number(tm[2]), second: Number(tm[3] ?? 0), ms: 0 },
      timeZone,
    );
    return { value: date, format: 'h:mm:ss' };
  }
  // Like typing it: a leading + or - starts a formula ("-abc" becomes =-abc, an error in Sheets).
  if (/^[+-]./.test(s)) return { value: FORMULA_VALUE, formula: `=${s}` };
  return { value: s };
};

const offsetMinutes = (z: string): number => {
  if (/^z$/i.test(z)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
};

/** Number display for the Automatic format: up to 10 significant digits, no trailing zeros. */
const general = (n: number): string => {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(10)));
};

const withGrouping = (s: string): string => {
  const [int, frac] = s.split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
};

const formatNumber = (n: number, format: string): string => {
  if (format === TEXT_FORMAT || format === AUTOMATIC_FORMAT || format === '' || format === 'General') return general(n);
  const pct = format.endsWith('%');
  const core = pct ? format.slice(0, -1) : format;
  if (!/^[#,0.]+$/.test(core)) return general(n);
  const decimals = core.includes('.') ? (core.split('.')[1] ?? '').replace(/#/g, '').length : 0;
  const fixed = (pct ? n * 100 : n).toFixed(decimals);
  const out = core.includes(',') ? withGrouping(fixed) : fixed;
  return pct ? `${out}%` : out;
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Sheets date patterns (yyyy, mm, dd, hh, mm after h = minutes, ss, am/pm not supported). */
export const formatSheetsDate = (date: Date, format: string, timeZone: string): string => {
  const p = zonedParts(date, timeZone);
  let afterHour = false;
  return format.replace(/yyyy|yy|mm|m|dd|d|hh|h|ss|s/gi, (tok) => {
    const t = tok.toLowerCase();
    let out: string;
    if (t === 'yyyy') out = String(p.year);
    else if (t === 'yy') out = pad(p.year % 100);
    else if (t === 'mm' || t === 'm') out = afterHour ? pad(p.minute) : t === 'mm' ? pad(p.month) : String(p.month);
    else if (t === 'dd') out = pad(p.day);
    else if (t === 'd') out = String(p.day);
    else if (t === 'hh') out = pad(p.hour);
    else if (t === 'h') out = String(p.hour);
    else if (t === 'ss') out = pad(p.second);
    else out = String(p.second);
    afterHour = t === 'hh' || t === 'h';
    return out;
  });
};

/** What `getDisplayValues()` shows for a cell. */
export const displayValue = (cell: Cell | undefined, timeZone: string): string => {
  if (!cell) return '';
  const { value, format } = cell;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, format ?? AUTOMATIC_FORMAT);
  const dateFormat =
    format && /[ymdhs]/i.test(format) && !/^[#,0.%]+$/.test(format)
      ? format
      : (() => {
          const p = zonedParts(value, timeZone);
          return p.hour || p.minute || p.second ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
        })();
  return formatSheetsDate(value, dateFormat, timeZone);
};
