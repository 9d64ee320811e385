/**
 * How long the extension takes on heavy inputs, in real Chromium with the TEST build (the page-reading e2e tests check
 * what is read; this prints how long it took): the injected page reader on a page of 100,000 nested elements, the
 * popup from click to outline on that page, and the longest time the popup's own thread is held while a 1,000,000-
 * character paste is read (in a worker). Medians of 3; figures, not pass marks.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../extension/support/chromium.ts';
import { E2E_CHROME } from '../extension/support/ext-build.ts';
import { BIG_PAGE, type ChromeApi, LONG_PASTE, pasteScript } from '../extension/support/heavy-inputs.ts';

const RUNS = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Wait until the popup's status line says `words` (polled with plain evaluation: the popup's CSP forbids eval). */
const statusSays = async (popup: Page, words: string): Promise<void> => {
  const end = Date.now() + 60_000;
  while (!String(await popup.evaluate("document.querySelector('#status')?.textContent ?? ''")).includes(words)) {
    if (Date.now() > end) throw new Error(`the popup never said “${words}”`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const dir = E2E_CHROME();
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(BIG_PAGE);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big.html`;
const ext = await launchWithExtension(dir);

const reader: number[] = [];
const toOutline: number[] = [];
const held: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const site = await ext.context.newPage();
    await site.goto(url, { timeout: 120_000 });
    await site.evaluate('document.body.offsetHeight');
    await site.bringToFront();
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    reader.push(
      await popup.evaluate(async (u) => {
        const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [tab] = await c.tabs.query({ url: u });
        const t0 = performance.now();
        await c.scripting.executeScript({ target: { tabId: tab?.id ?? -1 }, files: ['/page-text.js'] });
        return performance.now() - t0;
      }, url),
    );
    const t0 = Date.now();
    await popup.click('#import-page');
    await statusSays(popup, '网页太大');
    toOutline.push(Date.now() - t0);
    await site.close();

    // The long paste: the longest gap between timer ticks on the popup's thread while the text is read.
    await popup.evaluate(pasteScript(LONG_PASTE));
    await popup.evaluate('document.body.offsetHeight');
    await popup.evaluate(`(() => {
      globalThis.maxGap = 0;
      globalThis.ticking = true;
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        globalThis.maxGap = Math.max(globalThis.maxGap, now - last);
        last = now;
        if (globalThis.ticking) setTimeout(tick, 10);
      };
      setTimeout(tick, 10);
    })()`);
    await popup.click('#read-paste');
    await statusSays(popup, '文本太长');
    held.push((await popup.evaluate('(globalThis.ticking = false, globalThis.maxGap)')) as number);
    await popup.close();
  }
} finally {
  await ext.close();
  server.close();
}

const row = (what: string, xs: number[]): void =>
  console.log(
    `${what.padEnd(58)} ${String(Math.round(median(xs))).padStart(6)} ms   (${xs.map(Math.round).join(', ')})`,
  );
console.log(`Extension on heavy inputs, Chromium, TEST build; median of ${RUNS}`);
row('page of 100,000 nested elements: injected reader', reader);
row('the same page: click to outline in the popup', toOutline);
row('1,000,000-character paste: longest hold of the popup thread', held);
