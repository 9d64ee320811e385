/**
 * Builds a plan's outline from its classified segments: numbered headings, month lines and bare labels become nodes
 * with levels; running text, fields and spans are kept under the node they follow, for the field extractors.
 */
import type { Segment } from './classify.ts';
import { assignLevels, rankOf, SCHEDULE_PARENT } from './levels.ts';
import { parseMarker } from './markers.ts';
import { PHASE_ALONE } from './when.ts';
import { structuredLevels, type StructuredLevelInput } from './structure-levels.ts';
import { headingText } from './heading-text.ts';

export interface OutlineNode {
  level: number;
  marker: string;
  text: string;
  style: string;
  /** Text after the heading on its own line (value after a colon, or a run-in body). */
  inline: string;
  /** Segments between this node and the next one. */
  content: Segment[];
  segment: Segment;
}

export interface Outline {
  nodes: OutlineNode[];
  /** Segments before the first node. */
  preamble: Segment[];
}

export function buildOutline(segments: Segment[]): Outline {
  const nodes: OutlineNode[] = [];
  const preamble: Segment[] = [];
  const inputs: StructuredLevelInput[] = [];
  let structured = false;
  // For list items: which of the open list levels hold a node, so a list under a plain bullet does not skip a level.
  let chain: boolean[] = [];
  // Word keeps lists flat: a bullet heading ("• 第二周") and the numbered list under it share one depth. While such a
  // bullet is open, the numbered items after it at its depth sit one deeper.
  let flat: number | undefined;
  // Word's automatic 一、 over typed "1、…" paragraphs: when numbered lines sit outside lists, a top-level item whose
  // number Word displays ranks among them by its numbering, like a typed one, not one level below them.
  const typed = segments.some(
    (s) => s.kind === 'heading' && s.ev !== undefined && !s.ev.list && s.ev.heading === undefined,
  );
  for (const s of segments) {
    const node = toNode(s);
    const ev = s.ev;
    if (ev) structured = true;
    let list: number | undefined;
    // A heading or label at the margin ends the lists above it; a plain paragraph between items ("BREAK: 15 minutes"
    // between a) and b)) does not: Word's numbering goes on after it.
    if (ev?.list && typed && ev.list.depth === 0 && ev.list.ordered && s.kind === 'heading') {
      chain = [];
    } else if (ev?.list) {
      let d = ev.list.depth;
      if (flat !== undefined && ev.list.ordered && d === flat) d += 1;
      else if (flat !== undefined && d <= flat) flat = undefined;
      if (node !== null && !ev.list.ordered && !ev.list.parent) flat = d;
      chain = chain.slice(0, d);
      list = chain.filter(Boolean).length;
      chain[d] = node !== null;
    } else if (ev && !ev.indent && s.kind !== 'table' && node !== null) {
      chain = [];
      flat = undefined;
    }
    // The list a lead-in introduces ("Standing meeting agenda: 1. …") belongs to the section the lead-in is in.
    if (node && s.kind === 'heading' && s.value === 1 && lastLeadIn(nodes[nodes.length - 1])) {
      const prev = inputs[inputs.length - 1];
      if (prev) prev.opens = true;
    }
    if (node) {
      nodes.push(node);
      const input: StructuredLevelInput = {
        style: node.style,
        value: rankValue(node.segment),
        text: node.text,
        inline: node.inline.length > 0,
        opens: node.inline.length === 0 && (s.kind === 'heading' || s.kind === 'label') && /[:：]\s*$/.test(s.raw),
      };
      if ((nodes[nodes.length - 2]?.content.length ?? 0) > 0) input.afterContent = true;
      if (ev?.heading !== undefined) input.rank = ev.heading;
      if (s.kind === 'label' && s.outline) input.outline = true;
      if (ev?.indent !== undefined && !ev.list) input.indent = ev.indent;
      else if (!ev) input.indent = s.indent ?? 0;
      if (list !== undefined) input.list = list;
      inputs.push(input);
    } else (nodes[nodes.length - 1]?.content ?? preamble).push(s);
  }
  boldLabelRanks(nodes, inputs);
  // One item of a numbered series set as a heading element among its plain siblings ("实验二" in Heading 1 between
  // plain 实验一 and 实验三) ranks by its numbering, as they do.
  seriesRanks(inputs);
  strayListItems(inputs);
  loneItemRanks(nodes, inputs);
  invertedRanks(inputs);
  numberingAcrossRanks(inputs);
  numberingWithinRank(inputs);
  numberingWithinList(inputs);
  const levels = structured ? structuredLevels(inputs) : assignLevels(inputs);
  nodes.forEach((n, i) => {
    n.level = levels[i] ?? 1;
  });
  phaseParts(nodes);
  // A bare number left with nothing under it ("二、" at the end of a page) is not a heading after all.
  const kept = nodes.filter((n, i) => n.text !== '' || n.content.length > 0 || (nodes[i + 1]?.level ?? 0) > n.level);
  return { nodes: kept, preamble };
}

