/**
 * The in-memory spreadsheet behind the stand-in: sheets as sparse grids of cells, charts as records, and the
 * per-document state that Apps Script keeps on Google's side (properties, locks). Several stand-ins (simulated
 * users) can share one Workbook. Tests read it directly: `workbook.sheet('名单').values()`.
 */
import { AUTOMATIC_FORMAT, displayValue, parseInput, type Cell, type CellValue } from './values.ts';

export interface ChartRecord {
  id: number;
  /** Apps Script Charts.ChartType name, e.g. "BAR", "COLUMN". */
  type: string;
  /** A1 notation of each data range, qualified with its sheet: "积分汇总!A1:B5". */
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

export interface BorderRecord {
  a1: string;
  sides: (boolean | null)[];
  color?: string | null;
  style?: unknown;
}

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
/** Sheets refuses longer text in one cell. */
export const MAX_CELL_CHARS = 50_000;

export const columnLetter = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

export const columnNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);

export const a1 = (row: number, col: number, rows = 1, cols = 1): string =>
  rows === 1 && cols === 1
    ? `${columnLetter(col)}${row}`
    : `${columnLetter(col)}${row}:${columnLetter(col + cols - 1)}${row + rows - 1}`;

export class SheetModel {
  /** rows[r][c] is the cell at row r+1, column c+1 (sparse: missing means empty). */
  readonly grid: (Cell | undefined)[][] = [];
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly merges: string[] = [];
  readonly borders: BorderRecord[] = [];
  readonly charts: ChartRecord[] = [];
  readonly autoResized = new Set<number>();
  /** 1-based positions of hidden columns. */
  readonly hiddenColumns = new Set<number>();
  tabColor: string | null = null;
  hidden = false;

  constructor(
    readonly workbook: Workbook,
    readonly id: number,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.grid[row - 1]?.[col - 1];
  }

  /** The cell at (row, col), created empty if needed (for formats and values). */
  ensure(row: number, col: number): Cell {
    this.grid[row - 1] ??= [];
    const r = this.grid[row - 1] as Cell[];
    r[col - 1] ??= { value: '' };
    return r[col - 1] as Cell;
  }

  /** Write as a script's setValue would (parsing strings like Sheets does). */
  write(row: number, col: number, raw: unknown): void {
    const cell = this.ensure(row, col);
    const parsed = parseInput(raw, cell.format, this.workbook.timeZone);
    cell.value = parsed.value;
    // Delete only when present: deleting a property on every write would turn each cell into a slow dictionary.
    if (parsed.formula !== undefined) cell.formula = parsed.formula;
    else if (cell.formula !== undefined) delete cell.formula;
    if (parsed.format && (cell.format === undefined || cell.format === AUTOMATIC_FORMAT)) cell.format = parsed.format;
  }

  lastRow(): number {
    for (let r = this.grid.length; r > 0; r--) if (this.grid[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.grid) {
      if (!row) continue;
      for (let c = row.length; c > last; c--)
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }

  private table<T>(read: (cell: Cell | undefined) => T): T[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    const out: T[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: T[] = [];
      for (let c = 1; c <= cols; c++) line.push(read(this.cell(r, c)));
      out.push(line);
    }
    return out;
  }

  /** The data range's values as getValues() returns them ("" for empty, "#FORMULA" for formulas). */
  values(): CellValue[][] {
    return this.table((c) => (c ? c.value : ''));
  }

  displayValues(): string[][] {
    return this.table((c) => displayValue(c, this.workbook.timeZone));
  }

  formulas(): string[][] {
    return this.table((c) => c?.formula ?? '');
  }

  numberFormats(): string[][] {
    return this.table((c) => c?.format ?? AUTOMATIC_FORMAT);
  }

  /** Read one cell by A1 notation, e.g. `at('B2')`. */
  at(ref: string): Cell | undefined {
    const m = /^([A-Z]+)(\d+)$/i.exec(ref);
    if (!m) throw new Error(`Not a cell reference: ${ref}`);
    return this.cell(Number(m[2]), columnNumber(m[1] ?? ''));
  }
}

const hasContent = (c: Cell | undefined): boolean => c !== undefined && (c.value !== '' || c.formula !== undefined);

export interface LockState {
  holder: object | null;
}

export interface WorkbookOptions {
  name?: string;
  id?: string;
  timeZone?: string;
  /** Spreadsheet locale as Apps Script reports it, e.g. "zh_CN", "en_US". */
  locale?: string;
  /** Sheets to create, in order; each a 2-D array written as a user would type it. Default: one empty "Sheet1". */
  sheets?: Record<string, unknown[][]>;
}

/** Per-method call counts from scripts, to check that an action costs a constant number of operations. */
export interface WorkbookStats {
  calls: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
}

export class Workbook {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly sheets: SheetModel[] = [];
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  readonly locks = {
    document: { holder: null } as LockState,
    script: { holder: null } as LockState,
    user: new Map<string, LockState>(),
  };
  stats: WorkbookStats = { calls: {}, cellsRead: 0, cellsWritten: 0 };
  private nextSheetId = 0;
  private nextChartId = 1;

  constructor(opts: WorkbookOptions = {}) {
    this.id = opts.id ?? `standin-${Math.random().toString(36).slice(2, 12)}`;
    this.name = opts.name ?? '互助 playground';
    this.timeZone = opts.timeZone ?? 'Asia/Shanghai';
    this.locale = opts.locale ?? 'zh_CN';
    const initial = opts.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(initial)) this.setSheet(name, rows);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  findSheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The sheet named `name`; throws (listing the sheets there are) if it does not exist. */
  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(', ') || 'none'})`);
    return s;
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    const s = new SheetModel(this, this.nextSheetId++, name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, s);
    return s;
  }

  removeSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
  }

  /** Create or replace a sheet's contents as if a user typed `rows` into it (test set-up). */
  setSheet(name: string, rows: unknown[][]): SheetModel {
    const existing = this.findSheet(name);
    const s = existing ?? this.addSheet(name);
    s.grid.length = 0;
    s.maxRows = Math.max(DEFAULT_MAX_ROWS, rows.length);
    s.maxColumns = Math.max(DEFAULT_MAX_COLUMNS, ...rows.map((r) => r.length));
    for (const [r, row] of rows.entries()) for (const [c, v] of row.entries()) s.write(r + 1, c + 1, v);
    return s;
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  userStore(user: string): Map<string, string> {
    let m = this.userProperties.get(user);
    if (!m) {
      m = new Map();
      this.userProperties.set(user, m);
    }
    return m;
  }

  userLock(user: string): LockState {
    let l = this.locks.user.get(user);
    if (!l) {
      l = { holder: null };
      this.locks.user.set(user, l);
    }
    return l;
  }

  resetStats(): void {
    this.stats = { calls: {}, cellsRead: 0, cellsWritten: 0 };
  }
}
