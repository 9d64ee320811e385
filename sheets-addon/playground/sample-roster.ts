/** The sample class the playground starts with: a CSV read with papaparse into rows for the 名单/Roster sheet. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export const SAMPLE_ROSTER = new URL('../../shared/samples/roster.csv', import.meta.url);
export const SAMPLE_ROSTER_EN = new URL('../../shared/samples/roster-en.csv', import.meta.url);

/** CSV text → rows of strings (blank lines dropped), as a teacher pasting it into a sheet would enter them. */
export const csvRows = (text: string): string[][] => {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const e = parsed.errors[0];
  if (e) throw new Error(`Roster CSV, row ${(e.row ?? 0) + 1}: ${e.message}`);
  return parsed.data;
};

export const readRosterCsv = (path: URL | string): string[][] => csvRows(readFileSync(path, 'utf8'));