/**
 * "第一阶段：触觉感知与…理论基础" outside any section about time is a numbered part of the plan named after its colon, as
 * a course outline divides its lessons; under "教学阶段规划" or "时间安排" it is a period of the schedule.
 */
function phaseParts(nodes: OutlineNode[]): void {
  nodes.forEach((n, i) => {
    const s = n.segment;
    const m = s.kind === 'month' && s.rest && !s.label && PHASE_ALONE.test(s.when) ? parseMarker(s.when) : null;
    if (!m || s.kind !== 'month') return;
    for (let k = i - 1, level = n.level; k >= 0 && level > 1; k--) {
      const above = nodes[k];
      if (!above || above.level >= level) continue;
      if (SCHEDULE_PARENT.test(above.text)) return;
      level = above.level;
    }
    const { text, body } = headingText(s.rest);
    Object.assign(n, { marker: m.marker, text, style: m.style, inline: body });
  });
}

/**
 * Items of a numbered series set as heading elements among plain lines of their numbering ("实验二" in Heading 1
 * between plain 实验一 and 实验三; a charter's 第二章 to 第七章 in Heading 1, 第一章 and 第八章 plain) rank by their
 * numbering, as the plain ones do — unless the headings count on among themselves and plain lists of their style
 * start again under them ("1. 课程介绍" in Heading 2 over plain "1. 课程名称 / 2. … / 3. …", then "2. 课程安排"): then
 * the headings are the sections and the plain lines their items.
 */
function seriesRanks(inputs: StructuredLevelInput[]): void {
  const plain = (x: StructuredLevelInput) => x.rank === undefined && x.list === undefined;
  const members = new Map<string, StructuredLevelInput[]>();
  for (const x of inputs) {
    if (isUnnumbered(x.style) || x.list !== undefined) continue;
    const run = members.get(x.style);
    if (run) run.push(x);
    else members.set(x.style, [x]);
  }
  for (const run of members.values()) {
    if (!run.some(plain) || run.every(plain)) continue;
    const headings = run.filter((x) => !plain(x));
    const counted = headings.every((x, k) => x.value === k + 1);
    const first = run.indexOf(headings[0] as StructuredLevelInput);
    const last = run.indexOf(headings[headings.length - 1] as StructuredLevelInput);
    const listsUnder = run.some((x, k) => plain(x) && x.value === 1 && k > first && k < last);
    if (!(counted && headings.length >= 2 && listsUnder)) for (const x of headings) delete x.rank;
  }
}

/**
 * A list's item taken out of its list between its siblings (Word's "C. Homework" set in Heading 4 between the list
 * items "B." and "D."): an item of that list, at its depth.
 */
function strayListItems(inputs: StructuredLevelInput[]): void {
  const before: (StructuredLevelInput | undefined)[] = [];
  const after: (StructuredLevelInput | undefined)[] = [];
  const seen = new Map<string, StructuredLevelInput>();
  inputs.forEach((x, i) => {
    before[i] = seen.get(x.style);
    seen.set(x.style, x);
  });
  seen.clear();
  for (let i = inputs.length - 1; i >= 0; i--) {
    const x = inputs[i] as StructuredLevelInput;
    after[i] = seen.get(x.style);
    seen.set(x.style, x);
  }
  inputs.forEach((x, i) => {
    const prev = before[i];
    const next = after[i];
    if (x.list !== undefined || prev?.list === undefined || next?.list !== prev.list) return;
    if (prev.value + 1 !== x.value || x.value + 1 !== next.value) return;
    delete x.rank;
    x.list = prev.list;
  });
}

