/** Small helpers the views share: how wide a text is in ems (for choosing a type size), and plain-word labels. */
import type { Lang } from '../i18n/localized.ts';
import type { ClassGroups, Gender } from './types.ts';

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of a text in ems: a Chinese character is one em, a Latin letter or digit about half of one. */
export const ems = (s: string): number => {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 1 : /[A-ZMWmw]/.test(ch) ? 0.74 : /[ il.,'’-]/.test(ch) ? 0.32 : 0.6;
  return w;
};

/** The widest text of a list in ems (at least `min`). */
export const widest = (texts: readonly string[], min = 1): number => texts.reduce((w, t) => Math.max(w, ems(t)), min);

/** A length in mm for CSS, rounded down to a tenth (boxes that add up to the page never round past its edge). */
export const mm = (x: number): string => `${Math.floor(x * 10) / 10}mm`;

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export const genderLabel = (g: Gender, lang: Lang): string =>
  g === 'M' ? (lang === 'zh' ? '男' : 'boy') : g === 'F' ? (lang === 'zh' ? '女' : 'girl') : '';

/** "45名学生，11个组" / "45 students in 11 groups". */
export const classSize = (c: ClassGroups, lang: Lang): string => {
  const n = c.groups.reduce((a, g) => a + g.members.length, 0);
  return lang === 'zh' ? `${n}名学生，${c.groups.length}个组` : `${n} students in ${c.groups.length} groups`;
};

/** "初二(3)班 · 2026-11-23" with whatever is known. */
export const classLine = (c: ClassGroups): string => [c.className, c.date].filter((s) => s !== '').join(' · ');

/** The name a group is shown by: the one it chose (组名), else the sheet's (第1组). */
export const groupTitle = (g: { name: string; title: string }): string => (g.title !== '' ? g.title : g.name);
