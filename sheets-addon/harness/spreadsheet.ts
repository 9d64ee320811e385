/**
 * SpreadsheetApp over a Workbook: Spreadsheet, Sheet, Range and embedded charts, with the checks and error
 * messages Apps Script gives (range outside the sheet, data of the wrong shape, duplicate sheet names).
 * Method signatures come from @types/google-apps-script (`implements Pick<…>`), so they cannot drift.
 */
/// <reference types="google-apps-script" />
import { serviceError, wrap, type Env } from './env.ts';
import { AUTOMATIC_FORMAT, displayValue, isDate, type Cell } from './values.ts';
import { a1, columnLetter, columnNumber, MAX_CELL_CHARS, type ChartRecord, type SheetModel } from './workbook.ts';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

type RangeApi = Pick<
  GRange,
  | 'activate'
  | 'breakApart'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getColumn'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWrap'
  | 'isBlank'
  | 'merge'
  | 'offset'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setFontColor'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setNote'
  | 'getNote'
>;

type SheetApi = Pick<
  GSheet,
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'hideColumns'
  | 'hideSheet'
  | 'insertChart'
  | 'isColumnHiddenByUser'
  | 'insertColumnsAfter'
  | 'insertRowsAfter'
  | 'isSheetHidden'
  | 'newChart'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showColumns'
  | 'showSheet'
  | 'updateChart'
>;

type SpreadsheetApi = Pick<
  GSpreadsheet,
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'setActiveSheet'
  | 'toast'
>;

/** Parse "A1", "A1:C3", "A:C", "2:4", "A2:C" within a sheet of the given size. */
/** One cell of a grid whose shape was checked (checkShape) or that a range produced (never empty). */
const at = <T>(grid: readonly (readonly T[])[], r: number, c: number): T => {
  const row = grid[r];
  if (!row || c >= row.length) throw new Error(`harness: no cell [${r}][${c}] in a ${grid.length}-row grid`);
  return row[c] as T;
};