/**
 * Headings set alike but numbered in two styles ("四、规则描述" and "1. 预选规则" in one size): the lesser numbering,
 * starting again under each of the greater, sits inside it, as plain lines numbered so would. (A heading and its
 * translation numbered each their way, "1. Be Prepared" / "一、课前准备", count on together: siblings.)
 */
function numberingWithinRank(inputs: StructuredLevelInput[]): void {
  const ranked = inputs.filter((x) => x.rank !== undefined && !isUnnumbered(x.style));
  // Per rank: the greatest numbering set at it, and how often each numbering starts at 1 there.
  const top = new Map<number, number>();
  const starts = new Map<string, number>();
  for (const x of ranked) {
    top.set(x.rank ?? 0, Math.min(top.get(x.rank ?? 0) ?? Number.POSITIVE_INFINITY, rankOf(x.style)));
    if (x.value === 1) starts.set(`${x.rank} ${x.style}`, (starts.get(`${x.rank} ${x.style}`) ?? 0) + 1);
  }
  const shifts = ranked.map((x) => {
    const least = top.get(x.rank ?? 0) ?? rankOf(x.style);
    // (A decimal's own number says it is inside the greater one: "§2.1 — President" under "§2 — Qualifications".)
    const restarts = (starts.get(`${x.rank} ${x.style}`) ?? 0) > 1 || /\.1$/.test(x.style);
    return rankOf(x.style) > least && restarts ? (rankOf(x.style) - least) / 100 : 0;
  });
  ranked.forEach((x, k) => {
    x.rank = (x.rank ?? 0) + (shifts[k] ?? 0);
  });
}

/**
 * A lesser numbering set in a greater heading right under a section of a greater numbering ("三、课程内容" in h4, then
 * "1 Web前端开发技术综述" in h3 with nothing between): the page's sizes are upside down, the numbering is not — the
 * lesser items are that section's parts, down to its next sibling ("四、…").
 */
function invertedRanks(inputs: StructuredLevelInput[]): void {
  inputs.forEach((x, i) => {
    const above = inputs[i - 1];
    if (above?.rank === undefined || x.rank === undefined || x.rank >= above.rank || x.afterContent) return;
    if (x.value !== 1 || isUnnumbered(x.style) || isUnnumbered(above.style)) return;
    if (rankOf(x.style) <= rankOf(above.style)) return;
    const from = x.rank;
    const shift = above.rank + 1 - from;
    for (let k = i; k < inputs.length; k++) {
      const y = inputs[k] as StructuredLevelInput;
      if (y.style === above.style) break;
      if (y.rank !== undefined && y.rank >= from && y.rank < above.rank + 1) y.rank += shift;
    }
  });
}

/**
 * A numbered heading set at another rank than the one it counts on from ("1.一二四制度" in Heading 1, then "2.…" to
 * "6.…" in Heading 2): the numbering says they are siblings, so the later ones take the first one's rank.
 */
function numberingAcrossRanks(inputs: StructuredLevelInput[]): void {
  const last = new Map<string, StructuredLevelInput>();
  for (const x of inputs) {
    if (x.rank === undefined || isUnnumbered(x.style)) continue;
    const before = last.get(x.style);
    if (before?.rank !== undefined && x.value === before.value + 1 && before.rank !== x.rank) x.rank = before.rank;
    last.set(x.style, x);
  }
}

/**
 * Items of lists that are all at one depth but numbered in several styles ("一、" over "1、" over "(1)", as Word writes
 * each style as a list of its own at its first level): the depth says nothing between them, so their numbering
 * nests them, as it would lines outside lists.
 */
