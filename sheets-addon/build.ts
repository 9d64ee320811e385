/**
 * npm run build:addon — bundle the add-on for Apps Script into sheets-addon/dist/:
 *   Code.js          esbuild iife (global `Huzhu`, es2019, shared/ code inlined), then one top-level
 *                    `function name(){ return Huzhu.name.apply(this, arguments) }` per export of src/main.ts —
 *                    Apps Script menus and google.script.run only see top-level function declarations.
 *   *.html           src/html/*.html with `<!-- include: … -->` markers replaced by the shared head, style and page script.
 *   appsscript.json  manifest (V8, two scopes).
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, 'dist');
const HTML_DIR = join(here, 'src', 'html');
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

/**
 * Inline `<!-- include: NAME -->` markers with the file from src/html (pages are served as single files): .css in a
 * <style>, .js in a <script>, .html as it is (the shared page head, which itself includes style.css).
 */
const inlineIncludes = (html: string): string =>
  html.replace(/<!--\s*include:\s*([\w.-]+)\s*-->/g, (_m, file: string) => {
    const body = readFileSync(join(HTML_DIR, file), 'utf8');
    if (file.endsWith('.html')) return inlineIncludes(body).trimEnd();
    return file.endsWith('.css') ? `<style>\n${body}\n</style>` : `<script>\n${body}\n</script>`;
  });

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
    pages[f.replace(/\.html$/, '')] = inlineIncludes(readFileSync(join(HTML_DIR, f), 'utf8'));
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
