/**
 * Splits lines that hold several items: numbered items a PDF copy ran together ("六、活动内容1. 学习经验分享会…2. …"),
 * a collection's part title inside a paragraph ("…教研组。小学教研组工作计划【第一篇】一、指导思想"), a month
 * heading run onto the end of an item ("…（三、四、五年级）十月份：") and a section label run onto an item
 * ("…资源共享 附月份安排："). A marker inside running text counts only after a sentence break, or when it
 * continues the sequence of its own style (二、 after 一、), or starts one right after a short label.
 */
import type { Line } from './line.ts';
import { foldAscii } from './normalize.ts';
import { markerAt, type MarkerMatch } from './markers.ts';
import { isTitleLike, isCollectionHeading } from './title.ts';
import { runOnMonthAt } from './when.ts';

const BREAK = /[。！？!?；;：:\s】]/;
const SENTENCE_END = /[。！？!?]/;
const CNX = '[一二三四五六七八九十]{1,3}|\\d{1,2}';
const PART = new RegExp(`【第(?:${CNX})篇】|第(?:${CNX})篇[:：]?|篇(?:${CNX})`, 'g');
const COUNT = /[(（【]\s*(?:精选|汇总|合集|共)?\s*\d{1,3}\s*篇\s*[)）】]|\d{1,3}篇(?!篇?[一二三四五六七八九十\d])|\d{1,3}篇(?=篇)/g;

export function splitRunTogether(lines: Line[]): Line[] {
  const last = new Map<string, number>();
  const out: Line[] = [];
  for (const line of lines) {
    const t = line.text;
    const f = foldAscii(t);
    const cuts = new Set<number>([0]);
    partCuts(f, cuts);
    markerCuts(f, t, cuts, last);
    const month = runOnMonthAt(f);
    if (month > 0) cuts.add(month);
    const label = /\s(\S{2,8})[:：]$/.exec(f);
    if (label && label.index > 8 && !/[，,。、]/.test(label[1] ?? '')) cuts.add(label.index + 1);
    const sorted = [...cuts].sort((a, b) => a - b);
    sorted.forEach((at, i) => {
      const piece = t.slice(at, sorted[i + 1] ?? t.length).trim();
      if (piece) out.push({ no: line.no, text: piece });
    });
  }
  return out;
}

/** Start of the text run that ends at `at`: after the latest cut or sentence end. */
function runStart(f: string, at: number, cuts: Set<number>): number {
  let start = 0;
  for (const c of cuts) if (c <= at && c > start) start = c;
  for (let i = at - 1; i >= start; i--) if (SENTENCE_END.test(f[i] ?? '')) return i + 1;
  return start;
}

function partCuts(f: string, cuts: Set<number>): void {
  for (const m of f.matchAll(COUNT)) {
    const end = (m.index ?? 0) + m[0].length;
    const start = runStart(f, m.index ?? 0, cuts);
    if (end < f.length && isCollectionHeading(f.slice(start, end))) {
      if (start > 0) cuts.add(start);
      cuts.add(end);
    }
  }
  for (const m of f.matchAll(PART)) {
    const at = m.index ?? 0;
    let end = at + m[0].length;
    // "篇一一、" — the last numeral opens the next heading.
    if (/^[、.]/.test(f.slice(end)) && /[一二三四五六七八九十\d]$/.test(m[0]) && m[0].length > 2) end--;
    const before = f.slice(runStart(f, at, cuts), at).trim();
    if (m[0].startsWith('【') || (m[0].startsWith('篇') && isTitleLike(before + m[0]) && before.length > 0)) {
      const start = runStart(f, at, cuts);
      if (start > 0) cuts.add(start);
      if (end < f.length) cuts.add(end);
    } else if (m[0].startsWith('第') && /[:：]$/.test(m[0])) {
      if (at > 0) cuts.add(at);
    } else if (m[0].startsWith('篇') && (at === 0 || /[篇】)）\s。]/.test(f[at - 1] ?? ''))) {
      if (at > 0) cuts.add(at);
    }
  }
}

function markerCuts(f: string, t: string, cuts: Set<number>, last: Map<string, number>): void {
  const first = markerAt(f, 0, t);
  if (first) last.set(first.style, first.value);
  for (let p = 1; p < f.length; p++) {
    const m = markerAt(f, p, t);
    if (!m || !boundaryOk(f, p, m)) continue;
    if (accept(f, t, p, m, cuts, last)) {
      cuts.add(p);
      last.set(m.style, m.value);
      p = m.end - 1;
    }
  }
  // Markers found at cuts made for other reasons still advance their sequence.
  for (const c of cuts) {
    const m = c > 0 ? markerAt(f, c, t) : null;
    if (m) last.set(m.style, Math.max(last.get(m.style) ?? 0, m.value));
  }
}

/** The character before a marker must not be part of a longer number, word or date. */
function boundaryOk(f: string, p: number, m: MarkerMatch): boolean {
  const pc = f[p - 1] ?? '';
  const c = f[p] ?? '';
  if (/\d/.test(c) && (/[\d.,\/\-年月]/.test(pc) || (pc === ':' && /\d/.test(f[p - 2] ?? '')))) return false;
  if (/[一二三四五六七八九十]/.test(c) && /[一二三四五六七八九十第、周期初年月星礼拜]/.test(pc)) return false;
  if (/[A-Za-z]/.test(c) && /[A-Za-z\d.]/.test(pc)) return false;
  if (m.style.startsWith('第') && pc === '从') return false;
  return true;
}

function accept(f: string, t: string, p: number, m: MarkerMatch, cuts: Set<number>, last: Map<string, number>): boolean {
  const pc = f[p - 1] ?? '';
  const latin = /^[A-Za-z]/.test(m.style) || m.style === 'A.' || m.style === 'a)' || m.style === 'I.';
  if (BREAK.test(pc) || cuts.has(p)) {
    if (m.style.startsWith('一是') || m.style.startsWith('一要')) return m.value === 1 || (last.get(m.style) ?? 0) >= m.value - 1;
    return true;
  }
  if (latin) return false;
  const ordinal = m.style === '一是' || m.style === '一要';
  const laterSibling = hasLaterSibling(f, t, m);
  if (ordinal) return m.value === 1 && laterSibling;
  if ((last.get(m.style) ?? -1) + 1 === m.value && m.value > 1) return true;
  if (m.value !== 1) return false;
  if (laterSibling) return true;
  const before = f.slice(runStart(f, p, cuts), p).trim();
  if (isTitleLike(before)) return true;
  const lead = markerAt(before, 0);
  return lead !== null && before.length - lead.end <= 15 && !/[，,。、；;]/.test(before.slice(lead.end));
}

/** Whether the next value of the marker's style appears later in the same line after a sentence break. */
function hasLaterSibling(f: string, t: string, m: MarkerMatch): boolean {
  for (let q = m.end, stop = Math.min(f.length, m.end + 1500); q < stop; q++) {
    const n = markerAt(f, q, t);
    if (n && n.style === m.style && n.value === m.value + 1) return true;
  }
  return false;
}
