/**
 * Tables in a PDF's text layer, which has no table: a header line of two or more short runs set apart by wide gaps
 * (or written one after another on one baseline) gives the columns, and the lines below whose runs start at those
 * columns are the table's cells. Word and Google Docs write a table cell by cell, so a row's cells arrive one after
 * another, each running down from the row's top: text in the first column that does not go on straight below its
 * last line, or that comes back to it after the other columns, starts the next row; elsewhere a run fills its cell, or
 * starts a row when its cell is empty and it sits below the row's top. The table ends at a line that does not fit the
 * columns (wider than its column, left of the first one, larger type) or after a gap wider than a row's, unless the
 * columns go on right below. A table whose cells are centred under their headers is read by the headers' middles.
 */
import { markerAlone } from '../markers.ts';
import { type Block, joinWrapped, type TableBlock, type TableCell } from '../blocks.ts';
import { isBoldFont, type PdfCell, type PdfLine } from './pdf.ts';
import { firstUnitWidth } from './pdf-wrap.ts';

/**
 * Characters a PDF copy uses as bullets: shown as list marks, never markers. PowerPoint's second-level bullet is an
 * en dash, set apart from its text ("– Lecture 1: …"; "–5" is a number).
 */
export const BULLET = /^(?:[•●○◦▪▫■□◆◇►▶‣⁃∙·❖➢➤♦✓✔\uf0b7\uf0a7\uf0d8\uf076-]|–(?=\s))\s*/;

export type PdfEntry = { line: PdfLine } | { table: TableBlock };

/**
 * Enough rows to be a table: a header and two rows, or, across three or more columns, a header and one row — runs
 * set apart on one line three times over are columns, not prose ("Sanha:  Madhvi:  Maggie:  Jianing:").
 */
const enoughRows = (t: TableBlock): boolean =>
  (t.rows.length >= 3 || (t.rows.length === 2 && (t.rows[0]?.length ?? 0) >= 3)) && besideFirst(t);

/**
 * A table's other columns hold something in at least half its rows under the header: a page's running header over
 * lines of one column ("U08M11002 信号与系统 … 3" over the chapters) is no table.
 */
const besideFirst = (t: TableBlock): boolean => {
  const body = t.rows.slice(1);
  const filled = body.filter((r) => r.slice(1).some((c) => c.lines.some((l) => l.trim() !== ''))).length;
  return filled * 2 >= body.length;
};

/** How many cells of a table hold text. */
const filled = (t: TableBlock | undefined): number =>
  (t?.rows ?? []).reduce((n, r) => n + r.filter((c) => c.lines.some((l) => l.trim() !== '')).length, 0);

/** A header names its columns in a few words each; "授课教师：邵俊喆" is a field, not a column's name. */
const isHeaderCell = (t: string): boolean =>
  t.trim() !== '' &&
  t.split('\n').every((line) => {
    const s = line.trim();
    // (A note in brackets under a column's name may run longer: "(all due at 5 PM)".)
    const words = /^[(（].*[)）]$/.test(s) ? 8 : 4;
    return s.length > 0 && s.length <= 40 && s.split(/\s+/).length <= words && !/[:：]\s*\S/.test(s);
  });

/** A header cell's lines (one set under another: "Reading" / "(before class)"). */
const headerLines = (c: PdfCell): string[] => c.text.split('\n').map((l) => l.trim());

interface Row {
  page: number;
  top: number;
  lowest: number;
  /** Per column: the cell's lines, and the baseline of the last line written to it. */
  cells: string[][];
  last: (number | undefined)[];
  /** Per column: where the last line written to it ends. */
  right: (number | undefined)[];
}

