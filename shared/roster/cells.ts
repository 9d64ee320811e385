/**
 * Cell readers. Sheets give numbers, booleans and Dates; CSV gives strings. Each reader returns a value or a
 * reason it could not read the cell, never throws.
 */
import { foldWidth } from '../sheet-text.ts';
import type { Gender } from './types.ts';

export type Read<T> = { ok: true; value: T } | { ok: false };

/** The text of any cell value, trimmed; Dates as ISO dates. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A score: 85, "85", "８５", "85.5", "85分". Empty → null. "九十", "缺考" → not ok. */
export function readNumber(v: unknown): Read<number | null> {
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
  const t = foldWidth(cellText(v)).replace(/\s+/g, '').replace(/分$/u, '');
  if (t === '') return { ok: true, value: null };
  return NUMBER.test(t) ? { ok: true, value: Number(t) } : { ok: false };
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

/** Names or ids in one cell, separated by , ， 、 ; ； / or spaces. */
export function splitList(v: unknown): string[] {
  return cellText(v)
    .split(/[,，、;；/／\s]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
