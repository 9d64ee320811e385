/** The playground for an English-speaking teacher: English menu, the Roster sample, the dialog in English. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../sheets-addon/playground/server.ts';
import { builtAddon } from '../support/addon-bundle.ts';
import { addonFrame, type Browser, launch, readSheet, shot } from './browser.ts';

let pg: Playground;
let browser: Browser;

beforeAll(async () => {
  const built = builtAddon();
  pg = await startPlayground({ addon: { code: built.code, pages: built.pages }, locale: 'en' });
  browser = await launch('en-US');
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

describe('playground in English', () => {
  it('shows the English menu and forms groups from the Roster sheet', async () => {
    const { page } = browser;
    await page.goto(pg.url);
    await expect.poll(() => page.locator('#menu button').allTextContents()).toContain('Form groups…');
    const roster = await readSheet(page, 'Roster');
    expect(roster[0]?.slice(0, 2)).toEqual(['Student ID', 'Name']);
    await page.locator('[data-fn=showFormGroups]').click();
    const dialog = await addonFrame(page);
    await dialog.locator('[data-testid=run]:not([disabled])').waitFor();
    await dialog.getByTestId('run').click();
    await dialog.locator('[data-testid=result]:not([hidden])', { hasText: 'Groups' }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Groups', exact: true }).count()).toBe(1);
    await shot(page, '08-english-groups');
  });
});
