/**
 * Ruled tables in a PDF: a table drawn with its borders (Word, WPS and LibreOffice draw each cell's edges as thin
 * lines or thin filled bars) shows its rows and columns by those lines, whatever the text in its cells looks like —
 * cells of a scheme of work hold broken words, dates on two lines and whole paragraphs, which the text alone cannot
 * tell from a page of lines. Lines across and down the page that meet make one grid; a grid of at least two rows and
 * two columns is a table, and the text drawn inside it is its cells'. Where a border between two cells is missing, the
 * cells are one merged cell, shown in each place it spans (as the other readers show a merged cell). A table drawn on
 * across a page break goes on with the same columns at the top of the next page. Pure geometry:
 * ./pdfjs.ts takes the lines from the page's drawing, ./pdf-ruled.ts reads each cell's text.
 */
import type { PdfTextItem } from './pdf.ts';

/** A straight line drawn across or down a page, in the text's units (y from the page's foot). */
export interface PdfRule {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A ruled table found on a page: its column edges (left to right) and row edges (top to bottom). */
export interface RuledTable {
  page: number;
  xs: number[];
  ys: number[];
  /** For each row and column, the merged cell it belongs to: an index into `cells`. */
  at: number[][];
  /** Each merged cell's text items, in the file's order, and its left and right edges. */
  cells: { items: PdfTextItem[]; left: number; right: number }[];
}

/** Whether a table goes on from another on the page before: the same columns, drawn at the same places. */
export const continues = (prev: RuledTable, next: RuledTable): boolean =>
  next.page === prev.page + 1 &&
  next.xs.length === prev.xs.length &&
  next.xs.every((x, i) => Math.abs(x - (prev.xs[i] ?? 0)) <= NEAR * 2);

/** How far apart two lines may be and still meet or lie on one edge: a border's width and a renderer's rounding. */
const NEAR = 2.5;
/** How far short of a line across a line down may stop and still meet it: Word leaves a cell's padding there. */
const STOPS_SHORT = 8;
/** A line thinner than this is a rule; a filled shape wider both ways is a cell's shading or a picture. */
const THIN = 3;
/** A line shorter than this is an underline's piece, a tick or a bullet, no border. */
const SHORTEST = 6;
/**
 * A page drawn with more rules than this is a chart or a drawing, not a table: it is left to the text (and pairing
 * each rule with the others stays cheap).
 */
const MOST_RULES = 3000;

interface Segment {
  /** Where the line lies (y of a line across, x of a line down) and where it runs from and to. */
  at: number;
  from: number;
  to: number;
}

/** Lines on one page → the ruled tables they draw; the items inside a table are its cells', the others are returned. */
export function ruledTables(rules: PdfRule[], items: PdfTextItem[]): { tables: RuledTable[]; rest: PdfTextItem[] } {
  const byPage = new Map<number, PdfRule[]>();
  for (const r of rules) {
    const list = byPage.get(r.page);
    if (list) list.push(r);
    else byPage.set(r.page, [r]);
  }
  const tables: RuledTable[] = [];
  for (const [page, list] of byPage) {
    if (list.length > MOST_RULES) continue;
    // A table drawn inside another's cell is that cell's text (its rows are the cell's lines).
    const found = pageTables(page, list);
    tables.push(...found.filter((t) => !found.some((o) => o !== t && encloses(o, t))));
  }
  if (tables.length === 0) return { tables, rest: items };
  const rest: PdfTextItem[] = [];
  const order = new Map(items.map((it, i) => [it, i]));
  for (const it of items) {
    const table = tables.find((t) => t.page === it.page && inside(t, it));
    if (table) placeItem(table, it);
    else rest.push(it);
  }
  // A grid whose cells are mostly empty is a form's boxes and blanks to write in (a rubric's tick boxes), not a table
  // of what is written: its text is read as the page's.
  const kept: RuledTable[] = [];
  for (const t of tables) {
    const written = t.cells.filter((c) => c.items.some((i) => i.str.trim() !== '')).length;
    if (written * 4 >= t.cells.length && written > 0) kept.push(t);
    else for (const c of t.cells) rest.push(...c.items);
  }
  if (kept.length < tables.length) rest.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { tables: kept, rest };
}

/** Whether one table's frame holds another's. */
const encloses = (o: RuledTable, t: RuledTable): boolean =>
  (o.xs[0] ?? 0) <= (t.xs[0] ?? 0) + NEAR &&
  (o.xs[o.xs.length - 1] ?? 0) >= (t.xs[t.xs.length - 1] ?? 0) - NEAR &&
  (o.ys[0] ?? 0) >= (t.ys[0] ?? 0) - NEAR &&
  (o.ys[o.ys.length - 1] ?? 0) <= (t.ys[t.ys.length - 1] ?? 0) + NEAR;

/** Where a run of text sits: the middle of its first character, a little above its baseline. */
const anchor = (it: PdfTextItem) => ({ x: it.x + Math.min(it.width, it.size) / 2, y: it.y + it.size * 0.3 });

function inside(t: RuledTable, it: PdfTextItem): boolean {
  const { x, y } = anchor(it);
  return (
    x >= (t.xs[0] ?? 0) && x <= (t.xs[t.xs.length - 1] ?? 0) && y <= (t.ys[0] ?? 0) && y >= (t.ys[t.ys.length - 1] ?? 0)
  );
}

function placeItem(t: RuledTable, it: PdfTextItem): void {
  const { x, y } = anchor(it);
  let c = 0;
  while (c < t.xs.length - 2 && (t.xs[c + 1] ?? 0) <= x) c++;
  let r = 0;
  while (r < t.ys.length - 2 && (t.ys[r + 1] ?? 0) >= y) r++;
  t.cells[t.at[r]?.[c] ?? 0]?.items.push(it);
}

/** The tables one page's rules draw. */
function pageTables(page: number, rules: PdfRule[]): RuledTable[] {
  const across: Segment[] = [];
  const down: Segment[] = [];
  for (const r of rules) {
    const w = Math.abs(r.x1 - r.x0);
    const h = Math.abs(r.y1 - r.y0);
    if (h <= THIN && w >= SHORTEST)
      across.push({ at: (r.y0 + r.y1) / 2, from: Math.min(r.x0, r.x1), to: Math.max(r.x0, r.x1) });
    else if (w <= THIN && h >= SHORTEST)
      down.push({ at: (r.x0 + r.x1) / 2, from: Math.min(r.y0, r.y1), to: Math.max(r.y0, r.y1) });
  }
  const h = joinSegments(across);
  const v = joinSegments(down);
  if (h.length < 2 || v.length < 2) return [];
  // Lines that meet belong to one grid (union-find over the lines across, then down).
  const parent = [...h, ...v].map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] ?? i] ?? i;
      i = parent[i] ?? i;
    }
    return i;
  };
  const byX = v.map((s, i) => ({ s, i: h.length + i })).sort((a, b) => a.s.at - b.s.at);
  h.forEach((a, i) => {
    for (let k = lowerBound(byX, a.from - NEAR); k < byX.length; k++) {
      const { s: b, i: j } = byX[k] as { s: Segment; i: number };
      if (b.at > a.to + NEAR) break;
      if (a.at >= b.from - STOPS_SHORT && a.at <= b.to + STOPS_SHORT) parent[root(j)] = root(i);
    }
  });
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  [...h, ...v].forEach((s, i) => {
    const key = root(i);
    const g = groups.get(key) ?? { h: [], v: [] };
    (i < h.length ? g.h : g.v).push(s);
    groups.set(key, g);
  });
  const out: RuledTable[] = [];
  for (const g of groups.values()) {
    const table = grid(page, g.h, g.v);
    if (table) out.push(table);
  }
  return out;
}

