/**
 * Whether a line is short enough to name a section and a phrase rather than sentences — the test every label rule
 * (bold lines, colon-ended lines, lines set off by layout) puts a candidate to.
 */
import { isSalutation } from './classify.ts';
import { foldAscii } from './normalize.ts';
import { CAPTION_LINE, COUNTED_LIST, LEAD_IN } from './vocabulary.ts';

/** A number and its unit alone, bracketed or not: points, marks, hours, a share. */
const AMOUNT_ALONE =
  /^[（(]?\s*[+＋]?\d+(?:\.\d+)?\s*(?:分|学时|课时|小时|分钟|%|％|points?|pts?|marks?|hours?|hrs?|minutes?|mins?)\s*[)）]?$/i;

/** A word that only joins others. */
const JOINING_WORD = /^(?:and|or|but|nor|of|the|to|in|for|with|as|和|及|或|与|并|以及|或者|并且)$/i;

/** Short enough to name a section, and a phrase rather than sentences. */
export function namesSection(text: string): boolean {
  const t = foldAscii(text)
    .replace(/[:：]\s*$/, '')
    .trim();
  if (!t || t.length > 60) return false;
  // Nor does a piece of a formula set on a line of its own ("v∈S", "v + b", "U,Z"): signs and single letters.
  if (!/\p{L}{2}/u.test(t) && (/\p{Sm}/u.test(t) || /^\p{L}(?:\s*,\s*\p{L})+$/u.test(t))) return false;
  // A word that only joins others ("and" set in bold between two clauses of a list) names nothing.
  if (JOINING_WORD.test(t)) return false;
  if (t.split(/\s+/).length > 10) return false;
  // Sentences: a stop inside, or a full stop at the end ("Missing homework results in immediate detention.").
  if (/[。！？!?；;]/.test(t) || /[.](?=\s+[A-Z])/.test(t) || /[a-z]{2}\.$/.test(t)) return false;
  // A clause, then another: "那么其实，因为我们做这个活动它是有一个大前提，也就是背景的：" is a sentence.
  if (/[\u4e00-\u9fff],/.test(t) && t.length > 12) return false;
  // "违反以下任意规则需…：" / "…the following rules…:" introduces a list; it does not name a section.
  if (/[:：]\s*$/.test(text) && /以下|如下|下列|下述|底下|下面|\bthe following\b|\bas follows\b/i.test(t)) return false;
  if (CAPTION_LINE.test(t)) return false;
  // A score or a length alone ("10分", "（50分）", "20 points", "2 hours") says how much, not what.
  if (AMOUNT_ALONE.test(t)) return false;
  // "各相关院系：" addresses the notice to its readers.
  if (/[:：]\s*$/.test(text) && isSalutation(t)) return false;
  return !LEAD_IN.test(t) && !COUNTED_LIST.test(t);
}
