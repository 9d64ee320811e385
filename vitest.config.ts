import { defineConfig } from 'vitest/config';

/** Test files that drive pages in the shared Chromium (test/support/chromium-server.ts). */
const BROWSER = ['test/addon/sidebar-page.test.ts', 'test/e2e-addon/**/*.test.ts', 'test/print/**/*.test.ts'];
/** Test files that run the built add-on over the Apps Script stand-in. */
const ADDON = ['test/addon/**/*.test.ts', 'test/words/**/*.test.ts'];
const ADDON_BUNDLE = 'test/support/addon-bundle-setup.ts';

export default defineConfig({
  test: {
    // vitest's default is one worker on a 2-core machine; the browser, build and CLI tests spend much of their time
    // waiting on another process, so a second worker keeps both cores busy.
    maxWorkers: 2,
    // Timeouts only catch a hang (no test asserts elapsed time). With two workers on a busy 2-core machine, a test
    // that starts heavy tools (clasp, wxt, Chromium) took over 30 s, so the guard is 60 s.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for what a page shows next (a sheet tab, a status line); its 1 s default is a guess about
    // speed, and on a loaded machine the tab came later. 15 s only catches what never comes.
    expect: { poll: { timeout: 15_000 } },
    // Each project starts only what its files need, and only when one of its files runs.
    projects: [
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], exclude: [...ADDON, ...BROWSER] } },
      { extends: true, test: { name: 'addon', include: ADDON, exclude: BROWSER, globalSetup: [ADDON_BUNDLE] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          globalSetup: [ADDON_BUNDLE, 'test/support/chromium-server.ts'],
          // After the other projects, not beside them: a CI run where the add-on's first dialog took over 60 s (4 s
          // alone) shared the two cores with the plan corpus and the Firefox linter. Each Playwright step waits up
          // to 60 s (test/e2e-addon/browser.ts), so a test's guard is longer and a hang names the step it hung on.
          sequence: { groupOrder: 1 },
          testTimeout: 150_000,
        },
      },
    ],
  },
});
