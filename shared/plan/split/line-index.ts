/**
 * What every cut rule reads and writes: the line's indexes (built once per line, so the rules stay linear in the
 * line's length), the sorted set of cuts, the state carried from line to line, and the helpers several rules share.
 */
import { foldAscii } from '../normalize.ts';
import { markerAt, type MarkerMatch } from '../markers.ts';
import { whenAt } from '../when.ts';
import { countWork } from '../work.ts';
import { lowerBound } from '../../util/sorted.ts';

const isLower = (c: number) => c >= 97 && c <= 122;
const isLatin = (c: number) => (c >= 65 && c <= 90) || isLower(c);
const isDigit = (c: number) => c >= 48 && c <= 57;
/**
 * Whether `c` continues the word that `prev` is part of. A capital may open a marker glued to the word before it and
 * a digit one glued to a number ("…in groupsStep 2", "Week 62. A…") when line breaks were lost, so only lower-case
 * letters are skipped.
 */
const midWord = (prev: number, c: number) => isLower(c) && (isLatin(prev) || isDigit(prev));

/** Per-line indexes that keep splitting linear in the line's length. */
export interface LineIndex {
  f: string;
  t: string;
  /** For each position, 1 + the index of the latest sentence end before it (0 if none). */
  sentenceStart: Int32Array;
  /** Every marker match in the line, by position. */
  markers: Map<number, MarkerMatch>;
  /** Positions of markers by "style value", ascending. */
  byKey: Map<string, number[]>;
}

/** What carries over from one line to the next: the last value seen of each marker style. */
export interface SplitState {
  last: Map<string, number>;
}

/** One cut rule: adds the cuts it finds in the line; it sees the cuts of the rules before it. */
export interface CutRule {
  name: string;
  cut: (ix: LineIndex, cuts: Cuts, state: SplitState) => void;
}

export const SENTENCE_END = /[。！？!?]/;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');

export function indexLine(t: string): LineIndex {
  countWork(t.length);
  const f = foldAscii(t);
  const sentenceStart = new Int32Array(f.length + 1);
  let from = 0;
  for (const m of f.matchAll(SENTENCE_ENDS)) {
    sentenceStart.fill(from, from, m.index + 1);
    from = m.index + 1;
  }
  sentenceStart.fill(from, from);
  const markers = new Map<number, MarkerMatch>();
  const byKey = new Map<string, number[]>();
  for (let p = 0; p < f.length; p++) {
    // No marker starts inside a word or a number ("ntroduction", the "5" of "25"): most of a line is skipped here.
    if (p > 0 && midWord(f.charCodeAt(p - 1), f.charCodeAt(p))) continue;
    const m = markerAt(f, p, t) ?? numberBeforeName(f, p);
    if (!m) continue;
    markers.set(p, m);
    const key = `${m.style} ${m.value}`;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  return { f, t, sentenceStart, markers, byKey };
}

export class Cuts {
  private sorted: number[] = [0];
  add(at: number): void {
    const lo = lowerBound(this.sorted, at);
    if (this.sorted[lo] !== at) this.sorted.splice(lo, 0, at);
  }
  has(at: number): boolean {
    return this.sorted[this.floorIndex(at)] === at;
  }
  /** The largest cut at or before `at`. */
  floor(at: number): number {
    return this.sorted[this.floorIndex(at)] ?? 0;
  }
  private floorIndex(at: number): number {
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.sorted[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  all(): number[] {
    return this.sorted;
  }
}

/** Start of the text run that ends at `at`: after the latest cut or sentence end. */
export function runStart(ix: LineIndex, at: number, cuts: Cuts): number {
  return Math.max(cuts.floor(at), ix.sentenceStart[at] ?? 0);
}

/** Whether a month, week or date opens the text at `at`; only its start is read, so cuts stay linear. */
export function whenStarts(f: string, at: number): boolean {
  countWork(60);
  return whenAt(f.slice(at, at + 60)) !== null;
}

const NUMBER_BEFORE_NAME = /(\d{1,2})\.(?=\d[A-Z])/y;

/**
 * "…手机动漫）8.3D创意设计": a number and its dot before a name that opens with a digit and a capital ("3D", "5G") — no
 * decimal is written so. The marker rule takes it only where it goes on from the item before it.
 */
function numberBeforeName(f: string, p: number): MarkerMatch | null {
  // Asked at every place no other marker starts: a digit first, and no copy of the line.
  const c = f.charCodeAt(p);
  if (c < 48 || c > 57) return null;
  NUMBER_BEFORE_NAME.lastIndex = p;
  const m = NUMBER_BEFORE_NAME.exec(f);
  if (!m) return null;
  // …right after the item before it, a short name with no clause in it ("…手机动漫）8.3D…"; not "升级到2.5G网络").
  const value = Number(m[1]);
  const before = f.slice(Math.max(0, p - 40), p);
  const prev = before.lastIndexOf(`${value - 1}.`);
  if (prev < 0 || /[，,；;。]/.test(before.slice(prev))) return null;
  return { marker: `${m[1]}.`, style: '1.', value, end: p + m[0].length };
}
