/**
 * Words set one character a line ("工 / 作 / 职 / 责" down the side of a page's box, "策 / 划 / 书" on a cover): a
 * reader reads the column as one word. Two or more lines in a row, each a single Chinese character, are one line.
 */
import type { Block, TextBlock } from './blocks.ts';

const ONE_CHARACTER = /^[\u4e00-\u9fff]$/;

const single = (b: Block | undefined): b is TextBlock => b?.kind === 'text' && ONE_CHARACTER.test(b.text.trim());

export function joinVerticalWords(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    let end = i;
    while (single(blocks[end])) end++;
    if (end - i < 2) {
      out.push(b);
      continue;
    }
    const text = blocks
      .slice(i, end)
      .map((x) => (x as TextBlock).text.trim())
      .join('');
    out.push({ ...(b as TextBlock), text });
    i = end - 1;
  }
  return out;
}
