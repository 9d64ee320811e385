/**
 * End to end in real Chromium (Debian's /usr/bin/chromium) with the TEST build of the extension loaded
 * (`wxt build extension --mode e2e`: adds host permission http://127.0.0.1/* so the popup may read a page without a
 * toolbar click, and lets the options page point the Sheets API at a local stand-in).
 *
 * Google sign-in cannot run here (chrome.identity.getAuthToken needs branded Chrome and a Google account), so the
 * test puts a token in storage.local under `e2eToken`; only the e2e build reads it (see extension/lib/auth.ts).
 * Everything else is the shipped code path: Readability in the page, the extractor, the preview, fetch to the API.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsToSettings } from '../../shared/settings/index.ts';
import { storedText } from '../../shared/sheet-text.ts';
import { launchPersistent, type PersistentBrowser } from '../support/chromium.ts';
import { E2E_CHROME, SHIPPED_CHROME, SHIPPED_FIREFOX } from './support/ext-build.ts';
import type { SheetsStandin } from './support/sheets-standin.ts';
import { startSheetsStandin } from './support/sheets-standin.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXT_DIR = join(ROOT, 'extension/.output/chrome-mv3-e2e');
const SHOTS = join(ROOT, 'test-output/extension');
/** A labelled plan of the extractor's fixtures (test/fixtures/plans), as a document site would show it. */
const PLAN_TEXT = readFileSync(join(ROOT, 'test/fixtures/plans/001_b8c62f3cfa4035ac.txt'), 'utf8');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Page text that looks like markup: it must reach the popup as text, never as an element. */
const MARKUP_LINE = '十、附则<img src=x onerror="document.title=\'pwned\'">以上方案自公布之日起执行';

/** The fixture as a document-sharing site would serve it: navigation, ads, a related-documents box, a footer. */
const planPage = (): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>学习互助小组工作实施方案_范文大全_某某文库</title>
<style>body{font-family:sans-serif} .ad{background:#fee} nav a{margin:0 6px}</style></head>
<body>
<header><div class="logo">某某文库</div>
<nav><a href="/">首页</a><a href="/fanwen">范文大全</a><a href="/jihua">工作计划</a><a href="/fangan">实施方案</a><a href="/login">登录</a><a href="/vip">开通VIP</a></nav>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/fangan">实施方案</a> &gt; 正文</div></header>
<div class="ad banner"><a href="/vip">VIP会员限时5折！全站文档免费下载，立即开通 &gt;&gt;</a></div>
<div class="container">
<article class="content">
${PLAN_TEXT.split('\n')
  .map((l) => (l.trim() === '' ? '' : `<p>${esc(l)}</p>`))
  .join('\n')}
<p>${esc(MARKUP_LINE)}</p>
</article>
<aside class="sidebar">
<div class="ad"><p>广告</p><a href="/app">下载APP，海量范文随时看</a></div>
<div class="related"><h3>猜你喜欢</h3><ul><li><a href="/a">班主任工作计划</a></li><li><a href="/b">少先队工作计划</a></li><li><a href="/c">教研组工作总结</a></li></ul></div>
</aside>
</div>
<footer><p>关于我们 | 联系我们 | 免责声明</p><p>Copyright © 某某文库 版权所有 备案号：京ICP备00000000号</p></footer>
<script>document.querySelectorAll('nav a').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();});});</script>
</body></html>`;

/** The few browser globals used inside evaluate() (this file is type-checked without the DOM library). */
interface BrowserGlobals {
  chrome: { storage: { local: { set(items: Record<string, string>): Promise<void> } } };
  navigator: { clipboard: { readText(): Promise<string> } };
}

/** Chromium with the test build loaded, its UI in `locale` (what browser.i18n.getUILanguage() reports). */
const launch = (locale: 'zh-CN' | 'en-US'): Promise<PersistentBrowser> =>
  launchPersistent({ extensionDir: EXT_DIR, locale, acceptDownloads: true });

const extensionIdOf = async (ctx: BrowserContext): Promise<string> => {
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
};

let pageServer: Server;
let pageUrl = '';
let standin: SheetsStandin;
let chromiumZh: PersistentBrowser;
let context: BrowserContext;
let extensionId = '';
let popup: Page;

const rowsFromTsv = (tsv: string): string[][] => tsv.split('\n').map((l) => l.split('\t').map(storedText));
const rowsFromCsv = (csv: string): string[][] => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data.map((r) =>
    r.map(storedText),
  );
};

beforeAll(async () => {
  // The TEST build, rebuilt when the sources changed (shared with the other extension test files).
  E2E_CHROME();
  const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  expect(manifest.host_permissions).toContain('http://127.0.0.1/*');

  pageServer = createServer((req, res) => {
    if (req.url === '/fanwen/huzhu-fangan.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(planPage());
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => pageServer.listen(0, '127.0.0.1', r));
  pageUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/fanwen/huzhu-fangan.html`;
  standin = await startSheetsStandin();

  mkdirSync(SHOTS, { recursive: true });
  chromiumZh = await launch('zh-CN');
  context = chromiumZh.context;
  extensionId = await extensionIdOf(context);
  const sw = context.serviceWorkers()[0]!;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The test hook: a ready-made OAuth token (see the header comment).
  await sw.evaluate(
    (token) => (globalThis as unknown as BrowserGlobals).chrome.storage.local.set({ e2eToken: token }),
    standin.token,
  );
}, 120_000);

