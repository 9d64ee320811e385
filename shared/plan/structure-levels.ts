/**
 * Levels for a document whose reader saw its structure. Heading elements nest by rank (an h3 under an h2, however
 * many ranks are skipped); between two of them, the lines outside lists take their levels from their numbering
 * (./levels.ts), one below the heading; a list sits one below the line that introduced it (the label or numbered
 * line before it, else the heading) and its nested lists one further per depth. So a missed or extra heading moves
 * only its own section, never the whole document.
 */
import { assignLevels, type LevelInput } from './levels.ts';

export interface StructuredLevelInput extends LevelInput {
  /** Heading rank from the markup (1 = h1). */
  rank?: number;
  /** Nesting depth of the list the line is an item of (0 = top-level list). */
  list?: number;
}

/** How many of the siblings before it a heading is paired with: a week's few sections, not a list of hundreds. */
const SIBLINGS = 12;

export function structuredLevels(items: StructuredLevelInput[]): number[] {
  const levels = new Array<number>(items.length).fill(1);
  const headings: {
    rank: number;
    level: number;
    base: number;
    children: { key: string; rank: number }[];
    unit?: number;
  }[] = [];
  // Section names already seen side by side under one heading ("Outline", "Exercises", "Learning Objectives" in week
  // 1): when a later block writes one of them a rank higher, the next heading (at the rank it had then) is still its
  // sibling, not its child. Keyed by the pair, the value is the second name's rank then.
  const siblingsSeen = new Map<string, number>();
  const siblingRank = (i: number): number | undefined => {
    const it = items[i];
    let j = i + 1;
    while (j < items.length && items[j]?.rank === undefined) j++;
    const next = items[j];
    if (it?.rank === undefined || next?.rank === undefined || next.rank <= it.rank) return undefined;
    return siblingsSeen.get(`${sectionKey(it.text)}\n${sectionKey(next.text)}`) === next.rank ? next.rank : undefined;
  };
  let base = 0;
  let group: number[] = [];
  const flushGroup = () => {
    if (group.length === 0) return;
    const got = assignLevels(group.map((i) => items[i] as LevelInput));
    group.forEach((i, k) => {
      levels[i] = base + (got[k] ?? 1);
    });
    group = [];
  };
  // First pass: heading ranks, and the numbering of the lines outside lists within each section.
  const sectionBase = new Array<number>(items.length).fill(0);
  items.forEach((it, i) => {
    if (it.rank !== undefined) {
      flushGroup();
      // "### Week 1 / ### Day 1": at one rank, a day sits inside the week open above it.
      const unit = unitOf(it.text);
      const within =
        unit !== undefined && headings.some((h) => h.base === it.rank && h.unit !== undefined && h.unit < unit);
      const rank = within ? it.rank + 0.5 : (siblingRank(i) ?? it.rank);
      while (headings.length > 0 && (headings[headings.length - 1]?.rank ?? 0) >= rank) headings.pop();
      const level = (headings[headings.length - 1]?.level ?? 0) + 1;
      const key = sectionKey(it.text);
      const parent = headings[headings.length - 1];
      if (parent)
        for (const k of parent.children.slice(-SIBLINGS))
          siblingsSeen.set(`${k.key}\n${key}`, it.rank).set(`${key}\n${k.key}`, k.rank);
      parent?.children.push({ key, rank: it.rank });
      headings.push({ rank, level, base: it.rank, children: [], ...(unit !== undefined ? { unit } : {}) });
      levels[i] = level;
      base = level;
      return;
    }
    sectionBase[i] = base;
    if (it.list === undefined) group.push(i);
  });
  flushGroup();
  // Second pass: each list hangs under the line before it in its section — unless it goes on with a list above it in
  // the section ("1. … 2. … 3. …", a bold "器件具体型号" and its lines, then "4. …"): then it is that list again, and
  // what came between belongs to the item before it.
  let anchor = 0;
  let lastItem = new Map<string, number>();
  items.forEach((it, i) => {
    if (it.rank !== undefined) {
      anchor = levels[i] ?? 1;
      lastItem = new Map();
      return;
    }
    if (it.list === undefined) {
      anchor = levels[i] ?? 1;
      return;
    }
    const before = it.list === 0 && it.value > 1 ? lastItem.get(it.style) : undefined;
    const prev = before === undefined ? undefined : items[before];
    if (before !== undefined && prev && prev.value + 1 === it.value && i > before + 1) {
      const level = levels[before] ?? 1;
      for (let j = before + 1; j < i; j++) if ((levels[j] ?? 1) <= level) levels[j] = level + 1;
      levels[i] = level;
      anchor = level - 1;
    } else levels[i] = Math.max(sectionBase[i] ?? 0, anchor) + 1 + it.list;
    if (it.list === 0) lastItem.set(it.style, i);
  });
  return levels;
}

/** Units of time that contain one another, larger first: a month holds weeks, a week holds days. */
const UNITS = [
  /^(?:month\s*\d|第\s*[\d一二三四五六七八九十]{1,3}\s*个?月|[\d一二三四五六七八九十]{1,3}\s*月份)/i,
  /^(?:week\s*\d|第\s*[\d一二三四五六七八九十]{1,3}\s*[周週])/i,
  /^(?:day\s*\d|第\s*[\d一二三四五六七八九十]{1,3}\s*[天日])/i,
];

/** A heading's words as a section name: case and spacing aside. */
function sectionKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function unitOf(text: string): number | undefined {
  const k = UNITS.findIndex((re) => re.test(text.trim()));
  return k >= 0 ? k : undefined;
}
