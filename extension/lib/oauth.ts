/**
 * Pure parts of Google sign-in through identity.launchWebAuthFlow: Google's implicit flow for client-side apps
 * (response_type=token, the token in the redirect's fragment; prompt=none for a silent try), with the client ID of
 * a "Web application" OAuth client. https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow
 */

export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
export const GOOGLE_AUTH_BASE = 'https://accounts.google.com';

export type BrowserKind = 'chrome' | 'firefox';

/**
 * The redirect URI to register with Google and send in the request.
 * - Chrome: identity.getRedirectURL(), https://<extension-id>.chromiumapp.org/
 *   (https://developer.chrome.com/docs/extensions/reference/api/identity#method-getRedirectURL).
 * - Firefox: getRedirectURL() is https://<hash>.extensions.allizom.org/, a domain Google will not accept (it wants
 *   a domain whose ownership is verified). Firefox 86+ also accepts the loopback form
 *   http://127.0.0.1/mozoauth2/<hash> (RFC 8252 §7.3), which Google allows for Web clients
 *   (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/identity#getting_the_redirect_url).
 */
export const redirectUriFor = (kind: BrowserKind, extensionRedirectUrl: string): string =>
  kind === 'chrome' ? extensionRedirectUrl : firefoxLoopbackRedirect(extensionRedirectUrl);

/** http://127.0.0.1/mozoauth2/<hash> for Firefox's https://<hash>.extensions.allizom.org/. */
export const firefoxLoopbackRedirect = (extensionRedirectUrl: string): string => {
  const host = new URL(extensionRedirectUrl).hostname;
  return `http://127.0.0.1/mozoauth2/${host.split('.')[0] ?? host}`;
};

/** The consent URL for `clientId`; `interactive: false` asks Google to answer at once or fail (prompt=none). */
export const authUrl = (
  clientId: string,
  redirectUri: string,
  interactive: boolean,
  authBase: string = GOOGLE_AUTH_BASE,
): string => {
  const q = new URLSearchParams({
    client_id: clientId.trim(),
    response_type: 'token',
    redirect_uri: redirectUri,
    scope: SHEETS_SCOPE,
    include_granted_scopes: 'true',
    ...(interactive ? {} : { prompt: 'none' }),
  });
  return `${authBase.replace(/\/+$/, '')}/o/oauth2/v2/auth?${q.toString()}`;
};

export interface TokenGrant {
  token: string;
  /** Epoch ms after which the token should not be used. */
  expiresAt: number;
}

/** The access token from the final redirect URL, or an error message from Google's `error` parameter. */
export const tokenFromRedirect = (redirectUrl: string, now: number): TokenGrant | { error: string } => {
  const hash = redirectUrl.includes('#') ? redirectUrl.slice(redirectUrl.indexOf('#') + 1) : '';
  const params = new URLSearchParams(hash || (redirectUrl.split('?')[1] ?? ''));
  const error = params.get('error');
  if (error) return { error };
  const token = params.get('access_token');
  if (!token) return { error: 'no access_token in the redirect' };
  const seconds = Number(params.get('expires_in') ?? '3600');
  // A minute's margin so a token does not expire between the check and the last write.
  return { token, expiresAt: now + (Number.isFinite(seconds) ? seconds : 3600) * 1000 - 60_000 };
};

/** A client ID as Google issues them: digits-id.apps.googleusercontent.com. */
export const isClientId = (s: string): boolean => /^[0-9]+-[a-z0-9]+\.apps\.googleusercontent\.com$/.test(s.trim());