afterAll(async () => {
  await chromiumZh?.close();
  await standin?.close();
  await new Promise<void>((r) => (pageServer ? pageServer.close(() => r()) : r()));
});

describe('extension in Chromium', () => {
  it('options page: the user sets the spreadsheet URL (and, in the test build, the API base)', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').textContent()).toContain('设置');
    await options.locator('[data-loaded]').waitFor(); // the saved settings are in the page
    await options.fill('#spreadsheet-url', 'https://example.com/not-a-sheet');
    await options.click('#save');
    await expect.poll(() => options.locator('#status').textContent()).toContain('不是 Google 表格的网址');
    await options.fill(
      '#spreadsheet-url',
      `https://docs.google.com/spreadsheets/d/${standin.spreadsheetId}/edit#gid=0`,
    );
    await options.fill('#api-base', standin.base);
    await options.click('#save');
    await expect.poll(() => options.locator('#status').textContent()).toBe('已保存');
    await options.close();
  });

  it('imports the plan page: main text only, outline preview, removed clutter, markup kept as text', async () => {
    const site = await context.newPage();
    await site.goto(pageUrl);
    await site.bringToFront();
    popup = await context.newPage();
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    expect(await popup.locator('#import-page').textContent()).toBe('导入此网页');
    await popup.click('#import-page');
    await popup.waitForSelector('article.plan');
    const statusText = (await popup.locator('#status').textContent()) ?? '';
    expect(statusText).toContain('已导入网页正文');
    expect(statusText).toMatch(/找到 \d+ 份计划/);

    const titles = await popup.locator('article.plan h2').allTextContents();
    expect(titles[0]).toBe('班级互助小组实施方案');
    expect(titles).toContain('学习互助工作实施方案(试行)');
    const preview = (await popup.locator('#preview').textContent()) ?? '';
    for (const chrome of ['开通VIP', 'VIP会员限时5折', '下载APP', '猜你喜欢', '备案号'])
      expect(preview).not.toContain(chrome);
    const first = popup.locator('article.plan').first();
    expect(await first.locator('ol.outline li').first().textContent()).toContain('背景介绍');
    // The site's download notices were removed and are listed for the teacher.
    const removed = (await popup.locator('details.removed').textContent()) ?? '';
    expect(removed).toContain('下载文档前请自行甄别');
    expect(removed).toContain('（下载提示）');
    // Text that looks like HTML stays text.
    expect(preview).toContain('<img src=x');
    expect(await popup.locator('#preview img').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    await popup.screenshot({ path: join(SHOTS, 'popup-preview.png') });
  });

  it('lets the teacher change a level, drop a part and drop a plan, then sends exactly that', async () => {
    const first = popup.locator('article.plan').first();
    const before = await first.locator('ol.outline li .htext').allTextContents();
    await first.locator('ol.outline li select.level').first().selectOption('2');
    const dropped = before[2]!;
    await first.locator('ol.outline li button.drop-part').nth(2).click();
    const planCount = await popup.locator('article.plan').count();
    await popup.locator('article.plan').last().locator('button.drop-plan').click();
    await expect.poll(() => popup.locator('article.plan').count()).toBe(planCount - 1);
    const after = await popup.locator('article.plan').first().locator('ol.outline li .htext').allTextContents();
    expect(after).not.toContain(dropped);
    expect(after.length).toBeLessThan(before.length);

    // Several plans: the teacher picks the one whose settings are written (the one stating 不超过5人), and the
    // preview lists each setting that changes, old (the spreadsheet has no Settings tab yet: defaults) → new.
    const sizes = await popup
      .locator('article.plan')
      .evaluateAll((els) => els.map((e) => e.querySelector('dd[data-field="groupSize"]')?.textContent ?? ''));
    const fivePlan = sizes.findIndex((s) => s.includes('5'));
    expect(fivePlan).toBeGreaterThan(0);
    await popup.selectOption('#settings-plan', String(fivePlan), { timeout: 10_000 });
    await expect.poll(() => popup.locator('#settings-plan').inputValue()).toBe(String(fivePlan));
    const changes = await popup
      .locator('#setting-changes li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          (li.querySelector('.setting-label')?.textContent ?? '').replace(/：$/, ''),
          li.querySelector('.setting-new')?.textContent ?? '',
        ]),
      );

    await popup.click('#send');
    // The status already says "ok" from the import: wait for the send's own message.
    await expect.poll(() => popup.locator('#status').textContent(), { timeout: 15_000 }).toContain('已写入');
    expect(await popup.locator('#status').getAttribute('data-kind')).toBe('ok');
    await popup.screenshot({ path: join(SHOTS, 'popup-sent.png') });

    // What the stand-in received: the three tabs created in one batch, then RAW writes with the token.
    const batch = standin.requests.find((r) => r.path.endsWith(':batchUpdate'));
    expect(batch?.body).toEqual({
      requests: ['计划', '日程', '设置'].map((title) => ({ addSheet: { properties: { title } } })),
    });
    for (const r of standin.requests.filter((q) => q.method !== 'GET' && q.path.includes('/values/')))
      expect(r.query.valueInputOption).toBe('RAW');
    const plan = standin.tabs.get('计划')!;
    expect(plan[0]).toEqual(['计划', '层级', '编号', '标题', '内容']);
    const firstRows = plan.filter((r) => r[0] === '班级互助小组实施方案' && r[1] !== '');
    expect(firstRows.map((r) => r[3])).toEqual(after);
    expect(firstRows[0]![1]).toBe('2');
    expect(plan.some((r) => r[0] === '学习互助工作实施方案(试行)')).toBe(false);
    const { settings, problems } = rowsToSettings(standin.tabs.get('设置')!);
    expect(problems).toEqual([]);
    // 不超过5人 is a maximum the default size (4) already fits: the setting is kept, never weakened.
    expect(settings.groupSize).toBe(4);
    expect(changes.map((c) => c[0])).not.toContain('小组人数');
    // Every change the preview listed is what the Settings tab now says.
    for (const [label, value] of changes)
      expect(standin.tabs.get('设置')!.find((r) => r[0] === label)?.[1], label).toBe(value);
  });

  it('"Copy for Sheets" and "Download CSV" give the same rows as were sent', async () => {
    for (const [kind, tab] of [
      ['plan', '计划'],
      ['settings', '设置'],
    ] as const) {
      await popup.selectOption('#table', kind);
      await popup.click('#copy');
      await expect.poll(() => popup.locator('#status').textContent()).toContain(`已复制“${tab}”`);
      const tsv = await popup.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText());
      expect(rowsFromTsv(tsv)).toEqual(standin.tabs.get(tab));

      const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('#download')]);
      expect(download.suggestedFilename()).toBe(`huzhu-${tab}.csv`);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(rowsFromCsv(csv)).toEqual(standin.tabs.get(tab));
    }
    await popup.screenshot({ path: join(SHOTS, 'popup-copied.png') });
  });

  it('shows a refusal from the API as a message the teacher can act on', async () => {
    standin.failNext('PUT', '计划', 403);
    await popup.click('#send');
    await expect.poll(() => popup.locator('#status').textContent()).toContain('没有权限写入这个表格');
    expect(await popup.locator('#status').getAttribute('data-kind')).toBe('error');
    await popup.screenshot({ path: join(SHOTS, 'popup-error.png') });
  });

  it('the paste box reads pasted text the same way', async () => {
    const fresh = await context.newPage();
    await fresh.setViewportSize({ width: 460, height: 600 });
    await fresh.goto(`chrome-extension://${extensionId}/popup.html`);
    await fresh.fill(
      '#paste',
      '学生五人互助实施方案\n一、指导思想\n为了提高学习效率。\n二、小组组建\n1、每组5人，前后位搭配。\n2、选出组长一名。',
    );
    await fresh.click('#read-paste');
    // The reopened popup first shows the import kept from the earlier tests: wait for the pasted plan.
    await expect.poll(() => fresh.locator('article.plan h2').first().textContent()).toBe('学生五人互助实施方案');
    expect(await fresh.locator('ol.outline li .marker').allTextContents()).toEqual(['一、', '二、', '1、', '2、']);
    expect(await fresh.locator('ol.outline li').nth(2).getAttribute('data-level')).toBe('2');
    await fresh.screenshot({ path: join(SHOTS, 'popup-paste.png') });
    await fresh.close();
  });
});

