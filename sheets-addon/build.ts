/**
 * npm run build:addon — bundle the add-on for Apps Script into sheets-addon/dist/:
 *   Code.js          esbuild iife (global `Huzhu`, es2019, shared/ code inlined), then one top-level
 *                    `function name(){ return Huzhu.name.apply(this, arguments) }` per export of src/main.ts —
 *                    Apps Script menus and google.script.run only see top-level function declarations.
 *   *.html           src/html/*.html with `<!-- include: … -->` markers replaced by the shared head and style, and the
 *                    page's script: its TypeScript module in src/pages bundled with esbuild (iife, es2019, browser),
 *                    inlined — HtmlService serves single .html files.
 *   appsscript.json  manifest (V8, two scopes).
 */

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, 'dist');
const HTML_DIR = join(here, 'src', 'html');
const PAGES_DIR = join(here, 'src', 'pages');
const SHARED_DIR = join(here, '..', 'shared');
export const GLOBAL_NAME = 'Huzhu';

/**
 * Apps Script reads rosters from sheet values, never CSV files, and has no Node `stream` for papaparse: the CSV
 * reader lives apart (shared/roster/csv.ts, shared/plan-tables/csv.ts). Fail the build if it ever leaks in.
 */
const noCsvReader: Plugin = {
  name: 'no-csv-reader',
  setup(b) {
    b.onResolve({ filter: /^papaparse$/ }, (args) => ({
      errors: [
        {
          text: `papaparse must not reach the Apps Script bundle (imported by ${args.importer}); import CSV readers from their own csv.ts modules in Node code only.`,
        },
      ],
    }));
  },
};

/** Apps Script identifiers: the footer must only contain plain names. */
const IDENT = /^[A-Za-z_$][\w$]*$/;

export const footerFor = (names: readonly string[]): string =>
  names.map((n) => `function ${n}() { return ${GLOBAL_NAME}.${n}.apply(this, arguments); }`).join('\n');

const inside = (dir: string, file: string): boolean => {
  const r = relative(dir, file);
  return r !== '' && !r.startsWith(`..${sep}`) && r !== '..';
};

/**
 * A page's script: src/pages/NAME.ts and what it imports, as one classic script for a <script> element. Pages may
 * import other page modules and the pure core in shared/; server modules (src/*.ts) only as types — they use Apps
 * Script services that do not exist in the browser — so a page that would bundle one fails the build.
 */