function numberingWithinList(inputs: StructuredLevelInput[]): void {
  for (let i = 0; i < inputs.length; ) {
    let end = i;
    while (end < inputs.length && inputs[end]?.list !== undefined && inputs[end]?.rank === undefined) end++;
    const run = inputs.slice(i, Math.max(end, i + 1));
    i = Math.max(end, i + 1);
    const depths = new Set(run.map((x) => x.list));
    const styles = new Set(run.filter((x) => !isUnnumbered(x.style)).map((x) => x.style));
    if (run.length < 2 || depths.size !== 1 || styles.size < 2 || run.some((x) => isUnnumbered(x.style))) continue;
    const got = assignLevels(run);
    run.forEach((x, k) => {
      x.list = (x.list ?? 0) + (got[k] ?? 1) - 1;
    });
  }
}

/**
 * Labels set in bold over labels set plain ("LOGISTICS:" over "Software Needed:", in a file with no heading styles):
 * the bold ones head the parts the plain ones are in, one rank below the file's own headings.
 */
function boldLabelRanks(nodes: OutlineNode[], inputs: StructuredLevelInput[]): void {
  const label = (k: number) =>
    inputs[k]?.style === 'label' && inputs[k]?.rank === undefined && inputs[k]?.list === undefined;
  // Bold as a whole, or named by its bold words alone ("**Introductions** slides"): a bold label either way.
  const bold = (k: number) => {
    const ev = nodes[k]?.segment.ev;
    return ev?.emphasis === 'all' || (ev?.emphasis === 'lead' && nodes[k]?.text === ev.lead?.trim());
  };
  const boldLabels = inputs.flatMap((_, k) => (label(k) && bold(k) ? [k] : []));
  // Only where a bold label has a plain one after it before the next bold one.
  const over = boldLabels.some((k, n) => {
    for (let j = k + 1; j < (boldLabels[n + 1] ?? inputs.length); j++) if (label(j) && !bold(j)) return true;
    return false;
  });
  // Sections numbered 一、 set in the same bold are the outline's frame: the numbering decides, not the look.
  const numberedBold = inputs.some(
    (x, k) => bold(k) && !isUnnumbered(x.style) && x.list === undefined && rankOf(x.style) <= 2,
  );
  // Bold labels in capitals ("COMPETITION DETAILS") over bold ones in small letters ("Semifinals Round"), the first
  // and some more in capitals: the capitals name the sections, the others their parts, as a style guide sets them.
  const capitals = (k: number) => CAPITALS.test(nodes[k]?.text ?? '');
  const caps = boldLabels.filter(capitals).length;
  const cased = boldLabels[0] !== undefined && capitals(boldLabels[0]) && caps >= 2 && caps < boldLabels.length;
  if (boldLabels.length < 2 || !(over || cased) || numberedBold) return;
  const below = inputs.reduce((most, x) => Math.max(most, x.rank ?? 0), 0) + 1;
  for (const k of boldLabels) (inputs[k] as StructuredLevelInput).rank = cased && !capitals(k) ? below + 1 : below;
}

/** A label in capital letters: two letters at least, none small. */
const CAPITALS = /^(?=(?:[^A-Za-z]*[A-Z]){2})[^a-z]+$/;

/**
 * Numbered list items that stand one at a time, each followed by lines outside any list, numbered on from one to the
 * next ("1. 总则" / "第一条 …" / "第二条 …" / "2. 业务范围" / "第七条 …"): a Word document's chapters as a converter
 * writes them to Markdown. They head the lines after them, as headings do, one rank below any heading element.
 */
function loneItemRanks(nodes: OutlineNode[], inputs: StructuredLevelInput[]): void {
  const item = (k: number) => {
    const list = nodes[k]?.segment.ev?.list;
    return list?.ordered && list.depth === 0;
  };
  const lone = inputs.flatMap((x, k) => {
    const after = inputs[k + 1];
    const alone = item(k) && !item(k - 1) && after !== undefined && !item(k + 1) && after.list === undefined;
    return alone && after.rank === undefined && x.rank === undefined && !isUnnumbered(x.style) ? [k] : [];
  });
  const values = lone.map((k) => inputs[k]?.value ?? 0);
  const onwards = values.every((v, n) => v === n + 1);
  // The lines under them are numbered, not a mere paragraph between two items.
  const numbered = lone.every((k) => !isUnnumbered(inputs[k + 1]?.style ?? 'label'));
  if (lone.length < 2 || !onwards || !numbered) return;
  const below = inputs.reduce((most, x) => Math.max(most, x.rank ?? 0), 0) + 1;
  for (const k of lone) {
    const x = inputs[k] as StructuredLevelInput;
    delete x.list;
    x.rank = below;
  }
}

