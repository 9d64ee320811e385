/**
 * Removes page chrome that document-sharing sites and PDF copies add around a plan, and reports each removal so
 * the user can see (and dispute) what was dropped. Watermarks inside a line are cut out and replaced by a sentence
 * break, because the text on either side of them does not belong to one sentence.
 */
import type { RemovedLine } from './types.ts';
import type { TableBlock } from './blocks.ts';
import type { Line } from './line.ts';
import { foldAscii } from './normalize.ts';
import { CONTENTS_HEAD } from './vocabulary.ts';
import { lowerBound } from '../util/sorted.ts';

const DOWNLOAD =
  /下载文档|文档下载|合集下载|免费下载|点击下载|下载本文|下载后|仅部分预览|不可在线预览|侵犯您的权益|联系客服|文档内容的完整性|原创力文档|文库|VIP(?:文档|专享|下载|免费)|(?:成为|开通)VIP|会员免费/;
const NAV =
  /^(?:相关文档|最新文档|相关推荐|热门文档|推荐文档|猜你喜欢|相关阅读|延伸阅读|上一篇|下一篇|返回首页|返回目录|首页|登录|注册|分享到|收藏|举报|展开全文|阅读全文|查看更多|加载更多|更多精彩|本文标签)(?:[:：].*)?$/;
const PAGE =
  /^(?:[-—–]?\s*\d{1,3}\s*[-—–]?|(?:\d{1,3}\s+){1,20}\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?|(?:page|pg\.?|p\.)\s*\d+(?:\s+of\s+\d+)?|\d{1,3}\s*\/\s*\d{1,3})$/i;
/** Watermarks and reference footers known from document sites; matched anywhere in a line. */
const WATERMARK =
  /参考资料[,，]\s*少熬夜[!！]?|本文(?:档)?(?:来源于|由).{0,20}(?:网|整理|提供)[^。]{0,20}[。!！]?|(?:文档|内容)仅供参考[,，]?(?:如有侵权请联系删除)?[。!！]?/g;
/** Breadcrumbs ("首页 > 工作计划 > …") and page metadata ("发布时间：…", "来源：网络"). */
// ("※当前位置》学生管理》有关须知※": set off by a symbol, the trail marked with 》.)
const BREADCRUMB = /^[※◆■●\s]*(?:首页|当前位置|您的位置|你的位置|home)\s*(?:[:：]\s*)?(?:首页\s*)?(?:[>»›/》]|&gt;)/i;
/** The words that open a breadcrumb trail: "当前位置：首页 >> 关于SCF". */
export const WHERE_AM_I = /^\s*(?:当前位置|您的位置|你的位置|您现在的位置|现在的位置|you are here)\s*[:：]/i;
const META =
  /^(?:发布时间|发布日期|更新时间|(?:文章|信息|新闻|稿件)?来源|作者|浏览次数|阅读量|阅读次数|点击数|点击量|字数|编辑|责任编辑|上传者|下载次数)\s*[:：]/;
const SITE_META =
  /^(?:时间|日期|发布|更新)[^。！？]{0,30}?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}.{0,40}?(?:来源|作者|浏览|阅读|点击|编辑|发布者|字号)\s*[:：]/;
const REFERENCE_HEAD = /^(?:参考资料|参考文献|参考链接)[:：]?$/;
/** A table of contents' entry: its title, a leader of dots, its page ("1.1 Purpose . . . . . 1", "一、目标……3"). */
// The page after the leader, as printed: "12", or "- 12 -".
const LEADER_PAGE = '(?:\\s?[.·•…]){4,}\\s*(?:-\\s*)?\\d{1,3}(?:\\s*-)?';
const CONTENTS_ENTRY = new RegExp(`${LEADER_PAGE}$`);
const LEADER = new RegExp(`${LEADER_PAGE}\\b`, 'g');
/** A site generator's mark where it sets the contents: "[[TOC]]", "[TOC]", "{:toc}", "${toc}", "<!-- toc -->". */
const CONTENTS_MARK = /^(?:\[\[_?toc_?\]\]|\[toc\]|\{:\s*toc\s*\}|\$\{toc\}|@\[toc\](?:\(.*\))?|<!--\s*toc\s*-->)$/i;
/** A page number next to its leader, alone: "3.......", "...... 12". */
const PAGE_AND_LEADER = /^(?:\d{1,3}\s*[.·…]{4,}|[.·…]{4,}\s*\d{1,3})$/;

