import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * Huzhu plan import: Chrome MV3 and Firefox builds from one source.
 * `wxt build extension --mode e2e` makes the TEST build used by test/extension: it may read a page on 127.0.0.1
 * without a toolbar click and talk to a local stand-in of the Sheets API. The shipped build (mode production) has
 * activeTab + scripting only and talks to https://sheets.googleapis.com only.
 */
export default defineConfig({
  imports: false,
  manifest: ({ mode, browser }) => {
    const e2e = mode === 'e2e';
    // A Chrome-app OAuth client ID baked in at build time enables chrome.identity.getAuthToken; without it the
    // client ID from the options page is used with launchWebAuthFlow (both browsers).
    const chromeClientId = process.env.HUZHU_OAUTH_CLIENT_ID ?? '';
    return {
      name: '__MSG_extName__',
      version: '0.1.0',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['activeTab', 'scripting', 'storage', 'identity'],
      host_permissions: ['https://sheets.googleapis.com/*', ...(e2e ? ['http://127.0.0.1/*'] : [])],
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'huzhu-plan-import@huzhu.invalid',
                strict_min_version: '115.0',
                // Nothing is collected: page text goes only to the user's own spreadsheet.
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
      ...(browser !== 'firefox' && chromeClientId
        ? { oauth2: { client_id: chromeClientId, scopes: ['https://www.googleapis.com/auth/spreadsheets'] } }
        : {}),
    };
  },
  zip: {
    name: 'huzhu',
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The Firefox sources zip must rebuild the extension, which imports ../shared: zip from the repository root.
    sourcesRoot: fileURLToPath(new URL('..', import.meta.url)),
    includeSources: ['extension/**', 'shared/**', 'package.json', 'package-lock.json', 'tsconfig.json'],
    excludeSources: ['extension/.output/**', 'extension/.wxt/**', 'shared/cli/**'],
  },
});
