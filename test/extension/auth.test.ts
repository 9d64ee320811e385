/**
 * The sign-in rules, with WXT's fake browser (wxt/testing): the popup's token request never opens a window, a token
 * signed in on the options page is kept in storage.session and used without asking Google again, a refused token
 * is forgotten, and Firefox uses the loopback redirect.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { forgetToken, isSignedIn, quietToken, signIn } = await import('../../extension/lib/auth.ts');
const { firefoxLoopbackRedirect, redirectUriFor } = await import('../../extension/lib/oauth.ts');

const CLIENT = '1234567890-abc.apps.googleusercontent.com';
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

type Details = { url: string; interactive?: boolean; abortOnLoadForNonInteractive?: boolean };
let calls: Details[] = [];
/** Google as seen through launchWebAuthFlow: silent requests fail until the user has consented once. */
const google = (consented: () => boolean) => async (d: Details) => {
  calls.push(d);
  const redirect = new URL(d.url).searchParams.get('redirect_uri') ?? '';
  if (d.interactive || consented()) return `${redirect}#access_token=tok-${calls.length}&expires_in=3599`;
  throw new Error('User interaction required.');
};

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  fakeBrowser.identity.getRedirectURL = () => REDIRECT;
});

describe('tokens for the popup', () => {
  it('without a consent, asks Google silently only (prompt=none, no window) and reports that sign-in is needed', async () => {
    fakeBrowser.identity.launchWebAuthFlow = vi.fn(google(() => false)) as never;
    expect(await quietToken(CLIENT)).toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.interactive).toBe(false);
    expect(new URL(calls[0]?.url ?? '').searchParams.get('prompt')).toBe('none');
    // Chrome: let Google's script redirects run in the silent flow.
    expect(calls[0]?.abortOnLoadForNonInteractive).toBe(false);
  });

  it('signIn (options page) opens the consent window once; the popup then uses the kept token with no request', async () => {
    let consented = false;
    fakeBrowser.identity.launchWebAuthFlow = vi.fn(async (d: Details) => {
      const r = await google(() => consented)(d);
      if (d.interactive) consented = true;
      return r;
    }) as never;
    await signIn(CLIENT);
    expect(calls.map((c) => c.interactive)).toEqual([true]);
    expect(await isSignedIn(CLIENT)).toBe(true);
    expect(await quietToken(CLIENT)).toBe('tok-1');
    expect(calls).toHaveLength(1);
    // The token is kept in storage.session, not storage.local.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['googleToken']);
    // A token for another client ID is not used.
    expect(await isSignedIn('999-other.apps.googleusercontent.com')).toBe(false);
  });

  it('a refused token is forgotten; the next request asks Google silently again', async () => {
    fakeBrowser.identity.launchWebAuthFlow = vi.fn(google(() => true)) as never;
    await signIn(CLIENT);
    await forgetToken();
    expect(await isSignedIn(CLIENT)).toBe(false);
    expect(await quietToken(CLIENT)).toBe('tok-2');
    expect(calls.map((c) => c.interactive)).toEqual([true, false]);
  });

  it('with no client ID there is nothing to ask', async () => {
    fakeBrowser.identity.launchWebAuthFlow = vi.fn(google(() => true)) as never;
    expect(await quietToken('')).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('redirect URIs', () => {
  it('Chrome uses getRedirectURL(); Firefox the loopback form Google accepts', () => {
    expect(redirectUriFor('chrome', REDIRECT)).toBe(REDIRECT);
    const ff = 'https://475c66f0fd0bc8c5aa64bbba7001597aacf3a8f9.extensions.allizom.org/';
    expect(redirectUriFor('firefox', ff)).toBe('http://127.0.0.1/mozoauth2/475c66f0fd0bc8c5aa64bbba7001597aacf3a8f9');
    expect(firefoxLoopbackRedirect(ff)).toBe(redirectUriFor('firefox', ff));
  });
});
