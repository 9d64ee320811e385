/**
 * Lines that each open with a time or a date and go on with what happens then ("7:00-7:50 Concepts and discussion",
 * "JUN 29 Introduction", "9月5日 开学典礼"), one under the other, are a timetable set out at tab stops: they become a
 * table of two columns, so they give schedule entries and are not taken for headings or fields ("7:00" is no label).
 * One such line alone may be prose; two or more in a row are a list of times.
 *
 * An agenda laid out as a grid shows the same rows over several lines: a time span alone, the slot's name in bold under
 * it, then what it is about ("09:30 – 10:00" / "**Registration & Welcome**" / "Participant registration…"). Two or more
 * such slots in a row are rows too: the time and the name make the row, what it is about stays as text after it.
 *
 * And a PDF's two columns, a date at the margin and what happens then set in to its right ("10/15/2013" / "Deadline
 * for Coaches to submit…" / "recreational teams."), come out as a date alone over lines set in: two or more such
 * dates in a row are rows of date and text.
 */
import type { Block, TableBlock, TextBlock } from './blocks.ts';
import { CLOCK_SPAN, CLOCK_START, datedLine, isTimeValue } from './when.ts';

const plain = (b: Block): b is TextBlock => b.kind === 'text' && b.heading === undefined && !b.list;

/** A bullet with nothing under it that opens with a clock time ("• 11:00 AM : Lunch"): a row of the day's times. */
const clockBullet = (b: Block): b is TextBlock =>
  b.kind === 'text' &&
  b.heading === undefined &&
  b.list !== undefined &&
  !b.list.ordered &&
  !b.list.parent &&
  CLOCK_START.test(b.text.trim());

export function datedRows(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    let end = i;
    while (end < blocks.length) {
      const b = blocks[end] as Block;
      // A line set all in bold stands apart as a slot's heading, not a row ("**10:00 - break**").
      if (!(plain(b) || clockBullet(b)) || b.emphasis === 'all' || !datedLine(b.text)) break;
      end++;
    }
    const setIn = setInSlots(blocks, i);
    const slots = gridSlots(blocks, i);
    if (setIn.length >= 2) {
      for (const [start, stop] of setIn) {
        const what = blocks.slice(start + 1, stop).map((b) => (b as TextBlock).text.trim());
        const table: TableBlock = {
          kind: 'table',
          rows: [[{ lines: [(blocks[start] as TextBlock).text.trim()] }, { lines: [what.join(' ')] }]],
          header: 0,
        };
        const no = blocks[start]?.no;
        if (no !== undefined) table.no = no;
        out.push(table);
      }
      i = setIn[setIn.length - 1]?.[1] ?? i + 1;
    } else if (slots.length >= 2) {
      for (const [start, stop] of slots) {
        const time = blocks[start] as TextBlock;
        const name = blocks[start + 1] as TextBlock;
        const table: TableBlock = {
          kind: 'table',
          rows: [[{ lines: [time.text.trim()] }, { lines: [name.text] }]],
          header: 0,
        };
        if (time.no !== undefined) table.no = time.no;
        out.push(table, ...blocks.slice(start + 2, stop));
      }
      i = slots[slots.length - 1]?.[1] ?? i + 1;
    } else if (end - i >= 2) {
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

/** A time span alone on its line, set plain. */
const timeAlone = (b: Block | undefined): b is TextBlock =>
  b !== undefined && plain(b) && b.emphasis !== 'all' && CLOCK_SPAN.test(b.text.trim());

/** The grid slots in a row from `i`: [first block, end] of each, where a slot is a time, a bold name, plain lines. */
function gridSlots(blocks: Block[], i: number): [number, number][] {
  const out: [number, number][] = [];
  let k = i;
  while (timeAlone(blocks[k])) {
    const name = blocks[k + 1];
    if (name?.kind !== 'text' || name.emphasis !== 'all' || name.heading !== undefined || name.list) break;
    let stop = k + 2;
    for (let b = blocks[stop]; b && plain(b) && b.emphasis !== 'all' && !timeAlone(b); b = blocks[stop]) stop++;
    out.push([k, stop]);
    k = stop;
  }
  return out;
}

/** The slots from `i` of dates alone, each over the lines set in further than it: [date block, end]. */
function setInSlots(blocks: Block[], i: number): [number, number][] {
  const out: [number, number][] = [];
  let k = i;
  for (let date = blocks[k]; date && plain(date) && isTimeValue(date.text.trim()); date = blocks[k]) {
    const first = blocks[k + 1];
    const inset = (b: Block | undefined): b is TextBlock =>
      b !== undefined &&
      plain(b) &&
      (b.indent ?? 0) >= ((first as TextBlock).indent ?? 0) &&
      !isTimeValue(b.text.trim());
    if (!first || !plain(first) || (first.indent ?? 0) <= (date.indent ?? 0) || !inset(first)) break;
    let stop = k + 2;
    while (inset(blocks[stop])) stop++;
    out.push([k, stop]);
    k = stop;
  }
  return out;
}
