/** Real Chromium for the playground tests (playwright-core, Debian's /usr/bin/chromium, flags from platform notes). */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';

export const SHOTS = join(process.cwd(), 'test-output', 'e2e-addon');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

export const launch = async (locale = 'zh-CN'): Promise<Browser> => {
  const profile = mkdtempSync(join(tmpdir(), 'huzhu-e2e-addon-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    locale,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
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
/** The page's global object inside page.evaluate (the project has no DOM types). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PageGlobal = any;

export const readSheet = async (page: Page, name: string): Promise<string[][]> => {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForSelector(`#grid[data-sheet="${name}"]`);
  // No DOM lib in this project's types: describe the little of the DOM used here.
  type Row = { querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> };
  return page.$$eval('#grid tr', (trs) =>
    (trs as unknown as Row[]).slice(1).map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
  );
};