/** Lines → lines and tables, in reading order. `normalise` is what every line's text gets (spacing, doubled glyphs). */
export function findTables(lines: PdfLine[], body: number, normalise: (s: string) => string): PdfEntry[] {
  const out: PdfEntry[] = [];
  for (let i = 0; i < lines.length; ) {
    const head = lines[i] as PdfLine;
    // Lines of the same runs one under the other are rows of their own; else a header line with cells below it.
    const aligned = alignedRun(lines, i, body);
    if (aligned.length >= 3 && !numberedLines(aligned.map((r) => r[0]?.text ?? ''))) {
      const rows = aligned.map((cells) => cells.map((c) => ({ lines: [c.text] })));
      out.push({ table: { kind: 'table', header: 0, rows: clean(rows, normalise) } });
      i += aligned.length;
      continue;
    }
    const row = sideBySide(lines, i, body);
    const header = row.cells.length >= 2 && row.cells.every((c) => isHeaderCell(c.text));
    let read = header ? readTable(lines, i, row, body) : null;
    // Cells that do not start where their headers do are centred under them (or the headers over them); so are
    // cells that run across the columns of a table read as left-aligned, which the centred reading tells apart.
    const left = read && read.table.rows.length >= 3 && startsAtHeaders(lines, i, row, read.end, body);
    if (header) {
      const centred = readCentred(lines, i, row, body);
      const better = (t: TableBlock) => read && enoughRows(read.table) && filled(t) > filled(read.table);
      if (centred && centred.table.rows.length >= 3 && (!left || better(centred.table))) read = centred;
    }
    // (A clause's number beside its text, "第10条 | 本商会成员…", reads as a header row too.)
    const clauses = read && numberedLines(read.table.rows.map((r) => r[0]?.lines.join('\n') ?? ''));
    if (read && enoughRows(read.table) && !clauses) {
      out.push({ table: { kind: 'table', header: 1, rows: clean(read.table.rows, normalise) } });
      i = read.end;
      continue;
    }
    out.push({ line: head });
    i++;
  }
  return out;
}

/**
 * Clauses set with their numbers at a tab stop ("第10条  本商会成员…" / "系。" / "第11条  …"): rows that open with an
 * article's number alone, the lines between them the clauses run on — two such rows, or one heading the rest. They are
 * numbered lines, not a table: a clause's number is never a column of data, nor a column's name.
 */
function numberedLines(firsts: string[]): boolean {
  return isClauseNumber(firsts[0] ?? '') || firsts.filter(isClauseNumber).length >= 2;
}

/** A clause's number alone: "第10条", "Article 4". */
function isClauseNumber(text: string): boolean {
  return CLAUSE_STYLES.has(markerAlone(text)?.style ?? '');
}

/** The numbering styles of a charter's clauses: 第N条, 第N款, Article N, Section N. */
const CLAUSE_STYLES = new Set(['第条', '第款', '第條', 'article', 'section']);

/**
 * A table without a header: lines one under the other, each of two or more runs starting at the same places, in
 * the same type ("摸底测试、因式分解 … 第 1 课时"). A line in another type (a bold subject line) is not one of them.
 * Returns the run's rows of cells, the first line's included.
 */
function alignedRun(lines: PdfLine[], start: number, body: number): PdfCell[][] {
  const head = lines[start] as PdfLine;
  if (head.cells.length < 2 || Math.round(head.size) > body + 0.5) return [];
  const cols = head.cells.map((c) => c.x);
  // Each line's runs cut at the columns; the lines themselves are left as they are.
  const rows: PdfCell[][] = [head.cells];
  for (let end = start + 1, l = lines[end]; l; l = lines[++end]) {
    const prev = lines[end - 1] as PdfLine;
    const cells = atColumns(l, cols, body);
    const aligned =
      cells !== null &&
      l.font === head.font &&
      Math.round(l.size) === Math.round(head.size) &&
      (l.page !== prev.page || prev.y - l.y <= body * 2.5);
    if (!aligned) break;
    rows.push(cells);
  }
  return rows;
}

/**
 * The line's runs cut at the columns, or null when they do not start there. A run that came up to the next column
 * with less than a tab's gap ("…定量计算 第 10 课时") is cut where a text run starts at that column.
 */
