/**
 * vitest globalSetup of the `browser` project: one Chromium for all its test files (each file connects with
 * `sharedBrowser()` from ./chromium.ts and makes its own contexts), instead of a browser process per file.
 * Playwright gives it a temporary profile of its own and removes it when the server closes.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { checkChromium, launchOptions } from './chromium.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  checkChromium();
  const server = await chromium.launchServer({ ...launchOptions(), host: '127.0.0.1' });
  project.provide('chromiumWsEndpoint', server.wsEndpoint());
  return () => server.close();
}
