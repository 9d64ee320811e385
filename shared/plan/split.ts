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
import { runOnMonthsAt, whenAt } from './when.ts';
import { alternation, RUN_ON_SECTION_NOUNS } from './vocabulary.ts';
import { countWork } from './work.ts';

const DOC_WORD = /^[^。！？!?；;，,:：]*?(?:工作计划|计划|实施方案|活动方案|方案|策划书|章程)/;
const DOC_NEXT = /^(?:工作计划|计划|实施方案|活动方案|方案|策划书|章程)/;
const BREAK = /[。！？!?；;：:\s】]/;
const SENTENCE_END = /[。！？!?]/;
const CNX = '[一二三四五六七八九十]{1,3}|\\d{1,2}';
const PART = new RegExp(`【第(?:${CNX})篇】|第(?:${CNX})篇[:：]?|篇(?:${CNX})`, 'g');
const COUNT =
  /[(（【]\s*(?:精选|汇总|合集|共)?\s*\d{1,3}\s*篇\s*[)）】]|\d{1,3}篇(?!篇?[一二三四五六七八九十\d])|\d{1,3}篇(?=篇)/g;

/** Per-line indexes that keep splitting linear in the line's length. */
interface LineIndex {
  f: string;
  t: string;
  /** For each position, 1 + the index of the latest sentence end before it (0 if none). */
  sentenceStart: Int32Array;
  /** Every marker match in the line, by position. */
  markers: Map<number, MarkerMatch>;
  /** Positions of markers by "style value", ascending. */
  byKey: Map<string, number[]>;
}