function atColumns(l: PdfLine, cols: number[], tol: number): PdfCell[] | null {
  const out: PdfCell[] = [];
  for (const c of l.cells) {
    let rest = c;
    for (;;) {
      const next = cols.find((x) => x > rest.x + tol && rest.runs.some((r) => r.at > 0 && Math.abs(r.x - x) <= tol));
      const run = next === undefined ? undefined : rest.runs.find((r) => r.at > 0 && Math.abs(r.x - next) <= tol);
      if (!run) break;
      out.push({
        x: rest.x,
        right: run.x,
        text: rest.text.slice(0, run.at),
        runs: rest.runs.filter((r) => r.at < run.at),
      });
      rest = {
        x: run.x,
        right: rest.right,
        text: rest.text.slice(run.at),
        runs: rest.runs.filter((r) => r.at >= run.at).map((r) => ({ x: r.x, at: r.at - run.at })),
      };
    }
    out.push(rest);
  }
  const aligned = out.length === cols.length && out.every((c, k) => Math.abs(c.x - (cols[k] ?? 0)) <= tol);
  return aligned ? out : null;
}

/** A header row: the runs of one line, or of lines written one after another on one baseline, and how many lines. */
interface HeaderRow {
  cells: PdfCell[];
  count: number;
}

/**
 * The line at `start` with the lines written after it on the same baseline, each starting right of the one before
 * (a header row written cell by cell): one row of their runs. A header cell's second line ("Reading" over "(before
 * class)"), in the header's type just below it, is part of that cell, also where the file wrote it between cells.
 */
function sideBySide(lines: PdfLine[], start: number, body: number): HeaderRow {
  const head = lines[start] as PdfLine;
  const next = lines[start + 1];
  const under = (l: PdfLine): boolean =>
    l.font === head.font && head.y - l.y > 2 && head.y - l.y <= body * 1.6 && l.x > head.x + body;
  // Most lines have none beside or under them: no copy then.
  if (!next || next.page !== head.page || (Math.abs(next.y - head.y) > 2 && !under(next)))
    return { cells: head.cells, count: 1 };
  const cells = [...head.cells];
  const seconds: PdfCell[] = [];
  let count = 1;
  for (let k = start + 1, l = lines[k]; l && l.page === head.page; l = lines[++k]) {
    const last = cells[cells.length - 1];
    if (Math.abs(l.y - head.y) <= 2 && last && l.x >= last.right + body * 2) {
      cells.push(...l.cells);
      count = k - start + 1;
    } else if (under(l)) {
      seconds.push(...l.cells);
      count = k - start + 1;
    } else break;
  }
  if (seconds.length === 0) return { cells, count };
  // Each second line under the header cell it overlaps, or the header is no header.
  const joined = cells.map((c) => ({ ...c }));
  for (const s of seconds) {
    const over = joined.find((c) => s.x < c.right + body && s.right > c.x - body);
    if (!over) return { cells: head.cells, count: 1 };
    over.text = `${over.text.trimEnd()}\n${s.text.trim()}`;
    over.x = Math.min(over.x, s.x);
    over.right = Math.max(over.right, s.right);
  }
  return { cells: joined, count };
}