/** The first index whose line lies at `x` or to the right of it. */
function lowerBound(sorted: { s: Segment }[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.s.at ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pieces of one line (a border drawn cell by cell) → the line: same place, touching or overlapping. */
function joinSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  // Sorted by place, the pieces of a line come one after another; a piece half a point off is compared with the
  // lines within a point of it.
  for (const s of sorted) {
    let same: Segment | undefined;
    for (let k = out.length - 1; k >= 0 && !same; k--) {
      const o = out[k] as Segment;
      if (s.at - o.at > 1) break;
      if (s.from <= o.to + NEAR && s.to >= o.from - NEAR) same = o;
    }
    if (same) {
      same.from = Math.min(same.from, s.from);
      same.to = Math.max(same.to, s.to);
    } else out.push({ ...s });
  }
  return out;
}

/** Edges from places: places closer than NEAR are one edge. */
function edges(places: number[]): number[] {
  const sorted = [...places].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) if (out.length === 0 || p - (out[out.length - 1] ?? 0) > NEAR) out.push(p);
  return out;
}

/**
 * Where the lines one way (`ends`) reach beyond the last line the other way (`lines`): a table's outer edge left
 * undrawn. Ends that stop within a cell's padding of the last line are that line's.
 */
function outer(lines: Segment[], ends: Segment[]): number[] {
  const first = Math.min(...lines.map((s) => s.at));
  const last = Math.max(...lines.map((s) => s.at));
  const from = Math.min(...ends.map((s) => s.from));
  const to = Math.max(...ends.map((s) => s.to));
  return [...(from < first - STOPS_SHORT ? [from] : []), ...(to > last + STOPS_SHORT ? [to] : [])];
}

