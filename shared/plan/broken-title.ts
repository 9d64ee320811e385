/**
 * A title set over two lines of the same look ("南京中医药大学普通全日制本科生" / "学士学位授予工作实施细则", both bold):
 * Word, WPS and PDF files break a long centred title where it fits, and a reader reads one title. The two lines are
 * joined when only together they name a kind of document.
 */
import { type Block, joinAdjacent, type TextBlock } from './blocks.ts';
import { parseMarker } from './markers.ts';
import { isTitleLike, spacedOut } from './title.ts';
import { RUNS_ON } from './vocabulary.ts';

/** Set as a title is: bold or a heading, not a list item. */
const titleSet = (b: Block | undefined): b is TextBlock =>
  b?.kind === 'text' && !b.list && (b.heading !== undefined || b.emphasis === 'all');

const sameLook = (a: TextBlock, b: TextBlock): boolean =>
  a.heading === b.heading && a.emphasis === b.emphasis && a.size === b.size;

/** "附件1" over the attached document's title labels it; it is not the title's first half. */
const ATTACHMENT = /^附件\s*\d*\s*[:：]?$/;

/** Ends where a sentence or a label would, so the line is complete in itself. */
const closed = (t: string): boolean => /[。.!?！？；;:：,，、]$/.test(t.trim());

/** `cover`: the file has a cover page (Word, PDF), where a title may be set over lines of several sizes. */
export function joinBrokenTitles(input: Block[], cover = false): Block[] {
  const blocks = cover ? joinTopTitle(joinCoverTitle(joinRunOnTitle(input))) : input;
  return joinAdjacent(blocks, (a, b) =>
    titleSet(a) &&
    titleSet(b) &&
    sameLook(a, b) &&
    !parseMarker(a.text) &&
    !parseMarker(b.text) &&
    !closed(a.text) &&
    !ATTACHMENT.test(a.text.trim()) &&
    !isTitleLike(a.text) &&
    isTitleLike(joined(a.text, b.text))
      ? { ...a, text: joined(a.text, b.text) }
      : null,
  );
}

/**
 * A cover's title broken where its words run on ("THE CONSTITUTION" / "OF THE" / "COMPUTER SCIENCE STUDENTS
 * ASSOCIATION"): lines of one look at the top, each ending on a word that joins it to the next or followed by one
 * opening with such a word, are one title, whether or not the first names a kind of document alone.
 */
function joinRunOnTitle(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'table');
  let a = blocks[first];
  if (!titleSet(a) || parseMarker(a.text)) return blocks;
  let end = first + 1;
  for (let b = blocks[end]; titleSet(b) && sameLook(a, b) && !parseMarker(b.text); b = blocks[++end]) {
    if (!RUNS_ON.test(a.text.trim()) && !JOINS_ON.test(b.text.trim())) break;
    a = { ...a, text: joined(a.text, b.text) };
  }
  return end === first + 1 ? blocks : [...blocks.slice(0, first), a, ...blocks.slice(end)];
}

/** A line that opens on a word joining it to the line above ("OF THE", "for Group 8"). */
const JOINS_ON = /^(?:of|for|on|and|in|to)\b/i;

/** Chinese lines join without a space; Latin words keep one between them. */
function joined(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  return /[A-Za-z0-9]$/.test(x) && /^[A-Za-z0-9]/.test(y) ? `${x} ${y}` : `${x}${y}`;
}

/** A heading's rank, a bold line's below every heading's. */
const rank = (b: TextBlock): number => b.heading ?? 99;

/**
 * A cover's title set over two or three lines in falling sizes: the event, its part, the kind of document ("2026
 * 第六届智能无人系统应用挑战赛" / "算法赛道—无人车避障 3.0" / "竞赛规则（第三版）"). Only the last line names a kind; read
 * together they are the title.
 */
function joinCoverTitle(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'table');
  const run: TextBlock[] = [];
  for (let i = first; i >= 0 && i < first + 3; i++) {
    const b = blocks[i];
    if (!titleSet(b) || parseMarker(b.text) || closed(b.text) || ATTACHMENT.test(b.text.trim())) break;
    run.push(b);
  }
  const head = run[0];
  const last = run[run.length - 1];
  if (!head || !last || run.length < 2 || !isTitleLike(last.text)) return blocks;
  if (run.slice(0, -1).some((b) => isTitleLike(b.text))) return blocks;
  // Set large over smaller lines, as a cover is; lines of one look are joined (or not) by joinBrokenTitles.
  if (run.some((b, k) => k > 0 && rank(b) < rank(head)) || run.every((b) => sameLook(b, head))) return blocks;
  const text = run.map((b) => b.text.trim()).reduce(joined);
  return [...blocks.slice(0, first), { ...head, text }, ...blocks.slice(first + run.length)];
}

/**
 * A file's first line broken where the page ran out ("Computational Neuroscience Summer" / "Program: Introductory
 * Course"): two lines at the top in a heading type no later line uses, the first not closed. The file's largest type
 * is its title's, so the two are one title whatever words they hold.
 */
function joinTopTitle(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'table');
  const a = blocks[first];
  const b = blocks[first + 1];
  const top = titleSet(a) ? a.heading : undefined;
  if (!titleSet(a) || !titleSet(b) || top === undefined || !sameLook(a, b)) return blocks;
  if (parseMarker(a.text) || parseMarker(b.text) || closed(a.text) || ATTACHMENT.test(a.text.trim())) return blocks;
  // A first line naming a kind of document is whole ("Workshop Agenda" over its subject); a kind spaced out under the
  // title ("规 则") is the title block's, read with it there.
  if (isTitleLike(a.text) || spacedOut(b.text)) return blocks;
  if (blocks.some((c, i) => i > first + 1 && c.kind === 'text' && c.heading !== undefined && c.heading <= top))
    return blocks;
  return [...blocks.slice(0, first), { ...a, text: joined(a.text, b.text) }, ...blocks.slice(first + 2)];
}
