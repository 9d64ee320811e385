/** CSV bytes or text → rows (papaparse) → the shared rows path. Node and browsers only. */
import Papa from 'papaparse';
import { decodeText } from '../text/decode.ts';
import { parseRosterRows } from './parse.ts';
import type { RosterResult } from './types.ts';

export function parseRosterCsv(input: Uint8Array | string): RosterResult {
  let text: string;
  let encoding: string | undefined;
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/u, '');
  } else {
    const d = decodeText(input);
    if (!d.ok) {
      const message = {
        binary: {
          zh: '这不是 CSV 文本文件（可能是 Excel 的 .xlsx）。请在 Excel 或 WPS 里“另存为 CSV”再试。',
          en: 'This is not a CSV text file (perhaps an Excel .xlsx). Save it as CSV from Excel and try again.',
        },
        'unknown-encoding': {
          zh: '读不懂这个文件的编码。请另存为“CSV UTF-8”再试。',
          en: 'Cannot tell this file\'s text encoding. Save it as "CSV UTF-8" and try again.',
        },
        empty: {
          zh: '文件是空的。请把名单（第一行是表头）保存进去再试。',
          en: 'The file is empty. Save the roster in it (header row first) and try again.',
        },
      }[d.reason];
      const code = d.reason === 'binary' ? 'not-csv' : d.reason === 'empty' ? 'empty-file' : 'unknown-encoding';
      return { roster: null, problems: [{ severity: 'error', code, row: null, column: null, message }] };
    }
    text = d.text;
    encoding = d.encoding;
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const rows = parsed.data.filter((r, i) => !(i === parsed.data.length - 1 && r.length === 1 && r[0] === ''));
  const result = parseRosterRows(rows);
  return encoding ? { ...result, encoding } : result;
}
