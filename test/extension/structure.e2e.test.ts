/**
 * Issue 12 end to end in real Chromium with the TEST build (see e2e.test.ts for the set-up): the popup reads a
 * document's structure, not just its lines — a .docx dropped on it and a PDF chosen in it (shared/plan/read via
 * mammoth and pdfjs packaged in the extension), a served page with h2/h3, nested numbered lists and a schedule
 * table (the page walk's tree, read by the HTML block reader), and clipboard HTML pasted into the paste box. The
 * page's outline levels and schedule rows are checked where they land: the Sheets stand-in; the settings preview
 * shows the spreadsheet's own values, read before the send.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, rowsToSettings, settingsToRows } from '../../shared/settings/index.ts';
import { launchPersistent, type PersistentBrowser } from '../support/chromium.ts';
import { E2E_CHROME } from './support/ext-build.ts';
import type { SheetsStandin } from './support/sheets-standin.ts';
import { startSheetsStandin } from './support/sheets-standin.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXT_DIR = join(ROOT, 'extension/.output/chrome-mv3-e2e');
const CORPUS = join(ROOT, 'test/plan/corpus');

/** A school page: site chrome around an article with h2/h3, nested ol/ul (one with type="a") and a schedule table. */
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>读书互助小组活动方案 - 某某中学</title></head>
<body><header><div class="logo">某某中学</div><nav><a href="/">首页</a><a href="/news">新闻动态</a><a href="/notice">通知公告</a></nav></header>
<main><article>
<h2>读书互助小组活动方案</h2>
<h3>活动目标</h3><p>通过小组互助阅读，培养学生的阅读习惯和合作能力，每位同学每学期读完四本书。</p>
<h3>小组组建</h3>
<ol><li>分组方式<ol type="a"><li>每组4人，好中差搭配</li><li>组内结对互助</li></ol></li><li>组长职责<ul><li>组织每周交流</li><li>记录阅读进度</li></ul></li></ol>
<h3>活动安排</h3>
<table><thead><tr><th>时间</th><th>内容</th></tr></thead><tbody>
<tr><td>9月1日</td><td>组建小组，制定读书计划</td></tr>
<tr><td>9月15日</td><td>第一次读书交流会</td></tr>
<tr><td>10月8日</td><td>期中读书展示</td></tr></tbody></table>
</article></main>
<footer><p>版权所有 © 某某中学</p></footer></body></html>`;

/** What Word puts on the clipboard, reduced: styled headings, a numbered list, a table; and markup-looking text. */
const CLIPBOARD_HTML = `<html><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment-->
<h1>科学探究小组计划</h1>
<h2>一、小组目标</h2><p class="MsoNormal">学会提出问题、设计实验&lt;img src=x onerror=alert(1)&gt;。</p>
<h2>二、活动步骤</h2>
<ol><li>观察现象</li><li>提出假设<ol><li>写下猜想</li><li>组内讨论</li></ol></li><li>动手实验</li></ol>
<script>document.title='pwned'</script>
<!--EndFragment--></body></html>`;

/** The few browser globals used inside evaluate() (this file is type-checked without the DOM library). */
interface BrowserGlobals {
  chrome: { storage: { local: { set(items: Record<string, string>): Promise<void> } } };
  DataTransfer: new () => { items: { add(file: unknown): void }; setData(type: string, value: string): void };
  File: new (parts: unknown[], name: string) => unknown;
  ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
  document: { getElementById(id: string): { dispatchEvent(e: unknown): boolean; textContent: string | null } | null };
}

let server: Server;
let pageUrl = '';
let standin: SheetsStandin;
let chromium: PersistentBrowser;
let context: BrowserContext;
let extensionId = '';

const openPopup = async (): Promise<Page> => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
};

const headings = (popup: Page) =>
  popup
    .locator('article.plan ol.outline li')
    .evaluateAll((lis) =>
      lis.map((li) => [
        Number(li.getAttribute('data-level')),
        li.querySelector('.marker')?.textContent ?? '',
        li.querySelector('.htext')?.textContent ?? '',
      ]),
    );

beforeAll(async () => {
  E2E_CHROME();
  server = createServer((req, res) => {
    if (req.url === '/dushu.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dushu.html`;
  // The teacher's spreadsheet already has a Settings tab: group size 6.
  const settings = settingsToRows({ ...defaultSettings('zh'), groupSize: 6, mix: null }, 'zh');
  standin = await startSheetsStandin({ tabs: { 设置: settings } });
  chromium = await launchPersistent({ extensionDir: EXT_DIR, locale: 'zh-CN' });
  context = chromium.context;
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
  await sw.evaluate(
    (token) => (globalThis as unknown as BrowserGlobals).chrome.storage.local.set({ e2eToken: token }),
    standin.token,
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('[data-loaded]').waitFor(); // the saved settings are in the page
  await options.fill('#spreadsheet-url', `https://docs.google.com/spreadsheets/d/${standin.spreadsheetId}/edit`);
  await options.fill('#api-base', standin.base);
  await options.click('#save');
  await options.waitForFunction(
    () => (globalThis as unknown as BrowserGlobals).document.getElementById('status')?.textContent === '已保存',
  );
  await options.close();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await standin?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

describe('the popup reads structure', () => {
  it('a .docx dropped on the popup: its numbered headings, from Word, in the preview', async () => {
    const popup = await openPopup();
    const bytes = [...readFileSync(join(CORPUS, 'notice-buaa-doc-review.docx'))];
    const drop = await popup.evaluateHandle(
      ({ data, name }) => {
        const g = globalThis as unknown as BrowserGlobals;
        const dt = new g.DataTransfer();
        dt.items.add(new g.File([new Uint8Array(data)], name));
        return dt;
      },
      { data: bytes, name: 'notice-buaa-doc-review.docx' },
    );
    await popup.dispatchEvent('#paste', 'drop', { dataTransfer: drop });
    await expect.poll(() => popup.locator('#status').textContent(), { timeout: 20_000 }).toContain('已读取文件');
    expect(await popup.locator('article.plan h2').first().textContent()).toBe('关于开展项目实践文档自评、互评的通知');
    const hs = await headings(popup);
    expect(hs.slice(0, 3)).toEqual([
      [1, '一、', '工作形式'],
      [2, '1、', '自评'],
      [3, '(1)', '设计制定针对各文档的《检查单》'],
    ]);
    await popup.close();
  });

  it('a PDF chosen in the popup: pdfjs packaged in the extension reads its headings', async () => {
    const popup = await openPopup();
    await popup.setInputFiles('#file', join(CORPUS, 'charter-nes-nn-team.pdf'));
    await expect.poll(() => popup.locator('#status').textContent(), { timeout: 30_000 }).toContain('已读取文件');
    expect(await popup.locator('article.plan h2').first().textContent()).toBe('Software development Project NES-NN');
    const texts = (await headings(popup)).map((h) => h[2]);
    expect(texts).toEqual(expect.arrayContaining(['Team Mission and Objectives or Goals', 'Team Purpose', 'Members']));
    await popup.close();
  });

  it('a broken file gets a clear message', async () => {
    const popup = await openPopup();
    await popup.setInputFiles('#file', {
      name: 'plan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7 broken'),
    });
    await expect.poll(() => popup.locator('#status').textContent(), { timeout: 20_000 }).toContain('文件已损坏');
    expect(await popup.locator('#status').getAttribute('data-kind')).toBe('error');
    await popup.close();
  });

  it('a page with h2/h3, nested lists and a schedule table: levels and schedule rows reach the spreadsheet', async () => {
    const site = await context.newPage();
    await site.goto(pageUrl);
    await site.bringToFront();
    const popup = await openPopup();
    await popup.click('#import-page');
    // (The popup first shows the last import, restored: wait for this one.)
    await expect
      .poll(() => popup.locator('#status').textContent(), { timeout: 20_000 })
      .toMatch(/已导入(网页正文|整页文字)/);
    expect(await popup.locator('article.plan h2').first().textContent()).toBe('读书互助小组活动方案');
    expect(await headings(popup)).toEqual([
      [1, '', '活动目标'],
      [1, '', '小组组建'],
      [2, '1.', '分组方式'],
      [3, 'a.', '每组4人，好中差搭配'],
      [3, 'b.', '组内结对互助'],
      [2, '2.', '组长职责'],
      [1, '', '活动安排'],
    ]);
    const preview = (await popup.locator('#preview').textContent()) ?? '';
    for (const chrome of ['新闻动态', '版权所有']) expect(preview).not.toContain(chrome);
    // The settings preview: the spreadsheet's group size (6, read before the send) → the plan's (4).
    await expect
      .poll(() => popup.locator('#setting-changes li[data-key="groupSize"]').textContent(), { timeout: 10_000 })
      .toMatch(/6\s*→\s*4/);
    expect(standin.requests.some((r) => r.method !== 'GET')).toBe(false);

    await popup.click('#send');
    await expect.poll(() => popup.locator('#status').textContent(), { timeout: 15_000 }).toContain('已写入');
    const plan = standin.tabs.get('计划')!;
    expect(plan.filter((r) => r[0] === '读书互助小组活动方案' && r[1] !== '').map((r) => [r[1], r[2], r[3]])).toEqual([
      ['1', '', '活动目标'],
      ['1', '', '小组组建'],
      ['2', '1.', '分组方式'],
      ['3', 'a.', '每组4人，好中差搭配'],
      ['3', 'b.', '组内结对互助'],
      ['2', '2.', '组长职责'],
      ['1', '', '活动安排'],
    ]);
    expect(standin.tabs.get('日程')!.slice(1)).toEqual([
      ['读书互助小组活动方案', '9月1日', '组建小组，制定读书计划'],
      ['读书互助小组活动方案', '9月15日', '第一次读书交流会'],
      ['读书互助小组活动方案', '10月8日', '期中读书展示'],
    ]);
    expect(rowsToSettings(standin.tabs.get('设置')!).settings.groupSize).toBe(4);
    await popup.close();
    await site.close();
  });

  it('clipboard HTML pasted into the paste box keeps its headings and nested numbering; nothing runs', async () => {
    const popup = await openPopup();
    await popup.focus('#paste');
    await popup.evaluate(
      ({ html, text }) => {
        const g = globalThis as unknown as BrowserGlobals;
        const dt = new g.DataTransfer();
        dt.setData('text/html', html);
        dt.setData('text/plain', text);
        const box = g.document.getElementById('paste');
        box?.dispatchEvent(new g.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      },
      {
        html: CLIPBOARD_HTML,
        text: '科学探究小组计划\n小组目标\n活动步骤\n观察现象\n提出假设\n写下猜想\n组内讨论\n动手实验',
      },
    );
    expect(await popup.inputValue('#paste')).toContain('观察现象');
    await popup.click('#read-paste');
    await expect
      .poll(() => popup.locator('#status').textContent(), { timeout: 20_000 })
      .toContain('保留了标题、列表和表格');
    expect(await popup.locator('article.plan h2').first().textContent()).toBe('科学探究小组计划');
    const hs = await headings(popup);
    expect(hs).toEqual(
      expect.arrayContaining([
        [1, '一、', '小组目标'],
        [1, '二、', '活动步骤'],
      ]),
    );
    const steps = hs.filter((h) =>
      ['观察现象', '提出假设', '写下猜想', '组内讨论', '动手实验'].includes(h[2] as string),
    );
    expect(steps.map((h) => [h[1], h[2]])).toEqual([
      ['1.', '观察现象'],
      ['2.', '提出假设'],
      ['1.', '写下猜想'],
      ['2.', '组内讨论'],
      ['3.', '动手实验'],
    ]);
    const level = (text: string) => hs.find((h) => h[2] === text)?.[0] as number;
    expect(level('写下猜想')).toBe(level('提出假设') + 1);
    expect(await popup.locator('#preview img').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    await popup.close();
  });
});
