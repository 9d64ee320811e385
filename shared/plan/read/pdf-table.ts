/**
 * Tables in a PDF's text layer, which has no table: a header line of three or more short runs set apart by wide gaps
 * gives the columns, and the lines below whose runs start at those columns are the table's cells. Word and Google
 * Docs write a table cell by cell, so a row's cells arrive one after another, each running down from the row's top:
 * text in the first column that does not go on straight below its last line starts the next row; elsewhere a run
 * fills its cell, or starts a row when its cell is empty and it sits below the row's top. The table ends at a line that does not
 * fit the columns (wider than its column, left of the first one, larger type) or after a gap wider than a row's.
 */
import { joinWrapped, type TableBlock, type TableCell } from '../blocks.ts';
import type { PdfLine } from './pdf.ts';

/** Characters a PDF copy uses as bullets: shown as list marks, never markers. */
export const BULLET = /^[•●○◦▪▫■□◆◇►▶‣⁃∙·\uf0b7\uf0a7\uf0d8\uf076-]\s*/;

export type PdfEntry = { line: PdfLine } | { table: TableBlock };

/** A header names its columns in a few words each. */
const isHeaderCell = (t: string): boolean => {
  const s = t.trim();
  return s.length > 0 && s.length <= 30 && s.split(/\s+/).length <= 4;
};

interface Row {
  page: number;
  top: number;
  lowest: number;
  /** Per column: the cell's lines, and the baseline of the last line written to it. */
  cells: string[][];
  last: (number | undefined)[];
}

/** Lines → lines and tables, in reading order. `normalise` is what every line's text gets (spacing, doubled glyphs). */
export function findTables(lines: PdfLine[], body: number, normalise: (s: string) => string): PdfEntry[] {
  const out: PdfEntry[] = [];
  for (let i = 0; i < lines.length; ) {
    const head = lines[i] as PdfLine;
    const read = head.cells.length >= 3 && head.cells.every((c) => isHeaderCell(c.text)) && readTable(lines, i, body);
    if (!read || read.table.rows.length < 3) {
      out.push({ line: head });
      i++;
      continue;
    }
    out.push({ table: { kind: 'table', header: 1, rows: clean(read.table.rows, normalise) } });
    i = read.end;
  }
  return out;
}

function readTable(lines: PdfLine[], start: number, body: number): { table: TableBlock; end: number } | null {
  const head = lines[start] as PdfLine;
  const cols = head.cells.map((c) => c.x);
  const tol = body;
  const step = body * 1.8;
  const columnOf = (x: number): number => {
    let c = -1;
    cols.forEach((cx, k) => {
      if (cx <= x + tol) c = k;
    });
    return c;
  };
  const rows: string[][][] = [head.cells.map((c) => [c.text])];
  let row: Row | null = null;
  const close = () => {
    if (row) rows.push(row.cells);
  };
  let i = start + 1;
  for (; i < lines.length; i++) {
    const l = lines[i] as PdfLine;
    if (Math.round(l.size) > body + 0.5) break;
    const placed = l.cells.map((c) => ({ c, col: columnOf(c.x) }));
    // A run left of the first column, or one wider than its column, is not in this table.
    if (placed.some(({ c, col }) => col < 0 || c.right > (cols[col + 1] ?? Number.POSITIVE_INFINITY) + tol)) break;
    // The first column keys the rows: text there that does not go on straight below its last line starts a row. In
    // another column a lower paragraph belongs to the same cell, and text in an empty cell below the row's top
    // starts a row whose first cell is empty.
    const fresh = (r: Row) =>
      l.page !== r.page ||
      placed.some(({ col }) => {
        const last = r.last[col];
        if (last === undefined) return l.y < r.top - step;
        return col === 0 && !(l.y < last && l.y >= last - step);
      });
    if (!row || fresh(row)) {
      // A gap wider than a row's padding after the table's last line ends it.
      if (row && l.page === row.page && row.lowest - l.y > step * 2) break;
      close();
      row = { page: l.page, top: l.y, lowest: l.y, cells: cols.map(() => []), last: cols.map(() => undefined) };
    }
    for (const { c, col } of placed) {
      const cell = row.cells[col] as string[];
      const last = row.last[col];
      // A line straight below the last one is the same paragraph, wrapped; a wider gap or a bullet starts another.
      if (cell.length > 0 && last !== undefined && l.y >= last - body * 1.6 && !BULLET.test(c.text))
        cell[cell.length - 1] = joinWrapped(cell[cell.length - 1] ?? '', c.text);
      else cell.push(c.text);
      row.last[col] = l.y;
    }
    row.lowest = Math.min(row.lowest, l.y);
  }
  close();
  if (rows.length < 3) return null;
  return { table: { kind: 'table', header: 1, rows: rows.map((r) => r.map((lines) => ({ lines }))) }, end: i };
}

function clean(rows: TableCell[][], normalise: (s: string) => string): TableCell[][] {
  return rows.map((r) =>
    r.map((cell) => ({
      lines: cell.lines.map((t) => normalise(t.replace(BULLET, ''))).filter((t) => t !== ''),
    })),
  );
}
