/** Sheets and ranges: shapes, bounds, A1 notation, data range, appending, sheet names, charts — as Apps Script. */
import { describe, expect, it } from 'vitest';
import { createStandIn } from '../../sheets-addon/harness/index.ts';

const spreadsheet = () => {
  const s = createStandIn();
  return { s, ss: s.SpreadsheetApp.getActiveSpreadsheet() };
};

describe('Range', () => {
  it("rejects data whose rows or columns do not match the range, with Apps Script's message, writing nothing", () => {
    const { ss } = spreadsheet();
    const r = ss.getActiveSheet().getRange(1, 1, 3, 2);
    expect(() =>
      r.setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues([[1, 2], [3, 4], [5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(ss.getActiveSheet().getLastRow()).toBe(0);
  });

  it('throws an "Exception" for ranges outside the sheet or with no rows', () => {
    const { ss } = spreadsheet();
    const sh = ss.getActiveSheet();
    expect(() => sh.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sh.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sh.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    const thrown = (() => {
      try {
        sh.getRange(1, 27);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(String(thrown)).toBe('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    sh.insertRowsAfter(1000, 500);
    expect(sh.getRange(1500, 1).getA1Notation()).toBe('A1500');
  });

  it('speaks A1 notation and reports its position', () => {
    const { ss } = spreadsheet();
    const r = ss.getActiveSheet().getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getA1Notation()]).toEqual([
      2,
      2,
      4,
      3,
      'B2:D5',
    ]);
    expect(
      ss
        .getActiveSheet()
        .getRange(1, 27 - 1, 1, 1)
        .getA1Notation(),
    ).toBe('Z1');
    expect(ss.getRange("'Sheet1'!C3").getA1Notation()).toBe('C3');
  });

  it('records formats: weight, background, merge, borders, number formats, frozen rows, widths', () => {
    const { s, ss } = spreadsheet();
    const sh = ss.getActiveSheet();
    sh.getRange('A1:B1')
      .setValues([['组', '成员']])
      .setFontWeight('bold')
      .setBackground('#eeeeee');
    sh.getRange('A3:B3').merge();
    sh.getRange('A1:B3').setBorder(true, true, true, true, null, null);
    sh.setFrozenRows(1);
    sh.setColumnWidths(1, 2, 120);
    const m = s.workbook.sheet('Sheet1');
    expect(sh.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'bold']]);
    expect(sh.getRange('A1').getBackground()).toBe('#eeeeee');
    expect(m.merges).toEqual(['A3:B3']);
    expect(m.borders[0]?.a1).toBe('A1:B3');
    expect(m.frozenRows).toBe(1);
    expect(m.columnWidths.get(2)).toBe(120);
  });
});

describe('Sheet', () => {
  it('appends rows after the last row with content and grows the data range', () => {
    const { s, ss } = spreadsheet();
    const sh = ss.getActiveSheet();
    sh.appendRow(['id', 'name']);
    sh.appendRow(['001', "'001"]);
    expect(sh.getLastRow()).toBe(2);
    expect(sh.getDataRange().getA1Notation()).toBe('A1:B2');
    expect(s.workbook.sheet('Sheet1').values()).toEqual([
      ['id', 'name'],
      [1, '001'],
    ]);
  });

  it('keeps sheet names unique (case-insensitively), activates a new sheet, and refuses to delete the last one', () => {
    const { s, ss } = spreadsheet();
    const roster = ss.insertSheet('名单', 0);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['名单', 'Sheet1']);
    expect(ss.getActiveSheet().getName()).toBe('名单');
    expect(() => ss.insertSheet('sheet1')).toThrow(
      'A sheet with the name "sheet1" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('SHEET1')?.getName()).toBe('Sheet1');
    expect(ss.getSheetByName('Roster')).toBeNull();
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(() => ss.deleteSheet(roster)).toThrow("You can't remove all the sheets in a document.");
    expect(s.workbook.sheetNames()).toEqual(['名单']);
  });

  it('keeps charts as records that tests can inspect', () => {
    const { s, ss } = spreadsheet();
    const sh = ss.insertSheet('积分汇总');
    sh.getRange('A1:B3').setValues([
      ['组', '总分'],
      ['一组', 5],
      ['二组', 3],
    ]);
    const chart = sh
      .newChart()
      .asBarChart()
      .addRange(sh.getRange('A1:B3'))
      .setOption('title', '排行')
      .setPosition(1, 4, 0, 0)
      .build();
    sh.insertChart(chart);
    expect(sh.getCharts()).toHaveLength(1);
    expect(s.workbook.sheet('积分汇总').charts[0]).toMatchObject({
      type: 'BAR',
      ranges: ['积分汇总!A1:B3'],
      options: { title: '排行' },
      position: { row: 1, column: 4 },
    });
    sh.removeChart(sh.getCharts()[0]!);
    expect(s.workbook.sheet('积分汇总').charts).toEqual([]);
  });

  it('names a method the stand-in lacks instead of failing with "undefined is not a function"', () => {
    const { ss } = spreadsheet();
    const sheet = ss.getActiveSheet() as unknown as { getBandings: () => unknown };
    expect(() => sheet.getBandings()).toThrow('Stand-in: Sheet.getBandings() is not implemented');
  });

  it('counts the calls a script makes, to check the cost of an action', () => {
    const { s, ss } = spreadsheet();
    s.workbook.resetStats();
    ss.getActiveSheet()
      .getRange('A1:C2')
      .setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]);
    expect(s.workbook.stats.calls).toEqual({
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
    });
    expect(s.workbook.stats.cellsWritten).toBe(6);
  });
});
