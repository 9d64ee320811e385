/**
 * A visitor's own roster for the playground: a CSV file, an .xlsx workbook, or cells pasted from Excel/WPS/Sheets
 * (tab-separated text) → rows of display text for the 名单/Roster sheet. CSV goes the core's way (shared/text
 * decodeText, then papaparse through shared/roster csvRows); .xlsx is read with exceljs (dev tooling only, never
 * shipped to Apps Script). Whatever is wrong comes back as one message in both languages; nothing is half-loaded.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Localized } from '../../shared/i18n/localized.ts';
import { csvRows } from '../../shared/roster/csv.ts';
import { decodeText } from '../../shared/text/decode.ts';

export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
export const MAX_ROSTER_ROWS = 5000;
export const MAX_ROSTER_COLUMNS = 200;

export type RosterImport =
  | { ok: true; rows: string[][]; sheets?: string[]; sheet?: string }
  | { ok: false; message: Localized };

const fail = (zh: string, en: string): RosterImport => ({ ok: false, message: { zh, en } });

const TOO_BIG = (): RosterImport =>
  fail(
    `文件太大（上限 ${MAX_ROSTER_BYTES / 1024 / 1024} MB）。名单只需要学号、姓名等几列，请删掉别的内容再试。`,
    `The file is too big (the limit is ${MAX_ROSTER_BYTES / 1024 / 1024} MB). A roster needs only a few columns such as ID and name; remove the rest and try again.`,
  );

/** Rows as the sheet gets them: trailing blank cells and blank rows dropped, checked against the caps. */
const finish = (raw: string[][], extra: { sheets?: string[]; sheet?: string } = {}): RosterImport => {
  const rows = raw
    .map((r) => {
      const cells = r.map((c) => c.trim());
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      return cells;
    })
    .filter((r) => r.length > 0);
  if (rows.length === 0)
    return fail(
      '没有读到任何内容。请放入名单（第一行是表头，比如“学号”“姓名”）再试。',
      'Nothing to read. Put the roster in it (a header row first, such as "Student ID" and "Name") and try again.',
    );
  if (rows.length > MAX_ROSTER_ROWS)
    return fail(
      `行数太多（${rows.length} 行，上限 ${MAX_ROSTER_ROWS} 行）。请只留一个班或一个年级的名单。`,
      `Too many rows (${rows.length}; the limit is ${MAX_ROSTER_ROWS}). Keep one class or one year group.`,
    );
  const width = Math.max(...rows.map((r) => r.length));
  if (width > MAX_ROSTER_COLUMNS)
    return fail(
      `列数太多（${width} 列，上限 ${MAX_ROSTER_COLUMNS} 列）。`,
      `Too many columns (${width}; the limit is ${MAX_ROSTER_COLUMNS}).`,
    );
  return { ok: true, rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]), ...extra };
};

/** CSV (or tab-separated) text → rows through papaparse, as the core reads a roster file. */
const fromText = (text: string): RosterImport => {
  const { rows, problems } = csvRows(text);
  const bad = problems.find((p) => p.severity === 'error');
  if (bad) {
    const where = bad.row === null ? null : { zh: `第 ${bad.row} 行：`, en: `Row ${bad.row}: ` };
    return {
      ok: false,
      message: { zh: `${where?.zh ?? ''}${bad.message.zh}`, en: `${where?.en ?? ''}${bad.message.en}` },
    };
  }
  return finish(rows);
};

/** Cells pasted from a spreadsheet: tab-separated lines (a single column has no tabs; CSV pasted as text works too). */
export const importPastedCells = (text: string): RosterImport => {
  if (text.length > MAX_ROSTER_BYTES) return TOO_BIG();
  if (!text.trim())
    return fail(
      '没有粘贴任何内容。请在 Excel/WPS/表格里选中名单（连同表头）复制，再粘贴到这里。',
      'Nothing was pasted. Select the roster (with its header row) in Excel or Sheets, copy, and paste it here.',
    );
  if (!text.includes('\t')) return fromText(text); // one column, or CSV pasted as text
  // Spreadsheets copy cells as tab-separated lines (a cell with a line break or quote comes quoted). The delimiter
  // is known, so it is not guessed: papaparse's guess misses a two-column paste that ends in a line break.
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/gu, '\n'), { delimiter: '\t', newline: '\n' });
  const e = parsed.errors[0];
  if (e)
    return fail(
      `第 ${(e.row ?? 0) + 1} 行读不懂（${e.message}）。请在表格里重新选中、复制再粘贴。`,
      `Row ${(e.row ?? 0) + 1} cannot be read (${e.message}). Select the cells again, copy and paste.`,
    );
  return finish(parsed.data);
};

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A cell as the visitor's spreadsheet shows it. exceljs's cell.text is String(value) for most cells, which is right
 * for text and plain numbers (a student number 20230101 stays 20230101) and for formulas (their cached result),
 * rich text and hyperlinks (their text), but for a date it is JavaScript's Date string ("Mon Sep 01 2025 08:00:00
 * GMT+0800 …"). exceljs gives dates as UTC instants of the wall-clock time, so the date is written from UTC parts
 * the way Sheets shows a date typed in (2025-09-01, with the time when there is one).
 */
