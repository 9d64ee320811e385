/**
 * The add-on as `npm run build:addon` bundles it (sheets-addon/build.ts, in memory), built once per test run by
 * ./addon-bundle-setup.ts (globalSetup of the `addon` and `browser` projects) and handed to every test file.
 */
import { inject } from 'vitest';
import type { AddonBundle } from '../../sheets-addon/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built add-on: Code.js, its entry points, the pages and the manifest. */
    addonBundle: AddonBundle;
  }
}

/** The built add-on (the same for every file of the run). */
export function builtAddon(): AddonBundle {
  const b = inject('addonBundle');
  if (!b)
    throw new Error('No built add-on: run this file in the vitest project "addon" or "browser" (vitest.config.ts).');
  return b;
}
