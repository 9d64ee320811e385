/**
 * Schedule entries: month or week lines with the items under them ("三月份：1、… 2、…", "五月份、三年级英语观摩课"),
 * time fields ("时间：8月9日—12日，每天15:00——16:15", "五、活动时间：2012年3月28日") and bare date spans.
 * Times mentioned in prose are not entries; neither are empty or placeholder times.
 */
import type { PlanScheduleEntry } from './types.ts';
import { childrenOf, type Outline, type OutlineNode, TRAILING_WEEKS } from './outline.ts';
import { firstSentence } from './heading-text.ts';
import type { Segment } from './classify.ts';
import { foldAscii } from './normalize.ts';
import { DATE_HEADING, datedItem, EN_MONTH, monthDay } from './when.ts';
import { readTableBlock } from './tables.ts';

const TIME_LABEL =
  /^(?:(?:活动|小组|培训|实施|研修)?(?:时间|日期|时间安排)|截止(?:时间|日期)|(?:meeting )?(?:time|dates?|when)|deadline|due date)$/i;

/** A day as a label's bracket gives it: "4.16", "5月8日", "Oct 3". */
const LABEL_DAY = `(?:${monthDay('[./]')}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]?|${EN_MONTH}\\s+\\d{1,2})`;

/**
 * A short label ending in a date in brackets, "实验课（4.16）", "Review (Oct 3)", "期中考试（5月8日）", or a shorter one
 * (a phase's name, not a sentence) ending in the span of its days: "技术研究与准备阶段（7月4日-7月15日）".
 */
const DATED_LABEL = new RegExp(
  `^(?:[^()（）]{1,20}[(（]\\s*${LABEL_DAY}|[^()（）\\s]{1,12}[(（]\\s*${LABEL_DAY}\\s*[-–—~～至到]\\s*(?:${LABEL_DAY}|\\d{1,2}\\s*[日号]))\\s*[)）]$`,
  'i',
);

/**
 * A node that is an entry of the schedule by itself: a month or week line, or a section named with its dates, numbered
 * or not ("实验课（4.16）", "二、技术研究与准备阶段（7月4日-7月15日）").
 */
const isPeriod = (n: OutlineNode): boolean =>
  n.style === 'month' || ((n.style === 'label' || n.segment.kind === 'heading') && DATED_LABEL.test(n.text));

/**
 * Headings that are dates alone ("October 18, 2021" over the papers read that day), two and more: a series of
 * meetings, each an entry of the schedule. One such heading is the document's date, not a period of it.
 */
function dateHeadings(outline: Outline): Set<OutlineNode> {
  const dated = outline.nodes.filter(
    (n) => n.style === 'label' && n.segment.ev?.heading !== undefined && DATE_HEADING.test(n.text),
  );
  return new Set(dated.length >= 2 ? dated : []);
}

/** A numbered phase with its dates in brackets: "第一阶段（9月1日—9月15日）：…". */
const PHASE = /^(第[一二三四五六七八九十\d]{1,3}(?:阶段|周|步)\s*[(（][^)）]*\d[^)）]*[)）])\s*[:：]?\s*(.*)$/;

export function extractSchedule(outline: Outline): PlanScheduleEntry[] {
  const out: PlanScheduleEntry[] = [];
  const fromSegments = (segs: Segment[]) => {
    for (const s of segs) {
      if (s.kind === 'span') out.push({ when: s.when, items: [] });
      if (s.kind === 'text' && s.dated) out.push({ when: s.dated.when, items: [firstSentence(s.dated.rest)] });
      if (s.kind === 'table') out.push(...readTableBlock(s.table).schedule);
      if (s.kind === 'field' && TIME_LABEL.test(s.label) && usable(s.value))
        out.push({ when: s.value.trim(), items: [] });
    }
  };
  fromSegments(outline.preamble);
  const dated = dateHeadings(outline);
  outline.nodes.forEach((n, i) => {
    const heading = n.segment.kind === 'heading' ? n.segment : null;
    const opensDated = heading ? datedItem(afterMarker(heading.raw, heading.marker)) : null;
    const namedDated =
      heading && n.text && !TIME_LABEL.test(n.text) && /^[:：]/.test(afterText(n)) ? datedItem(n.inline) : null;
    if (n.style === 'month') {
      const inline = n.inline ? firstSentence(n.inline) : '';
      // A date that carries its item on its line ("Sep 26 meeting: Work session") has notes, not items, under it.
      const items = inline && n.segment.kind === 'month' && n.segment.label !== undefined ? [] : itemsUnder(outline, i);
      out.push({
        when: n.segment.kind === 'month' ? n.segment.when : n.text,
        items: inline ? [inline, ...items] : items,
      });
    } else if (n.segment.kind === 'heading' && PHASE.test(n.segment.raw)) {
      // "第一阶段（9月1日—9月15日）：组建小组" is a period of the schedule, like a month line.
      const m = PHASE.exec(n.segment.raw);
      const item = m?.[2] ? firstSentence(m[2]) : '';
      out.push({ when: (m?.[1] ?? '').trim(), items: item ? [item] : childrenOf(outline.nodes, i).map((c) => c.text) });
    } else if (n.segment.kind === 'heading' && TRAILING_WEEKS.test(n.segment.text)) {
      // "实验一VMware的安装和使用 1-3周": a part and the weeks it takes.
      const weeks = TRAILING_WEEKS.exec(n.segment.text)?.[1] ?? '';
      out.push({ when: weeks.trim(), items: [n.segment.raw.replace(TRAILING_WEEKS, '').trim()] });
    } else if (opensDated) {
      // "2、5月8日-5月12日，各组提交…": a numbered item that opens with its dates is also an entry of the schedule.
      const item = opensDated.rest ? firstSentence(opensDated.rest) : '';
      out.push({ when: opensDated.when, items: item ? [item] : [] });
    } else if (namedDated) {
      // "1. 课程学习： 1.7 - 1.17（10天）": an item named, then its dates.
      out.push({ when: namedDated.when, items: [n.text] });
    } else if (isPeriod(n) || dated.has(n)) {
      // "实验课（4.16）": a session named with its date in brackets is a period of the schedule.
      out.push({ when: n.text, items: itemsUnder(outline, i) });
    } else if (n.segment.kind === 'heading' && TIME_LABEL.test(n.text) && usable(n.inline)) {
      out.push({ when: n.inline.trim(), items: [] });
    }
    fromSegments(n.content);
  });
  return out;
}

