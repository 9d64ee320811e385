/**
 * Finds numbering markers: 一、 （一） 1、 1. 1) 1》 （1） ① ⑴ ⒈ ㈠ 第一节 一是/一要, Step/Week/Session N, I. A. a).
 * Matching runs on the width-folded text (same indices as the original), so "（一）" and "(一)" are one style while
 * the marker is still copied as written. Look-alikes are rejected here: 3.5, 2024.3.5, 8:30, 一、二年级.
 */
import { CN_DIGITS, CN_NUMERAL, cnNumber, placeNumber, romanNumber } from './numerals.ts';
import { foldAscii } from './normalize.ts';

export interface MarkerMatch {
  /** The marker as written in the original text. */
  marker: string;
  /** Numbering style id: markers of one style are siblings wherever they appear. */
  style: string;
  value: number;
  /** Index in the text where the content after the marker starts. */
  end: number;
}

const CN = CN_NUMERAL;
/** The formal (banking) numerals, as ordinary ones. */
const FORMAL: Record<string, string> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
};
const NUM = '\\d{1,2}';
// …and as Traditional Chinese writes them ("第一條", "第二節").
// "第3次课" numbers a course's meetings when set off from its topic ("第1次课：开源软件概述"), not in a sentence
// ("第一次课内完成…", "第一次课堂练习").
const UNIT = '节|章|部分|单元|课时|阶段|步|条|款|讲|课|次课(?=[\\s:：、.．]|$)|節|條|單元|課時|階段|講|課';

interface Pattern {
  re: RegExp;
  style: (m: RegExpExecArray) => string;
  value: (m: RegExpExecArray) => number | null;
  /** Length of the marker proper (the match may include a trailing separator that is not copied). */
  markerLength?: (m: RegExpExecArray) => number;
}

/** English words that number a part: Step 1, Week 3, Session 2, Part II, Chapter 4, and a constitution's Article I / Section 2 / Subsection A. */
const WORD_UNITS = 'step|week|session|part|unit|lesson|phase|module|stage|chapter|article|section|subsection';
/** `words` matched in either case, where the rest of a pattern must keep its case. */
const caseless = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** A surname and what follows it in a citation: a quoted title, another author's initial, or "et al.". */
const CITED_AUTHOR = `\\s*\\p{Lu}[\\p{L}'’-]+(?:,\\s*["“‘'„]|,\\s*\\p{Lu}\\.\\s|\\s+(?:and|&)\\s+\\p{Lu}\\.\\s|,?\\s+et al\\b|\\.\\s*["“])`;

