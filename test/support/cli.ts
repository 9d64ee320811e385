/**
 * The command-line tools as a user sees them: a process, its exit code, stdout and stderr — never an import.
 *
 * - `bundledCli(entry)`: the CLI's own sources bundled once with esbuild (as tsx would compile them), each run a
 *   plain `node cli.mjs ARGS`. The same code in the same kind of process, without tsx compiling the sources again at
 *   every start (about a second a run on the 2-core machines here, against a few tenths). npm packages stay outside
 *   the bundle and load as Node loads them for `npm run` (mammoth and pdfjs-dist need their own files beside them),
 *   so the bundle is written under node_modules/.cache, where Node finds them.
 * - `npmRun(script, ...args)`: `npm run --silent SCRIPT -- ARGS`, the command the usage text gives, for the few
 *   cases that check the real command end to end.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliRun {
  /** Exit code (null if killed by a signal). */
  code: number | null;
  out: string;
  err: string;
}

const run = (command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): CliRun => {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
};

export interface BundledCli {
  run: (...args: string[]) => CliRun;
  /** The same with these environment variables set (a terminal's LANG, say). */
  runIn: (env: Record<string, string>, ...args: string[]) => CliRun;
  /** Remove the bundle (afterAll). */
  dispose: () => void;
}

/** Bundle `entry` (relative to the repository root) for Node and run it in a fresh process per call. */
export async function bundledCli(entry: string): Promise<BundledCli> {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'huzhu-cli-'));
  const outfile = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  return {
    run: (...args) => run(process.execPath, [outfile, ...args]),
    runIn: (env, ...args) => run(process.execPath, [outfile, ...args], { ...process.env, ...env }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `npm run --silent SCRIPT -- ARGS` in the repository root, as the usage text tells users to run it. */
export const npmRun = (script: string, ...args: string[]): CliRun => {
  const r = run('npm', ['run', '--silent', script, '--', ...args]);
  // npm itself may warn about the machine's npm config; that is not the tool's output.
  return { ...r, err: r.err.replace(/^npm warn.*\n/gim, '') };
};