export async function bundlePageScript(file: string): Promise<string> {
  const result = await build({
    entryPoints: [join(PAGES_DIR, file)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    write: false,
    outfile: join(DIST, file.replace(/\.ts$/, '.js')),
    logLevel: 'silent',
    plugins: [noCsvReader],
  });
  const stray = Object.keys(result.metafile?.inputs ?? {})
    .map((input) => resolve(input))
    .filter((input) => !inside(PAGES_DIR, input) && !inside(SHARED_DIR, input));
  if (stray.length)
    throw new Error(
      `src/pages/${file} bundles ${stray.map((f) => relative(here, f)).join(', ')}: a page may import src/pages and shared/ only (server code as \`import type\`).`,
    );
  const text = result.outputFiles?.[0]?.text;
  if (text === undefined) throw new Error(`esbuild produced no output for src/pages/${file}`);
  // esbuild escapes "</script" in strings; anything like it left would end the inline <script> element early.
  if (/<\/script|<!--/i.test(text)) throw new Error(`src/pages/${file}: the bundle contains "</script" or "<!--"`);
  return text;
}

const INCLUDE = /<!--\s*include:\s*([\w.-]+)\s*-->/g;

/**
 * Inline `<!-- include: NAME -->` markers (pages are served as single files): NAME.ts is the page module from
 * src/pages, bundled, in a <script>; NAME.css from src/html in a <style>; NAME.html from src/html as it is (the
 * shared page head, which itself includes style.css).
 */
const inlineIncludes = async (html: string): Promise<string> => {
  const parts: Promise<string>[] = [];
  let last = 0;
  for (const m of html.matchAll(INCLUDE)) {
    parts.push(Promise.resolve(html.slice(last, m.index)), include(m[1] ?? ''));
    last = m.index + m[0].length;
  }
  parts.push(Promise.resolve(html.slice(last)));
  return (await Promise.all(parts)).join('');
};

const include = async (file: string): Promise<string> => {
  if (file.endsWith('.ts')) return `<script>\n${await bundlePageScript(file)}</script>`;
  const body = readFileSync(join(HTML_DIR, file), 'utf8');
  if (file.endsWith('.html')) return (await inlineIncludes(body)).trimEnd();
  if (file.endsWith('.css')) return `<style>\n${body}\n</style>`;
  throw new Error(`<!-- include: ${file} -->: only .ts (page modules), .css and .html can be included`);
};

export interface AddonBundle {
  /** dist/Code.js */
  code: string;
  /** Top-level functions in Code.js (menu callbacks and google.script.run entry points). */
  entryPoints: string[];
  /** Page name (without .html) → HTML with its includes inlined. */
  pages: Record<string, string>;
  manifest: string;
}

/** Build everything in memory (tests use this directly, so parallel test files never race on dist/). */
export async function bundleAddon(): Promise<AddonBundle> {
  const common = {
    entryPoints: [join(here, 'src', 'main.ts')],
    bundle: true,
    target: 'es2019',
    platform: 'neutral' as const,
    mainFields: ['module', 'main'],
    charset: 'utf8' as const,
    legalComments: 'none' as const,
    metafile: true,
    write: false,
    outfile: join(DIST, 'Code.js'),
    logLevel: 'silent' as const,
    plugins: [noCsvReader],
  };
  // The export list comes from an ESM pass (esbuild lists an output's exports only for format 'esm').
  const esm = await build({ ...common, format: 'esm' });
  const entryPoints = [...(Object.values(esm.metafile?.outputs ?? {})[0]?.exports ?? [])].sort();
  if (entryPoints.length === 0) throw new Error('src/main.ts exports no entry points');
  const bad = entryPoints.filter((n) => !IDENT.test(n) || n === 'default');
  if (bad.length) throw new Error(`src/main.ts exports names Apps Script cannot call: ${bad.join(', ')}`);
  const result = await build({ ...common, format: 'iife', globalName: GLOBAL_NAME });
  const out = result.outputFiles?.[0];
  if (!out) throw new Error('esbuild produced no output');
  const pages: Record<string, string> = {};
  for (const f of readdirSync(HTML_DIR).sort()) {
    if (!/^[A-Z][\w-]*\.html$/.test(f)) continue; // Pages start with a capital; included parts do not.
    pages[f.replace(/\.html$/, '')] = await inlineIncludes(readFileSync(join(HTML_DIR, f), 'utf8'));
  }
  return {
    code: `${out.text}\n${footerFor(entryPoints)}\n`,
    entryPoints,
    pages,
    manifest: readFileSync(join(here, 'appsscript.json'), 'utf8'),
  };
}

/** npm run build:addon: write the bundle to `outDir` (default sheets-addon/dist), replacing what was there. */
export async function buildAddon(outDir: string = DIST): Promise<AddonBundle> {
  const b = await bundleAddon();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'Code.js'), b.code);
  for (const [name, html] of Object.entries(b.pages)) writeFileSync(join(outDir, `${name}.html`), html);
  writeFileSync(join(outDir, 'appsscript.json'), b.manifest);
  return b;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAddon().then(
    ({ entryPoints, pages }) => {
      console.log(
        `sheets-addon/dist: Code.js (${entryPoints.length} entry points: ${entryPoints.join(', ')}), ${Object.keys(
          pages,
        )
          .map((p) => `${p}.html`)
          .join(', ')}, appsscript.json`,
      );
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
