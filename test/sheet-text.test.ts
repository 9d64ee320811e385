import { describe, expect, it } from 'vitest';
import {
  findSheetName,
  foldWidth,
  literalText,
  safeText,
  sheetName,
  SHEET_NAMES,
  storedText,
} from '../shared/sheet-text.ts';

describe('safeText', () => {
  it.each(['=IMPORTXML("http://x","//a")', '+1', '-2', '@x', '\tname', '\rname', '=1+1', "'quoted"])(
    'prefixes an apostrophe to %j so Sheets keeps it as text',
    (s) => {
      expect(safeText(s)).toBe(`'${s}`);
    },
  );
  it.each(['王小明', 'Anna', '', '1+1', 'a=b', ' =x', '２', '001'])('leaves %j unchanged', (s) => {
    expect(safeText(s)).toBe(s);
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

describe('literalText', () => {
  it.each(['001', '2026-11-23T01:00:00.000Z', '3/4', '.5', 'TRUE', 'false', '=x', '-1', "'a"])(
    'keeps %j as text',
    (s) => {
      expect(literalText(s)).toBe(`'${s}`);
      expect(storedText(literalText(s))).toBe(s);
    },
  );
  it.each(['abc', '王小明', '', 'S001'])('leaves %j unchanged', (s) => {
    expect(literalText(s)).toBe(s);
  });
});

describe('storedText', () => {
  it('drops exactly one leading apostrophe, as Sheets does on read', () => {
    expect(storedText("''a")).toBe("'a");
    expect(storedText(safeText("'a"))).toBe("'a");
    expect(storedText('a')).toBe('a');
  });
});
