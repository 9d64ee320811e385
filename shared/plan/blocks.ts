/**
 * The block model: what every reader (plain text, Markdown, web page, Word, PDF) makes of its input before the
 * extractor sees it. A block is one visible line of the rendered document with the evidence the reader had about
 * it — heading rank, list depth and displayed marker, emphasis, indentation, font size — or a whole table. Evidence
 * informs headings and levels; numbering and the extractor's reading of the text still decide.
 */

/** How a list item was marked up: its nesting and, for automatic numbering, the marker a reader sees. */
export interface ListEvidence {
  /** 0 for a top-level list, 1 for a list inside an item, … */
  depth: number;
  ordered: boolean;
  /** The marker a reader sees for automatic numbering ("1.", "a.", "一、"); absent for bullets. */
  marker?: string;
  /** Whether nested content (a sub-list, further paragraphs) hangs under the item. */
  parent: boolean;
}

export interface TextBlock {
  kind: 'text';
  /** One visible line: inline markup removed, soft line breaks joined as the page renders them. */
  text: string;
  /** Heading rank as marked up: h1–h6, `#` depth, Word's Heading N, a PDF line's size rank (1 = largest). */
  heading?: number;
  list?: ListEvidence;
  /** 'all': the whole line is bold; 'lead': it opens with a bold run-in phrase (`lead`). */
  emphasis?: 'all' | 'lead';
  lead?: string;
  /** Indentation steps (nested blocks, left margin); 0 at the body's margin. */
  indent?: number;
  /** Font size relative to the body text (1 = body). */
  size?: number;
  /** Inside a block quote. */
  quote?: boolean;
  /** Source line (1-based) for reports; readers without lines number the blocks. */
  no?: number;
}

export interface TableCell {
  /** The cell's visible lines (a line break inside a cell splits them). */
  lines: string[];
}

export interface TableBlock {
  kind: 'table';
  /** Rows of cells; a cell spanning several rows is repeated in each of them. */
  rows: TableCell[][];
  /** How many leading rows are header rows. */
  header: number;
  no?: number;
}

export type Block = TextBlock | TableBlock;

export type SourceKind = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export interface BlockDocument {
  source: SourceKind;
  blocks: Block[];
  /** A title the document states as metadata (Markdown front matter `title:`). */
  title?: string;
  /** Goals the document states as metadata (front matter `goals:` / `objectives:`). */
  goals?: string[];
  /** What the reader set aside as page clutter (navigation, footers), for the report. */
  clutter?: string[];
}

/** A file laid out on pages (Word, PDF), which may open with a cover: the title set over lines of several sizes. */
export const hasCover = (source: SourceKind): boolean => source === 'pdf' || source === 'docx';

/** Whether the blocks carry structure beyond their text (so line re-joining and guessing can step back). */
export const isStructured = (doc: BlockDocument): boolean => doc.source !== 'text';

/** Collapse runs of whitespace to one space and trim: what a rendered line shows. */
export const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Whether a space goes between a line and the one the layout broke it from: between words, not Chinese characters. */
export function wrapsWithSpace(a: string, b: string): boolean {
  if (/[\u3000-\u9fff\uff00-\uffef]$/.test(a) || /^[\u3000-\u9fff\uff00-\uffef]/.test(b)) return false;
  if (/-$/.test(a) && /^[a-z]/.test(b)) return false;
  return !(/[([{“‘]$/.test(a) || /^[,.;:!?)\]}”’]/.test(b));
}

/** Join a line to the one the layout broke it from; a word hyphenated at the break is one word again. */
export function joinWrapped(a: string, b: string): string {
  if (wrapsWithSpace(a, b)) return `${a} ${b}`;
  if (/-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return a + b;
}

/**
 * One pass over the blocks joining a block with the one after it where `join` gives the two as one (a title broken
 * over two lines, a heading's number over its name); a block joined is not joined again.
 */
export function joinAdjacent(blocks: Block[], join: (a: Block, b: Block | undefined) => Block | null): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const a = blocks[i] as Block;
    const both = join(a, blocks[i + 1]);
    out.push(both ?? a);
    if (both) i++;
  }
  return out;
}
