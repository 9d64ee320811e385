/**
 * Cell readers. Sheets give numbers, booleans and Dates; CSV gives strings. Each reader returns a value or a
 * reason it could not read the cell, never throws.
 */
import { foldWidth } from '../sheet-text.ts';
import type { Gender } from './types.ts';

export type Read<T> = { ok: true; value: T } | { ok: false };

/**
 * Characters that take no space and carry no meaning in a name or header: zero-width spaces and joiners, the
 * word joiner, a stray byte-order mark, soft hyphens and bidirectional marks. Copying from web pages and chat
 * apps leaves them behind, and they make "数学" and "数学\u200b" two different columns.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu;

/** The text of any cell value, trimmed, invisible characters removed; Dates as ISO dates (UTC). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).replace(INVISIBLE, '').trim();
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** No score or total a class uses comes near this; a larger number is a typing or export accident. */
export const MAX_SCORE = 100_000;

export type NumberRead = { ok: true; value: number | null } | { ok: false; why: 'not-a-number' | 'too-large' };

/**
 * A score: 85, "85", "８５", "85.5", "85分", "85 分". Empty → null. "九十", "缺考", "Infinity" → not a number, and
 * so is a cell with a space or line break inside ("51\n52" is two scores run together, never 5152). A number
 * beyond ±100,000 (a 400-digit paste) → too large.
 */
export function readNumber(v: unknown): NumberRead {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false, why: 'not-a-number' };
    return Math.abs(v) > MAX_SCORE ? { ok: false, why: 'too-large' } : { ok: true, value: v };
  }
  const t = foldWidth(cellText(v)).replace(/\s*分$/u, '');
  if (t === '') return { ok: true, value: null };
  if (!NUMBER.test(t)) return { ok: false, why: 'not-a-number' };
  const n = Number(t);
  return Math.abs(n) > MAX_SCORE ? { ok: false, why: 'too-large' } : { ok: true, value: n };
}

const MALE = ['男', '男生', '男孩', 'm', 'male', 'boy', 'man'];
const FEMALE = ['女', '女生', '女孩', 'f', 'female', 'girl', 'woman'];

export function readGender(v: unknown): Read<Gender | null> {
  const t = foldWidth(cellText(v)).toLowerCase();
  if (t === '') return { ok: true, value: null };
  if (MALE.includes(t)) return { ok: true, value: 'M' };
  if (FEMALE.includes(t)) return { ok: true, value: 'F' };
  return { ok: false };
}

const YES = ['是', '能', '可以', '对', '有', 'y', 'yes', 'true', '1', '√', '✓', '✔', '★', '组长'];
const NO = ['否', '不', '不是', '不能', '无', 'n', 'no', 'false', '0', '×', '-'];

export function readYesNo(v: unknown): Read<boolean> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  const t = foldWidth(cellText(v)).toLowerCase();
  if (t === '') return { ok: true, value: false };
  if (YES.includes(t)) return { ok: true, value: true };
  if (NO.includes(t)) return { ok: true, value: false };
  return { ok: false };
}

/** A group number: 3, "3", "第3组", "3组", "Group 3", "G3". Empty → null. */
export function readGroupNumber(v: unknown): Read<number | null> {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 ? { ok: true, value: v } : { ok: false };
  const t = foldWidth(cellText(v)).toLowerCase().replace(/\s+/g, '');
  if (t === '') return { ok: true, value: null };
  const m = /^(?:第|group|g|组)?(\d+)(?:组)?$/u.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? { ok: true, value: n } : { ok: false };
}

/**
 * The references in a keep-apart / keep-together cell, each with the ways it may be read: separated by
 * , ， 、 ; ； / first; a part that names no one as a whole may be several names separated by spaces ("张三 李四"),
 * while an English name keeps its space ("Liam Smith"). The caller tries the whole part first, then its words.
 */
export function splitReferences(v: unknown): { whole: string; words: string[] }[] {
  return cellText(v)
    .split(/[,，、;；/／]+/u)
    .map((part) => part.trim().replace(/\s+/gu, ' '))
    .filter(Boolean)
    .map((whole) => ({ whole, words: whole.split(' ') }));
}

/**
 * A status or note that says the student has left the class: 转出, 已转学, 休学, 离校, 退学, left, transferred.
 * "转学来的" / "转入" (transferred in) is a new student, not one who left.
 */
const DEPARTED =
  /转出|已转学|转学(?![来入])|休学|离校|退学|辍学|已离开|\bleft\b(?!-)|\btransferred(?! in)\b|\bwithdrawn\b|\bmoved away\b|\bdropped out\b/iu;

export const saysDeparted = (note: string): boolean => DEPARTED.test(note);

/** Words in a name or id cell that make the row a summary of the class, not a student (平均分, 合计, Total…). */
const SUMMARY = new Set([
  '平均分',
  '平均',
  '平均值',
  '均分',
  '合计',
  '总计',
  '小计',
  '总分',
  '最高分',
  '最低分',
  '最高',
  '最低',
  '统计',
  'average',
  'avg',
  'mean',
  'total',
  'totals',
  'sum',
  'max',
  'min',
  'maximum',
  'minimum',
]);

export const isSummaryLabel = (text: string): boolean =>
  SUMMARY.has(
    foldWidth(text)
      .toLowerCase()
      .replace(/[\s:：]+/gu, ''),
  );
