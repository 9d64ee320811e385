/**
 * Cuts at numbering markers inside running text ("六、活动内容1. 学习经验分享会…2. …"). A marker there counts only
 * after a sentence break, when it continues the sequence of its own style (二、 after 一、), or when it starts one
 * right after a short label or title; look-alikes inside numbers, words and dates (2024.3, 十一月, Week 12) do not.
 * The last value of each style carries over to the next line (SplitState).
 */
import type { Cuts, CutRule, LineIndex, SplitState } from './line-index.ts';
import { runStart } from './line-index.ts';
import { LABEL_END } from './label.ts';
import { markerAt, type MarkerMatch } from '../markers.ts';
import { CN_DIGITS } from '../numerals.ts';
import { isTitleLike } from '../title.ts';
import { whenAt } from '../when.ts';
import { lowerBound } from '../../util/sorted.ts';

const BREAK = /[。！？!?；;：:\s】]/;
/** A Chinese numeral, and what before one makes it part of a longer number, a range or a date (十一, 一、二, 周一). */
const CN_DIGIT = new RegExp(`[${CN_DIGITS}]`);
const CN_DIGIT_CONTINUES = new RegExp(`[${CN_DIGITS}第、周期初年月星礼拜]`);

/** A short date alone before a marker at the start of a line (5-4, 4.18, 9月1日). */
const LINE_DATE = /^\s*(?:\d{1,2}[-./]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)\s*$/;

export const marker: CutRule = {
  name: 'marker',
  cut(ix: LineIndex, cuts: Cuts, { last }: SplitState): void {
    const first = ix.markers.get(0);
    if (first) last.set(first.style, first.value);
    // The opening marker's own span ("Step 1.") holds no other marker.
    let skipTo = first ? Math.max(1, first.end) : 1;
    // Inside 【】 or 「」 a section named is quoted ("任务书中的：【一、设计内容及要求 二、主要规范与技术指标】你们填写"), not an
    // item of this text.
    const quoted = insideAt(ix.f, '【「', '】」');
    const bracketed = insideAt(ix.f, '(（', ')）');
    for (const [p, m] of ix.markers) {
      if (p < skipTo) continue;
      if (!boundaryOk(ix.f, p, m) || quoted(p)) continue;
      // "(累積積點：4)": a number whose ")" closes a bracket opened before it is no item "4)".
      if (/[)）]$/.test(m.marker) && bracketed(p)) continue;
      if (accept(ix, p, m, cuts, last)) {
        cuts.add(p);
        last.set(m.style, m.value);
        skipTo = m.end;
      }
    }
    // Markers found at cuts made for other reasons still advance their sequence.
    for (const c of cuts.all()) {
      const m = c > 0 ? ix.markers.get(c) : undefined;
      if (m) last.set(m.style, Math.max(last.get(m.style) ?? 0, m.value));
    }
  },
};

/**
 * Whether a place in the line sits inside brackets of a pair (`open` and `close`, each a string of the characters
 * that do so). One pass over a line that has an opening one.
 */
function insideAt(f: string, open: string, close: string): (p: number) => boolean {
  if (![...open].some((c) => f.includes(c))) return () => false;
  const inside = new Uint8Array(f.length + 1);
  let d = 0;
  for (let i = 0; i < f.length; i++) {
    inside[i] = d > 0 ? 1 : 0;
    const c = f[i] ?? '';
    if (open.includes(c)) d++;
    else if (close.includes(c) && d > 0) d--;
  }
  inside[f.length] = d > 0 ? 1 : 0;
  return (p) => inside[p] === 1;
}

/** The character before a marker must not be part of a longer number, word or date. */
function boundaryOk(f: string, p: number, m: MarkerMatch): boolean {
  const pc = f[p - 1] ?? '';
  const c = f[p] ?? '';
  // (A full stop typed as "." after Chinese ends a sentence: "…说明难度.2.讲座要…".)
  const stop = pc === '.' && /[\u4e00-\u9fff]/.test(f[p - 2] ?? '');
  if (/\d/.test(c) && !stop && (/[\d.,/\-年月]/.test(pc) || (pc === ':' && /\d/.test(f[p - 2] ?? '')))) return false;
  if (CN_DIGIT.test(c) && CN_DIGIT_CONTINUES.test(pc)) return false;
  if (/[A-Za-z]/.test(c) && /[A-Za-z\d.]/.test(pc)) return false;
  if (m.style.startsWith('第') && pc === '从') return false;
  // "5-4 第三课：部署": a lesson after the date that opens the line is that date's, not a line of its own.
  if (p <= 12 && LINE_DATE.test(f.slice(0, p))) return false;
  // "科一、科四", "高一、高二": a word and its number listed with the next of the same word, not a marker.
  if (
    CN_DIGIT.test(c) &&
    /[、.]/.test(f[m.end - 1] ?? '') &&
    pc !== '' &&
    f.startsWith(pc, m.end) &&
    CN_DIGIT.test(f[m.end + 1] ?? '')
  )
    return false;
  return true;
}

