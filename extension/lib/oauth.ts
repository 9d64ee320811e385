/** Pure parts of Google sign-in through launchWebAuthFlow (implicit flow, token in the redirect's fragment). */

export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** The Google consent URL for the user's own client ID; the redirect is identity.getRedirectURL(). */
export const authUrl = (clientId: string, redirectUri: string, interactive: boolean): string => {
  const q = new URLSearchParams({
    client_id: clientId.trim(),
    response_type: 'token',
    redirect_uri: redirectUri,
    scope: SHEETS_SCOPE,
    include_granted_scopes: 'true',
    ...(interactive ? {} : { prompt: 'none' }),
  });
  return `https://accounts.google.com/o/oauth2/v2/auth?${q.toString()}`;
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