const PATTERNS: Pattern[] = [
  // 第一节 / 第3章 / 第一部分 — the colon or a lost-colon box after it is not part of the marker.
  {
    // Not a reference to several ("第一节和第六节", "第一章至第三章", "第一、二节"), nor a noun in a sentence
    // ("第一阶段的任务…前提交。"), nor a book's chapter ("《构建之法》第一章"), nor a clause cited by its chapter and
    // article ("第一章第二条修改为…").
    // A space may be typed around the number ("第 一 章", "第 12 条"), as some write it.
    // A 、 or . typed after it is its own punctuation, as in "一、" ("第一章、UmiJS3介绍", "第一章. 宗旨和原则").
    re: new RegExp(
      `^(?<!》\\s*)第( ?)(${CN}|${NUM})( ?)(${UNIT})(?![和与及至到的为為是第]|、第)((?:、|[.．](?![\\d.．]))?)[:：□\\s]*`,
      'y',
    ),
    style: (m) => `第${m[4]}`,
    value: (m) => cnNumber(m[2] ?? '') ?? placeNumber(m[2] ?? ''),
    markerLength: (m) => 1 + [1, 2, 3, 4, 5].reduce((n, k) => n + (m[k] ?? '').length, 0),
  },
  // （一） (1) with an optional 、 or . after the bracket.
  {
    // Not a reference to several ("(1) 和 (2) 两项功能中…"), neither its first number nor its second.
    // A space may be typed inside the brackets ("（ 三）").
    re: new RegExp(`^(?<![和与及至到、]\\s*)\\( ?(${CN}|${NUM}) ?\\)(?!\\s*[和与及至到、]\\s*\\()[、.]?`, 'y'),
    style: (m) => (/\d/.test(m[1] ?? '') ? '(1)' : '(一)'),
    value: (m) => cnNumber(m[1] ?? ''),
  },
  // 壹、 貳、 參、: the formal numerals of Taiwanese documents, a level above 一、.
  {
    re: /^([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})[、.．]/y,
    style: () => '壹、',
    value: (m) => cnNumber((m[1] ?? '').replace(/./g, (c) => FORMAL[c] ?? c)),
  },
  // 一、 一. 一： 一，— not a grade range (一、二年级) nor a list of numbers (三、四、五).
  {
    re: new RegExp(`^(${CN})([、.:,])(?![${CN_DIGITS}]+(?:[、,，:]|年级|年))`, 'y'),
    style: (m) => `一${m[2]}`,
    value: (m) => cnNumber(m[1] ?? ''),
  },
  // 1、 1. 1) — not a decimal or a date (3.5, 2024.3.5), not a clock time and not a list of numbers (科目1、2);
  // "1、5月8日…" and "1、10.1-10.3…" are items that open with a date. Some type a book-title bracket for the
  // parenthesis ("1》头部"): a "1)" as well; and a comma and a space before Chinese text, as Word shows its numbering
  // "%1，" ("1， 将序言结尾的改为…"; "任务卡 1，赛队…" is a sentence the line broke in).
  {
    re: new RegExp(
      `^(?<!\\()(${NUM})([、.)]| \\)|》|,(?=\\s+[\\u4e00-\\u9fff]))(?!(?<=[.)])[\\d.])(?!(?<=、)\\d(?!\\d?\\s*月\\s*\\d|\\d?[./]\\d|\\d{3}))(?!\\s*\\d{1,2}(?:[、,，]|年级|号|班))`,
      'y',
    ),
    // "1 ）" with a space typed before its bracket is a "1)", and so is "1》".
    style: (m) => `1${(m[2] ?? '').trim().replace('》', ')')}`,
    value: (m) => Number(m[1]),
  },
  // 一是 二是 / 一要 二要: ordinal words that open a sentence.
  {
    re: new RegExp(`^([${CN_DIGITS}])(是|要)(?![、，,。是])`, 'y'),
    style: (m) => `一${m[2]}`,
    value: (m) => cnNumber(m[1] ?? ''),
  },
  // 第一，第二， — ordinal words that open a sentence ("第一，加强学习。"); not two of them named at once ("第一、二局").
  // The comma is the sentence's, as a colon after "第一节：" is: the marker is "第一".
  {
    re: new RegExp(`^第(${CN})(?=[，,、])[，,、](?![${CN_DIGITS}]+[局场轮名次天周章节条])`, 'y'),
    style: () => '第一，',
    value: (m) => cnNumber(m[1] ?? ''),
    markerLength: (m) => 1 + (m[1] ?? '').length,
  },
  // Circled and parenthesised Unicode numbers each form their own style.
  { re: /^([\u2460-\u2473])/y, style: () => '①', value: (m) => (m[1] ?? '').charCodeAt(0) - 0x2460 + 1 },
  { re: /^([\u2474-\u2487])/y, style: () => '⑴', value: (m) => (m[1] ?? '').charCodeAt(0) - 0x2474 + 1 },
  { re: /^([\u2488-\u249b])/y, style: () => '⒈', value: (m) => (m[1] ?? '').charCodeAt(0) - 0x2488 + 1 },
  { re: /^([\u3220-\u3229])/y, style: () => '㈠', value: (m) => (m[1] ?? '').charCodeAt(0) - 0x3220 + 1 },
  // "§1", "§ 2.", "§2.1 — President": a section of a constitution's article, numbered with the section sign, and its
  // parts — as a line's name (alone, or before a dash or a capitalised name), not a reference inside a sentence
  // ("§ 2 of the bylaws").
  {
    re: /^§\s?(\d{1,2})(?:\.(\d{1,2}))?\.?(?=\s*$|\s+[-–—]|\s+\p{Lu})/uy,
    style: (m) => (m[2] ? '§1.1' : '§'),
    value: (m) => Number(m[2] ?? m[1]),
  },
  // "[1] Name", "[2.1] Provide opportunities…": numbers in square brackets, as a constitution numbers its clauses and a
  // list of references its entries.
  {
    re: /^\[(\d{1,2})(?:\.(\d{1,2}))?\](?=\s)/y,
    style: (m) => (m[2] ? '[1.1]' : '[1]'),
    value: (m) => Number(m[2] ?? m[1]),
  },
  // English: Step 1, Week 3, Session 2, Part II, and a capital letter as bylaws number sections ("Section B.").
  {
    // A full stop typed after the number is part of the marker, as in "1." ("Article I.  Membership").
    // (A dash may join the word to its number: "Week - 1 - Review…", "Lab-2"; a letter may split a number in two
    // parts: "Lesson 1a", "Lesson 1b".)
    re: new RegExp(
      `^(${WORD_UNITS})(?:\\s+(\\d{1,2}(?:[a-h](?=[\\s:：.)]|$))?|[IVX]{1,4}|[A-Z])|\\s*[-–]\\s*(\\d{1,2}))(?:\\.(?=\\s|$)|\\b(?!\\.\\d))`,
      'iy',
    ),
    style: (m) => (m[1] ?? '').toLowerCase(),
    value: (m) => {
      const n = m[2] ?? m[3] ?? '';
      if (/\d/.test(n)) return Number.parseInt(n, 10);
      // A lower-case letter is a word ("Part a of…"), not a number.
      return romanNumber(n) ?? (/^[A-Z]$/.test(n) ? n.charCodeAt(0) - 64 : null);
    },
  },
  // "Section 1.01", "Section 5.02 — President": a constitution's sections numbered under their article's number. Only
  // as a line's name (alone, before a dash or colon, or before a capitalised name): "Chapter 3.2 of the book" is a
  // reference. The word alone is the style, so the sections are siblings as "Section 1", "Section 2" would be.
  {
    re: new RegExp(`^(${caseless(WORD_UNITS)})\\s+\\d{1,2}\\.(\\d{1,2})(?=\\s*$|\\s*[-–—:：]|\\s+[A-Z])`, 'y'),
    style: (m) => (m[1] ?? '').toLowerCase(),
    value: (m) => Number(m[2]),
  },
  // I. II. — Roman numerals before single capitals, so "I." is Roman.
  { re: /^([IVX]{1,4})[.)](?=\s)/y, style: () => 'I.', value: (m) => romanNumber(m[1] ?? '') },
  // i) ii) iii) — Word's lowerRoman list level; a lone "i)" is Roman too (a letter list rarely runs to i).
  {
    re: /^(i{1,3}|iv|vi{0,3}|ix|xi{0,3})[.)](?=\s|[^\p{ASCII}])/uy,
    style: () => 'i)',
    value: (m) => romanNumber((m[1] ?? '').toUpperCase()),
  },
  // (i) (ii) and (a) (b): the sub-clauses of rules and constitutions; a Roman number first, as for "i)".
  {
    re: /^\((i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3})\)(?=\s)/y,
    style: () => '(i)',
    value: (m) => romanNumber((m[1] ?? '').toUpperCase()),
  },
  { re: /^\(([a-z])\)(?=\s)/y, style: () => '(a)', value: (m) => (m[1] ?? 'a').charCodeAt(0) - 96 },
  // …not an author's initial in a reading list ("A. Spanos, “Pregame”", "E. Pfister and A. Görgen", "K. Kee, S. Graham
  // et al."): a surname, then a title in quotes, another initial, or "et al.".
  {
    re: new RegExp(`^([A-Z])[.、)](?=\\s|[^\\p{ASCII}])(?!${CITED_AUTHOR})`, 'uy'),
    style: () => 'A.',
    value: (m) => (m[1] ?? 'A').charCodeAt(0) - 64,
  },
  { re: /^([a-z])[.)](?=\s|[^\p{ASCII}])/uy, style: () => 'a)', value: (m) => (m[1] ?? 'a').charCodeAt(0) - 96 },
];

