/**
 * A heading's text: what follows its marker up to the first 。！？；：: (half-width too; a colon inside a ratio or a
 * clock time does not count), without placeholders ("[具体时间]") or unpaired trailing punctuation. When a heading and
 * its body ran together with no punctuation ("一、指导思想本学期…"), a common section name at the start is split off.
 */
import { foldAscii } from './normalize.ts';

/** Section names that open plans often enough to split them off a run-together body. */
const SECTION_NAMES = [
  '指导思想',
  '背景介绍',
  '问题的提出',
  '活动主题',
  '活动目的',
  '活动目标',
  '活动时间',
  '活动地点',
  '活动对象',
  '活动内容',
  '活动流程',
  '活动形式',
  '活动宣传',
  '活动要求',
  '活动准备',
  '活动过程',
  '活动步骤',
  '参与人员',
  '参加人员',
  '参与对象',
  '注意事项',
  '工作目标',
  '实施目标',
  '实施步骤',
  '实施保障',
  '实施效果',
  '具体工作',
  '主要工作',
  '工作重点',
  '工作措施',
  '基本情况',
  '主要做法',
  '组建方式',
  '评估方式',
  '评价方式',
  '经费预算',
  '后勤工作',
  '总结阶段',
  '主办单位',
  '承办单位',
  '协办单位',
  '时间安排',
  '组织机构',
  '领导小组',
  '工作要求',
  '保障措施',
  '预期效果',
  '现状分析',
  '小组目标',
  '小组目的',
];
const SECTION_RE = new RegExp(`^(${SECTION_NAMES.join('|')})(?=[^\\s，,。、：:；;！!？?）)”"])`);

/** Words that extend a section name rather than start its body ("具体工作安排", "主要工作措施"). */
const LABEL_TAIL = /^(?:安排|措施|要点|计划|目标|内容|方式|方法|情况|工作|要求|重点|分析|总结|步骤|流程|表|及|和|与)/;
/** Words that open a body run onto a short item name ("学习经验分享会邀请…", "学科辅导针对…"). */
const BODY_OPENER = /^(.{4,10}?)(?:邀请|根据|针对|举办|旨在|由于|各小组|每个小组|每组)(?=.{8})/;
/** A short section name ending in a section noun, then at least five characters of body without punctuation. */
const NOUN_NAME =
  /^([\u4e00-\u9fa5]{1,6}?(?:背景|目标|目的|理论|思想|原则|意义|依据|措施|要求|事项|流程|分工))(?=[\u4e00-\u9fa5]{5})/;
/** A short Chinese name (commas allowed), a space, then at least eight characters of Chinese body. */
const SPACED_NAME =
  /^([\u4e00-\u9fa5“”][\u4e00-\u9fa5“”，,、]{0,22}[\u4e00-\u9fa5“”])[ \t\u3000]+(?=[\u4e00-\u9fa5“][^ \t\u3000]{7,})/;
/** A quoted name at the start, followed without punctuation by a run-on body of some length. */
const QUOTED_NAME = /^“[^“”]{4,30}”(?=\s*[\u4e00-\u9fa5][^。！？!?；;]{9,})/;
/** Endings that make the words before an opener part of one clause ("班主任对各小组", "学生可以根据"). */
const CLAUSE_TAIL = /[对向给和与在为把让从以要能可将由及的]$/;

export interface HeadingText {
  text: string;
  /** What followed the heading text on its line (the run-in body or the value after a colon). */
  body: string;
}

/**
 * `section`: the marker numbers sections (一、 （一） 第一章), whose headings are short names; a name ending in a
 * section noun is then split off a body run on without punctuation ("（一）社会学习理论班杜拉认为…"). `runIn`: false
 * when the reader saw the line's own end (a paragraph of a structured document), so nothing ran onto it.
 */
export function headingText(rest: string, section = false, runIn = true): HeadingText {
  let { text, body } = cutSentence(rest);
  // A line whose reader kept its line breaks ends where it ends: no body ran onto it.
  if (!runIn) return { text: trimPunctuation(text), body };
  // "理念背景 初一新生刚刚进入中学…": a line break turned into a space ends a short name before its body.
  const spaced = SPACED_NAME.exec(text);
  if (spaced) {
    body = (text.slice(spaced[0].length).trim() + (body ? `。${body}` : '')).trim();
    text = spaced[1] ?? text;
  }
  const named = SECTION_RE.exec(foldAscii(text)) ?? (section ? NOUN_NAME.exec(text) : null);
  const after = named ? text.slice((named[1] ?? '').length) : '';
  if (named && after.length >= 4 && !LABEL_TAIL.test(after)) {
    body = (text.slice((named[1] ?? '').length) + (body ? `。${body}` : '')).trim();
    text = named[1] ?? text;
  } else if (QUOTED_NAME.test(text)) {
    // "“了解中国文明礼仪知识”播放有关…": a quoted item name with its body run on after it.
    const name = QUOTED_NAME.exec(text)?.[0] ?? text;
    body = (text.slice(name.length) + (body ? `。${body}` : '')).trim();
    text = name;
  } else {
    const opener = BODY_OPENER.exec(text) ?? restated(text);
    if (opener && !/[\p{P}\s]/u.test(opener[1] ?? '') && !CLAUSE_TAIL.test(opener[1] ?? '')) {
      body = (text.slice((opener[1] ?? '').length) + (body ? `。${body}` : '')).trim();
      text = opener[1] ?? text;
    }
  }
  return { text: trimPunctuation(text), body };
}

