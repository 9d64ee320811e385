/**
 * Lines that each open with a time or a date and go on with what happens then ("7:00-7:50 Concepts and discussion",
 * "JUN 29 Introduction", "9月5日 开学典礼"), one under the other, are a timetable set out at tab stops: they become a
 * table of two columns, so they give schedule entries and are not taken for headings or fields ("7:00" is no label).
 * One such line alone may be prose; two or more in a row are a list of times.
 */
import type { Block, TableBlock, TextBlock } from './blocks.ts';
import { foldAscii } from './normalize.ts';
import { isTimeValue } from './when.ts';

const CLOCK = '\\d{1,2}[:：]\\d{2}';
const EN_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const CN_DATE = '(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]';
/** A time or date at the start of a line, then a space and the rest (no colon: "Jun 29: …" is a dated heading). */
const DATED = new RegExp(
  `^(${CLOCK}\\s*(?:[-–—~～至到]\\s*(?:${CLOCK})?)?|${EN_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|${CN_DATE}(?:\\s*[-–—~～至到]\\s*(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*[日号])?)\\s+(?![:：])(\\S.*)$`,
  'i',
);

/** The time and the rest of a dated line, or null. */
export function datedLine(text: string): { when: string; rest: string } | null {
  const m = DATED.exec(foldAscii(text));
  if (!m) return null;
  const when = text.slice(0, (m[1] ?? '').length).trim();
  return isTimeValue(when) ? { when, rest: text.slice(text.length - (m[2] ?? '').length).trim() } : null;
}

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
