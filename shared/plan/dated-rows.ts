/**
 * Lines that each open with a time or a date and go on with what happens then ("7:00-7:50 Concepts and discussion",
 * "JUN 29 Introduction", "9月5日 开学典礼"), one under the other, are a timetable set out at tab stops: they become a
 * table of two columns, so they give schedule entries and are not taken for headings or fields ("7:00" is no label).
 * One such line alone may be prose; two or more in a row are a list of times.
 */
import type { Block, TableBlock, TextBlock } from './blocks.ts';
import { datedLine } from './when.ts';

const plain = (b: Block): b is TextBlock => b.kind === 'text' && b.heading === undefined && !b.list;

export function datedRows(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    let end = i;
    while (end < blocks.length) {
      const b = blocks[end] as Block;
      if (!plain(b) || !datedLine(b.text)) break;
      end++;
    }
    if (end - i >= 2) {
      const rows = blocks.slice(i, end).map((b) => {
        const d = datedLine((b as TextBlock).text);
        return [{ lines: [d?.when ?? ''] }, { lines: [d?.rest ?? ''] }];
      });
      const table: TableBlock = { kind: 'table', rows, header: 0 };
      const no = blocks[i]?.no;
      if (no !== undefined) table.no = no;
      out.push(table);
      i = end;
    } else {
      out.push(blocks[i] as Block);
      i++;
    }
  }
  return out;
}