function indexLine(t: string): LineIndex {
  countWork(t.length);
  const f = foldAscii(t);
  const sentenceStart = new Int32Array(f.length + 1);
  let start = 0;
  for (let i = 0; i <= f.length; i++) {
    sentenceStart[i] = start;
    if (SENTENCE_END.test(f[i] ?? '')) start = i + 1;
  }
  const markers = new Map<number, MarkerMatch>();
  const byKey = new Map<string, number[]>();
  for (let p = 0; p < f.length; p++) {
    const m = markerAt(f, p, t);
    if (!m) continue;
    markers.set(p, m);
    const key = `${m.style} ${m.value}`;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  return { f, t, sentenceStart, markers, byKey };
}

class Cuts {
  private sorted: number[] = [0];
  add(at: number): void {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
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

export function splitRunTogether(lines: Line[]): Line[] {
  const last = new Map<string, number>();
  const out: Line[] = [];
  for (const line of lines) {
    const t = line.text;
    const ix = indexLine(t);
    const f = ix.f;
    const cuts = new Cuts();
    partCuts(ix, cuts);
    repeatedTitleCuts(ix, cuts);
    spanCuts(ix, cuts);
    for (const at of runOnMonthsAt(f)) cuts.add(at);
    markerCuts(ix, cuts, last);
    fieldLabelCuts(ix, cuts);
    labelCuts(ix, cuts);
    titleSentenceCuts(ix, cuts);
    // A section label run onto the end of an item ("…资源共享 附月份安排："), at the line's end or before its list.
    for (const label of f.matchAll(/\s(\S{2,8})[:：]/g)) {
      let after = label.index + label[0].length;
      while (/\s/.test(f[after] ?? '')) after++;
      const opens = after >= f.length || markerAt(f, after) !== null || whenStarts(f, after);
      // Not the name after its own marker ("第四章 工作安排九月份：").
      const lead = markerAt(f, cuts.floor(label.index));
      const named = lead !== null && lead.end >= label.index;
      // A Chinese label only: in English a space separates words, so "…each time you present another chapter:" is one phrase.
      const chinese = !/[A-Za-z]/.test(label[1] ?? '');
      if (opens && chinese && !named && label.index > 8 && !/[，,。、:：]/.test(label[1] ?? ''))
        cuts.add(label.index + 1);
    }
    const sorted = cuts.all();
    sorted.forEach((at, i) => {
      const piece = t.slice(at, sorted[i + 1] ?? t.length).trim();
      if (piece) out.push({ no: line.no, text: piece });
    });
  }
  return out;
}

/** Start of the text run that ends at `at`: after the latest cut or sentence end. */
function runStart(ix: LineIndex, at: number, cuts: Cuts): number {
  return Math.max(cuts.floor(at), ix.sentenceStart[at] ?? 0);
}

function partCuts(ix: LineIndex, cuts: Cuts): void {
  const f = ix.f;
  if (!f.includes('篇')) return;
  for (const m of f.matchAll(COUNT)) {
    const end = (m.index ?? 0) + m[0].length;
    const start = runStart(ix, m.index ?? 0, cuts);
    if (end < f.length && end - start <= 60 && isCollectionHeading(f.slice(start, end))) {
      if (start > 0) cuts.add(start);
      cuts.add(end);
    }
  }
  for (const m of f.matchAll(PART)) {
    const at = m.index ?? 0;
    let end = at + m[0].length;
    // "篇一一、" — the last numeral opens the next heading.
    if (/^[、.]/.test(f.slice(end)) && /[一二三四五六七八九十\d]$/.test(m[0]) && m[0].length > 2) end--;
    const runFrom = m[0].startsWith('篇') ? titleStart(f, runStart(ix, at, cuts), at) : runStart(ix, at, cuts);
    const before = at - runFrom <= 60 ? f.slice(runFrom, at).trim() : '';
    if (m[0].startsWith('【') || (m[0].startsWith('篇') && isTitleLike(before + m[0]) && before.length > 0)) {
      const start = runFrom;
      if (start > 0) cuts.add(start);
      if (end < f.length) cuts.add(end);
    } else if (m[0].startsWith('第') && /[:：]$/.test(m[0])) {
      if (at > 0) cuts.add(at);
      titleEndCut(f, end, cuts);
    } else if (m[0].startsWith('篇') && (at === 0 || /[篇】)）\s。]/.test(f[at - 1] ?? ''))) {
      if (at > 0) cuts.add(at);
      titleEndCut(f, end, cuts);
    }
  }
}

/**
 * Where the title that ends at a part marker ("…时间推进表：院青年志愿者协会 2013年1月20日创新联盟章程 创新工作计划篇五")
 * starts when its line break was lost: after the last colon or full date (a signature) before it, if what is left is
 * still a title.
 */
function titleStart(f: string, from: number, at: number): number {
  from = Math.max(from, at - 60);
  const run = f.slice(from, at);
  let best = from;
  for (const m of run.matchAll(/[:：]|\d{4}年\d{1,2}月\d{1,2}日/g)) {
    const start = from + (m.index ?? 0) + m[0].length;
    if (start < at && isTitleLike(`${f.slice(start, at).trim()}篇一`)) best = start;
  }
  return best;
}

/** Nouns that end a "label：value" field's label ("组员人数", "活动地点", "带领者"). */
const FIELD_NOUN = '名称|性质|对象|人数|次数|时间|地点|场地|目标|目的|方法|形式|督导|分工|主题|口号|者';
/** A field noun, usually after a two-character qualifier, then its colon: "小组性质：", "活动时间：", "带领者：", "…16:15地点：". */
const FIELD_LABEL = new RegExp(String.raw`(?:[\u4e00-\u9fa5]{2})?(?:${FIELD_NOUN})\s*[:：]`, 'g');

/**
 * A field block whose line breaks were lost ("…成长小组小组性质：成长性小组服务对象：…"): each label opens a field
 * of its own. Only where the line holds two or more such labels, or the label opens a list or a time at once
 * ("…提高和成长小组目的：1、…"), and never right after a marker ("1、教师培训目标：…").
 */
function fieldLabelCuts(ix: LineIndex, cuts: Cuts): void {
  const f = ix.f;
  if (!/[:：]/.test(f)) return;
  const found = [...f.matchAll(FIELD_LABEL)];
  const many = found.length >= 2;
  for (const m of found) {
    const at = m.index ?? 0;
    if (at === 0 || cuts.has(at)) continue;
    const end = at + m[0].length;
    const opensList = markerAt(f, end) !== null || whenStarts(f, end);
    if (!many && !opensList) continue;
    const from = runStart(ix, at, cuts);
    const lead = markerAt(f, from);
    const before = f.slice(lead ? lead.end : from, at).trim();
    if (before.length < 4 || /[：:、，,]$/.test(before)) continue;
    cuts.add(at);
  }
}

/** Nouns that end an unnumbered section label ("班级教育工作重点", "具体工作", "招募方法"). */
const LABEL_END = new RegExp(`(?:${alternation(RUN_ON_SECTION_NOUNS)})$`);

/**
 * An unnumbered label that lost its line: after a sentence end, a short run without punctuation that ends in a
 * section noun and is followed at once by a marker ("…。具体工作1、…"). Two labels in a row ("班级教育工作重点具体工作")
 * are two segments.
 */
function labelCuts(ix: LineIndex, cuts: Cuts): void {
  const f = ix.f;
  const all = cuts.all().slice();
  for (let k = 1; k < all.length; k++) {
    const next = all[k] ?? 0;
    if (!ix.markers.has(next) && !whenStarts(f, next)) continue;
    const start = Math.max(all[k - 1] ?? 0, ix.sentenceStart[next] ?? 0);
    if (start === 0 || (start === (all[k - 1] ?? 0) && !SENTENCE_END.test(f[start - 1] ?? ''))) continue;
    if (next - start > 24) continue;
    // A markdown bullet before the list's marker ("本班学生奋斗目标- 1、…") is not part of the label.
    const lead = f.slice(start, next).length - f.slice(start, next).trimStart().length;
    const run = f.slice(start + lead, next).replace(/[:：]?[\s\-–—•·*]*$/, '');
    if (run.length < 3 || run.length > 14 || /[\p{P}\d\s]/u.test(run) || !LABEL_END.test(run)) continue;
    cuts.add(start + lead);
    // The longest split whose two halves are both labels.
    for (let s = run.length - 2; s >= 3; s--) {
      if (LABEL_END.test(run.slice(0, s)) && LABEL_END.test(run.slice(s)) && run.length - s >= 4) {
        cuts.add(start + lead + s);
        break;
      }
    }
  }
}

/**
 * A title a page printed two or three times in a row ("…提高。导学互助小组实施方案导学互助小组实施方案一、…"), at a
 * sentence start or after the collection's heading, is a segment of its own (classify keeps one copy).
 */
function repeatedTitleCuts(ix: LineIndex, cuts: Cuts): void {
  const f = ix.f;
  for (let i = 0; i < f.length; i++) {
    const start = ix.sentenceStart[i] === i || cuts.has(i);
    if (!start && !(i - (ix.sentenceStart[i] ?? 0) <= 30 && isCollectionHeading(f.slice(ix.sentenceStart[i] ?? 0, i))))
      continue;
    for (let len = 4; len <= 30 && i + 2 * len <= f.length; len++) {
      const title = f.slice(i, i + len);
      if (f.slice(i + len, i + 2 * len) !== title || !isTitleLike(title)) continue;
      let end = i + 2 * len;
      while (f.slice(end, end + len) === title) end += len;
      if (i > 0) cuts.add(i);
      if (end < f.length) cuts.add(end);
      i = end - 1;
      break;
    }
  }
}

const YMD = String.raw`(?:\d{4}|\d{2}xx)[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?`;
/** A span of two full dates ("20xx.6.10—20xx.7.10") that ran on after a field value and before a heading. */
const RUN_ON_SPAN = new RegExp(`${YMD}\\s*[—–\\-~～至到]+\\s*${YMD}`, 'gi');

/** A bare date span between other items is a segment of its own (a span line whose line breaks were lost). */
function spanCuts(ix: LineIndex, cuts: Cuts): void {
  const f = ix.f;
  if (!/\d{1,2}[.\-/月]\d/.test(f)) return;
  for (const m of f.matchAll(RUN_ON_SPAN)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (at === 0 || /[\d:：,，、]/.test(f[at - 1] ?? '')) continue;
    let after = end;
    while (/\s/.test(f[after] ?? '')) after++;
    if (after < f.length && markerAt(f, after) === null && !whenStarts(f, after)) continue;
    cuts.add(at);
    if (after < f.length) cuts.add(after);
  }
}

/** A sentence that is a title ("…提升。互学互助实施方案一、背景介绍") starts a segment of its own. */
function titleSentenceCuts(ix: LineIndex, cuts: Cuts): void {
  const f = ix.f;
  const all = cuts.all().slice();
  let j = 0;
  for (let i = 1; i < f.length; i++) {
    if (!SENTENCE_END.test(f[i - 1] ?? '') || cuts.has(i)) continue;
    while (j < all.length && (all[j] ?? 0) <= i) j++;
    const next = all[j] ?? f.length;
    if (next - i <= 50 && isTitleLike(f.slice(i, next))) cuts.add(i);
    // "…。学习互助工作实施方案(试行)为进一步落实…": a draft status in brackets closes a title even with its body run on.
    const draft = DRAFT_TITLE.exec(f.slice(i, i + 50));
    const lead = draft?.[1]?.length ?? 0;
    if (draft && i + draft[0].length < next) {
      cuts.add(i + lead);
      cuts.add(i + draft[0].length);
    }
  }
}

const DRAFT_TITLE =
  /^(\s*)[^。！？!?；;，,:：\s]{2,30}?(?:方案|计划|办法|细则|章程|制度|规定|规划)\s*[(（](?:试行|草案|修订稿?|征求意见稿)[)）]/;

/** After an opening part marker, the title runs to the first word naming a kind of document (…工作计划, …方案). */
function titleEndCut(f: string, from: number, cuts: Cuts): void {
  const m = DOC_WORD.exec(f.slice(from, from + 40));
  if (!m) return;
  let end = from + m.index + m[0].length;
  // "…活动方案策划书": a kind word may be followed by another.
  for (let more = DOC_NEXT.exec(f.slice(end)); more; more = DOC_NEXT.exec(f.slice(end))) end += more[0].length;
  const term = /^\s*[(（](?:试行|草案)[)）]/.exec(f.slice(end));
  if (term) end += term[0].length;
  if (end < f.length && !/^[:：。，,]/.test(f.slice(end))) cuts.add(end);
}

function markerCuts(ix: LineIndex, cuts: Cuts, last: Map<string, number>): void {
  const first = ix.markers.get(0);
  if (first) last.set(first.style, first.value);
  // The opening marker's own span ("Step 1.") holds no other marker.
  let skipTo = first ? Math.max(1, first.end) : 1;
  for (const [p, m] of ix.markers) {
    if (p < skipTo) continue;
    if (!boundaryOk(ix.f, p, m)) continue;
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
}

/** The character before a marker must not be part of a longer number, word or date. */
function boundaryOk(f: string, p: number, m: MarkerMatch): boolean {
  const pc = f[p - 1] ?? '';
  const c = f[p] ?? '';
  if (/\d/.test(c) && (/[\d.,/\-年月]/.test(pc) || (pc === ':' && /\d/.test(f[p - 2] ?? '')))) return false;
  if (/[一二三四五六七八九十]/.test(c) && /[一二三四五六七八九十第、周期初年月星礼拜]/.test(pc)) return false;
  if (/[A-Za-z]/.test(c) && /[A-Za-z\d.]/.test(pc)) return false;
  if (m.style.startsWith('第') && pc === '从') return false;
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
    if (/[.!?;。！？；]\s*$/.test(f.slice(Math.max(0, p - 4), p))) return true;
    if (!/[A-Z]/.test(f[m.end] ?? '')) return false;
    const prev = last.get(m.style);
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
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < m.end) lo = mid + 1;
    else hi = mid;
  }
  const next = list[lo];
  return next !== undefined && next - m.end <= 1500;
}

/** Whether a month, week or date opens the text at `at`; only its start is read, so cuts stay linear. */
function whenStarts(f: string, at: number): boolean {
  countWork(60);
  return whenAt(f.slice(at, at + 60)) !== null;
}