function accept(ix: LineIndex, p: number, m: MarkerMatch, cuts: Cuts, last: Map<string, number>): boolean {
  const f = ix.f;
  const pc = f[p - 1] ?? '';
  const latin = /^[A-Za-z]/.test(m.style) || m.style === 'A.' || m.style === 'a)' || m.style === 'I.';
  // In English a space separates words and a colon introduces content ("Week 1: Session 1 and …", "in Week 6."), so
  // a marker after a word opens an item only after a sentence end, or when it continues its list (II. after I.,
  // b) after a)) or starts one that continues later, and a capitalised text follows.
  const afterWord = /\s/.test(pc) && /[A-Za-z]/.test(f[p - 2] ?? '');
  if ((latin || afterWord) && !cuts.has(p)) {
    if (!/\s/.test(pc)) return false;
    const prev = last.get(m.style);
    // A letter after a sentence end opens or continues its list; otherwise it is an initial ("Baker, R. L. and D.").
    const letter = m.style === 'A.' || m.style === 'a)';
    if (/[.!?;。！？；]\s*$/.test(f.slice(Math.max(0, p - 4), p)))
      return !letter || m.value === 1 || prev === m.value - 1;
    if (!/[A-Z]/.test(f[m.end] ?? '')) return false;
    if (prev !== undefined && prev + 1 === m.value) return true;
    // A word marker (Session, Week) numbers one programme: a "1" after it has been seen is a reference.
    const wordStyle = /^[a-z]+$/.test(m.style);
    return m.value === 1 && hasLaterSibling(ix, m) && !(wordStyle && prev !== undefined);
  }
  if (BREAK.test(pc) || cuts.has(p)) {
    if (m.style === '一是' || m.style === '一要' || m.style === '第一，')
      return m.value === 1 || (last.get(m.style) ?? 0) >= m.value - 1;
    return true;
  }
  if (latin) return false;
  // "…e网情深第四节：穿越…": a 第X节 with its colon opens a heading even when the one before it was lost.
  if (
    m.style.startsWith('第') &&
    m.style !== '第一，' &&
    /^[:：]/.test(f.slice(p + m.marker.length)) &&
    m.value > (last.get(m.style) ?? 0)
  )
    return true;
  // "3、…推荐4. 对报名…": the list goes on with the other way of writing the same number.
  const twin = m.style === '1.' ? '1、' : m.style === '1、' ? '1.' : '';
  if (twin && m.value > 1 && last.get(twin) === m.value - 1 && /\s/.test(f[p + m.marker.length] ?? '')) return true;
  const ordinal = m.style === '一是' || m.style === '一要';
  const laterSibling = hasLaterSibling(ix, m);
  if (ordinal) return m.value === 1 && laterSibling;
  if ((last.get(m.style) ?? -1) + 1 === m.value && m.value > 1) return true;
  if (m.value !== 1) return false;
  if (laterSibling) return true;
  const from = runStart(ix, p, cuts);
  if (p - from > 70) return false;
  const before = f
    .slice(from, p)
    .replace(/[\s\-–—•·*]+$/, '')
    .trim();
  if (before.length > 60) return false;
  if (isTitleLike(before)) return true;
  // An unnumbered section label that lost its line ("…。具体工作1、…").
  if (before.length <= 14 && LABEL_END.test(before) && !/[\p{P}\d\s]/u.test(before)) return true;
  // A month heading with its list run onto it ("四月份1、…").
  const month = whenAt(before);
  if (month && month.kind === 'month' && !month.rest) return true;
  const lead = markerAt(before, 0);
  return lead !== null && before.length - lead.end <= 15 && !/[，,。、；;]/.test(before.slice(lead.end));
}

/** Whether the next value of the marker's style appears later in the same line, within a paragraph's reach. */
function hasLaterSibling(ix: LineIndex, m: MarkerMatch): boolean {
  const list = ix.byKey.get(`${m.style} ${m.value + 1}`);
  if (!list) return false;
  const next = list[lowerBound(list, m.end)];
  return next !== undefined && next - m.end <= 1500;
}