/** Whether a node's text ends with a lead-in that introduces a list ("基本要求：" before "1、…"). */
const lastLeadIn = (n: OutlineNode | undefined): boolean => {
  const last = n?.content[n.content.length - 1];
  return last?.kind === 'text' && /[:：]\s*$/.test(last.raw);
};

const isUnnumbered = (style: string): boolean => style === 'label' || style === 'month';

function rankValue(s: Segment): number {
  return s.kind === 'heading' ? s.value : 1;
}

/** The weeks a numbered part takes, set after its name ("实验二 多核编程 4-6周"): the schedule's, not the name's. */
export const TRAILING_WEEKS = /\s+(第?\s*\d{1,2}\s*(?:[-–—~～至到]\s*\d{1,2}\s*)?[周週])$/;

/**
 * A numbered part named by its number alone, on a line of its own: a chapter or an article by its ordinal
 * ("第一章", "第十一条"), a chapter set in bold over its articles ("**Chapter I**"), or a word and a number typed over
 * the part's items.
 */
const namesPart = (s: Segment & { kind: 'heading' }): boolean =>
  (s.style.startsWith('第') && s.ev?.list === undefined) ||
  (/^[a-z]+$/.test(s.style) && (s.ev === undefined || (CHARTER_WORD.test(s.style) && s.ev.emphasis === 'all')));

/** Words that number the parts that hold a charter's articles (an article's name may follow on the next line). */
const CHARTER_WORD = /^(?:chapter|part)$/;

function toNode(s: Segment): OutlineNode | null {
  switch (s.kind) {
    case 'heading':
      // A number with nothing after it ("3、" left at the end) is no heading; a heading element that is only its number
      // ("### 第十一条", an article without a title) is one, and so is a typed line naming a part by a word alone over
      // its items ("Section A" over "1. …"; a PDF's such line takes the name under it).
      if (!s.text && s.ev?.heading === undefined && !namesPart(s)) return null;
      return {
        level: 1,
        marker: s.marker,
        text: s.text.replace(TRAILING_WEEKS, '').trim() || s.text,
        style: s.style,
        inline: s.body,
        content: [],
        segment: s,
      };
    case 'month': {
      if (s.label)
        return { level: 1, marker: '', text: s.label, style: 'month', inline: s.rest, content: [], segment: s };
      // "Week 3: Reading circles" — an English week number is a marker (like Session 2), its text the rest.
      // (A heading element naming a week is the week's heading: "### Week 2: Protocol Fundamentals" reads "Week 2".)
      const text = s.week && /^week\s/i.test(s.when) && s.ev?.heading === undefined ? headingText(s.rest).text : '';
      if (text) return { level: 1, marker: s.when, text, style: 'month', inline: s.rest, content: [], segment: s };
      return { level: 1, marker: '', text: s.when, style: 'month', inline: s.rest, content: [], segment: s };
    }
    case 'label':
      return { level: 1, marker: '', text: s.text, style: 'label', inline: '', content: [], segment: s };
    default:
      return null;
  }
}

/** The nodes directly under node `i` (one level deeper, before the next node at its level or above). */
export function childrenOf(nodes: OutlineNode[], i: number): OutlineNode[] {
  const parent = nodes[i];
  if (!parent) return [];
  const out: OutlineNode[] = [];
  for (let j = i + 1; j < nodes.length; j++) {
    const n = nodes[j];
    if (!n || n.level <= parent.level) break;
    if (n.level === parent.level + 1) out.push(n);
  }
  return out;
}
