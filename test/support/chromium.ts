/**
 * The one way tests start Chromium: Debian's /usr/bin/chromium through playwright-core (no browser download), with
 * the flags checked on these machines (see the platform notes: they work as root, headless, offline).
 *
 * - `sharedBrowser()`: a connection to the one Chromium that the `browser` test project starts for all its files
 *   (test/support/chromium-server.ts, a vitest globalSetup); each test file gets its own contexts in it.
 * - `launchPersistent()`: a browser of its own with a fresh profile directory, removed on close — for what needs a
 *   profile: an unpacked extension (`extensionDir`), or a browser UI language (`locale`) other than the shared one.
 *
 * Both check first that Chromium and the CJK fonts are installed: without Noto Sans CJK every Chinese character in a
 * screenshot is a box, and the screenshots are there to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless as root, nothing fetched in the background (no network here but npm and apt). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let checked = false;

/** Throw a message that says what to install when Chromium or the CJK fonts are missing. */
export function checkChromium(): void {
  if (checked) return;
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium fonts-noto-cjk\`.`);
  let families = '';
  try {
    families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    throw new Error(
      '`fc-list` did not run (fontconfig missing?): install `apt-get install -y fontconfig fonts-noto-cjk`.',
    );
  }
  if (!families.includes('Noto Sans CJK'))
    throw new Error(
      'No Noto Sans CJK font (`fc-list` does not list it): Chinese text in the screenshots would be boxes. ' +
        'Install it with `apt-get install -y fonts-noto-cjk`.',
    );
  checked = true;
}

/** Options for a browser process of the tests' own (the shared one is started with these too). */
export const launchOptions = (extra: readonly string[] = []): LaunchOptions => ({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS, ...extra],
});

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the `browser` project's shared Chromium listens (test/support/chromium-server.ts). */
    chromiumWsEndpoint: string;
  }
}

/**
 * The shared Chromium of the `browser` test project. Close what it returns when the file is done: that closes this
 * file's connection and contexts, not the browser.
 */
export async function sharedBrowser(): Promise<Browser> {
  checkChromium();
  const endpoint = inject('chromiumWsEndpoint');
  if (!endpoint)
    throw new Error('No shared Chromium: run this file in the vitest project "browser" (vitest.config.ts).');
  return chromium.connect(endpoint);
}

export interface PersistentOptions {
  /** An unpacked extension to load (Chromium, unlike branded Chrome, still honours --load-extension). */
  extensionDir?: string;
  /** Browser UI language as well as the pages' locale (what i18n.getUILanguage() and navigator.language say). */
  locale?: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

export interface PersistentBrowser {
  context: BrowserContext;
  /** The fresh profile directory (removed by close). */
  userDataDir: string;
  /** Close the browser and remove its profile directory. */
  close: () => Promise<void>;
}

/** A browser of its own with a fresh temporary profile, removed again by `close()`. */
export async function launchPersistent(opts: PersistentOptions = {}): Promise<PersistentBrowser> {
  checkChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'huzhu-chromium-'));
  const extra: string[] = [];
  if (opts.locale) extra.push(`--lang=${opts.locale}`);
  if (opts.extensionDir)
    extra.push(`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`);
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      ...launchOptions(extra),
      ...(opts.locale ? { locale: opts.locale, env: { ...process.env, LANGUAGE: opts.locale.replace('-', '_') } } : {}),
      ...(opts.viewport ? { viewport: opts.viewport } : {}),
      ...(opts.acceptDownloads ? { acceptDownloads: true } : {}),
      // Playwright passes --disable-extensions unless told not to.
      ...(opts.extensionDir ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    });
    return {
      context,
      userDataDir,
      close: async () => {
        try {
          await context.close();
        } finally {
          rmSync(userDataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}
