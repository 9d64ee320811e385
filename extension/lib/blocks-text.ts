/** A file's blocks as text (for the session and the input cap) and cut to the cap, pure. */
import type { Block, BlockDocument } from '../../shared/plan/blocks.ts';

const blockText = (b: Block): string =>
  b.kind === 'text' ? b.text : b.rows.map((r) => r.map((c) => c.lines.join(' ')).join('\t')).join('\n');

/** The visible text of blocks, one line each (table cells tab-separated). */
export const blocksText = (doc: BlockDocument): string => doc.blocks.map(blockText).join('\n');

/** Blocks up to `maxChars` of text; `cut` says whether some were left out. */
export const capBlocks = (doc: BlockDocument, maxChars: number): { doc: BlockDocument; cut: boolean } => {
  let chars = 0;
  const blocks: Block[] = [];
  for (const b of doc.blocks) {
    chars += blockText(b).length + 1;
    if (chars > maxChars + 1) return { doc: { ...doc, blocks }, cut: true };
    blocks.push(b);
  }
  return { doc, cut: false };
};
