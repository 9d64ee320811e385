/**
 * The command-line tools as a user sees them: a process, its exit code, stdout and stderr — never an import.
 *
 * - `bundledCli(entry)`: the CLI bundled once with esbuild (as tsx would compile it, all in one file), each run a
 *   plain `node cli.mjs ARGS`. The same code in the same kind of process, without tsx compiling the sources again at
 *   every start (about a second a run on the 2-core machines here, against a few tenths).
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

const run = (command: string, args: readonly string[]): CliRun => {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
};

export interface BundledCli {
  run: (...args: string[]) => CliRun;
  /** Remove the bundle (afterAll). */
  dispose: () => void;
}

/** Bundle `entry` (relative to the repository root) for Node and run it in a fresh process per call. */
export async function bundledCli(entry: string): Promise<BundledCli> {
  // Inside the repository, so the packages left external below resolve from its node_modules.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/huzhu-cli-'));
  const outfile = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // CommonJS dependencies (mammoth) require Node's built-ins: an ESM bundle needs a require of its own.
    banner: {
      js: "import { createRequire as __huzhuRequire } from 'node:module'; const require = __huzhuRequire(import.meta.url);",
    },
    // pdfjs loads its worker module from beside its own file: it runs from node_modules, as under tsx.
    external: ['pdfjs-dist'],
    logLevel: 'silent',
  });
  return {
    run: (...args) => run(process.execPath, [outfile, ...args]),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `npm run --silent SCRIPT -- ARGS` in the repository root, as the usage text tells users to run it. */
export const npmRun = (script: string, ...args: string[]): CliRun => {
  const r = run('npm', ['run', '--silent', script, '--', ...args]);
  // npm itself may warn about the machine's npm config; that is not the tool's output.
  return { ...r, err: r.err.replace(/^npm warn.*\n/gim, '') };
};
