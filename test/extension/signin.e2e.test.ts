/**
 * Google sign-in and the popup's life, in Chromium with the e2e TEST build, against local stand-ins of Google's
 * OAuth endpoint and the Sheets API. The real chrome.identity.launchWebAuthFlow runs: the options page opens the
 * consent window (a page Playwright can click), and the stand-in redirects to https://<id>.chromiumapp.org/#…,
 * which Chromium hands back to the extension.
 * - The popup never opens a sign-in window (it would close the popup and lose the send): without a token it asks
 *   Google silently (prompt=none) and otherwise says to sign in on the Options page.
 * - Closing and reopening the popup keeps the import and the teacher's edits (storage.session).
 * - Without a client ID in the build, Send explains that this build can only copy or download.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExtension } from './support/chromium.ts';
import { launchWithExtension } from './support/chromium.ts';
import { E2E_CHROME } from './support/ext-build.ts';
import type { OAuthStandin } from './support/oauth-standin.ts';
import { startOAuthStandin } from './support/oauth-standin.ts';
import type { SheetsStandin } from './support/sheets-standin.ts';
import { startSheetsStandin } from './support/sheets-standin.ts';

const CLIENT_ID = '1234567890-huzhutest.apps.googleusercontent.com';
const PLAN =
  '学生五人互助实施方案\n一、指导思想\n为了提高学习效率。\n二、小组组建\n1、每组5人，前后位搭配。\n2、选出组长一名。\n三、评比办法\n每周评比一次。';

let ext: LoadedExtension;
let sheets: SheetsStandin;
let oauth: OAuthStandin;

beforeAll(async () => {
  const dir = E2E_CHROME();
  sheets = await startSheetsStandin();
  ext = await launchWithExtension(dir);
  oauth = await startOAuthStandin({
    clientId: CLIENT_ID,
    token: sheets.token,
    redirectUris: () => [`https://${ext.id}.chromiumapp.org/`],
  });
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await sheets?.close();
  await oauth?.close();
});

const openPopup = async (): Promise<Page> => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 460, height: 600 });
  await page.goto(`chrome-extension://${ext.id}/popup.html`);
  return page;
};
const status = (page: Page) => page.locator('#status').textContent();

describe('without a client ID in the build', () => {
  it('the options page has no usable sign-in, and Send says this build can only copy or download', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await expect.poll(() => options.locator('#signin-status').textContent()).toContain('这个版本没有内置 Google 登录');
    expect(await options.locator('#sign-in').isDisabled()).toBe(true);
    await options.fill('#spreadsheet-url', `https://docs.google.com/spreadsheets/d/${sheets.spreadsheetId}/edit`);
    await options.click('#save');
    await expect.poll(() => options.locator('#status').textContent()).toBe('已保存');
    await options.close();

    const popup = await openPopup();
    await popup.fill('#paste', PLAN);
    await popup.click('#read-paste');
    await popup.waitForSelector('article.plan');
    await popup.click('#send');
    await expect.poll(() => status(popup)).toContain('这个版本没有 Google 登录');
    expect(oauth.requests).toEqual([]);
    // Copy still works.
    await popup.close();
  });
});

describe('with a client ID (set under Advanced, as a self-hosting school would)', () => {
  it('set-up: the spreadsheet, the client ID and the stand-ins', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await expect.poll(() => options.locator('#signin-status').textContent()).not.toBe('');
    await options.fill('#client-id', CLIENT_ID);
    await options.fill('#api-base', sheets.base);
    await options.fill('#auth-base', oauth.base);
    await options.click('#save');
    await expect.poll(() => options.locator('#status').textContent()).toBe('已保存');
    expect(await options.locator('#redirect-uri').textContent()).toContain(`https://${ext.id}.chromiumapp.org/`);
    await expect.poll(() => options.locator('#signin-status').textContent()).toContain('尚未登录');
    await options.close();
  });

  it('Send before signing in opens no window: the popup asks Google silently, then says to sign in', async () => {
    const popup = await openPopup();
    await popup.fill('#paste', PLAN);
    await popup.click('#read-paste');
    await expect.poll(() => status(popup)).toContain('已整理粘贴的文本');
    // The teacher's edit: drop 二、小组组建 with its sub-parts.
    await popup.locator('ol.outline li button.drop-part').nth(1).click();
    await expect.poll(() => popup.locator('ol.outline li .htext').allTextContents()).toEqual(['指导思想', '评比办法']);
    const pagesBefore = ext.context.pages().length;
    await popup.click('#send');
    await expect.poll(() => status(popup)).toContain('请先在“设置”页用 Google 登录');
    expect(await popup.locator('#sign-in').isVisible()).toBe(true);
    // Only silent requests reached the sign-in endpoint, and no window was opened.
    expect(oauth.requests.length).toBeGreaterThan(0);
    expect(oauth.requests.every((r) => r.prompt === 'none')).toBe(true);
    expect(ext.context.pages().length).toBe(pagesBefore);
    expect(sheets.requests).toEqual([]);
    await popup.close();
  });

  it('reopening the popup restores the import with the edits', async () => {
    const popup = await openPopup();
    await expect.poll(() => status(popup)).toContain('已恢复');
    expect(await popup.locator('ol.outline li .htext').allTextContents()).toEqual(['指导思想', '评比办法']);
    expect(await popup.inputValue('#paste')).toBe(PLAN);
    await popup.close();
  });

  it('signing in on the options page opens the consent window there; then the popup sends what was edited', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await expect.poll(() => options.locator('#sign-in').isEnabled()).toBe(true);
    const [consent] = await Promise.all([ext.context.waitForEvent('page'), options.click('#sign-in')]);
    await consent.waitForSelector('#allow');
    // Chrome closes the consent window as soon as it is sent to the extension's redirect address, which may be before
    // the click returns; only an error with the window still open is a failure.
    await consent.click('#allow').catch((e: unknown) => {
      if (!consent.isClosed()) throw e;
    });
    await expect.poll(() => options.locator('#signin-status').textContent(), { timeout: 15_000 }).toContain('已登录');
    expect(oauth.consented()).toBe(true);
    await options.close();

    const popup = await openPopup();
    await expect.poll(() => status(popup)).toContain('已恢复');
    const interactiveBefore = oauth.requests.filter((r) => r.prompt !== 'none').length;
    await popup.click('#send');
    await expect.poll(() => status(popup), { timeout: 15_000 }).toContain('已写入');
    // The popup used the kept token: no new interactive request.
    expect(oauth.requests.filter((r) => r.prompt !== 'none').length).toBe(interactiveBefore);
    const rows = sheets.tabs.get('计划') ?? [];
    expect(rows.filter((r) => r[1] !== '' && r[0] === '学生五人互助实施方案').map((r) => r[3])).toEqual([
      '指导思想',
      '评比办法',
    ]);
    // Send again: the same rows, not twice.
    const count = rows.length;
    const puts = () => sheets.requests.filter((r) => r.method === 'PUT').length;
    const before = puts();
    await popup.click('#send');
    await expect.poll(puts).toBeGreaterThan(before);
    await expect.poll(() => status(popup), { timeout: 15_000 }).toContain('已写入');
    expect((sheets.tabs.get('计划') ?? []).length).toBe(count);
    await popup.close();
  });
});