function readTable(
  lines: PdfLine[],
  start: number,
  head: HeaderRow,
  body: number,
): { table: TableBlock; end: number } | null {
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
  const rows: string[][][] = [head.cells.map(headerLines)];
  let row: Row | null = null;
  const close = () => {
    if (row) rows.push(row.cells);
  };
  let i = start + head.count;
  let prevCols: number[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i] as PdfLine;
    if (Math.round(l.size) > body + 0.5) break;
    const placed = l.cells.map((c) => ({ c, col: columnOf(c.x) }));
    // A run left of the first column, or one wider than its column, is not in this table.
    if (placed.some(({ col }) => col < 0)) break;
    // A line wider than its column spans the row (a merged cell) when the columns go on below it; else the table
    // has ended and a paragraph follows.
    const wide = placed.some(({ c, col }) => c.right > (cols[col + 1] ?? Number.POSITIVE_INFINITY) + tol);
    if (wide && !columnsResume(lines, i + 1, cols, body)) break;
    // The first column keys the rows: text there that does not go on straight below its last line starts a row. In
    // another column a lower paragraph belongs to the same cell, and text in an empty cell below the row's top
    // starts a row whose first cell is empty.
    // Written cell by cell, a table comes back to its first column only for the next row: text there right after a
    // line of the other columns starts one, however close below it sits — once the row has its first cell.
    const back = placed.some(({ col }) => col === 0) && prevCols.length > 0 && !prevCols.includes(0);
    const fresh = (r: Row) =>
      l.page !== r.page ||
      (back && r.last[0] !== undefined) ||
      placed.some(({ col }) => {
        const last = r.last[col];
        if (last === undefined) return l.y < r.top - step;
        return col === 0 && !(l.y < last && l.y >= last - step);
      });
    if (!row || fresh(row)) {
      // A gap wider than a row's padding after the table's last line ends it, unless the columns go on right below
      // (rows of a fixed height, their text at the top: an agenda with room to write in).
      if (row && l.page === row.page && row.lowest - l.y > step * 2 && !columnsResume(lines, i + 1, cols, body, 6))
        break;
      close();
      row = {
        page: l.page,
        top: l.y,
        lowest: l.y,
        cells: cols.map(() => []),
        last: cols.map(() => undefined),
        right: cols.map(() => undefined),
      };
    }
    for (const { c, col } of placed) {
      const cell = row.cells[col] as string[];
      const last = row.last[col];
      // A line straight below the last one is the same paragraph, wrapped — when its first word would not have fitted
      // on the line above ("IDE & Data / Structures"); short lines one under the other ("1 / 31/7 AM / (4h)") are
      // lines of their own, and a wider gap or a bullet starts another.
      const width = (cols[col + 1] ?? Number.POSITIVE_INFINITY) - (cols[col] ?? 0);
      const lastRight = row.right[col] ?? 0;
      const word = firstUnitWidth(c.text, c.right - c.x);
      const wrapped = !Number.isFinite(width) || lastRight - (cols[col] ?? 0) + word + body * 0.5 > width * 0.9;
      if (cell.length > 0 && last !== undefined && l.y >= last - body * 1.6 && !BULLET.test(c.text) && wrapped)
        cell[cell.length - 1] = joinWrapped(cell[cell.length - 1] ?? '', c.text);
      else cell.push(c.text);
      row.last[col] = l.y;
      row.right[col] = c.right;
    }
    row.lowest = Math.min(row.lowest, l.y);
    prevCols = placed.map(({ col }) => col);
  }
  close();
  if (rows.length < 2) return null;
  return { table: { kind: 'table', header: 1, rows: rows.map((r) => r.map((lines) => ({ lines }))) }, end: i };
}

/**
 * A table whose cells are centred (Word's 居中, common in Chinese schedules): no cell starts where its header does,
 * so the columns are known by their middles. A column left of the first header is one whose header cell spans it
 * ("Day 1" under "时间" beside the times). Word writes the table cell by cell and row by row, so text that goes back
 * to a column left of the last one starts the next row, wherever its vertically centred text sits. Each line of a
 * cell is centred apart: lines are joined only when the first breaks off after a comma or 、.
 */
