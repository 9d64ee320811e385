/// <reference types="vite/client" />
/**
 * What the extension is configured with. The Google OAuth client ID is the publisher's, baked in at build time
 * (WXT_GOOGLE_CLIENT_ID, see extension/README.md; WXT exposes WXT_-prefixed variables as import.meta.env,
 * https://wxt.dev/guide/essentials/config/environment-variables); a teacher only picks the spreadsheet and signs in.
 * The options page may override the client ID for a school that hosts its own build. The API and sign-in base URLs
 * and a ready-made token are read only in the e2e TEST build (mode "e2e"), where local stand-ins replace Google.
 */
import { browser } from 'wxt/browser';
import { GOOGLE_AUTH_BASE } from './oauth.ts';
import { GOOGLE_SHEETS_API } from './sheets.ts';

export interface ExtensionConfig {
  spreadsheetUrl: string;
  /** Advanced: a client ID to use instead of the one built in (self-hosting). */
  clientIdOverride: string;
  /** e2e build only. */
  apiBase: string;
  /** e2e build only: where the OAuth consent endpoint lives. */
  authBase: string;
}

export const IS_E2E_BUILD = import.meta.env.MODE === 'e2e';

const envString = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The publisher's OAuth client ID, '' when the build was made without one (then only Copy / Download work). */
export const BUILD_CLIENT_ID: string = envString(import.meta.env.WXT_GOOGLE_CLIENT_ID);

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export const loadConfig = async (): Promise<ExtensionConfig> => {
  const got = await browser.storage.local.get(['spreadsheetUrl', 'clientIdOverride', 'apiBase', 'authBase']);
  return {
    spreadsheetUrl: str(got.spreadsheetUrl),
    clientIdOverride: str(got.clientIdOverride),
    apiBase: IS_E2E_BUILD && str(got.apiBase) !== '' ? str(got.apiBase) : GOOGLE_SHEETS_API,
    authBase: IS_E2E_BUILD && str(got.authBase) !== '' ? str(got.authBase) : GOOGLE_AUTH_BASE,
  };
};

/** The client ID sign-in uses: the options override, else the built-in one; '' when there is neither. */
export const clientIdOf = (config: Pick<ExtensionConfig, 'clientIdOverride'>): string =>
  config.clientIdOverride.trim() || BUILD_CLIENT_ID;

export const saveConfig = async (c: Partial<ExtensionConfig>): Promise<void> => {
  const { apiBase, authBase, ...rest } = c;
  const items: Record<string, string> = { ...rest };
  if (IS_E2E_BUILD && apiBase !== undefined) items.apiBase = apiBase;
  if (IS_E2E_BUILD && authBase !== undefined) items.authBase = authBase;
  await browser.storage.local.set(items);
};