const covers = (segments: Segment[], at: number, mid: number) =>
  segments.some((s) => Math.abs(s.at - at) <= NEAR && s.from <= mid && s.to >= mid);

/** One grid of lines → a table of two or more rows and columns, or null (a box, a frame, an underline). */
function grid(page: number, h: Segment[], v: Segment[]): RuledTable | null {
  // Columns part where lines run down, rows where lines run across; the other lines' ends give only the table's outer
  // edges (a border not drawn), not a row or column of their own — Word stops each cell's side short of the line
  // above it.
  const xs = edges([...v.map((s) => s.at), ...outer(v, h)]);
  const ys = edges([...h.map((s) => s.at), ...outer(h, v)]).reverse();
  // Two columns and two rows, or a single row of three or more columns (a table going on from the page before).
  if (xs.length < 3 || ys.length < 2 || (ys.length === 2 && xs.length < 4)) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Cells not parted by a border are one merged cell.
  const id = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (id[i] !== i) i = id[i] ?? i;
    return i;
  };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const midY = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
      const midX = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      if (c + 1 < cols && !covers(v, xs[c + 1] ?? 0, midY)) id[find(r * cols + c + 1)] = find(r * cols + c);
      if (r + 1 < rows && !covers(h, ys[r + 1] ?? 0, midX)) id[find((r + 1) * cols + c)] = find(r * cols + c);
    }
  const index = new Map<number, number>();
  const cells: RuledTable['cells'] = [];
  const at: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) {
      const key = find(r * cols + c);
      let k = index.get(key);
      if (k === undefined) {
        k = cells.length;
        index.set(key, k);
        cells.push({ items: [], left: xs[c] ?? 0, right: xs[c + 1] ?? 0 });
      }
      const cell = cells[k] as RuledTable['cells'][number];
      cell.right = Math.max(cell.right, xs[c + 1] ?? 0);
      row.push(k);
    }
    at.push(row);
  }
  // A box around a single cell, or a grid whose every row is one merged cell (a frame with lines under its headings),
  // is no table.
  if (!at.some((row) => new Set(row).size >= 2)) return null;
  return { page, xs, ys, at, cells };
}