const parseA1 = (ref: string, sheet: SheetModel): { row: number; col: number; rows: number; cols: number } | null => {
  const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const c1 = m[1] ? columnNumber(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  if (m[3] === undefined && m[4] === undefined) {
    if (!m[1] || !m[2]) return null;
    return { row: r1, col: c1, rows: 1, cols: 1 };
  }
  const c2 = m[3] ? columnNumber(m[3]) : m[1] ? sheet.maxColumns : sheet.maxColumns;
  const r2 = m[4] ? Number(m[4]) : sheet.maxRows;
  const [rowA, rowB] = [Math.min(r1, r2), Math.max(r1, r2)];
  const [colA, colB] = [Math.min(c1, c2), Math.max(c1, c2)];
  return { row: rowA, col: colA, rows: rowB - rowA + 1, cols: colB - colA + 1 };
};

const checkBounds = (env: Env, sheet: SheetModel, row: number, col: number, rows: number, cols: number): void => {
  for (const [v, what] of [
    [row, 'row'],
    [col, 'column'],
  ] as const) {
    if (!Number.isInteger(v))
      throw serviceError(env, `The parameters (number) don't match the method signature: ${what} ${v}.`);
  }
  if (row < 1) throw serviceError(env, 'The starting row of the range is too small.');
  if (col < 1) throw serviceError(env, 'The starting column of the range is too small.');
  if (rows < 1) throw serviceError(env, 'The number of rows in the range must be at least 1.');
  if (cols < 1) throw serviceError(env, 'The number of columns in the range must be at least 1.');
  if (row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxColumns) {
    throw serviceError(env, 'The coordinates of the range are outside the dimensions of the sheet.');
  }
};

const liveSheet = (env: Env, sheet: SheetModel): SheetModel => {
  if (!env.workbook.sheets.includes(sheet)) throw serviceError(env, `The sheet "${sheet.name}" has been deleted.`);
  return sheet;
};

export class StandInRange implements RangeApi {
  constructor(
    private readonly env: Env,
    private readonly model: SheetModel,
    private readonly row: number,
    private readonly col: number,
    private readonly rows: number,
    private readonly cols: number,
  ) {}

  private self(): GRange {
    return this as unknown as GRange;
  }

  // Methods run with `this` = the wrapping Proxy; hot loops read fields into locals once (a trap per access).

  /** Visit every cell of the range (r, c are 0-based offsets). */
  private each(fn: (row: number, col: number, r: number, c: number) => void): void {
    const { env, model, row, col, rows, cols } = this;
    liveSheet(env, model);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(row + r, col + c, r, c);
  }

  private grid<T>(read: (cell: Cell | undefined) => T): T[][] {
    const { env, model, row, col, rows, cols } = this;
    liveSheet(env, model);
    const out: T[][] = [];
    for (let r = 0; r < rows; r++) {
      const src = model.grid[row - 1 + r];
      const line: T[] = [];
      for (let c = 0; c < cols; c++) line.push(read(src?.[col - 1 + c]));
      out.push(line);
    }
    env.workbook.stats.cellsRead += rows * cols;
    return env.realm.array(out.map((line) => env.realm.array(line)));
  }

  private style(key: string, value: unknown): GRange {
    this.each((row, col) => {
      const cell = this.model.ensure(row, col);
      cell.style = { ...cell.style, [key]: value };
    });
    return this.self();
  }

  private styles(key: string, values: unknown[][], what: string): GRange {
    this.checkShape(values, what);
    this.each((row, col, r, c) => {
      const cell = this.model.ensure(row, col);
      cell.style = { ...cell.style, [key]: at(values, r, c) };
    });
    return this.self();
  }

  private styleGrid<T>(key: string, fallback: T): T[][] {
    return this.grid((cell) => (cell?.style?.[key] as T | undefined) ?? fallback);
  }

  private checkShape(values: unknown, what = 'data'): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
      throw serviceError(this.env, `The parameters (${typeof values}) don't match the method signature for ${what}.`);
    }
    if (values.length !== this.rows) {
      throw serviceError(
        this.env,
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${values.length} but the range has ${this.rows}.`,
      );
    }
    for (const r of values as unknown[][]) {
      if (r.length !== this.cols) {
        throw serviceError(
          this.env,
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${r.length} but the range has ${this.cols}.`,
        );
      }
    }
  }

  private checkLength(v: unknown): void {
    if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
      throw serviceError(
        this.env,
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    }
  }

  activate(): GRange {
    this.env.activeSheetId = this.model.id;
    return this.self();
  }
  breakApart(): GRange {
    const ref = this.getA1Notation();
    const i = this.model.merges.indexOf(ref);
    if (i >= 0) this.model.merges.splice(i, 1);
    return this.self();
  }
  clear(): GRange {
    this.each((row, col) => {
      const r = this.model.grid[row - 1];
      if (r) r[col - 1] = undefined;
    });
    return this.self();
  }
  clearContent(): GRange {
    this.each((row, col) => {
      const cell = this.model.cell(row, col);
      if (cell) {
        cell.value = '';
        delete cell.formula;
      }
    });
    return this.self();
  }
  clearFormat(): GRange {
    this.each((row, col) => {
      const cell = this.model.cell(row, col);
      if (cell) {
        delete cell.format;
        delete cell.style;
      }
    });
    return this.self();
  }
  getA1Notation(): string {
    return a1(this.row, this.col, this.rows, this.cols);
  }
  getBackground(): string {
    return at(this.getBackgrounds(), 0, 0);
  }
  getBackgrounds(): string[][] {
    return this.styleGrid('background', '#ffffff');
  }
  getColumn(): number {
    return this.col;
  }
  getDisplayValue(): string {
    return at(this.getDisplayValues(), 0, 0);
  }
  getDisplayValues(): string[][] {
    return this.grid((cell) => displayValue(cell, this.env.workbook.timeZone));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return at(this.getFontWeights(), 0, 0);
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.styleGrid<GoogleAppsScript.Spreadsheet.FontWeight>('fontWeight', 'normal');
  }
  getFormula(): string {
    return at(this.getFormulas(), 0, 0);
  }
  getFormulas(): string[][] {
    return this.grid((cell) => cell?.formula ?? '');
  }
  getHorizontalAlignment(): string {
    return at(this.getHorizontalAlignments(), 0, 0);
  }
  getHorizontalAlignments(): string[][] {
    return this.styleGrid('horizontalAlignment', 'general');
  }
  getLastColumn(): number {
    return this.col + this.cols - 1;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getNote(): string {
    return String(this.model.cell(this.row, this.col)?.style?.note ?? '');
  }
  getNumColumns(): number {
    return this.cols;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumberFormat(): string {
    return at(this.getNumberFormats(), 0, 0);
  }
  getNumberFormats(): string[][] {
    return this.grid((cell) => cell?.format ?? AUTOMATIC_FORMAT);
  }
  getRow(): number {
    return this.row;
  }
  getSheet(): GSheet {
    return sheetFor(this.env, this.model);
  }
  getValue(): unknown {
    return at(this.getValues(), 0, 0);
  }
  getValues(): unknown[][] {
    const RealmDate = this.env.realm.Date;
    return this.grid((cell) => {
      if (!cell) return '';
      const v = cell.value;
      return isDate(v) ? new RealmDate(v.getTime()) : v;
    });
  }
  getWrap(): boolean {
    return Boolean(this.model.cell(this.row, this.col)?.style?.wrap ?? true);
  }
  isBlank(): boolean {
    let blank = true;
    this.each((row, col) => {
      const cell = this.model.cell(row, col);
      if (cell && (cell.value !== '' || cell.formula !== undefined)) blank = false;
    });
    return blank;
  }
  merge(): GRange {
    this.model.merges.push(this.getA1Notation());
    return this.self();
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return rangeFor(
      this.env,
      this.model,
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.rows,
      numColumns ?? this.cols,
    );
  }
  setBackground(color: string | null): GRange {
    return this.style('background', color ?? '#ffffff');
  }
  setBackgrounds(color: (string | null)[][]): GRange {
    return this.styles('background', color, 'data');
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GRange {
    this.model.borders.push({
      a1: this.getA1Notation(),
      sides: [top, left, bottom, right, vertical, horizontal],
      color,
      style,
    });
    return this.self();
  }
  setFontColor(color: string | null): GRange {
    return this.style('fontColor', color);
  }
  setFontSize(size: number): GRange {
    return this.style('fontSize', size);
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    return this.style('fontStyle', fontStyle);
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    return this.style('fontWeight', fontWeight ?? 'normal');
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): GRange {
    return this.styles('fontWeight', fontWeights, 'data');
  }
  setFormula(formula: string): GRange {
    this.each((row, col) => {
      const cell = this.model.ensure(row, col);
      cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
      cell.value = '#FORMULA';
    });
    return this.self();
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    return this.style('horizontalAlignment', alignment ?? 'general');
  }
  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): GRange {
    return this.styles('horizontalAlignment', alignments, 'data');
  }
  setNote(note: string | null): GRange {
    return this.style('note', note ?? '');
  }
  setNumberFormat(numberFormat: string): GRange {
    this.each((row, col) => {
      this.model.ensure(row, col).format = numberFormat;
    });
    return this.self();
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    this.checkShape(numberFormats, 'data');
    this.each((row, col, r, c) => {
      this.model.ensure(row, col).format = at(numberFormats, r, c);
    });
    return this.self();
  }
  setValue(value: unknown): GRange {
    this.checkLength(value);
    this.each((row, col) => this.model.write(row, col, value));
    this.env.workbook.stats.cellsWritten += this.rows * this.cols;
    return this.self();
  }
  setValues(values: unknown[][]): GRange {
    this.checkShape(values);
    for (const r of values)
      for (const v of r) if (typeof v === 'string' && v.length > MAX_CELL_CHARS) this.checkLength(v);
    const model = this.model;
    this.each((row, col, r, c) => model.write(row, col, at(values, r, c)));
    this.env.workbook.stats.cellsWritten += this.rows * this.cols;
    return this.self();
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    return this.style('verticalAlignment', alignment);
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this.style('wrap', isWrapEnabled);
  }
}

export const rangeFor = (env: Env, model: SheetModel, row: number, col: number, rows: number, cols: number): GRange => {
  checkBounds(env, model, row, col, rows, cols);
  return wrap<GRange>(env, 'Range', new StandInRange(env, model, row, col, rows, cols));
};

const CHART_OPTION_SETTERS: Record<string, (v: unknown) => [string, unknown]> = {
  setTitle: (v) => ['title', v],
  setXAxisTitle: (v) => ['hAxis.title', v],
  setYAxisTitle: (v) => ['vAxis.title', v],
  setLegendPosition: (v) => ['legend.position', String(v)],
  setColors: (v) => ['colors', v],
  setBackgroundColor: (v) => ['backgroundColor', v],
  setStacked: () => ['isStacked', true],
  reverseCategories: () => ['reverseCategories', true],
};

/** newChart() and chart.modify(): a builder whose build() gives a record-backed EmbeddedChart. */
class StandInChartBuilder
  implements
    Pick<
      GChartBuilder,
      | 'addRange'
      | 'asBarChart'
      | 'asColumnChart'
      | 'asLineChart'
      | 'asPieChart'
      | 'build'
      | 'clearRanges'
      | 'getRanges'
      | 'removeRange'
      | 'setChartType'
      | 'setNumHeaders'
      | 'setOption'
      | 'setPosition'
      | 'setTransposeRowsAndColumns'
    >
{
  readonly record: ChartRecord;
  private readonly rangeObjects: GRange[] = [];

  constructor(
    private readonly env: Env,
    private readonly model: SheetModel,
    from?: ChartRecord,
  ) {
    this.record = from
      ? structuredClone(from)
      : {
          id: env.workbook.newChartId(),
          type: 'COLUMN',
          ranges: [],
          options: {},
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
          numHeaders: -1,
        };
    for (const [name, setter] of Object.entries(CHART_OPTION_SETTERS)) {
      (this as unknown as Record<string, unknown>)[name] = (v: unknown) => {
        const [k, value] = setter(v);
        this.record.options[k] = value;
        return this.self();
      };
    }
  }
  private self(): GChartBuilder {
    return this as unknown as GChartBuilder;
  }
  private as<T>(type: string): T {
    this.record.type = type;
    return this as unknown as T;
  }
  addRange(range: GRange): GChartBuilder {
    this.rangeObjects.push(range);
    this.record.ranges.push(`${range.getSheet().getName()}!${range.getA1Notation()}`);
    return this.self();
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as('BAR');
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('COLUMN');
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.as('LINE');
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as('PIE');
  }
  build(): GChart {
    return wrap<GChart>(
      this.env,
      'EmbeddedChart',
      new StandInChart(this.env, this.model, structuredClone(this.record)),
    );
  }
  clearRanges(): GChartBuilder {
    this.record.ranges = [];
    this.rangeObjects.length = 0;
    return this.self();
  }
  getRanges(): GRange[] {
    return this.env.realm.array(this.rangeObjects);
  }
  removeRange(range: GRange): GChartBuilder {
    const ref = `${range.getSheet().getName()}!${range.getA1Notation()}`;
    this.record.ranges = this.record.ranges.filter((r) => r !== ref);
    return this.self();
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GChartBuilder {
    this.record.type = String(type);
    return this.self();
  }
  setNumHeaders(headers: number): GChartBuilder {
    this.record.numHeaders = headers;
    return this.self();
  }
  setOption(option: string, value: unknown): GChartBuilder {
    this.record.options[option] = value;
    return this.self();
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GChartBuilder {
    this.record.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }
  setTransposeRowsAndColumns(transpose: boolean): GChartBuilder {
    this.record.options.transpose = transpose;
    return this.self();
  }
}

class StandInChart implements Pick<GChart, 'getChartId' | 'getNumHeaders' | 'getRanges' | 'modify'> {
  constructor(
    private readonly env: Env,
    private readonly model: SheetModel,
    readonly record: ChartRecord,
  ) {}
  getChartId(): number {
    return this.record.id;
  }
  getNumHeaders(): number {
    return this.record.numHeaders;
  }
  getRanges(): GRange[] {
    const spreadsheet = spreadsheetFor(this.env);
    return this.env.realm.array(this.record.ranges.map((r) => spreadsheet.getRange(r)));
  }
  modify(): GChartBuilder {
    return wrap<GChartBuilder>(
      this.env,
      'EmbeddedChartBuilder',
      new StandInChartBuilder(this.env, this.model, this.record),
    );
  }
}

const chartRecordOf = (chart: GChart): ChartRecord => {
  const rec = (chart as unknown as { record?: ChartRecord }).record;
  if (!rec) throw new Error('Not a stand-in chart');
  return rec;
};

export class StandInSheet implements SheetApi {
  constructor(
    private readonly env: Env,
    readonly model: SheetModel,
  ) {}

  private self(): GSheet {
    return this as unknown as GSheet;
  }
  private live(): SheetModel {
    return liveSheet(this.env, this.model);
  }

  activate(): GSheet {
    this.env.activeSheetId = this.live().id;
    return this.self();
  }
  appendRow(rowContents: unknown[]): GSheet {
    const m = this.live();
    if (!Array.isArray(rowContents))
      throw serviceError(
        this.env,
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = m.lastRow() + 1;
    if (row > m.maxRows) m.maxRows = row;
    if (rowContents.length > m.maxColumns) m.maxColumns = rowContents.length;
    rowContents.forEach((v, c) => {
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
        throw serviceError(
          this.env,
          `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
        );
      m.write(row, c + 1, v);
    });
    this.env.workbook.stats.cellsWritten += rowContents.length;
    return this.self();
  }
  autoResizeColumn(columnPosition: number): GSheet {
    this.live().autoResized.add(columnPosition);
    return this.self();
  }
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.live().autoResized.add(c);
    return this.self();
  }
  clear(): GSheet {
    const m = this.live();
    m.grid.length = 0;
    m.merges.length = 0;
    m.borders.length = 0;
    return this.self();
  }
  clearContents(): GSheet {
    for (const row of this.live().grid) {
      for (const cell of row ?? []) {
        if (cell) {
          cell.value = '';
          delete cell.formula;
        }
      }
    }
    return this.self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const m = this.live();
    checkBounds(this.env, m, rowPosition, 1, howMany, 1);
    if (howMany >= m.maxRows) throw serviceError(this.env, 'Sorry, it is not possible to delete all non-frozen rows.');
    m.grid.splice(rowPosition - 1, howMany);
    m.maxRows -= howMany;
  }
  getCharts(): GChart[] {
    return this.env.realm.array(
      this.live().charts.map((rec) =>
        wrap<GChart>(this.env, 'EmbeddedChart', new StandInChart(this.env, this.model, rec)),
      ),
    );
  }
  getColumnWidth(columnPosition: number): number {
    return this.live().columnWidths.get(columnPosition) ?? 100;
  }
  getDataRange(): GRange {
    const m = this.live();
    return rangeFor(this.env, m, 1, 1, Math.max(1, m.lastRow()), Math.max(1, m.lastColumn()));
  }
  getFrozenColumns(): number {
    return this.live().frozenColumns;
  }
  getFrozenRows(): number {
    return this.live().frozenRows;
  }
  getIndex(): number {
    return this.env.workbook.sheets.indexOf(this.model) + 1;
  }
  getLastColumn(): number {
    return this.live().lastColumn();
  }
  getLastRow(): number {
    return this.live().lastRow();
  }
  getMaxColumns(): number {
    return this.live().maxColumns;
  }
  getMaxRows(): number {
    return this.live().maxRows;
  }
  getName(): string {
    return this.model.name;
  }
  getParent(): GSpreadsheet {
    return spreadsheetFor(this.env);
  }
  getRange(row: number, column: number): GRange;
  getRange(row: number, column: number, numRows: number): GRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): GRange;
  getRange(a1Notation: string): GRange;
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    const m = this.live();
    if (typeof rowOrA1 === 'string') {
      const p = parseA1(rowOrA1, m);
      if (!p) throw serviceError(this.env, `Range not found`);
      return rangeFor(this.env, m, p.row, p.col, p.rows, p.cols);
    }
    if (column === undefined)
      throw serviceError(
        this.env,
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return rangeFor(this.env, m, rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }
  getSheetId(): number {
    return this.model.id;
  }
  getSheetName(): string {
    return this.model.name;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const m = this.live();
    const rows = numRows === -1 ? m.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? m.lastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, cols).getValues();
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    const m = this.live();
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > m.maxColumns)
      throw serviceError(this.env, 'Those columns are out of bounds.');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) m.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.live().hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.live().hiddenColumns.has(columnPosition);
  }
  hideSheet(): GSheet {
    this.live().hidden = true;
    return this.self();
  }
  insertChart(chart: GChart): void {
    this.live().charts.push(structuredClone(chartRecordOf(chart)));
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    const m = this.live();
    for (const row of m.grid)
      if (row && row.length > afterPosition) row.splice(afterPosition, 0, ...new Array<undefined>(howMany));
    m.maxColumns += howMany;
    return this.self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    const m = this.live();
    if (m.grid.length > afterPosition) m.grid.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    m.maxRows += howMany;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.live().hidden;
  }
  newChart(): GChartBuilder {
    return wrap<GChartBuilder>(this.env, 'EmbeddedChartBuilder', new StandInChartBuilder(this.env, this.live()));
  }
  removeChart(chart: GChart): void {
    const id = chartRecordOf(chart).id;
    const charts = this.live().charts;
    const i = charts.findIndex((c) => c.id === id);
    if (i >= 0) charts.splice(i, 1);
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.live().columnWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.live().columnWidths.set(c, width);
    return this.self();
  }
  setFrozenColumns(columns: number): void {
    this.live().frozenColumns = columns;
  }
  setFrozenRows(rows: number): void {
    const m = this.live();
    if (rows >= m.maxRows)
      throw serviceError(
        this.env,
        'Sorry, it is not possible to freeze all rows: there must be at least one unfrozen row.',
      );
    m.frozenRows = rows;
  }
  setName(name: string): GSheet {
    const other = this.env.workbook.findSheet(name);
    if (other && other !== this.model)
      throw serviceError(this.env, `A sheet with the name "${name}" already exists. Please enter another name.`);
    this.live().name = name;
    return this.self();
  }
  setTabColor(color: string | null): GSheet {
    this.live().tabColor = color;
    return this.self();
  }
  showSheet(): GSheet {
    this.live().hidden = false;
    return this.self();
  }
  updateChart(chart: GChart): void {
    const rec = chartRecordOf(chart);
    const charts = this.live().charts;
    const i = charts.findIndex((c) => c.id === rec.id);
    if (i >= 0) charts[i] = structuredClone(rec);
  }
}

export const sheetFor = (env: Env, model: SheetModel): GSheet =>
  wrap<GSheet>(env, 'Sheet', new StandInSheet(env, model));

const modelOf = (env: Env, sheet: GSheet): SheetModel => {
  const m = env.workbook.sheetById(sheet.getSheetId());
  if (!m) throw serviceError(env, 'The sheet has been deleted.');
  return m;
};

export class StandInSpreadsheet implements SpreadsheetApi {
  constructor(private readonly env: Env) {}

  private get wb() {
    return this.env.workbook;
  }

  deleteSheet(sheet: GSheet): void {
    const m = modelOf(this.env, sheet);
    if (this.wb.sheets.length === 1) throw serviceError(this.env, "You can't remove all the sheets in a document.");
    this.wb.removeSheet(m);
    const first = this.wb.sheets[0];
    if (this.env.activeSheetId === m.id && first) this.env.activeSheetId = first.id;
  }
  getActiveSheet(): GSheet {
    const m = this.wb.sheetById(this.env.activeSheetId) ?? this.wb.sheets[0];
    if (!m) throw new Error('harness: a spreadsheet always has a sheet');
    this.env.activeSheetId = m.id;
    return sheetFor(this.env, m);
  }
  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getRange(a1Notation: string): GRange {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(a1Notation);
    const sheet = m
      ? this.wb.findSheet((m[1] ?? m[2] ?? '').replace(/''/g, "'"))
      : this.wb.sheetById(this.env.activeSheetId);
    if (!sheet) throw serviceError(this.env, 'Range not found');
    return sheetFor(this.env, sheet).getRange(m?.[3] ?? a1Notation);
  }
  getSheetById(id: number): GSheet | null {
    const m = this.wb.sheetById(id);
    return m ? sheetFor(this.env, m) : null;
  }
  getSheetByName(name: string): GSheet | null {
    const m = this.wb.findSheet(String(name));
    return m ? sheetFor(this.env, m) : null;
  }
  getSheets(): GSheet[] {
    return this.env.realm.array(this.wb.sheets.map((m) => sheetFor(this.env, m)));
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  insertSheet(): GSheet;
  insertSheet(sheetIndex: number): GSheet;
  insertSheet(sheetName: string): GSheet;
  insertSheet(sheetName: string, sheetIndex: number): GSheet;
  insertSheet(a?: string | number | object, b?: number | object): GSheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    if (typeof b === 'number') index = b;
    if (name === undefined) {
      let n = this.wb.sheets.length + 1;
      while (this.wb.findSheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') throw serviceError(this.env, 'Sheet name cannot be empty.');
    if (this.wb.findSheet(name))
      throw serviceError(this.env, `A sheet with the name "${name}" already exists. Please enter another name.`);
    if (index !== undefined && (index < 0 || index > this.wb.sheets.length)) {
      throw serviceError(this.env, `The sheet index ${index} is out of range.`);
    }
    const m = this.wb.addSheet(name, index);
    this.env.activeSheetId = m.id; // Sheets shows the new tab
    return sheetFor(this.env, m);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.env.activeSheetId = modelOf(this.env, sheet).id;
    return sheet;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.env.ui.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

export const spreadsheetFor = (env: Env): GSpreadsheet =>
  wrap<GSpreadsheet>(env, 'Spreadsheet', new StandInSpreadsheet(env));

const enumOf = <T>(names: readonly string[]): T => Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as T;

export const BorderStyle = enumOf<typeof GoogleAppsScript.Spreadsheet.BorderStyle>([
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);
export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);
export const Position = enumOf<typeof GoogleAppsScript.Charts.Position>(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);

type AppApi = Pick<GApp, 'flush' | 'getActive' | 'getActiveSheet' | 'getActiveSpreadsheet' | 'getUi' | 'BorderStyle'>;

export const spreadsheetAppFor = (env: Env, getUi: () => GoogleAppsScript.Base.Ui): GApp => {
  const app: AppApi = {
    BorderStyle,
    flush: () => undefined,
    getActive: () => spreadsheetFor(env),
    getActiveSheet: () => spreadsheetFor(env).getActiveSheet(),
    getActiveSpreadsheet: () => spreadsheetFor(env),
    getUi,
  };
  return wrap<GApp>(env, 'SpreadsheetApp', app);
};

export { columnLetter };
