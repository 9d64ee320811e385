/**
 * A heading printed again where its section goes on: a slide deck's title on each slide of one section ("Course
 * Schedule" over Day 1, again over Day 2…), a page's "Schedule (cont.)", "课程安排（续）". With no other heading of its
 * rank or above since the first, it opens nothing new: the section's content goes on under the first.
 */
import type { Block } from './blocks.ts';
import { parseMarker } from './markers.ts';

/** The words of a heading without a "continued" mark. */
const base = (text: string): string =>
  text
    .replace(/\s*(?:[(（]\s*(?:cont(?:inued|'d|\.)?|续(?:表|上页)?)\s*[)）]|[-–—:]\s*continued)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function dropContinuedHeadings(blocks: Block[]): Block[] {
  /** The headings still open, outermost first (a heading closes every one of its rank or deeper). */
  const open: { rank: number; words: string }[] = [];
  return blocks.filter((b) => {
    if (b.kind !== 'text' || b.heading === undefined) return true;
    const rank = b.heading;
    const words = base(b.text);
    while ((open[open.length - 1]?.rank ?? -Infinity) > rank) open.pop();
    const top = open[open.length - 1];
    // A heading of this rank or above since would have closed the first.
    // (A numbered heading printed twice is a slip in its numbering: "### Section 4.02" twice, the second meaning 4.03.)
    const again = words !== '' && top?.rank === rank && top.words === words && parseMarker(b.text) === null;
    if (top?.rank === rank) open.pop();
    open.push({ rank, words });
    return !again;
  });
}
