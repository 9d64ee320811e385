/**
 * A local stand-in for Google's OAuth 2.0 endpoint for client-side apps (implicit flow,
 * https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow), on 127.0.0.1:
 * GET /o/oauth2/v2/auth checks client_id, redirect_uri (against the ones registered), response_type=token and the
 * Sheets scope. With prompt=none it answers at once by redirecting to redirect_uri#access_token=… if the user has
 * consented before, else #error=interaction_required (as Google does). Otherwise it shows a consent page whose
 * "Allow" button records the consent and redirects with the token. Every request is recorded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AuthRequest {
  clientId: string;
  redirectUri: string;
  prompt: string | null;
}

export interface OAuthStandin {
  base: string;
  requests: AuthRequest[];
  /** Whether the consent page's Allow was clicked. */
  consented(): boolean;
  close(): Promise<void>;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const startOAuthStandin = async (opts: {
  clientId: string;
  token: string;
  /** Accepted redirect URIs; a function for ones known only after the browser starts (the extension id). */
  redirectUris: () => readonly string[];
}): Promise<OAuthStandin> => {
  const requests: AuthRequest[] = [];
  let consent = false;
  const granted = (redirect: string): string =>
    `${redirect}#access_token=${encodeURIComponent(opts.token)}&token_type=Bearer&expires_in=3599&scope=${encodeURIComponent('https://www.googleapis.com/auth/spreadsheets')}`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const q = url.searchParams;
    const redirect = q.get('redirect_uri') ?? '';
    const page = (status: number, body: string): void => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><body>${body}</body></html>`);
    };
    const go = (location: string): void => {
      res.writeHead(302, { Location: location });
      res.end();
    };
    if (url.pathname === '/o/oauth2/v2/auth') {
      requests.push({ clientId: q.get('client_id') ?? '', redirectUri: redirect, prompt: q.get('prompt') });
      if (q.get('client_id') !== opts.clientId) return page(401, 'Error 401: invalid_client');
      if (!opts.redirectUris().includes(redirect)) return page(400, 'Error 400: redirect_uri_mismatch');
      if (q.get('response_type') !== 'token') return page(400, 'Error 400: unsupported_response_type');
      if (!(q.get('scope') ?? '').split(' ').includes('https://www.googleapis.com/auth/spreadsheets'))
        return page(400, 'Error 400: invalid_scope');
      if (q.get('prompt') === 'none') return go(consent ? granted(redirect) : `${redirect}#error=interaction_required`);
      return page(
        200,
        `<h1>Huzhu wants to see and edit your spreadsheets</h1><a id="allow" href="/approve?redirect_uri=${esc(encodeURIComponent(redirect))}">Allow</a>`,
      );
    }
    if (url.pathname === '/approve') {
      consent = true;
      return go(granted(redirect));
    }
    page(404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    consented: () => consent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