function readCentred(
  lines: PdfLine[],
  start: number,
  head: HeaderRow,
  body: number,
): { table: TableBlock; end: number } | null {
  const tol = body;
  // Header words set one after another in one run of text ("周次 课次") name columns of their own.
  const names = head.cells.flatMap(splitWords);
  const first = names[0];
  if (!first) return null;
  const centres = names.map((c) => (c.x + c.right) / 2);
  const bounds = centres.map((c, k) => {
    const left = k > 0 ? (c + (centres[k - 1] ?? c)) / 2 : c - ((centres[1] ?? c) - c) / 2;
    const right = k < centres.length - 1 ? (c + (centres[k + 1] ?? c)) / 2 : c + (c - (centres[k - 1] ?? c)) / 2;
    return { left, right };
  });
  /** Column of a run: -1 for the column left of the headers, null when it fits none (a paragraph). */
  const columnOf = (c: PdfCell): number | null => {
    if (c.right < first.x - tol) return c.text.trim().length <= 20 ? -1 : null;
    const mid = (c.x + c.right) / 2;
    let k = bounds.findIndex((b) => mid >= b.left && mid < b.right);
    // Text that starts past the end of a column's name is not under it, centred or set left: a later column's,
    // left-aligned under its centred name ("File Organization and Workflow" under "Topic").
    while (k >= 0 && k < names.length - 1 && c.x > (names[k]?.right ?? 0) + 2) k++;
    const b = bounds[k];
    // A cell keeps between the middles of the columns beside it (left-aligned text under a centred header too).
    const fits = c.x > (centres[k - 1] ?? b?.left ?? 0) - tol && c.right < (centres[k + 1] ?? b?.right ?? 0) + tol;
    return b && fits ? k : null;
  };
  const boldHeader = isBoldFont((lines[start] as PdfLine).font);
  const rows: string[][][] = [];
  let row: string[][] | null = null;
  let prevCol = Number.POSITIVE_INFINITY;
  let i = start + head.count;
  let leading = false;
  let aligned = 0;
  for (; i < lines.length; i++) {
    const l = lines[i] as PdfLine;
    // Cells may mix sizes a point or two apart; a heading is larger still.
    if (l.size > body * 1.2) break;
    // A run of text across columns whose cells the file set apart with spaces, not gaps ("Jan 27 Tabea File
    // Organization…"): cut where a run starts after a space, when each piece then falls in a column of its own —
    // under a header in bold over rows that are not (else a heading's words "第四章 连续系统频域分析 (6 学时)" would
    // make columns of the lines below it).
    const placed = l.cells.flatMap((c) => {
      const pieces = boldHeader && !isBoldFont(l.font) ? spacedPieces(c).map((p) => ({ c: p, col: columnOf(p) })) : [];
      const own = pieces.every((p, k) => p.col !== null && (k === 0 || p.col > (pieces[k - 1]?.col ?? 0)));
      return pieces.length > 1 && own ? pieces : [{ c, col: columnOf(c) }];
    });
    if (placed.some(({ col }) => col === null)) break;
    for (const { c, col } of placed) {
      const k = (col ?? 0) + 1;
      if (Math.abs(c.x - (names[col ?? 0]?.x ?? 0)) <= 2) aligned++;
      if (!row || k < prevCol) {
        if (row) rows.push(row);
        row = [[], ...names.map(() => [])];
      }
      if (k === 0) leading = true;
      const cell = row[k] as string[];
      const text = c.text.trim();
      if (k === prevCol && cell.length > 0 && /[、，,]$/.test(cell[cell.length - 1] ?? ''))
        cell[cell.length - 1] = joinWrapped(cell[cell.length - 1] ?? '', text);
      else cell.push(text);
      prevCol = k;
    }
  }
  if (row) rows.push(row);
  // Cells that start where their headers do are a left-aligned table the other reader has refused.
  if (rows.length < 2 || aligned > rows.length) return null;
  const all = [[[], ...names.map(headerLines)], ...rows].map((r) => (leading ? r : r.slice(1)));
  return { table: { kind: 'table', header: 1, rows: all.map((r) => r.map((lines) => ({ lines }))) }, end: i };
}

/**
 * A cell cut where a run starts after a space. The text layer keeps no run for the spaces, so where a piece ends is
 * told by its length at the cell's mean width of a character.
 */
function spacedPieces(c: PdfCell): PdfCell[] {
  const perChar = (c.right - c.x) / Math.max(1, c.text.length);
  const cuts = c.runs.filter((r) => r.at > 0 && /\s$/.test(c.text.slice(0, r.at)));
  const bounds = [{ x: c.x, at: 0 }, ...cuts, { x: c.right, at: c.text.length }];
  return bounds.slice(0, -1).map((from, k) => {
    const to = bounds[k + 1] ?? from;
    const text = c.text.slice(from.at, to.at);
    return {
      x: from.x,
      right: Math.min(to.x, from.x + text.trimEnd().length * perChar),
      text,
      runs: c.runs.filter((r) => r.at >= from.at && r.at < to.at).map((r) => ({ x: r.x, at: r.at - from.at })),
    };
  });
}

