/**
 * An OAuth access token for the Sheets API. Thin browser glue; URL building and parsing are in oauth.ts.
 * - The user's own client ID (options page) → identity.launchWebAuthFlow, in Chrome and Firefox.
 * - Else, a Chrome build made with HUZHU_OAUTH_CLIENT_ID (manifest oauth2) → chrome.identity.getAuthToken.
 * - The e2e TEST build first takes a token the test put in storage.local (`e2eToken`): Google sign-in cannot run
 *   in a headless test browser. That branch is compiled out of the shipped build.
 */
import { browser } from 'wxt/browser';
import { IS_E2E_BUILD } from './config.ts';
import { authUrl, tokenFromRedirect } from './oauth.ts';
import type { TokenGrant } from './oauth.ts';

export class NoAuthSetup extends Error {
  constructor() {
    super('No OAuth client ID configured');
    this.name = 'NoAuthSetup';
  }
}
export class AuthFailed extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'AuthFailed';
  }
}

let cached: TokenGrant | null = null;

const viaWebAuthFlow = async (clientId: string): Promise<string> => {
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const redirect = browser.identity.getRedirectURL();
  const attempt = async (interactive: boolean): Promise<string | { error: string }> => {
    try {
      const url = await browser.identity.launchWebAuthFlow({
        url: authUrl(clientId, redirect, interactive),
        interactive,
      });
      if (!url) return { error: 'no redirect' };
      const grant = tokenFromRedirect(url, Date.now());
      if ('error' in grant) return grant;
      cached = grant;
      return grant.token;
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  };
  // Silently first (an earlier consent may still hold), then with the consent window.
  const quiet = await attempt(false);
  if (typeof quiet === 'string') return quiet;
  const loud = await attempt(true);
  if (typeof loud === 'string') return loud;
  throw new AuthFailed(loud.error);
};

const manifestHasOAuth = (): boolean =>
  Boolean((browser.runtime.getManifest() as { oauth2?: { client_id?: string } }).oauth2?.client_id);

export const getToken = async (clientId: string): Promise<string> => {
  if (IS_E2E_BUILD) {
    const { e2eToken } = await browser.storage.local.get('e2eToken');
    if (typeof e2eToken === 'string' && e2eToken !== '') return e2eToken;
  }
  if (clientId.trim() !== '') return viaWebAuthFlow(clientId);
  const identity = browser.identity as {
    getAuthToken?: (d: { interactive: boolean }) => Promise<{ token?: string } | string | undefined>;
  };
  if (manifestHasOAuth() && typeof identity.getAuthToken === 'function') {
    try {
      const got = await identity.getAuthToken({ interactive: true });
      const token = typeof got === 'string' ? got : got?.token;
      if (token) return token;
      throw new AuthFailed('no token');
    } catch (e) {
      throw e instanceof AuthFailed ? e : new AuthFailed(e instanceof Error ? e.message : String(e));
    }
  }
  throw new NoAuthSetup();
};

/** Forget a token the API refused (401), so the next try signs in again. */
export const dropToken = async (token: string): Promise<void> => {
  cached = null;
  const identity = browser.identity as { removeCachedAuthToken?: (d: { token: string }) => Promise<void> };
  if (manifestHasOAuth() && typeof identity.removeCachedAuthToken === 'function') {
    await identity.removeCachedAuthToken({ token }).catch(() => undefined);
  }
};
