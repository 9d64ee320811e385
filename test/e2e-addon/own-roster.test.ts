/**
 * A teacher's first ten minutes in the playground (Chromium): their own roster from an .xlsx (chosen), a CSV
 * (dropped), or cells pasted from a spreadsheet becomes the 名单 sheet, and the real Form groups dialog reads it.
 * A bad file gets a message in the teacher's language; the frame follows the browser's language.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../sheets-addon/playground/server.ts';
import { builtAddon } from '../support/addon-bundle.ts';
import { addonFrame, type Browser, launch, readSheet, shot } from './browser.ts';

const NAMES = [
  '林一凡',
  '陈思远',
  '赵雨桐',
  '孙嘉怡',
  '周子墨',
  '吴欣然',
  '郑浩宇',
  '王诗涵',
  '冯俊杰',
  '何雅琪',
  '许博文',
  '曹梓萱',
];

let pg: Playground;
let browser: Browser;

beforeAll(async () => {
  const built = builtAddon();
  // No locale: the users' locale follows the visitor's browser.
  pg = await startPlayground({ addon: { code: built.code, pages: built.pages }, latencyMs: 20 });
  browser = await launch('zh-CN');
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

const xlsxBuffer = async (): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['这张表不是名单']);
  const ws = wb.addWorksheet('三班');
  ws.addRow(['学号', '姓名', '性别', '数学', '入学日期']);
  NAMES.forEach((name, i) => {
    ws.addRow([2025001 + i, name, i % 2 ? '女' : '男', 60 + i * 3, new Date(Date.UTC(2025, 8, 1))]);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
};

const rosterLoaded = async (page: Page): Promise<string> => {
  await page
    .locator('[data-testid=roster-status][data-state=ok], [data-testid=roster-status][data-state=error]')
    .waitFor();
  return (await page.getByTestId('roster-status').textContent()) ?? '';
};

describe('the playground takes a teacher’s own roster', () => {
  it('speaks Chinese to a Chinese browser and hides the developer counters unless asked', async () => {
    const { page } = browser;
    await page.goto(pg.url);
    await expect.poll(() => page.locator('#menu button').allTextContents()).toContain('分组…');
    expect(await page.getByTestId('roster-bar').textContent()).toContain('用自己的名单');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByTestId('details').isHidden()).toBe(true);
    await page.getByTestId('dev').check();
    await expect.poll(() => page.getByTestId('activity').textContent()).toContain('call(s)');
    await page.getByTestId('dev').uncheck();
    expect(await page.getByTestId('details').isHidden()).toBe(true);
  });

  it('reads a chosen .xlsx (picking its worksheet), then forms groups from it with every student placed once', async () => {
    const { page } = browser;
    await page.getByTestId('roster-file').setInputFiles({
      name: '三班.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsxBuffer(),
    });
    await rosterLoaded(page);
    // The first worksheet is not the roster: the teacher picks 三班.
    await page.getByTestId('roster-sheet').selectOption('三班');
    await expect.poll(() => page.getByTestId('roster-status').textContent()).toContain('12 名学生');
    const roster = await readSheet(page, '名单');
    expect(roster[0]).toEqual(['学号', '姓名', '性别', '数学', '入学日期']);
    expect(roster.slice(1).map((r) => r[1])).toEqual(NAMES);
    expect(roster[1]?.[0]).toBe('2025001');
    expect(roster[1]?.[4]).toMatch(/^2025[-/]0?9[-/]0?1/);
    await shot(page, '20-own-roster-xlsx');

    await page.locator('[data-fn=showFormGroups]').click();
    const dialog = await addonFrame(page);
    await dialog.getByTestId('roster-source').filter({ hasText: '名单' }).waitFor();
    await dialog.locator('[data-testid=run]:not([disabled])').waitFor();
    await dialog.getByTestId('run').click();
    await dialog.locator('[data-testid=result]:not([hidden])', { hasText: '分组' }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: '分组', exact: true }).count()).toBe(1);
    // The members table (小组 | 学号 | 姓名 …, until a blank row): every student of the file, each once.
    const rows = await readSheet(page, '分组');
    const header = rows.findIndex((r) => r[0] === '小组' && r[1] === '学号');
    expect(header).toBeGreaterThanOrEqual(0);
    const end = rows.findIndex((r, i) => i > header && !r[0]);
    const members = rows.slice(header + 1, end < 0 ? undefined : end);
    expect(members.map((r) => r[2]).sort()).toEqual([...NAMES].sort());
    expect(rows.flat().join(' ')).not.toContain('郑子涵'); // nobody from the sample class
    await shot(page, '21-own-roster-groups');
  });

  it('reads a dropped CSV (GB18030, as Chinese Excel saves it) through the same path', async () => {
    const { page } = browser;
    // 学号,姓名 / 1,张三 / 2,李四 in GB18030
    const bytes = [
      0xd1, 0xa7, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0x31, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a, 0x32, 0x2c,
      0xc0, 0xee, 0xcb, 0xc4, 0x0a,
    ];
    // A drop as the browser delivers it (a DataTransfer holding a File); the script runs in the page (no DOM types here).
    await page.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(${JSON.stringify(bytes)})], '名单.csv', { type: 'text/csv' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => page.getByTestId('roster-status').textContent()).toContain('2 名学生');
    expect(await readSheet(page, '名单')).toEqual([
      ['学号', '姓名'],
      ['1', '张三'],
      ['2', '李四'],
    ]);
    expect(await page.getByRole('tab', { name: '分组', exact: true }).count()).toBe(0); // a fresh workbook
  });

  it('reads pasted cells and keeps names as text', async () => {
    const { page } = browser;
    const text = '学号\t姓名\n1\t<img src=x onerror="document.title=\'pwned\'">\n2\t<b>王五</b>\n';
    // Ctrl+V into the paste box: a paste event carrying the copied cells as text/plain.
    await page.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', ${JSON.stringify(text)});
      const box = document.getElementById('roster-paste');
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => page.getByTestId('roster-status').textContent()).toContain('2 名学生');
    const roster = await readSheet(page, '名单');
    expect(roster[1]?.[1]).toBe('<img src=x onerror="document.title=\'pwned\'">');
    expect(roster[2]?.[1]).toBe('<b>王五</b>');
    expect(await page.locator('#grid img, #grid b').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    // The textarea and button work too (typed or pasted by keyboard).
    await page.getByTestId('roster-paste').fill('学号\t姓名\n7\t钱七');
    await page.getByTestId('roster-paste-use').click();
    await expect.poll(() => page.getByTestId('roster-status').textContent()).toContain('1 名学生');
  });

  it('refuses a file that is not a spreadsheet, in Chinese, and keeps the roster it had', async () => {
    const { page } = browser;
    await page.getByTestId('roster-file').setInputFiles({
      name: '作业.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n\u0000\u0001\u0002'),
    });
    await expect.poll(() => page.getByTestId('roster-status').getAttribute('data-state')).toBe('error');
    expect(await page.getByTestId('roster-status').textContent()).toContain('这不是表格文件');
    expect(await readSheet(page, '名单')).toEqual([
      ['学号', '姓名'],
      ['7', '钱七'],
    ]);
    await shot(page, '22-own-roster-bad-file');
  });

  it('speaks English to an English browser: English frame, Roster sheet, English messages', async () => {
    const en = await launch('en-US');
    try {
      const { page } = en;
      await page.goto(pg.url);
      await expect.poll(() => page.locator('#menu button').allTextContents()).toContain('Form groups…');
      expect(await page.getByTestId('roster-bar').textContent()).toContain('Your own roster');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expect.poll(() => page.getByRole('tab', { name: 'Roster', exact: true }).count()).toBe(1);
      await page
        .getByTestId('roster-file')
        .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
      await expect.poll(() => page.getByTestId('roster-status').textContent()).toBe('The file is empty.');
    } finally {
      await en.context.close();
    }
  });
});