/** A header cell's words, where the file wrote each as a run of its own after a space ("周次 " + "课次"). */
function splitWords(c: PdfCell): PdfCell[] {
  const cuts = c.runs.filter((r) => r.at > 0 && /\s$/.test(c.text.slice(0, r.at)));
  if (cuts.length === 0) return [c];
  const at = [0, ...cuts.map((r) => r.at), c.text.length];
  const xs = [c.x, ...cuts.map((r) => r.x), c.right];
  return at.slice(0, -1).map((a, k) => {
    const b = at[k + 1] ?? c.text.length;
    const x = xs[k] ?? c.x;
    const next = xs[k + 1] ?? c.right;
    // A run ends a space's width before the next one starts.
    const right = k < cuts.length ? next - (next - x) / Math.max(1, b - a) : c.right;
    return { x, right, text: c.text.slice(a, b).trim(), runs: [{ x, at: 0 }] };
  });
}

/** Whether the table's cells start where its headers do (within a character), for most of its lines. */
function startsAtHeaders(lines: PdfLine[], start: number, head: HeaderRow, end: number, body: number): boolean {
  const xs = head.cells.map((c) => c.x);
  let at = 0;
  let all = 0;
  for (let i = start + head.count; i < end; i++)
    for (const c of (lines[i] as PdfLine).cells) {
      all++;
      if (xs.some((x) => Math.abs(c.x - x) <= body)) at++;
    }
  return at * 2 >= all;
}

/** Whether a run starts at one of the later columns soon below (within so many lines), before larger type. */
function columnsResume(lines: PdfLine[], from: number, cols: number[], body: number, within = 30): boolean {
  for (let j = from; j < lines.length && j < from + within; j++) {
    const l = lines[j] as PdfLine;
    if (Math.round(l.size) > body + 0.5) return false;
    if (l.cells.some((c) => cols.slice(1).some((x) => Math.abs(c.x - x) <= body))) return true;
  }
  return false;
}

function clean(rows: TableCell[][], normalise: (s: string) => string): TableCell[][] {
  return rows.map((r) =>
    r.map((cell) => ({
      lines: cell.lines.map((t) => normalise(t.replace(BULLET, ''))).filter((t) => t !== ''),
    })),
  );
}

/** A row of a dot-leader table: its name, a leader of dots, what it leads to ("Ethics training . . . . June 1 (AM)"). */
const LEADER_ROW = /^(.*?\S)(?:\s?[.·•…]){4,}\s*([^\s.·•…][^.·•…]*)$/;
/** Whether a line is led by dots to its value: a row of its own, never run on into the next line. */
export const leaderRow = (text: string): boolean => LEADER_ROW.test(text);
/** What a contents entry leads to: its page ("12", "- 12 -"). */
const PAGE = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/;

/**
 * Lines led by dots to their value, two or more in a row, are a table of two columns: a course outline's topics and
 * their days. A contents page (its entries lead to page numbers) is left to the contents rules.
 */
export function leaderTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let run: { block: Block; row: TableCell[] }[] = [];
  const flush = () => {
    if (run.length >= 2) out.push({ kind: 'table', header: 0, rows: run.map((r) => r.row) });
    else out.push(...run.map((r) => r.block));
    run = [];
  };
  for (const b of blocks) {
    const m = b.kind === 'text' && b.heading === undefined ? LEADER_ROW.exec(b.text) : null;
    if (m && !PAGE.test(m[2] ?? '')) {
      run.push({ block: b, row: [{ lines: [(m[1] ?? '').trim()] }, { lines: [(m[2] ?? '').trim()] }] });
      continue;
    }
    flush();
    out.push(b);
  }
  flush();
  return out;
}
