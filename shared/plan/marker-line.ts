/**
 * A heading's number and its name set on two lines, as a book-like PDF or Word file sets a chapter: "Bylaw A" (or
 * "Chapter 3", "第一章") in one type, "Basic Laws" under it in a larger one. A reader reads one heading, "Bylaw A Basic
 * Laws", ranked as the larger of the two lines. So is a name set in bold body type under its number ("Article I" /
 * "Name"). And a step's number drawn in a badge over its heading is that heading's number.
 */
import { type Block, joinAdjacent, type TextBlock } from './blocks.ts';
import { markerAlone, parseMarker } from './markers.ts';

/** A word and a number or capital letter, alone: "Bylaw A", "Appendix 2", "Part IV". */
const WORD_NUMBER = /^(\p{Lu}\p{Ll}{2,11}) (?:\p{Lu}|\d{1,3})$/u;

const isHeading = (b: Block | undefined): b is TextBlock & { heading: number } =>
  b?.kind === 'text' && b.heading !== undefined && !b.list;

/** Whether a line is only a heading's number: a marker with no text, or a word and its number that recurs so. */
function numberOnly(text: string, words: Map<string, number>): boolean {
  const t = text.trim();
  const m = parseMarker(t);
  if (m) return m.end >= t.length;
  const w = WORD_NUMBER.exec(t);
  // One "Appendix A" alone proves nothing; the same word numbering two headings so is a series.
  return w !== null && (words.get(w[1] ?? '') ?? 0) >= 2;
}

/** "第十七条" alone: an article's number, whose text is the next line's. */
const isArticleNumber = (text: string): boolean => markerAlone(text)?.style === '第条';

export function joinMarkerLines(blocks: Block[]): Block[] {
  const words = new Map<string, number>();
  for (const b of blocks) {
    if (!isHeading(b)) continue;
    const w = WORD_NUMBER.exec(b.text.trim());
    if (w) words.set(w[1] ?? '', (words.get(w[1] ?? '') ?? 0) + 1);
  }
  const badges = numberBadges(blocks);
  return joinAdjacent(blocks, (a, b) => {
    // A step's number drawn in a badge over its heading ("1" / "#### 报名", "2" / "#### 笔试"): the heading's number.
    if (a.kind === 'text' && badges.has(a) && isHeading(b)) return { ...b, text: `${a.text.trim()} ${b.text.trim()}` };
    // An article's number alone on its line over its text ("第十七条" / "理事会会议应当制作会议记录…"): one article.
    if (a.kind === 'text' && !isHeading(a) && !a.list && b?.kind === 'text' && !b.list && isArticleNumber(a.text))
      return parseMarker(b.text.trim()) ? null : { ...b, text: `${a.text.trim()} ${b.text.trim()}` };
    if (!isHeading(a) || b?.kind !== 'text' || !numberOnly(a.text, words)) return null;
    // The name is set as large as its number or larger; a smaller heading under it is its first section
    // ("## Session 2" / "### Contents"). A name set in bold body type under it ("Article I" / "Name") is its name too.
    const named = isHeading(b) ? b.heading <= a.heading : !b.list && b.emphasis === 'all';
    const text = b.text.trim();
    if (!named || parseMarker(text) || WORD_NUMBER.test(text) || text.length > 60) return null;
    return { ...b, text: `${a.text.trim()} ${text}`, heading: isHeading(b) ? b.heading : a.heading };
  });
}

/**
 * Numbers alone in plain type, each right over a heading with no number of its own, counting 1, 2, 3…: a page's step
 * badges (a timeline's circles). Two in a row at least; one number alone may be a page's number or a count.
 */
function numberBadges(blocks: Block[]): Set<Block> {
  const found: { block: Block; value: number }[] = [];
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind !== 'text' || isHeading(b) || b.list || !/^\d{1,2}$/.test(b.text.trim())) return;
    if (isHeading(next) && !parseMarker(next.text.trim())) found.push({ block: b, value: Number(b.text.trim()) });
  });
  const out = new Set<Block>();
  let run: typeof found = [];
  const close = () => {
    if (run.length >= 2) for (const x of run) out.add(x.block);
  };
  for (const x of found) {
    const last = run[run.length - 1];
    if (last && x.value === last.value + 1) run.push(x);
    else {
      close();
      run = x.value === 1 ? [x] : [];
    }
  }
  close();
  return out;
}