describe('shipped builds and the English UI', () => {
  it('the shipped Chrome and Firefox manifests ask for no more than they need', () => {
    SHIPPED_CHROME();
    SHIPPED_FIREFOX();
    const chromeManifest = JSON.parse(
      readFileSync(join(ROOT, 'extension/.output/chrome-mv3/manifest.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(chromeManifest.manifest_version).toBe(3);
    expect(chromeManifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'identity']);
    expect(chromeManifest.host_permissions).toEqual(['https://sheets.googleapis.com/*']);
    expect(chromeManifest.content_scripts).toBeUndefined();
    const firefox = JSON.parse(readFileSync(join(ROOT, 'extension/.output/firefox-mv2/manifest.json'), 'utf8')) as {
      permissions: string[];
      browser_specific_settings: { gecko: { id: string; data_collection_permissions: { required: string[] } } };
    };
    expect(firefox.permissions).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'identity',
      'https://sheets.googleapis.com/*',
    ]);
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    // The test hook is compiled out of the shipped code.
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const out = join(ROOT, 'extension/.output', dir);
      const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
      expect(files.length).toBeGreaterThan(2);
      for (const f of files) {
        const code = readFileSync(join(out, f), 'utf8');
        // Firefox signs in through its loopback redirect (http://127.0.0.1/mozoauth2/…): an address, not a test hook.
        const rest = code.replaceAll('http://127.0.0.1/mozoauth2/', '');
        expect(code.includes('e2eToken') || rest.includes('127.0.0.1'), `${dir}/${f}`).toBe(false);
      }
    }
  });

  it('shows the popup in English, and without any set-up still copies the table', async () => {
    const en = await launch('en-US');
    try {
      const id = await extensionIdOf(en.context);
      await en.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await en.context.newPage();
      await page.setViewportSize({ width: 460, height: 600 });
      await page.goto(`chrome-extension://${id}/popup.html`);
      expect(await page.locator('#import-page').textContent()).toBe('Import this page');
      await page.fill(
        '#paste',
        'Study group plan\nI. Goals\n1. Every group of 4 helps each member.\n2. Groups meet weekly.\nII. Scoring\nWeek 3: first review',
      );
      await page.click('#read-paste');
      await page.waitForSelector('article.plan');
      expect(await page.locator('#status').textContent()).toContain('Read the pasted text');
      await page.click('#send');
      await expect.poll(() => page.locator('#status').textContent()).toContain('No spreadsheet is set');
      await page.click('#copy');
      await expect.poll(() => page.locator('#status').textContent()).toContain('Copied "Plan"');
      const rows = rowsFromTsv(
        await page.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText()),
      );
      expect(rows[0]).toEqual(['Plan', 'Level', 'Marker', 'Heading', 'Text']);
      // One row per heading shown (level filled), plus field rows (level empty).
      expect(
        rows
          .slice(1)
          .filter((r) => r[1] !== '')
          .map((r) => r[3]),
      ).toEqual(await page.locator('ol.outline li .htext').allTextContents());
      await page.screenshot({ path: join(SHOTS, 'popup-en.png') });
    } finally {
      await en.close();
    }
  });
});
