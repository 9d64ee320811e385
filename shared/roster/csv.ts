/** CSV bytes or text → rows (papaparse) → the shared rows path. Node and browsers only. */
import Papa from 'papaparse';
import type { Localized } from '../i18n/localized.ts';
import { type BinaryKind, type DecodedText, decodeText } from '../text/decode.ts';
import { parseRosterRows } from './parse.ts';
import { problemOf } from './names.ts';
import type { RosterProblem, RosterReadOptions, RosterResult } from './types.ts';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The separator the header row uses most, if any. papaparse's own guess wants every row to have the same number of
 * fields, so a file of two tab-separated columns that ends in a line break (Excel's "Unicode text") was read as one
 * column with the tabs inside.
 */
function headerDelimiter(text: string): string | undefined {
  let header = '';
  for (let at = 0; at < text.length && header.trim() === ''; ) {
    const end = text.indexOf('\n', at);
    header = text.slice(at, end < 0 ? text.length : end);
    at = end < 0 ? text.length : end + 1;
  }
  let best: string | undefined;
  let most = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

/**
 * Text → rows. Line endings are made one kind first: papaparse guesses the row separator from the first line
 * break, so a CRLF header over LF rows would run every row into one. Every papaparse error becomes a problem
 * with its row, so nothing is dropped or merged without the teacher hearing of it.
 */
export function csvRows(text: string): { rows: string[][]; problems: RosterProblem[] } {
  const unified = text.replace(/\r\n?/gu, '\n');
  const delimiter = headerDelimiter(unified);
  const parsed = Papa.parse<string[]>(unified, {
    newline: '\n',
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : { delimitersToGuess: [...DELIMITERS] }),
  });
  const rows = parsed.data.filter((r, i) => !(i === parsed.data.length - 1 && r.length === 1 && r[0] === ''));
  const problems: RosterProblem[] = [];
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue; // a one-column file: the header check says what is missing
    const row = e.row === undefined ? null : e.row + 1;
    problems.push(
      problemOf(
        'error',
        'csv-quotes',
        row,
        null,
        e.type === 'Quotes'
          ? {
              zh: `这一行的引号没有配对（有“"”开头却没有结尾），后面的行会被读成同一格。请删掉多余的引号，或在 Excel/WPS 里重新“另存为 CSV”。`,
              en: 'A quote mark (") on this row is never closed, so the rows after it would run into one cell. Remove the stray quote, or save the file as CSV again from Excel.',
            }
          : {
              zh: `这一行的格式读不懂（${e.message}）。请在 Excel/WPS 里重新“另存为 CSV”。`,
              en: `This row cannot be read (${e.message}). Save the file as CSV again from Excel.`,
            },
      ),
    );
  }
  return { rows, problems };
}

const BINARY: Record<BinaryKind, Localized> = {
  zip: {
    zh: '这是 Excel 的 .xlsx 文件（或其他压缩文件），不是 CSV 文本。请在 Excel 或 WPS 里“另存为 CSV”再试。',
    en: 'This is an Excel .xlsx file (or another zip archive), not CSV text. Save it as CSV from Excel and try again.',
  },
  ole: {
    zh: '这是旧版 Excel 的 .xls 文件，不是 CSV 文本。请在 Excel 或 WPS 里“另存为 CSV”再试。',
    en: 'This is an old Excel .xls file, not CSV text. Save it as CSV from Excel and try again.',
  },
  pdf: {
    zh: '这是 PDF 文件，不是名单表格。请用 Excel 或 WPS 打开名单并“另存为 CSV”。',
    en: 'This is a PDF, not a roster table. Open the roster in Excel and save it as CSV.',
  },
  other: {
    zh: '这不是文本文件（里面有很多看不见的控制字符）。请在 Excel 或 WPS 里把名单“另存为 CSV”再试。',
    en: 'This is not a text file (it is full of control characters). Save the roster as CSV from Excel and try again.',
  },
};

function unreadableFile(d: Exclude<DecodedText, { ok: true }>): RosterProblem {
  if (d.reason === 'binary') return problemOf('error', 'not-csv', null, null, BINARY[d.kind]);
  if (d.reason === 'empty')
    return problemOf('error', 'empty-file', null, null, {
      zh: '文件是空的。请把名单（第一行是表头）保存进去再试。',
      en: 'The file is empty. Save the roster in it (header row first) and try again.',
    });
  return problemOf('error', 'unknown-encoding', null, null, {
    zh: '读不懂这个文件的编码。请另存为“CSV UTF-8”再试。',
    en: 'Cannot tell this file\'s text encoding. Save it as "CSV UTF-8" and try again.',
  });
}

export function parseRosterCsv(input: Uint8Array | string, options: RosterReadOptions = {}): RosterResult {
  let text: string;
  let encoding: string | undefined;
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/u, '');
  } else {
    const d = decodeText(input);
    if (!d.ok) return { roster: null, problems: [unreadableFile(d)] };
    text = d.text;
    encoding = d.encoding;
  }
  const csv = csvRows(text);
  const read = parseRosterRows(csv.rows, options);
  const result = { ...read, problems: [...csv.problems, ...read.problems] };
  return encoding ? { ...result, encoding } : result;
}
