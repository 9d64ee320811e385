/**
 * CSV of a plan table, for "Download CSV" (File › Import in Sheets, or Excel). Separate from index.ts so that the
 * add-on's Apps Script bundle, which never makes CSV, does not carry papaparse.
 */
import Papa from 'papaparse';
import { parsedCell } from './index.ts';

/**
 * CSV (RFC 4180, CRLF) with every cell formula-proof; a BOM so Excel reads the UTF-8 Chinese as UTF-8. Every cell is
 * quoted: Sheets' import guesses the separator by default, and text like "||" could otherwise look like one.
 */
export const tablesToCsv = (rows: readonly (readonly string[])[]): string =>
  '\ufeff' +
  Papa.unparse(
    rows.map((r) => r.map(parsedCell)),
    { newline: '\r\n', quotes: true },
  );