/** A part of the day, labelling what happens then under a day's heading ("上午: …", "Afternoon: …"). */
const DAY_PART = /^(?:上午|下午|中午|晚上|早上|早晨|傍晚|全天|morning|afternoon|evening|all day)$/i;

/** A time that recurs and names no date ("每周六全天", "every Tuesday 5pm"): when the group meets, not an entry. */
const RECURRING = /^(?:每|逢|(?:every|each)\b)/i;
const DATED = /\d{1,2}\s*月|\d{1,4}[./-]\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * What happens in a period: the headings under it, less the periods inside it ("Week 1" holds "Day 1…", which are
 * entries of their own), and the top-level list items set under it or under those headings, in reading order.
 */
function itemsUnder(outline: Outline, i: number): string[] {
  const node = outline.nodes[i];
  if (!node) return [];
  const kids = childrenOf(outline.nodes, i).filter((c) => !isPeriod(c));
  const found: { no: number; text: string }[] = kids.map((c) => ({ no: c.segment.no, text: c.text }));
  const within: OutlineNode[] = [node];
  for (let j = i + 1; j < outline.nodes.length; j++) {
    const n = outline.nodes[j];
    if (!n || n.level <= node.level || isPeriod(n)) break;
    within.push(n);
  }
  // The list set right under it: the top level, or one below a period that is itself a list item.
  const top = (node.segment.ev?.list?.depth ?? -1) + 1;
  for (const n of within)
    for (const s of n.content) {
      if (s.kind === 'text' && s.ev?.list && (s.ev.list.depth === 0 || s.ev.list.depth === top))
        found.push({ no: s.no, text: firstSentence(s.raw) });
      // "上午: 基础工具开发说明": what a part of the day holds.
      if (s.kind === 'field' && DAY_PART.test(s.label.trim()) && s.value.trim())
        found.push({ no: s.no, text: firstSentence(s.value) });
    }
  // A period with nothing listed under it holds the line set right under it ("Week 1 (September 1)" / "Rings and
  // fields"): what it holds, as a list item would be.
  const line = node.content[0];
  if (found.length === 0 && line?.kind === 'text' && !line.ev?.list && line.raw.trim().length <= 80)
    found.push({ no: line.no, text: firstSentence(line.raw) });
  return found.sort((a, b) => a.no - b.no).map((x) => x.text);
}

const afterMarker = (raw: string, marker: string): string => raw.slice(raw.indexOf(marker) + marker.length).trim();
/** What follows a heading's text on its line ("： 1.7 - 1.17…" after "课程学习"). */
const afterText = (n: OutlineNode): string => {
  const rest = n.segment.kind === 'heading' ? afterMarker(n.segment.raw, n.segment.marker) : '';
  return rest.startsWith(n.text) ? rest.slice(n.text.length).trim() : '';
};

function usable(v: string): boolean {
  const t = foldAscii(v).trim();
  return (
    t.length > 0 &&
    !(RECURRING.test(t) && !DATED.test(t)) &&
    !/^[[【(（]?(?:具体|详细)?(?:时间|日期|待定)[\]】)）]?$/.test(t) &&
    !DURATION.test(t) &&
    /\d|[一二三四五六七八九十]月|周|xx/i.test(t)
  );
}

/** How long, not when: "3个月至半年期内", "两天", "2小时". */
const DURATION = /^[\d一二两三四五六七八九十半]+\s*(?:个(?:月|星期|小时)|(?:天|年|小时|分钟)(?!\s*\d))/;
