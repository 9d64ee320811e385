import { describe, expect, it } from 'vitest';
import { MSG, fill, reasonText } from '../../extension/lib/messages.ts';
import { REMOVAL_REASONS } from '../../shared/plan/boilerplate.ts';
import { authUrl, isClientId, tokenFromRedirect } from '../../extension/lib/oauth.ts';
import { chooseTargetTab } from '../../extension/lib/target-tab.ts';

describe('target tab', () => {
  it('in the toolbar popup, reads the active tab', () => {
    expect(
      chooseTargetTab(
        [
          { id: 3, active: false, lastAccessed: 9 },
          { id: 4, active: true, lastAccessed: 1 },
        ],
        undefined,
      ),
    ).toBe(4);
  });
  it('when the popup page is itself a tab, reads the most recently used other tab', () => {
    const tabs = [
      { id: 1, active: true, lastAccessed: 50 },
      { id: 2, lastAccessed: 40 },
      { id: 3, lastAccessed: 10 },
    ];
    expect(chooseTargetTab(tabs, 1)).toBe(2);
    expect(chooseTargetTab([{ id: 1 }], 1)).toBeNull();
    expect(
      chooseTargetTab(
        [
          { id: 5, url: 'chrome-extension://abc/options.html', lastAccessed: 99 },
          { id: 6, lastAccessed: 1 },
        ],
        1,
      ),
    ).toBe(6);
  });
});

describe('oauth (launchWebAuthFlow)', () => {
  it("asks Google for a token with the user's client ID and the extension redirect", () => {
    const u = new URL(authUrl(' 123-abc.apps.googleusercontent.com ', 'https://id.chromiumapp.org/', false));
    expect(u.origin + u.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(u.searchParams.get('client_id')).toBe('123-abc.apps.googleusercontent.com');
    expect(u.searchParams.get('response_type')).toBe('token');
    expect(u.searchParams.get('redirect_uri')).toBe('https://id.chromiumapp.org/');
    expect(u.searchParams.get('scope')).toBe('https://www.googleapis.com/auth/spreadsheets');
    expect(u.searchParams.get('prompt')).toBe('none');
    expect(new URL(authUrl('x', 'r', true)).searchParams.has('prompt')).toBe(false);
  });
  it("reads the token and its expiry from the redirect fragment, or Google's error", () => {
    expect(
      tokenFromRedirect('https://id.chromiumapp.org/#access_token=ya29.abc&token_type=Bearer&expires_in=3599', 1000),
    ).toEqual({ token: 'ya29.abc', expiresAt: 1000 + 3599_000 - 60_000 });
    expect(tokenFromRedirect('https://id.chromiumapp.org/#error=access_denied', 0)).toEqual({ error: 'access_denied' });
    expect(tokenFromRedirect('https://id.chromiumapp.org/', 0)).toHaveProperty('error');
  });
  it('recognises a Google client ID', () => {
    expect(isClientId('1234567890-abcdefg.apps.googleusercontent.com')).toBe(true);
    expect(isClientId('not-an-id')).toBe(false);
  });
});

describe('messages', () => {
  it('every message has both languages with the same placeholders', () => {
    for (const [key, m] of Object.entries(MSG)) {
      expect(m.zh.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(holes(m.zh), key).toEqual(holes(m.en));
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('removed-line reasons', () => {
  it('are shown in Chinese when known, and as given otherwise', () => {
    expect(reasonText('download notice', 'zh')).toBe('下载提示');
    expect(reasonText('download notice', 'en')).toBe('download notice');
    expect(reasonText('something new', 'zh')).toBe('something new');
  });
  it("has a teacher's words for every reason the extractor removes a line for", () => {
    for (const reason of REMOVAL_REASONS) expect([reason, reasonText(reason, 'zh')]).not.toEqual([reason, reason]);
  });
});
