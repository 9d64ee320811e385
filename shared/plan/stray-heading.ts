/**
 * A heading style put on one item of a list typed by hand ("-Learn how…" / "-Run flood map analysis…" / a Heading 1
 * "-Brainstorm on topics…"): Word carries a heading's style to the paragraph before it when the author presses Enter
 * at its start. The item is one of its list, not a section.
 */
import type { Block, TextBlock } from './blocks.ts';

/** A bullet typed at the start of a line: its character. */
const typedBullet = (text: string): string | null => /^([-–•·*])\s*\p{L}/u.exec(text.trim())?.[1] ?? null;

export function unstyleStrayHeadings(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    const prev = blocks[i - 1];
    if (b.kind !== 'text' || b.heading === undefined || prev?.kind !== 'text' || prev.heading !== undefined) return b;
    const bullet = typedBullet(b.text);
    if (bullet === null || typedBullet(prev.text) !== bullet) return b;
    const { heading: _, emphasis: __, ...item } = b as TextBlock;
    return item;
  });
}
