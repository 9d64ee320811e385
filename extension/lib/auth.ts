/**
 * Google access tokens for the Sheets API (URL building and parsing are in oauth.ts).
 * - signIn(): the interactive consent window. Only the options page, a tab of its own, calls it: a window opened
 *   from the toolbar popup takes focus and the popup closes ("Popups automatically close when the user focuses on
 *   some portion of the browser outside of the popup", https://developer.chrome.com/docs/extensions/develop/ui/add-popup),
 *   and the send and the teacher's edits with it.
 * - quietToken(): all the popup may call. The token kept in storage.session (memory only, for the browser session,
 *   extension pages only: https://developer.chrome.com/docs/extensions/reference/api/storage#property-session),
 *   else a silent launchWebAuthFlow (interactive: false, prompt=none) that opens no window; null when the teacher
 *   has to sign in first.
 * - The e2e TEST build first takes a token the test put in storage.local (`e2eToken`); compiled out elsewhere.
 */
import { browser } from 'wxt/browser';
import { IS_E2E_BUILD } from './config.ts';
import { authUrl, firefoxLoopbackRedirect, GOOGLE_AUTH_BASE, tokenFromRedirect } from './oauth.ts';
import type { BrowserKind, TokenGrant } from './oauth.ts';

export class AuthFailed extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'AuthFailed';
  }
}

const TOKEN_KEY = 'googleToken';
interface StoredGrant extends TokenGrant {
  clientId: string;
}

const BROWSER_KIND: BrowserKind = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/** The redirect URI this browser uses (and a self-hosting school registers with Google). */
export const redirectUri = (): string =>
  // A build-time branch, so the Chrome build carries no Firefox redirect.
  import.meta.env.FIREFOX
    ? firefoxLoopbackRedirect(browser.identity.getRedirectURL())
    : browser.identity.getRedirectURL();

type FlowDetails = Parameters<typeof browser.identity.launchWebAuthFlow>[0];

const runFlow = async (clientId: string, interactive: boolean, authBase: string): Promise<TokenGrant> => {
  const details = {
    url: authUrl(clientId, redirectUri(), interactive, authBase),
    interactive,
    // Chrome 113+: let a silent flow follow Google's script redirects for a while instead of failing on the first
    // page load (https://developer.chrome.com/docs/extensions/reference/api/identity#type-WebAuthFlowDetails).
    // Firefox validates the details object, so these keys are sent to Chrome only.
    ...(BROWSER_KIND === 'chrome' && !interactive
      ? { abortOnLoadForNonInteractive: false, timeoutMsForNonInteractive: 10_000 }
      : {}),
  } as FlowDetails;
  let url: string | undefined;
  try {
    url = await browser.identity.launchWebAuthFlow(details);
  } catch (e) {
    throw new AuthFailed(e instanceof Error ? e.message : String(e));
  }
  if (!url) throw new AuthFailed('no redirect');
  const grant = tokenFromRedirect(url, Date.now());
  if ('error' in grant) throw new AuthFailed(grant.error);
  return grant;
};

const keep = async (clientId: string, grant: TokenGrant): Promise<void> => {
  const stored: StoredGrant = { ...grant, clientId };
  await browser.storage.session.set({ [TOKEN_KEY]: stored });
};

const kept = async (clientId: string): Promise<string | null> => {
  const got = (await browser.storage.session.get(TOKEN_KEY))[TOKEN_KEY] as Partial<StoredGrant> | undefined;
  return got?.clientId === clientId && typeof got.token === 'string' && (got.expiresAt ?? 0) > Date.now()
    ? got.token
    : null;
};

/** The consent window (options page only). Resolves once Google has given a token, which is kept for the popup. */
export const signIn = async (clientId: string, authBase: string = GOOGLE_AUTH_BASE): Promise<void> => {
  await keep(clientId, await runFlow(clientId, true, authBase));
};

/** A token without any window: the kept one, else Google's silent answer; null when the teacher must sign in. */
export const quietToken = async (clientId: string, authBase: string = GOOGLE_AUTH_BASE): Promise<string | null> => {
  if (IS_E2E_BUILD) {
    const { e2eToken } = await browser.storage.local.get('e2eToken');
    if (typeof e2eToken === 'string' && e2eToken !== '') return e2eToken;
  }
  if (clientId === '') return null;
  const have = await kept(clientId);
  if (have) return have;
  try {
    const grant = await runFlow(clientId, false, authBase);
    await keep(clientId, grant);
    return grant.token;
  } catch (e) {
    console.warn('silent sign-in', e);
    return null;
  }
};

/** Whether a kept token is there (the options page shows "Signed in"). */
export const isSignedIn = async (clientId: string): Promise<boolean> =>
  clientId !== '' && (await kept(clientId)) !== null;

/** Forget a token the API refused (401), so the next try asks Google again. */
export const forgetToken = async (): Promise<void> => {
  await browser.storage.session.remove(TOKEN_KEY);
};
