/** What a cell stores and reads back when a script writes strings, numbers and dates — as Sheets does. */
import { describe, expect, it } from 'vitest';
import { createStandIn } from '../../sheets-addon/harness/index.ts';

const sheet = () => {
  const s = createStandIn();
  return { s, sh: s.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet() };
};

describe('setValues value semantics', () => {
  it('turns "=…" into a formula and keeps apostrophe-escaped text as text without the apostrophe', () => {
    const { s, sh } = sheet();
    sh.getRange(1, 1, 1, 3).setValues([['=IMPORTXML("http://x","//a")', "'=IMPORTXML(1)", "'abc"]]);
    const model = s.workbook.sheet('Sheet1');
    expect(model.formulas()).toEqual([['=IMPORTXML("http://x","//a")', '', '']]);
    expect(sh.getRange('A1:C1').getValues()).toEqual([['#FORMULA', '=IMPORTXML(1)', 'abc']]);
  });

  it('parses numbers, booleans and dates from strings, but not in a cell formatted as plain text (@)', () => {
    const { sh } = sheet();
    sh.getRange('A2:F2').setNumberFormat('@');
    const typed = [['001', '3.5', 'TRUE', '2024-01-02', '+1', '-2']];
    sh.getRange('A1:F1').setValues(typed);
    sh.getRange('A2:F2').setValues(typed);
    const [parsed, text] = sh.getRange('A1:F2').getValues() as unknown[][];
    expect(parsed!.slice(0, 3)).toEqual([1, 3.5, true]);
    expect(parsed![3]).toBeInstanceOf(Date);
    expect(parsed!.slice(4)).toEqual([1, -2]);
    expect(text).toEqual(['001', '3.5', 'TRUE', '2024-01-02', '+1', '-2']);
  });

  it('reads a typed date as midnight in the spreadsheet time zone', () => {
    const s = createStandIn({ timeZone: 'Asia/Shanghai' });
    const sh = s.SpreadsheetApp.getActive().getActiveSheet();
    sh.getRange('A1').setValue('2024-01-02');
    expect((sh.getRange('A1').getValue() as Date).toISOString()).toBe('2024-01-01T16:00:00.000Z');
    expect(sh.getRange('A1').getDisplayValue()).toBe('2024-01-02');
    expect(sh.getRange('A1').getNumberFormat()).toBe('yyyy-mm-dd');
  });

  it('turns "+x" / "-x" into formulas like typing does, but keeps "@x", "-" and plain words as text', () => {
    const { s, sh } = sheet();
    sh.getRange('A1:E1').setValues([['-abc', '+cmd', '@x', '-', '张三']]);
    expect(s.workbook.sheet('Sheet1').formulas()[0]).toEqual(['=-abc', '=+cmd', '', '', '']);
    expect(sh.getRange('C1:E1').getValues()).toEqual([['@x', '-', '张三']]);
  });

  it('keeps numbers, booleans and Date objects as they are, reads empty cells as ""', () => {
    const { sh } = sheet();
    const when = new Date('2026-11-23T08:30:00Z');
    sh.getRange('A1:D1').setValues([[42, false, when, null]]);
    const row = sh.getRange('A1:E1').getValues()[0]!;
    expect(row.slice(0, 2)).toEqual([42, false]);
    expect((row[2] as Date).getTime()).toBe(when.getTime());
    expect(row.slice(3)).toEqual(['', '']);
  });

  it('shows display values as strings following the number format', () => {
    const { sh } = sheet();
    sh.getRange('A1:E1').setValues([[1234.5, 0.25, true, 7, '007']]);
    sh.getRange('A1').setNumberFormat('#,##0.00');
    sh.getRange('B1').setNumberFormat('0%');
    sh.getRange('D1').setNumberFormat('@');
    expect(sh.getRange('A1:E1').getDisplayValues()).toEqual([['1,234.50', '25%', 'TRUE', '7', '7']]);
    expect(sh.getRange('A1:E1').getNumberFormats()[0]).toEqual([
      '#,##0.00',
      '0%',
      '0.###############',
      '@',
      '0.###############',
    ]);
  });

  it('refuses more than 50,000 characters in a cell and writes nothing', () => {
    const { sh } = sheet();
    expect(() => sh.getRange('A1:B1').setValues([['ok', 'x'.repeat(50_001)]])).toThrow(/maximum of 50000 characters/);
    expect(sh.getRange('A1').getValue()).toBe('');
  });
});
