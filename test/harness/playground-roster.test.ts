/** The playground takes a visitor's own roster: CSV (the core's decode + papaparse path), .xlsx (exceljs), pasted cells. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterReply } from '../../sheets-addon/playground/browser/protocol.ts';
import {
  importPastedCells,
  importRosterFile,
  MAX_ROSTER_BYTES,
  MAX_ROSTER_ROWS,
} from '../../sheets-addon/playground/roster-import.ts';
import { type Playground, startPlayground } from '../../sheets-addon/playground/server.ts';
import { readFileSync } from 'node:fs';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const xlsx = async (sheets: Record<string, unknown[][]>): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

describe('reading a visitor roster', () => {
  it('reads a GB18030 CSV (Excel\'s Chinese "CSV") and a UTF-8 one the way the core does', async () => {
    // 学号,姓名 / 1,张三 in GB18030
    const gb = [0xd1, 0xa7, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0x31, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a];
    expect(await importRosterFile(new Uint8Array(gb))).toEqual({
      ok: true,
      rows: [
        ['学号', '姓名'],
        ['1', '张三'],
      ],
    });
    const utf8 = new TextEncoder().encode('\uFEFF学号,姓名\r\n1,张三\r\n2,"李, 四"\r\n');
    expect(await importRosterFile(utf8)).toEqual({
      ok: true,
      rows: [
        ['学号', '姓名'],
        ['1', '张三'],
        ['2', '李, 四'],
      ],
    });
  });

  it('reads the first worksheet of an .xlsx as displayed text (dates as dates, formulas as their results)', async () => {
    const bytes = await xlsx({
      Class: [
        ['学号', '姓名', '生日', '数学'],
        [20250101, '王小明', new Date(Date.UTC(2012, 8, 1)), 95.5],
        [20250102, '<img src=x onerror=alert(1)>', null, { formula: 'D2-10', result: 85.5 }],
      ],
      Other: [['x']],
    });
    const r = await importRosterFile(bytes);
    expect(r).toEqual({
      ok: true,
      sheets: ['Class', 'Other'],
      sheet: 'Class',
      rows: [
        ['学号', '姓名', '生日', '数学'],
        ['20250101', '王小明', '2012-09-01', '95.5'],
        ['20250102', '<img src=x onerror=alert(1)>', '', '85.5'],
      ],
    });
    expect(await importRosterFile(bytes, 'Other')).toMatchObject({ ok: true, sheet: 'Other', rows: [['x']] });
  });

  it('refuses what is not a roster, in both languages', async () => {
    const pdf = await importRosterFile(new TextEncoder().encode('%PDF-1.4\n\u0000\u0001\u0002'));
    expect(pdf).toMatchObject({
      ok: false,
      message: { zh: expect.stringContaining('不是表格'), en: expect.stringContaining('not a spreadsheet') },
    });
    expect(await importRosterFile(new Uint8Array())).toMatchObject({
      ok: false,
      message: { en: 'The file is empty.' },
    });
    expect(await importRosterFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('cannot be read') },
    });
    const big = new Uint8Array(MAX_ROSTER_BYTES + 1).fill(0x41);
    expect(await importRosterFile(big)).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('too big') },
    });
    const many = Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => `${i},n${i}`).join('\n');
    expect(importPastedCells(many)).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('Too many rows') },
    });
    expect(importPastedCells('  \n')).toMatchObject({ ok: false });
    expect(importPastedCells('学号\t姓名\n1\t"张三')).toMatchObject({
      ok: false,
      message: { zh: expect.stringContaining('第 2 行') },
    });
  });

  it('reads pasted cells (tab-separated)', () => {
    expect(importPastedCells('学号\t姓名\t\n1\t张三\t\n\n2\t李四\n')).toEqual({
      ok: true,
      rows: [
        ['学号', '姓名'],
        ['1', '张三'],
        ['2', '李四'],
      ],
    });
  });
});

describe('POST /api/roster', () => {
  let pg: Playground;
  beforeAll(async () => {
    pg = await startPlayground({
      addon: { code: fixture('mini-addon.js'), pages: { Sidebar: fixture('Sidebar.html') } },
    });
  });
  afterAll(async () => {
    await pg?.close();
  });
  const post = async (body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL('/api/roster', pg.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-playground-token': pg.token, ...headers },
      body: JSON.stringify(body),
    });

  it('refuses a request without the token or from another origin; the roster stays', async () => {
    const before = pg.workbook.sheet('名单').values();
    expect((await post({ text: 'a\tb\n1\t2' }, { 'x-playground-token': '' })).status).toBe(403);
    expect((await post({ text: 'a\tb\n1\t2' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect(pg.workbook.sheet('名单').values()).toEqual(before);
  });

  it('replaces the sample with the visitor roster, all or nothing', async () => {
    const ok = (await (
      await post({ file: Buffer.from('学号,姓名\n1,张三\n2,李四\n').toString('base64') })
    ).json()) as RosterReply;
    expect(ok).toEqual({ ok: true, sheetName: '名单', rows: 3 });
    expect(pg.workbook.sheet('名单').values()).toEqual([
      ['学号', '姓名'],
      [1, '张三'],
      [2, '李四'],
    ]);
    const bad = (await (
      await post({ file: Buffer.from('%PDF-1.4\u0000\u0001').toString('base64') })
    ).json()) as RosterReply;
    expect(bad).toMatchObject({ ok: false, problem: { zh: expect.any(String), en: expect.any(String) } });
    expect(pg.workbook.sheet('名单').values().length).toBe(3);
  });
});
