/**
 * Title lines: what a plan's title looks like, the part markers of a collection (篇一, 【第一篇】, 第二篇：, Plan 2)
 * and the collection's own heading (汇总9篇, 精选6篇, 3篇, 合集).
 */
import type { Segment } from './classify.ts';
import { foldAscii } from './normalize.ts';
import { HEADING_NUMBER } from './numerals.ts';
import { alternation, DOCUMENT_KINDS } from './vocabulary.ts';

/** A part marker that opens a title: "第二篇：…", "篇一…", "Plan 2"; or is one, "Part 2 of 3" (a lesson in parts). */
export const PART_PREFIX = new RegExp(
  `^(?:第(?:${HEADING_NUMBER})篇[:：]?|篇(?:${HEADING_NUMBER})(?![\\d篇])|plan\\s+\\d{1,2}\\b[:.]?|part\\s+\\d{1,2}\\s+of\\s+\\d{1,2}$)`,
  'i',
);
/** A part marker that closes a title: "…计划篇一", "…【第一篇】", "…方案篇1". */
export const PART_SUFFIX = new RegExp(
  `(?:【第(?:${HEADING_NUMBER})篇】|[(（]第(?:${HEADING_NUMBER})篇[)）]|篇(?:${HEADING_NUMBER})|第(?:${HEADING_NUMBER})篇)$`,
);
/** The collection's heading: "小组工作计划(汇总9篇)", "【精选10篇】", "…策划书3篇", "合集". */
export const COLLECTION =
  /(?:[(（【]\s*(?:精选|汇总|合集|共)?\s*\d{1,3}\s*篇\s*[)）】]|(?:精选|汇总)\d{1,3}篇|\d{1,3}篇|合集(?:下载)?|范文\d*篇?)$/;
/** Words a plan title ends with. */
const DOC_KIND = new RegExp(
  `(?:${alternation(DOCUMENT_KINDS)})(?:\\s*[(（](?:试行|草案|修订|征求意见稿|第[一二三四五六七八九十\\d]{1,2}版|修订版)[)）])?$`,
  'i',
);

export function hasPartMarker(text: string): boolean {
  const t = foldAscii(text).trim();
  return PART_PREFIX.test(t) || PART_SUFFIX.test(t);
}

/** "小组工作计划(汇总9篇)", "学业互助活动方案策划书3篇" — but not a sentence that ends in a count ("共写了3篇"). */
export function isCollectionHeading(text: string): boolean {
  const t = foldAscii(text).trim();
  if (t.length > 60 || !COLLECTION.test(t)) return false;
  const rest = t.replace(COLLECTION, '').trim();
  return rest === '' || /精选|汇总|合集|范文/.test(t) || isTitleLike(rest);
}

/** An English title naming its kind before what it is for: "Lesson Plan for CS 1109 Collaborative Learning Group". */
const KIND_FOR = new RegExp(
  `^(?:[A-Z][\\w'’&-]*\\s+){0,4}(?:${alternation(DOCUMENT_KINDS)})\\s+(?:for|of|on)\\s+[\\w(][^.!?;:]{2,70}$`,
  'i',
);

/** A short line without sentence punctuation that names a kind of document (…工作计划, …实施方案(试行)). */
export function isTitleLike(text: string): boolean {
  // A title spaced out a character at a time ("教 学 日 历") reads as its characters.
  // (A stray opening quote before it — "‘THE CONSTITUTION OF…" — is no part of it.)
  const folded = foldAscii(text)
    .trim()
    .replace(/^[‘'“"](?![^’'”"]*[’'”"])/, '');
  const t = spacedOut(folded) ? folded.replace(/\s+/g, '') : folded;
  // …for a named thing ("for CS 1109", "of Group 8", "of the Carnegie Mellon University Chess Club"), not "Plan for
  // the week".
  if (KIND_FOR.test(t) && /^[A-Z]/.test(t) && /\b(?:for|of|on|FOR|OF|ON)\s+(?:the\s+|THE\s+)?[A-Z0-9(]/.test(t))
    return true;
  if (t.length < 4 || t.length > 50) return false;
  // An English title may carry a subtitle after a colon ("Reading Buddies: Small-Group Work Plan").
  const bare = t
    .replace(/[:：]\s*$/, '')
    .replace(PART_PREFIX, '')
    .replace(/(?<=[A-Za-z]):(?=\s+[A-Z])/g, '');
  if (/[。！？!?；;，,:：]/.test(bare)) return false;
  const core = t
    .replace(PART_SUFFIX, '')
    .replace(PART_PREFIX, '')
    .replace(/\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?$/, '')
    // A term or date in brackets after the title: "…计划（2024-2025学年第一学期）".
    .replace(/\s*[(（【][^()（）【】]{0,24}(?:\d{4}|学年|学期|年度|季)[^()（）【】]{0,24}[)）】]$/, '')
    .trim();
  // "Team Charter: Task Tracker", "Team Contract – Group 8", "《Git代码管理》课程计划—考查课": the kind before a
  // subtitle.
  const sub = /^([^:–—]+?)(?::|\s+[–—-])\s+[A-Z0-9]/.exec(core) ?? /^([^—]+?)—{1,2}(?=[\u4e00-\u9fa5《“])/.exec(core);
  const head = sub?.[1] ?? '';
  return DOC_KIND.test(core) || (head !== '' && DOC_KIND.test(head)) || hasPartMarker(t);
}

/** A word set a character at a time ("教 学 日 历", "规 则"), as titles are on covers. */
export function spacedOut(t: string): boolean {
  return /^(?:[\u4e00-\u9fff]\s+)+[\u4e00-\u9fff]$/.test(t.trim());
}

/** Whether two lines say the same, spaces, punctuation and case aside. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/[\s\p{P}]/gu, '').toLowerCase() === b.replace(/[\s\p{P}]/gu, '').toLowerCase();
}

/** The title said again as the label of what follows ("比赛规则" / "比赛规则：") is no section of the plan. */
export function dropRepeatedTitle(segments: Segment[], title: string): Segment[] {
  const at = segments.findIndex((s) => s.kind !== 'text' || s.raw.trim() !== '');
  const again = segments[at];
  if (!title || !again || (again.kind !== 'label' && again.kind !== 'title') || !sameText(again.text, title))
    return segments;
  return [...segments.slice(0, at), ...segments.slice(at + 1)];
}

/**
 * Whether a line is mostly Chinese or mostly Latin letters: a title and its translation, a cell set in two languages,
 * change script where the other language starts.
 */
export function script(text: string): 'cjk' | 'latin' {
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return cjk * 2 >= latin ? 'cjk' : 'latin';
}
