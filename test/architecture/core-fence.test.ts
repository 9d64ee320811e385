/**
 * The core (shared/, but for the command-line adapters in shared/cli) runs in Node, browsers and Apps Script, so
 * its tsconfig gives it no host's types. These tests put a probe file that uses a host API next to the core and
 * type-check it with the core's real tsconfig: each probe must fail, and a pure probe must pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const probeDir = mkdtempSync(join(root, 'shared', '.fence-probe-'));
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

/**
 * A compiler host per tsconfig that keeps the files it parsed (TypeScript's libs, the project's declarations, the
 * core modules a probe imports) for the next probe under the same tsconfig: only the probe itself is new each time.
 */
const hosts = new Map<string, ts.CompilerHost>();
function hostFor(tsconfig: string, options: ts.CompilerOptions): ts.CompilerHost {
  const known = hosts.get(tsconfig);
  if (known) return known;
  const host = ts.createCompilerHost(options);
  const parse = host.getSourceFile.bind(host);
  const files = new Map<string, ts.SourceFile>();
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (fileName.startsWith(probeDir)) return parse(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    const file = files.get(key) ?? parse(fileName, languageVersion, onError, shouldCreate);
    if (file) files.set(key, file);
    return file;
  };
  hosts.set(tsconfig, host);
  return host;
}

/** Type-check one probe file under a project's tsconfig; returns the error codes. */
function check(tsconfig: string, source: string): number[] {
  const file = join(probeDir, `probe-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const config = ts.readConfigFile(join(root, tsconfig), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, join(root, tsconfig, '..'));
  // The probe plus the project's own declaration files (the host facilities it declares).
  const roots = [file, ...parsed.fileNames.filter((f) => f.endsWith('.d.ts'))];
  const options = { ...parsed.options, noEmit: true };
  const program = ts.createProgram(roots, options, hostFor(tsconfig, options));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && relative(probeDir, d.file.fileName) === relative(probeDir, file))
    .map((d) => d.code);
}

describe('the core cannot use a host API', () => {
  it.each([
    ["import fs from 'node:fs'; export const x = fs;", 2307],
    ["import { readFileSync } from 'fs'; export const x = readFileSync;", 2307],
    ['export const x = process.argv;', 2591],
    ["export const x = Buffer.from('a');", 2591],
    ['export const x = document.title;', 2584],
    ['export const x = window.location;', 2304],
    ['export const x = chrome.runtime.id;', 2304],
    ['export const x = SpreadsheetApp.getActive();', 2304],
  ])('rejects %s', (source, code) => {
    expect(check('shared/tsconfig.json', source)).toContain(code);
  });

  it('accepts pure code and the declared host facilities', () => {
    const source = [
      "import { parseMix } from '../settings/mix.ts';",
      "import Papa from 'papaparse';",
      "export const a = parseMix('2:1:1');",
      "export const b = new TextDecoder('gb18030').decode(new Uint8Array([0x41]));",
      "export const c = typeof performance !== 'undefined' ? performance.now() : 0;",
      "export const d = Papa.parse<string[]>('a,b').data;",
    ].join('\n');
    expect(check('shared/tsconfig.json', source)).toEqual([]);
  });

  it('lets the command-line adapters use Node', () => {
    expect(check('shared/cli/tsconfig.json', "import fs from 'node:fs'; export const x = fs.existsSync('.');")).toEqual(
      [],
    );
  });

  it('keeps TextDecoder out of the Apps Script code', () => {
    expect(check('sheets-addon/src/tsconfig.json', "export const x = new TextDecoder('utf-8');")).toContain(2304);
  });
});
