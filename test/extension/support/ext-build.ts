/**
 * Builds of the extension for tests, made once and shared by test files running in parallel: a build runs under a
 * lock (a directory created atomically) and is skipped when its output carries a stamp of the same command,
 * environment and sources (newest mtime under extension/ and shared/). Two files building the same output at the
 * same time would otherwise rewrite each other's files under a running browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const OUTPUT = join(ROOT, 'extension/.output');
const LOCK = join(ROOT, 'extension/.build-lock');

const newest = (dir: string): number => {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.output' || e.name === '.wxt' || e.name === 'node_modules' || e.name === '.build-lock') continue;
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
};

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const withLock = <T>(fn: () => T): T => {
  const start = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than two minutes was left by a killed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - start > 180_000) throw new Error('extension build lock: waited 3 minutes');
      sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
};

/**
 * `wxt build extension ...args` into extension/.output/`dir`, unless that output is already from the same
 * command, environment and sources. WXT_GOOGLE_CLIENT_ID is set explicitly (default empty), so a publisher's
 * environment or .env never leaks into a test build. Returns the output directory.
 */
export const ensureBuilt = (
  dir: string,
  args: readonly string[],
  env: { WXT_GOOGLE_CLIENT_ID?: string } = {},
): string => {
  const out = join(OUTPUT, dir);
  const clientId = env.WXT_GOOGLE_CLIENT_ID ?? '';
  return withLock(() => {
    const stamp = JSON.stringify({
      args,
      clientId,
      sources: Math.max(newest(join(ROOT, 'extension')), newest(join(ROOT, 'shared'))),
    });
    const stampFile = join(out, '.test-build-stamp');
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return out;
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', 'extension', ...args], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, WXT_GOOGLE_CLIENT_ID: clientId },
    });
    writeFileSync(stampFile, stamp);
    return out;
  });
};

export const E2E_CHROME = (): string => ensureBuilt('chrome-mv3-e2e', ['--mode', 'e2e']);
export const SHIPPED_CHROME = (): string => ensureBuilt('chrome-mv3', []);
export const SHIPPED_FIREFOX = (): string => ensureBuilt('firefox-mv2', ['-b', 'firefox']);
export const E2E_FIREFOX = (): string => ensureBuilt('firefox-mv2-e2e', ['-b', 'firefox', '--mode', 'e2e']);
