/** Chromium with an extension build loaded, through the one launcher (test/support/chromium.ts), and its id. */
import type { BrowserContext } from 'playwright-core';
import { launchPersistent } from '../../support/chromium.ts';

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  close(): Promise<void>;
}

export const launchWithExtension = async (
  dir: string,
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
): Promise<LoadedExtension> => {
  const browser = await launchPersistent({ extensionDir: dir, locale });
  const { context } = browser;
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(sw.url()).host, close: browser.close };
};
