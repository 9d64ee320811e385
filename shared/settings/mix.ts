/**
 * The ability-mix notation ("2:1:1"): how many students of each ability level, strongest level first, go into
 * every group. The one grammar for the CLI's --mix, the 设置 sheet, the Settings and Form groups dialogs and the
 * plan importer, so a mix a teacher can type in one place is read the same way everywhere.
 */
import type { Lang } from '../i18n/localized.ts';

/** Counts per ability level, strongest first; null means no mix rule. */
export type Mix = number[] | null;

/** The largest count one level may ask for: no class groups more than 20 students of one level together. */
const MAX_PER_LEVEL = 20;

/** Words meaning "no mix rule", compared after trimming and lower-casing. */
const NONE_WORDS = new Set(['', '无', '不限', '没有', 'none', 'no', 'off', '-', '0']);

/** Any of : ： - – / , ， 、 or spaces separate the levels (2:1:1, 2：1：1, 2-1-1, 2/1/1, 2 1 1). */
const SEPARATOR = /\s*[:：\-–/,，、]\s*|\s+/u;

/** Full-width digits as typed with a Chinese input method (２：１：１). */
const halfWidthDigits = (s: string): string =>
  s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Counts a mix can have: at least two levels, each a whole number from 1 to 20. */
export const isMix = (counts: readonly number[]): boolean =>
  counts.length >= 2 && counts.every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_PER_LEVEL);

export type MixParse = { ok: true; mix: Mix } | { ok: false };

/**
 * "2:1:1", "2：2：2", "1-1", "２ １ １", "none", "无", "" → counts or null (no rule). At least two levels, each a
 * whole number from 1 to 20: a single level or a zero level would be no mix at all, so it is refused rather than
 * quietly read as one.
 */
export function parseMix(text: unknown): MixParse {
  const t = halfWidthDigits(String(text ?? ''))
    .trim()
    .toLowerCase();
  if (NONE_WORDS.has(t)) return { ok: true, mix: null };
  const parts = t.split(SEPARATOR);
  if (parts.length < 2 || !parts.every((p) => /^\d{1,2}$/u.test(p))) return { ok: false };
  const counts = parts.map(Number);
  return isMix(counts) ? { ok: true, mix: counts } : { ok: false };
}

/** Counts → "2:1:1"; no rule → 无 / none (what parseMix reads back). */
export const formatMix = (mix: Mix | undefined, lang: Lang): string =>
  mix && mix.length > 0 ? mix.join(':') : lang === 'zh' ? '无' : 'none';

/** Students in one group under this mix. */
export const mixSize = (mix: readonly number[]): number => mix.reduce((a, b) => a + b, 0);

/**
 * The classroom default mix for a group size: 2:1:1 for four (two strong, one middle, one struggling), 2:2:2 for
 * six, 1:1 pairs (学习对子) for two; other sizes have no standard mix, so none is imposed.
 */
export function defaultMix(size: number): Mix {
  if (size === 2) return [1, 1];
  if (size === 4) return [2, 1, 1];
  if (size === 6) return [2, 2, 2];
  return null;
}

/** How a mix is described to a teacher in a message: "2:1:1" (the notation they type). */
export const mixLabel = (mix: readonly number[]): string => mix.join(':');
