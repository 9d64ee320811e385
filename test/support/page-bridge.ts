/**
 * A built add-on page (Sidebar, a dialog) in a Chromium page, its google.script.run bridged to the built bundle over
 * the Apps Script stand-in — what the page's calls reach in Apps Script, without the playground's server. The shim
 * goes into the page's head (init scripts do not run for setContent); calls cross as JSON, as they do on the wire.
 */
import type { Page } from 'playwright-core';
import { runServerFunction } from '../../sheets-addon/harness/index.ts';
import type { Session } from '../addon/helpers.ts';

const SHIM = `
window.google = { script: { host: { close: function () {} }, run: (function () {
  function runner(ok, fail) {
    return new Proxy({}, { get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
      if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        window.__gas(String(name), JSON.stringify(args)).then(function (r) {
          var res = JSON.parse(r);
          if (res.error) { if (fail) fail(new Error(res.error)); } else if (ok) ok(res.value);
        });
      };
    } });
  }
  return runner(null, null);
})() } };`;

/**
 * Put `html` into `page` with its server calls run by session `s`. Each call first waits for what `held()` returns at
 * that moment (a test holds the server back to see what the page shows meanwhile).
 */
export async function showBridged(page: Page, html: string, s: Session, held?: () => unknown): Promise<void> {
  await page.exposeFunction('__gas', async (name: string, args: string) => {
    await held?.();
    try {
      return JSON.stringify({ value: runServerFunction(s.ctx, s.si, name, JSON.parse(args) as unknown[]) });
    } catch (e) {
      return JSON.stringify({ error: (e as Error).message });
    }
  });
  await page.setContent(html.replace('<head>', `<head><script>${SHIM}</script>`));
}
