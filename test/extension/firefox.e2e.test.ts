/**
 * The Firefox build in real Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi (support/firefox.ts):
 * the add-on installs, its popup page reads pasted text into an outline (extraction in the Web Worker), and its
 * sign-in uses the redirect Mozilla documents for providers such as Google: the loopback form
 * http://127.0.0.1/mozoauth2/<subdomain of identity.getRedirectURL()>
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/identity#getting_the_redirect_url).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_FIREFOX, SHIPPED_FIREFOX } from './support/ext-build.ts';
import type { Firefox } from './support/firefox.ts';
import { launchFirefox } from './support/firefox.ts';
import type { OAuthStandin } from './support/oauth-standin.ts';
import { startOAuthStandin } from './support/oauth-standin.ts';
import type { SheetsStandin } from './support/sheets-standin.ts';
import { startSheetsStandin } from './support/sheets-standin.ts';

const ADDON_ID = 'huzhu-plan-import@huzhu.invalid';
const CORPUS = resolve(import.meta.dirname, '../plan/corpus');
const UUID = '3b7c2f0e-9d41-4c6a-8e5f-1a2b3c4d5e6f';
const BASE = `moz-extension://${UUID}`;

let ff: Firefox;
let tab = '';

const poll = async <T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe('the Firefox build in Firefox ESR', () => {
  beforeAll(async () => {
    const dir = SHIPPED_FIREFOX();
    ff = await launchFirefox({ uuids: { [ADDON_ID]: UUID } });
    const installed = await ff.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: dir },
    });
    expect(installed.extension).toBe(ADDON_ID);
    tab = (await ff.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
  });

  it('the popup page imports pasted text', async () => {
    await ff.send('browsingContext.navigate', { context: tab, url: `${BASE}/popup.html`, wait: 'complete' });
    expect(await ff.evaluate(tab, `document.querySelector('#read-paste') !== null`)).toBe(true);
    const text =
      '学生五人互助实施方案\\n一、指导思想\\n为了提高学习效率。\\n二、小组组建\\n1、每组5人，前后位搭配。\\n2、选出组长一名。';
    await ff.evaluate(
      tab,
      `(() => { const a = document.querySelector('#paste'); a.value = '${text}'; document.querySelector('#read-paste').click(); })()`,
    );
    const markers = await poll(
      () => ff.evaluate(tab, `[...document.querySelectorAll('ol.outline li .marker')].map((m) => m.textContent)`),
      (v) => Array.isArray(v) && v.length > 0,
    );
    expect(markers).toEqual(['一、', '二、', '1、', '2、']);
    expect(await ff.evaluate(tab, `document.querySelector('article.plan h2').textContent`)).toBe(
      '学生五人互助实施方案',
    );
    const status = String(await ff.evaluate(tab, `document.querySelector('#status').textContent`));
    expect(status).toMatch(/Read the pasted text|已整理粘贴的文本/);
  });

  it('the popup page reads a dropped PDF and .docx (pdfjs and its worker from the package, mammoth)', async () => {
    for (const [name, title] of [
      ['charter-nes-nn-team.pdf', 'Software development Project NES-NN'],
      ['notice-buaa-doc-review.docx', '关于开展项目实践文档自评、互评的通知'],
    ] as const) {
      await ff.send('browsingContext.navigate', { context: tab, url: `${BASE}/popup.html`, wait: 'complete' });
      const b64 = readFileSync(join(CORPUS, name)).toString('base64');
      await ff.evaluate(
        tab,
        `(() => { const bytes = Uint8Array.from(atob('${b64}'), (c) => c.charCodeAt(0));
          const dt = new DataTransfer(); dt.items.add(new File([bytes], '${name}'));
          document.querySelector('#paste').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })); })()`,
      );
      const got = await poll(
        () => ff.evaluate(tab, `document.querySelector('article.plan h2')?.textContent ?? ''`),
        (v) => v === title,
        30_000,
      );
      expect(got, String(await ff.evaluate(tab, `document.querySelector('#status').textContent`))).toBe(title);
      expect(await ff.evaluate(tab, `document.querySelectorAll('ol.outline li').length > 3`)).toBe(true);
    }
  });

  it('signs in through the loopback redirect derived from the add-on id', async () => {
    const redirect = String(await ff.evaluate(tab, 'browser.identity.getRedirectURL()'));
    const m = /^https:\/\/([0-9a-f]{40})\.extensions\.allizom\.org\/$/.exec(redirect);
    expect(m).not.toBeNull();
    await ff.send('browsingContext.navigate', { context: tab, url: `${BASE}/options.html`, wait: 'complete' });
    const shown = String(
      await poll(
        () => ff.evaluate(tab, `document.querySelector('#redirect-uri')?.textContent ?? ''`),
        (v) => String(v).includes('mozoauth2'),
      ),
    );
    expect(shown).toContain(`http://127.0.0.1/mozoauth2/${m?.[1]}`);
    // This build has no client ID built in: the sign-in button says so instead of failing later.
    expect(
      await poll(
        () => ff.evaluate(tab, `document.querySelector('#sign-in').disabled`),
        (v) => v === true,
      ),
    ).toBe(true);
  });
});

describe('Google sign-in and send in Firefox ESR (e2e TEST build, local stand-ins)', () => {
  const CLIENT_ID = '1234567890-huzhutest.apps.googleusercontent.com';
  let sheets: SheetsStandin;
  let oauth: OAuthStandin;
  let redirect = '';

  beforeAll(async () => {
    const dir = E2E_FIREFOX();
    sheets = await startSheetsStandin();
    oauth = await startOAuthStandin({ clientId: CLIENT_ID, token: sheets.token, redirectUris: () => [redirect] });
    ff = await launchFirefox({ uuids: { [ADDON_ID]: UUID } });
    await ff.send('webExtension.install', { extensionData: { type: 'path', path: dir } });
    tab = (await ff.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await sheets?.close();
    await oauth?.close();
  });

  it('the options page opens the consent window; Google redirects to the loopback URL and Firefox hands the token back', async () => {
    await ff.send('browsingContext.navigate', { context: tab, url: `${BASE}/options.html`, wait: 'complete' });
    redirect = String(
      await poll(
        () => ff.evaluate(tab, `(document.querySelector('#redirect-uri').textContent.match(/http\\S+/) ?? [''])[0]`),
        (v) => String(v) !== '',
      ),
    );
    expect(redirect).toMatch(/^http:\/\/127\.0\.0\.1\/mozoauth2\/[0-9a-f]{40}$/);
    // Typing waits for the saved settings to be loaded into the page, as a teacher's first keystroke would.
    await poll(
      () => ff.evaluate(tab, `document.querySelector('[data-loaded]') !== null`),
      (v) => v === true,
    );
    await ff.evaluate(
      tab,
      `(() => {
        const set = (id, v) => { const e = document.querySelector(id); e.value = v; e.dispatchEvent(new Event('input')); };
        set('#spreadsheet-url', 'https://docs.google.com/spreadsheets/d/${sheets.spreadsheetId}/edit');
        set('#client-id', '${CLIENT_ID}');
        set('#api-base', '${sheets.base}');
        set('#auth-base', '${oauth.base}');
      })()`,
    );
    await poll(
      () => ff.evaluate(tab, `document.querySelector('#sign-in').disabled`),
      (v) => v === false,
    );
    await ff.evaluate(tab, `document.querySelector('#sign-in').click()`);
    // The consent page opens in a window of its own; click Allow there.
    const consent = await poll(
      async () =>
        (await ff.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {})).contexts.find(
          (c) => c.url.startsWith(oauth.base),
        ),
      (c) => c !== undefined,
    );
    expect(consent).toBeDefined();
    await poll(
      () => ff.evaluate(consent?.context ?? '', `document.querySelector('#allow') !== null`),
      (v) => v === true,
    );
    await ff.evaluate(consent?.context ?? '', `document.querySelector('#allow').click()`);
    const status = await poll(
      () => ff.evaluate(tab, `document.querySelector('#signin-status').textContent`),
      (v) => /Signed in|已登录/.test(String(v)),
    );
    expect(String(status)).toMatch(/Signed in|已登录/);
    expect(oauth.consented()).toBe(true);
  });

  it('the popup page then sends the pasted plan to the Sheets stand-in with the kept token', async () => {
    await ff.send('browsingContext.navigate', { context: tab, url: `${BASE}/popup.html`, wait: 'complete' });
    await ff.evaluate(
      tab,
      `(() => { document.querySelector('#paste').value = 'Study group plan\\nI. Goals\\n1. Groups of 4.\\nII. Scoring\\n2. Weekly.'; document.querySelector('#read-paste').click(); })()`,
    );
    await poll(
      () => ff.evaluate(tab, `document.querySelectorAll('article.plan').length`),
      (v) => v === 1,
    );
    const interactive = oauth.requests.filter((r) => r.prompt !== 'none').length;
    await ff.evaluate(tab, `document.querySelector('#send').click()`);
    const status = await poll(
      () => ff.evaluate(tab, `document.querySelector('#status').textContent`),
      (v) => /Written|已写入/.test(String(v)),
    );
    expect(String(status)).toMatch(/Written|已写入/);
    expect(oauth.requests.filter((r) => r.prompt !== 'none').length).toBe(interactive);
    const plan = sheets.tabs.get('Plan') ?? sheets.tabs.get('计划') ?? [];
    expect(plan.some((r) => r[3] === 'Goals')).toBe(true);
  });
});