/** A name restated right after itself ("在线互助平台建立在线互助平台…"): the first copy is the heading. */
function restated(text: string): [string, string] | null {
  for (let len = Math.min(10, text.length >> 1); len >= 4; len--) {
    const name = text.slice(0, len);
    const again = text.indexOf(name, len);
    if (again >= len && again - len <= 3 && !/[\p{P}\s]/u.test(text.slice(0, again))) return [name, name];
  }
  return null;
}

const OPENERS = '(（《“{[';
const CLOSERS = ')）》”}]';
/** What can end a heading's text, and the brackets that shield it. */
const SENTENCE_MARKS = /[(（《“{[)）》”}\]。！？!?；;:]/g;

/** Text up to the first sentence end or label colon, and what follows it. */
export function cutSentence(rest: string): HeadingText {
  // A placeholder ("[具体时间]") is not text, and the heading ends there; a citation ("[1]") and the points a part
  // is worth ("[15pts]") are part of the text.
  // …and so is a word's tag that opens it ("[CA] 一生一芯", "[OS] rCore").
  const tag = /^\s*\[[A-Za-z]{1,8}\]\s*(?=\S)/.exec(rest)?.[0] ?? '';
  const cleaned = (
    tag +
    rest.slice(tag.length).replace(/\[(?!\d{1,3}\]|\d{1,3}\s*(?:pts?|points?|marks?|分|%)\])[^\]]{0,20}\]/giu, '。')
  )
    .replace(/^。+/, '')
    .trim();
  const f = foldAscii(cleaned);
  let cut = f.length;
  // A terminator inside brackets or quotes does not end the text ("讲话 -2 (注:…;…)", "(click through…; I…)").
  // Only brackets, terminators and colons matter, so the scan jumps from one to the next.
  let depth = 0;
  for (const m of f.matchAll(SENTENCE_MARKS)) {
    const c = m[0];
    const i = m.index;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    // Not the colon of a clock time or ratio (15:00, 2:2; not "Ch04：2021年…", a label before a date), a namespace operator (usethis::pr_init) or a URL.
    // Nor a half-width "!" that opens a word ("!!qb make", a game server's command); "up!up!down" still stops.
    else if (
      c === '!' &&
      cleaned[i] === '!' &&
      /[!A-Za-z0-9]/.test(f[i + 1] ?? '') &&
      !/[A-Za-z0-9]/.test(f[i - 1] ?? '')
    )
      continue;
    else if (
      depth === 0 &&
      (c !== ':' ||
        (!(/\d/.test(f[i - 1] ?? '') && /^\d{1,2}(?!\d)/.test(f.slice(i + 1, i + 4))) &&
          f[i + 1] !== ':' &&
          f[i - 1] !== ':' &&
          f.slice(i + 1, i + 3) !== '//'))
    ) {
      cut = i;
      break;
    }
  }
  // A tab sets what follows in a column of its own ("Coding Plan\t\t\t10/27"): the text ends there.
  const tab = cleaned.indexOf('\t');
  if (tab > 0 && tab < cut) cut = tab;
  return { text: cleaned.slice(0, cut), body: cleaned.slice(cut + 1).trim() };
}

const OPEN = '“‘「『（(【《[';
const CLOSE = '”’」』）)】》]';

/** Drop leading/trailing whitespace and trailing punctuation, but keep a closing mark whose opener is in the text. */
export function trimPunctuation(s: string): string {
  let t = s.replace(/^[\s\u3000,，、.．·]+/, '').trim();
  for (;;) {
    const last = t[t.length - 1];
    if (last === undefined) return t;
    const ci = CLOSE.indexOf(last);
    if (ci >= 0) {
      const opener = OPEN[ci] ?? '';
      if (count(t, opener) >= count(t, last) && opener !== last) return t;
      if (last === '”' && t.includes('“')) return t;
    } else if (!/[\s\p{P}\p{S}]/u.test(last) || last === '%') return t;
    // A straight quote that closes a quotation ("…或\"RA_SRS\"") stays, as a curly one does.
    else if ((last === '"' || last === "'") && count(t, last) % 2 === 0) return t;
    // An address keeps its closing slash ("Go to https://cran.r-project.org/").
    else if (last === '/' && /(?:https?:\/\/|www\.)\S*$/.test(t)) return t;
    // A name ending in signs is the name ("CUDA/C++", "C#").
    else if (/(?:^|[\s/])[A-Za-z](?:\+\+|#)$/.test(t)) return t;
    t = t.slice(0, -1).trimEnd();
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** First sentence of a paragraph, by the same rules as a heading's text. */
export function firstSentence(s: string): string {
  return trimPunctuation(cutSentence(s).text);
}