/** Why a line was removed; each has a teacher's words in the surfaces (extension/lib/messages.ts). */
export const REMOVAL_REASONS = [
  'download notice',
  'site navigation',
  'page metadata',
  'reference list heading',
  'table of contents',
  'page number',
  'repeated line',
  'watermark',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export interface BoilerplateResult {
  lines: Line[];
  removed: RemovedLine[];
}

/**
 * `paged`: the text was laid out on pages (a PDF, or plain text copied from one), so a short line recurring across it
 * is a running header or footer; a web page, Markdown or Word file has none in its text ("Break" between sessions).
 */
export function removeBoilerplate(input: Line[], paged = true): BoilerplateResult {
  const removed: RemovedLine[] = [];
  const counts = paged ? countShortLines(input) : new Map<string, number>();
  const listed = contentsPages(input);
  const lines: Line[] = [];
  let prev = '';
  input.forEach((line, i) => {
    // A heading, a numbered item or a list item with its own items under it is the file's structure, however often its
    // words recur ("Introduction" / "Use cases" in each part of a workshop, "a) 团队项目" each week).
    const structure =
      line.ev?.heading !== undefined || line.ev?.list?.parent === true || line.ev?.list?.ordered === true;
    const reason = listed.has(i)
      ? 'table of contents'
      : line.table
        ? null
        : lineReason(line.text, structure ? new Map() : counts, prev, structure);
    prev = line.text;
    if (reason) {
      removed.push({ line: line.no, text: line.raw ?? line.text, reason });
      return;
    }
    let text = line.text;
    if (WATERMARK.test(text)) {
      WATERMARK.lastIndex = 0;
      text = text.replace(WATERMARK, (m) => {
        removed.push({ line: line.no, text: m, reason: 'watermark' });
        return '。';
      });
      text = text
        .replace(/^[。\s]+/, '')
        .replace(/([。！？!?；;])。/g, '$1')
        .trim();
      if (!text) return;
    }
    WATERMARK.lastIndex = 0;
    lines.push({ ...line, text });
  });
  return { lines, removed };
}

/** A table whose last column holds page numbers in most rows that have it filled: a table of contents. */
function pagesColumn(t: TableBlock): boolean {
  const last = t.rows.map((r) => (r[r.length - 1]?.lines.join(' ') ?? '').trim()).filter(Boolean);
  return last.length >= 3 && last.filter((c) => /^(?:\d{1,3}|[ivxl]{1,6})$/i.test(c)).length * 5 >= last.length * 4;
}

/** A contents entry without a leader: the heading's words, a space, its page ("（一） 项目启动阶段 3"). */
const PAGED = /^(.+?)\s+\d{1,3}$/;
const squashed = (t: string): string => foldAscii(t).replace(/\s+/g, '');

/**
 * The lines that head or list a table of contents, by index: a "目录"/"Contents" over an entry with its dot leader, and
 * entries without leaders — three or more lines in a row, each a later line of the document followed by a page number —
 * with the "目录" over them. (Entries with leaders are known line by line: lineReason.)
 */
function contentsPages(input: Line[]): Set<number> {
  const lastAt = new Map<string, number>();
  input.forEach((l, i) => {
    lastAt.set(squashed(l.text), i);
  });
  const entry = (i: number): boolean => {
    const m = PAGED.exec(input[i]?.text.trim() ?? '');
    return m !== null && (lastAt.get(squashed(m[1] ?? '')) ?? -1) > i;
  };
  const out = new Set<number>();
  input.forEach((l, i) => {
    if (CONTENTS_HEAD.test(l.text.trim()) && CONTENTS_ENTRY.test(input[i + 1]?.text ?? '')) out.add(i);
    // …or over the mark where a site sets its contents: the page's contents, none of the plan's.
    if (CONTENTS_HEAD.test(l.text.trim()) && CONTENTS_MARK.test(input[i + 1]?.text.trim() ?? '')) out.add(i);
    // …or over a table whose last column gives pages (a PDF's contents laid out in two columns).
    const table = input[i + 1]?.table;
    if (CONTENTS_HEAD.test(l.text.trim()) && table && pagesColumn(table)) out.add(i).add(i + 1);
  });
  // A page number and its leader on a line of their own ("3......"), as a PDF's text layer may give them after the
  // entry's title: the two lines are one entry.
  input.forEach((l, i) => {
    if (PAGE_AND_LEADER.test(l.text.trim()) && i > 0) out.add(i).add(i - 1);
  });
  for (let i = 0; i < input.length; ) {
    let end = i;
    while (end < input.length && entry(end)) end++;
    if (end - i >= 3) {
      for (let k = i; k < end; k++) out.add(k);
      if (CONTENTS_HEAD.test(input[i - 1]?.text.trim() ?? '')) out.add(i - 1);
    }
    i = Math.max(end, i + 1);
  }
  for (const k of typedContents(input)) out.add(k);
  for (const k of headedContents(input)) out.add(k);
  return out;
}

/**
 * "TABLE OF CONTENTS:" over three or more lines that each come again later in the document, whatever type they are
 * set in and with or without the colon the section adds ("I. Overview" … "I. Overview:"): the contents, to its end.
 */
function headedContents(input: Line[]): number[] {
  const heads = input.flatMap((l, i) => (CONTENTS_HEAD.test(l.text.trim().replace(/[:：]$/, '')) ? [i] : []));
  if (heads.length === 0) return [];
  const key = (l: Line | undefined): string => (l && !l.table ? squashed(l.text).replace(/[:：]$/, '') : '');
  const lastAt = new Map<string, number>();
  input.forEach((l, i) => {
    lastAt.set(key(l), i);
  });
  const out: number[] = [];
  for (const i of heads) {
    // (One entry the body words otherwise, between two that come again, is still an entry; so is an entry led by dots
    // to its page, and a page's number on a line of its own after its entry, as a PDF's text layer may set it.)
    const again = (k: number): boolean => {
      const t = input[k]?.table ? '' : (input[k]?.text.trim() ?? '');
      return (
        (key(input[k]) !== '' && (lastAt.get(key(input[k])) ?? -1) > k) ||
        CONTENTS_ENTRY.test(t) ||
        (/^\d{1,3}$/.test(t) && k > i + 1)
      );
    };
    let end = i + 1;
    while (end < input.length && (again(end) || (again(end + 1) && !input[end]?.table))) end++;
    if (end - i - 1 >= 3) for (let k = i; k < end; k++) out.push(k);
  }
  return out;
}

/**
 * A contents list typed without pages ("Article I: Name" / "Section 1: Corporate Membership" / … at the top of a
 * plain-text bylaws): five or more short lines in a row, nearly all of which come again later in the same order, each
 * with text between (the sections themselves). A day's slots that recur the next day ("Welcome" / "Talk" / "Lunch")
 * recur one after another, with nothing between: no contents; nor are list items that recur (a week's
 * "Participants:" / "What:" the next week).
 */
function typedContents(input: Line[]): number[] {
  const at = new Map<string, number[]>();
  const keys = input.map((l) => squashed(l.text));
  keys.forEach((k, i) => {
    const list = at.get(k);
    if (list) list.push(i);
    else if (k) at.set(k, [i]);
  });
  /** The first line after `i` with the same text as line `k` (a binary search: a line may recur thousands of times). */
  const after = (k: number, i: number): number => {
    const list = at.get(keys[k] ?? '') ?? [];
    return list[lowerBound(list, i + 1)] ?? -1;
  };
  const listable = (i: number): boolean => {
    const l = input[i];
    return (
      !!l &&
      !l.table &&
      l.ev?.heading === undefined &&
      l.ev?.list === undefined &&
      (keys[i]?.length ?? 0) > 0 &&
      l.text.length <= 80 &&
      after(i, i) > i
    );
  };
  const out: number[] = [];
  for (let i = 0; i < input.length; ) {
    let end = i;
    while (end < input.length && listable(end)) end++;
    if (end - i >= 5) {
      let cur = end - 1;
      let matched = 0;
      let spread = 0;
      for (let k = i; k < end; k++) {
        const j = after(k, cur);
        if (j < 0) continue;
        if (matched > 0 && j - cur > 1) spread++;
        matched++;
        cur = j;
      }
      if (matched >= (end - i) * 0.8 && spread >= (matched - 1) * 0.5) {
        // The contents go on to where the body opens with their first entry: entries for parts the copy left out
        // ("八、组织工作", "附件：1.…任务说明") sit between, short lines all.
        const body = after(i, end - 1);
        const short = (k: number) => !input[k]?.table && (input[k]?.text.length ?? 0) <= 80;
        let stop = end;
        if (body > end && body - end <= end - i + 12) while (stop < body && short(stop)) stop++;
        for (let k = i; k < (stop === body ? body : end); k++) out.push(k);
      }
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

function lineReason(raw: string, counts: Map<string, number>, prev: string, structure: boolean): RemovalReason | null {
  const text = foldAscii(raw);
  if (DOWNLOAD.test(text) && text.length < 120) return 'download notice';
  if (NAV.test(text) || BREADCRUMB.test(text)) return 'site navigation';
  if (META.test(text) && text.length <= 80) return 'page metadata';
  // A site's meta line: the page's date beside its source, author or view count ("时间：2024-08-30 09:12:45 来源：…").
  if (SITE_META.test(text) && text.length <= 120) return 'page metadata';
  // (A heading element "参考资料" is a part of the document as its author set it.)
  if (REFERENCE_HEAD.test(text) && !structure) return 'reference list heading';
  // …one entry, or several a PDF copy ran together (each with its leader).
  // (The leader's length is the page's width, not the entry's: the words before it are what must be short.)
  if (CONTENTS_ENTRY.test(text) && (text.replace(LEADER, '').length <= 80 || (text.match(LEADER) ?? []).length >= 2))
    return 'table of contents';
  if (CONTENTS_MARK.test(text.trim())) return 'table of contents';
  if (PAGE.test(text)) return 'page number';
  if (
    (counts.get(raw) ?? 0) >= 3 &&
    raw !== prev &&
    !/[:：]$/.test(text) &&
    !/^\S{0,40}(?:方案|计划|策划书?|章程|总结)/.test(text)
  ) {
    return 'repeated line';
  }
  return null;
}

/** Short lines that recur across the text are running headers/footers; titles printed twice in a row are not. */
function countShortLines(lines: Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  let prev = '';
  for (const { text } of lines) {
    if (text.length <= 30 && text !== prev && !/^[\d一二三四五六七八九十(（]/.test(text)) {
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    prev = text;
  }
  return counts;
}
