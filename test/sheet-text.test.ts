import { describe, expect, it } from 'vitest';
import { findSheetName, safeText, sheetName, SHEET_NAMES } from '../shared/sheet-text.ts';

describe('safeText', () => {
  it.each(['=IMPORTXML("http://x","//a")', '+1', '-2', '@x', '\tname', '\rname', '=1+1'])(
    'prefixes an apostrophe to %j so Sheets keeps it as text',
    (s) => {
      expect(safeText(s)).toBe(`'${s}`);
    },
  );
  it.each(['王小明', 'Anna', '', '1+1', 'a=b', "'quoted", ' =x', '２'])('leaves %j unchanged', (s) => {
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