// Sticky regexes with ^ only match at index 0, so each pattern is compiled once without the anchor.
const STICKY: Pattern[] = PATTERNS.map((p) => ({ ...p, re: new RegExp(p.re.source.replace(/^\^/, ''), p.re.flags) }));
/** Characters a marker can start with; a cheap filter before trying the patterns. */
const START = new RegExp(`[第(§[\\${CN_DIGITS}壹贰貳叁參肆伍陆陸柒捌玖拾\\d\\u2460-\\u249b\\u3220-\\u3229A-Za-z]`);

/** Match a marker starting exactly at `at` in `folded` (the width-folded text); `original` supplies the marker. */
/** Inside a Latin word only a word marker (Step 1, Week 3) or a Roman number (II.) can start. */
const WORD_MARKER = new RegExp(`(?:${WORD_UNITS})[\\s-–]|[IVX]{2,4}[.)]`, 'iy');
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export function markerAt(folded: string, at: number, original: string = folded): MarkerMatch | null {
  if (!START.test(folded[at] ?? '')) return null;
  if (isLetter(folded.charCodeAt(at)) && isLetter(folded.charCodeAt(at + 1))) {
    WORD_MARKER.lastIndex = at;
    if (!WORD_MARKER.test(folded)) return null;
  }
  for (const p of STICKY) {
    const re = p.re;
    re.lastIndex = at;
    const m = re.exec(folded);
    if (!m) continue;
    const value = p.value(m);
    // Numbering may start at 0 ("0. No Electronics Allowed", "Week 0", "Lesson 0"), but only in digits.
    if (value === null || value < 0 || (value === 0 && !/^1/.test(p.style(m)) && !/^[a-z]+ 0\b/i.test(m[0]))) continue;
    const len = p.markerLength ? p.markerLength(m) : m[0].length;
    let end = at + m[0].length;
    // Word markers ("Session 2 – Trust", "第二节—团队", "§2 — Qualifications") may be followed by a dash or a dot
    // before their text.
    const gap = /^(?:[a-z]+|第.*|§.*)$/.test(p.style(m)) ? /[\s:：□.\-–—]/ : /[\s:：□]/;
    while (end < folded.length && gap.test(folded[end] ?? '')) end++;
    return { marker: original.slice(at, at + len).trim(), style: p.style(m), value, end };
  }
  return null;
}

/** The marker at the start of a line, if any. */
export function parseMarker(text: string): MarkerMatch | null {
  return markerAt(foldAscii(text), 0, text);
}

/** The marker that is the whole line ("第十七条", "3.", "§1"), with nothing after it; else null. */
export function markerAlone(text: string): MarkerMatch | null {
  const t = text.trim();
  const m = parseMarker(t);
  return m !== null && m.end >= t.length ? m : null;
}
