/**
 * Tables typed or pasted as plain text with tabs between the columns (what Word, Excel and WPS put on the clipboard
 * as text): a run of lines that each hold three cells or more is a table, its first line the header. A line with no
 * tab inside the run is a row spanning the table: right over rows, it names the group they form ("第一阶段" over its
 * courses) and stays a line of the text; anywhere else it is a row of the table.
 */
import type { TableCell } from './blocks.ts';
import type { Line } from './line.ts';

/** How many lines without tabs a table may hold in a row before it has ended. */
const MAX_SPANNING = 2;

const cellsOf = (text: string): TableCell[] => text.split('\t').map((c) => ({ lines: [c.trim()] }));
/**
 * A row: three filled cells or more. Tabs that only line a column up ("0. Team Contract\t\t\t\t09/08", a date set at
 * a tab stop) do not make a table.
 */
const isRow = (l: Line | undefined): boolean =>
  l?.text.includes('\t') === true && l.text.split('\t').filter((c) => c.trim()).length >= 3;

export function tabTables(lines: Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const end = runEnd(lines, i);
    if (end < 0) {
      out.push(lines[i] as Line);
      i++;
      continue;
    }
    const header = cellsOf((lines[i] as Line).text);
    // Each group's rows make a table of their own, under the header they share.
    let rows: TableCell[][] = [header];
    let at = (lines[i] as Line).no;
    const flush = () => {
      if (rows.length > 1) out.push({ no: at, text: '', table: { kind: 'table', rows, header: 1 } });
      rows = [header];
    };
    for (let k = i + 1; k <= end; k++) {
      const l = lines[k] as Line;
      if (isRow(l)) rows.push(cellsOf(l.text));
      else if (isRow(lines[k + 1])) {
        flush();
        out.push(l);
        at = (lines[k + 1] as Line).no;
      } else rows.push([{ lines: [l.text.trim()] }]);
    }
    flush();
    i = end + 1;
  }
  return out;
}

/** The last line of the table that starts at `i`, or -1 when no table starts there (two rows at least). */
function runEnd(lines: Line[], i: number): number {
  if (!isRow(lines[i])) return -1;
  let last = i;
  let rows = 1;
  for (let k = i + 1, gap = 0; k < lines.length && gap <= MAX_SPANNING; k++) {
    if (isRow(lines[k])) {
      last = k;
      rows++;
      gap = 0;
    } else gap++;
  }
  return rows >= 2 ? last : -1;
}
