/** Chromium for the playground tests: a context of its own in the shared browser (see test/support/chromium.ts). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { sharedBrowser } from '../support/chromium.ts';

export const SHOTS = join(process.cwd(), 'test-output', 'e2e-addon');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** A fresh context (its own cookies and storage) with one page, in the UI language `locale`. */
export const launch = async (locale = 'zh-CN'): Promise<Browser> => {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale });
  // A step (a click, a wait for an element or a frame) may take longer than Playwright's 30 s default on a loaded
  // two-core CI machine; 60 s stays under the browser project's test guard, so a hang reports the step.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
};

export const shot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
};

/** The add-on page (sidebar or dialog) in the playground's iframe, once its document has loaded. */
export const addonFrame = async (page: Page): Promise<Frame> => {
  const handle = await page.waitForSelector('#panel:not([hidden]) #frame[src]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the add-on iframe has no document');
  await frame.waitForLoadState('load');
  return frame;
};

/** Open a sheet tab in the live view and read its grid as text (row numbers and column letters left out). */
export const readSheet = async (page: Page, name: string): Promise<string[][]> => {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForSelector(`#grid[data-sheet="${name}"]`);
  // No DOM lib in this project's types: describe the little of the DOM used here.
  type Row = { querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> };
  return page.$$eval('#grid tr', (trs) =>
    (trs as unknown as Row[]).slice(1).map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
  );
};
