/**
 * What the user configures in the options page, kept in storage.local: the target spreadsheet URL and their own
 * OAuth client ID. The API base URL and a ready-made token are read only in the e2e TEST build (mode "e2e"), where
 * a local stand-in replaces Google; the shipped build always talks to sheets.googleapis.com.
 */
import { browser } from 'wxt/browser';
import { GOOGLE_SHEETS_API } from './sheets.ts';

export interface ExtensionConfig {
  spreadsheetUrl: string;
  clientId: string;
  /** e2e build only. */
  apiBase: string;
}

export const IS_E2E_BUILD = import.meta.env.MODE === 'e2e';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export const loadConfig = async (): Promise<ExtensionConfig> => {
  const got = await browser.storage.local.get(['spreadsheetUrl', 'clientId', 'apiBase']);
  return {
    spreadsheetUrl: str(got.spreadsheetUrl),
    clientId: str(got.clientId),
    apiBase: IS_E2E_BUILD && str(got.apiBase) !== '' ? str(got.apiBase) : GOOGLE_SHEETS_API,
  };
};

export const saveConfig = async (c: Partial<ExtensionConfig>): Promise<void> => {
  const { apiBase, ...rest } = c;
  const items: Record<string, string> = { ...rest };
  if (IS_E2E_BUILD && apiBase !== undefined) items.apiBase = apiBase;
  await browser.storage.local.set(items);
};
