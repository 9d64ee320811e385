/** Debian's Chromium with an extension build loaded (flags as in /work/shared/notes/platform.md). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  close(): Promise<void>;
}

export const launchWithExtension = async (
  dir: string,
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
): Promise<LoadedExtension> => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'huzhu-ext-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale,
    ignoreDefaultArgs: ['--disable-extensions'],
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    id: new URL(sw.url()).host,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
};
