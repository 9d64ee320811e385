/**
 * A ruled table (./pdf-grid.ts) as a reader takes it: each cell's lines joined where the cell's width broke them, a
 * merged cell shown in each place it spans, and a box across the table holding a passage read as the page's lines.
 */
import { joinWrapped, type TableCell } from '../blocks.ts';
import { parseMarker } from '../markers.ts';
import type { PdfLine } from './pdf.ts';
import type { RuledTable } from './pdf-grid.ts';
import { BULLET } from './pdf-table.ts';
import { brokenByLayout } from './pdf-wrap.ts';

/**
 * A ruled table's cell's lines as a reader takes them: a line the cell's width broke goes on in the next (the text
 * stops short of the border by the cell's padding), a bullet or a number starts a line of its own.
 */
function cellParagraphs(lines: PdfLine[], right: number): string[] {
  const out: { text: string; y: number; right: number }[] = [];
  for (const l of lines) {
    const text = l.text.replace(BULLET, '');
    if (text === '') continue;
    const prev = out[out.length - 1];
    if (
      prev &&
      !BULLET.test(l.text) &&
      !parseMarker(text) &&
      prev.y - l.y <= l.size * 1.8 &&
      brokenByLayout(prev.right, right - CELL_PADDING, l, l.size)
    ) {
      prev.text = joinWrapped(prev.text, text);
      prev.right = l.right;
      prev.y = l.y;
    } else out.push({ text, y: l.y, right: l.right });
  }
  return out.map((p) => p.text);
}

/** How far a table's text stops short of a cell's right border (Word's default padding is 5.4 points). */
const CELL_PADDING = 5;

/** A ruled table's part: rows of cells, or lines read as the page's. */
export type RuledEntry = { rows: TableCell[][] } | { lines: PdfLine[] };

/**
 * A ruled table's entries: its rows of cells (a merged cell shown in each place it spans; rows with nothing in them
 * go), save a row that is one cell across the table holding a passage — a box set in the table around a section
 * ("Mini-essay guidelines" over its numbered points) — whose lines are read as the page's own, parting the table.
 * One or two short lines across the table ("ACTIVITY OF INTEGRATION") name the rows under them: a row.
 */
export function ruledEntries(t: RuledTable, cells: PdfLine[][], normalise: (t: string) => string): RuledEntry[] {
  const out: RuledEntry[] = [];
  let rows: TableCell[][] = [];
  const flush = () => {
    if (rows.length > 0) out.push({ rows });
    rows = [];
  };
  t.at.forEach((row) => {
    const shown = row.map((k) => cellParagraphs(cells[k] ?? [], t.cells[k]?.right ?? 0));
    if (shown.every((ls) => ls.length === 0)) return;
    const whole = new Set(row).size === 1 ? (shown[0] ?? []) : [];
    const columns = whole.length > 0 ? byColumn(t, cells[row[0] ?? 0] ?? [], normalise) : null;
    if (columns) rows.push(columns.map((lines) => ({ lines })));
    else if (whole.length >= 3 || (whole.length === 2 && whole.join('').length >= PASSAGE)) {
      flush();
      out.push({ lines: cells[row[0] ?? 0] ?? [] });
    } else rows.push(shown.map((lines) => ({ lines })));
  });
  flush();
  return out;
}

/**
 * A row merged across the table whose text still stands in the table's columns, set there with tabs ("WEEK ONE",
 * its topic under "TOPIC/ THEME"): the columns' cells, as the reader sees them. Null when its text keeps to one column.
 */
function byColumn(t: RuledTable, lines: PdfLine[], normalise: (t: string) => string): string[][] | null {
  const out: string[][] = t.xs.slice(1).map(() => []);
  for (const l of lines)
    for (const run of l.cells) {
      let c = 0;
      while (c < out.length - 1 && (t.xs[c + 1] ?? 0) <= run.x + CELL_PADDING) c++;
      const text = normalise(run.text);
      if (text !== '') out[c]?.push(text);
    }
  return out.filter((c) => c.length > 0).length >= 2 ? out : null;
}

/** How long two lines across a table are when they are a passage, not a label over rows. */
const PASSAGE = 60;