export const cellText = (cell: ExcelJS.Cell): string => {
  const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (v instanceof Date) {
    const day = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    const h = v.getUTCHours();
    const m = v.getUTCMinutes();
    const s = v.getUTCSeconds();
    return h || m || s ? `${day} ${h}:${pad(m)}:${pad(s)}` : day;
  }
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'error' in v) return String(v.error);
  return cell.text;
};

/** An .xlsx workbook → the rows of one worksheet (the first, or `sheet` when the visitor picked another). */
export const importXlsx = async (bytes: Uint8Array, sheet?: string): Promise<RosterImport> => {
  if (bytes.length > MAX_ROSTER_BYTES) return TOO_BIG();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return fail(
      '读不了这个 .xlsx 文件（可能已损坏，或不是 Excel 表格）。请在 Excel/WPS 里打开后重新保存，或另存为 CSV 再试。',
      'This .xlsx file cannot be read (it may be damaged, or not an Excel workbook). Open it in Excel and save it again, or save it as CSV.',
    );
  }
  const sheets = wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name);
  const ws = sheet === undefined ? wb.worksheets[0] : wb.worksheets.find((w) => w.name === sheet);
  if (!ws)
    return sheet === undefined
      ? fail('这个工作簿里没有工作表。', 'This workbook has no worksheets.')
      : fail(`工作簿里没有名为“${sheet}”的工作表。`, `The workbook has no worksheet named "${sheet}".`);
  if (ws.rowCount > MAX_ROSTER_ROWS * 2 || ws.columnCount > MAX_ROSTER_COLUMNS * 5)
    return fail(
      `工作表“${ws.name}”太大（${ws.rowCount} 行 × ${ws.columnCount} 列）。名单最多 ${MAX_ROSTER_ROWS} 行。`,
      `Worksheet "${ws.name}" is too big (${ws.rowCount} rows × ${ws.columnCount} columns). A roster has at most ${MAX_ROSTER_ROWS} rows.`,
    );
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cellText(cell);
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return finish(
    Array.from(rows, (r) => r ?? []),
    { sheets, sheet: ws.name },
  );
};

/** A dropped or chosen file: .xlsx by its zip signature, otherwise text for papaparse (the core's CSV path). */
export const importRosterFile = async (bytes: Uint8Array, sheet?: string): Promise<RosterImport> => {
  if (bytes.length > MAX_ROSTER_BYTES) return TOO_BIG();
  const decoded = decodeText(bytes);
  if (decoded.ok) return fromText(decoded.text);
  if (decoded.reason === 'binary' && decoded.kind === 'zip') return importXlsx(bytes, sheet);
  if (decoded.reason === 'empty') return fail('文件是空的。', 'The file is empty.');
  if (decoded.reason === 'binary' && decoded.kind === 'ole')
    return fail(
      '这是旧版 Excel 的 .xls 文件。请在 Excel/WPS 里另存为 .xlsx 或 CSV 再试。',
      'This is an old Excel .xls file. Save it as .xlsx or CSV from Excel and try again.',
    );
  if (decoded.reason === 'binary')
    return fail(
      '这不是表格文件。请放入 CSV 或 .xlsx 文件，或者直接粘贴表格里的单元格。',
      'This is not a spreadsheet. Drop a CSV or .xlsx file, or paste cells copied from a spreadsheet.',
    );
  return fail(
    '读不懂这个文件的编码。请另存为“CSV UTF-8”再试。',
    'Cannot tell this file\'s text encoding. Save it as "CSV UTF-8" and try again.',
  );
};
