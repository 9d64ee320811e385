import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../sheets-addon/harness/values.ts';
import { findSheetName, foldWidth, safeText, sheetName, SHEET_NAMES, storedText } from '../shared/sheet-text.ts';

describe('safeText', () => {
  // What Sheets stores for a string a script writes: the harness models Sheets' parsing (formulas, numbers, dates,
  // times, percentages, booleans, the hiding apostrophe).
  const stored = (s: string) => parseInput(safeText(s), undefined, 'Asia/Shanghai');

  it.each([
    '=IMPORTXML("http://x","//a")',
    '+1',
    '-2',
    '@x',
    '\tname',
    '\rname',
    "'quoted",
    '001',
    'TRUE',
    'false',
    '3.5',
    '50%',
    '1,234',
    '2024-01-02',
    '12:30',
    '2026-11-23T01:00:00.000Z',
    '.5',
    '1e5',
    ' 42',
    ' -0',
    ' +3',
    '王小明',
    'Liam Smith',
    'S001',
    '',
  ])('%j is stored as exactly that text', (s) => {
    expect(stored(s)).toEqual({ value: s });
  });

  it('any text at all comes back as written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        expect(stored(s).value).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves ordinary names without an apostrophe', () => {
    for (const s of ['王小明', 'Anna', 'a=b', '２', 'S001', '三(2)班']) expect(safeText(s)).toBe(s);
  });
});

describe('sheet names', () => {
  it('has the agreed zh/en names', () => {
    expect(sheetName('roster', 'zh')).toBe('名单');
    expect(sheetName('log', 'en')).toBe('Points log');
    expect(sheetName('tallies', 'zh')).toBe('积分汇总');
    expect(sheetName('settings', 'en')).toBe('Settings');
    expect(sheetName('schedule', 'zh')).toBe('日程');
    expect(Object.keys(SHEET_NAMES)).toHaveLength(7);
  });
  it('finds a sheet by either language', () => {
    expect(findSheetName(['Sheet1', '积分记录'], 'log')).toBe('积分记录');
    expect(findSheetName(['Sheet1', 'Points log'], 'log')).toBe('Points log');
    expect(findSheetName(['points LOG '], 'log')).toBe('points LOG ');
    expect(findSheetName(['名单', 'Roster'], 'roster')).toBe('名单');
  });
  it('returns null when absent', () => {
    expect(findSheetName(['Sheet1'], 'settings')).toBeNull();
    expect(findSheetName([], 'plan')).toBeNull();
  });
});

describe('foldWidth', () => {
  it('folds full-width digits, letters, punctuation and the ideographic space', () => {
    expect(foldWidth('２：１：１')).toBe('2:1:1');
    expect(foldWidth('学习＝２，Ａｂ　ｃ')).toBe('学习=2,Ab c');
    expect(foldWidth('－３')).toBe('-3');
  });
  it('leaves Chinese text and enclosed numbers alone', () => {
    expect(foldWidth('①⑴㈠ 王小明')).toBe('①⑴㈠ 王小明');
  });
});

describe('storedText', () => {
  it('drops exactly one leading apostrophe, as Sheets does on read', () => {
    expect(storedText("''a")).toBe("'a");
    expect(storedText(safeText("'a"))).toBe("'a");
    expect(storedText('a')).toBe('a');
  });
});
