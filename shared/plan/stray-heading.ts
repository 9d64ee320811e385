/**
 * Heading styles put on what is no heading. A heading style on one item of a list typed by hand ("-Learn how…" /
 * "-Run flood map analysis…" / a Heading 1 "-Brainstorm on topics…"): Word carries a heading's style to the paragraph
 * before it when the author presses Enter at its start; the item is one of its list, not a section. And a paragraph
 * of sentences in a heading style (proseHeading).
 */
import type { Block, BlockDocument, TextBlock } from './blocks.ts';

/** A bullet typed at the start of a line: its character. */
const typedBullet = (text: string): string | null => /^([-–•·*])\s*\p{L}/u.exec(text.trim())?.[1] ?? null;

/** Longer than any section's name. */
const PROSE = 150;
/** A sentence ended inside the text, another after it. */
const SENTENCE_INSIDE = /[。！？!?](?=\s*\S)|[.;](?=\s+\p{Lu})/u;

/**
 * …and a paragraph of sentences set in a heading style (Word's Heading 1 on a rationale's paragraphs) is a paragraph:
 * a heading names its part in a few words. Word only: a Markdown heading is marked so on purpose, and a PDF's larger
 * prose is told apart by its reader.
 */
const proseHeading = (b: TextBlock, source: BlockDocument['source']): boolean =>
  source === 'docx' && b.text.length > PROSE && SENTENCE_INSIDE.test(b.text);

export function unstyleStrayHeadings(blocks: Block[], source: BlockDocument['source']): Block[] {
  return blocks.map((b, i) => {
    const prev = blocks[i - 1];
    if (b.kind === 'text' && b.heading !== undefined && proseHeading(b, source)) {
      const { heading: _, ...paragraph } = b;
      return paragraph;
    }
    if (b.kind !== 'text' || b.heading === undefined || prev?.kind !== 'text' || prev.heading !== undefined) return b;
    const bullet = typedBullet(b.text);
    if (bullet === null || typedBullet(prev.text) !== bullet) return b;
    const { heading: _, emphasis: __, ...item } = b as TextBlock;
    return item;
  });
}
