import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * Huzhu plan import: Chrome MV3 and Firefox builds from one source.
 * `wxt build extension --mode e2e` makes the TEST build used by test/extension: it may read a page on 127.0.0.1
 * without a toolbar click and talk to local stand-ins of the Sheets API and Google sign-in. The shipped build (mode
 * production) has activeTab + scripting only and talks to https://sheets.googleapis.com only.
 * The Google OAuth client ID comes from WXT_GOOGLE_CLIENT_ID at build time (extension/README.md, "Google sign-in").
 */
export default defineConfig({
  imports: false,
  hooks: {
    // pdfjs' worker and character maps (CJK PDFs need them) go into the package as files of the extension: the
    // popup loads them from its own origin (lib/popup/read-file.ts), never from the network.
    'build:publicAssets': (_wxt, files) => {
      const pdfjs = fileURLToPath(new URL('../node_modules/pdfjs-dist/', import.meta.url));
      files.push({
        absoluteSrc: `${pdfjs}legacy/build/pdf.worker.min.mjs`,
        relativeDest: 'pdfjs/pdf.worker.min.mjs',
      });
      for (const name of readdirSync(`${pdfjs}cmaps`))
        if (name.endsWith('.bcmap'))
          files.push({ absoluteSrc: `${pdfjs}cmaps/${name}`, relativeDest: `pdfjs/cmaps/${name}` });
    },
  },
  vite: () => ({
    resolve: {
      alias: {
        // The Markdown parser (micromark) decodes character references with this package; its "browser" build uses
        // document.createElement, which a Web Worker (where the extractor runs) does not have. Its plain build is
        // a lookup table that runs anywhere.
        'decode-named-character-reference': fileURLToPath(
          new URL('../node_modules/decode-named-character-reference/index.js', import.meta.url),
        ),
      },
    },
  }),
  manifest: ({ mode, browser }) => {
    const e2e = mode === 'e2e';
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
              // https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/browser_specific_settings
              gecko: {
                // A fixed id: identity.getRedirectURL() is derived from it, so the redirect URI registered with
                // Google stays the same for every install.
                id: 'huzhu-plan-import@huzhu.invalid',
                // data_collection_permissions is understood from Firefox 140 (ESR 140) and Firefox for Android 142;
                // storage.session and module workers are older.
                strict_min_version: '140.0',
                // Nothing is collected: page text goes only to the user's own spreadsheet.
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
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
