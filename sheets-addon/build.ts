/**
 * npm run build:addon — bundle the add-on for Apps Script into sheets-addon/dist/:
 *   Code.js          esbuild iife (global `Huzhu`, es2019, shared/ code inlined), then one top-level
 *                    `function name(){ return Huzhu.name.apply(this, arguments) }` per export of src/main.ts —
 *                    Apps Script menus and google.script.run only see top-level function declarations.
 *   *.html           src/html/*.html with `<!-- include: client.js -->` replaced by the shared page script.
 *   appsscript.json  manifest (V8, two scopes).
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, 'dist');
const HTML_DIR = join(here, 'src', 'html');
export const GLOBAL_NAME = 'Huzhu';

/**
 * Apps Script reads rosters from sheet values, never CSV files: shared/roster/index.ts also re-exports the CSV
 * reader (papaparse, which wants Node's `stream`). Stub papaparse out; tree-shaking then drops the CSV path.
 */
const noCsvReader: Plugin = {
  name: 'no-csv-reader',
  setup(b) {
    b.onResolve({ filter: /^papaparse$/ }, () => ({ path: 'papaparse', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

/** Apps Script identifiers: the footer must only contain plain names. */
const IDENT = /^[A-Za-z_$][\w$]*$/;

export const footerFor = (names: readonly string[]): string =>
  names.map((n) => `function ${n}() { return ${GLOBAL_NAME}.${n}.apply(this, arguments); }`).join('\n');

/** Inline `<!-- include: NAME -->` markers with the file from src/html (pages are served as single files). */
const inlineIncludes = (html: string): string =>
  html.replace(/<!--\s*include:\s*([\w.-]+)\s*-->/g, (_m, file: string) => {
    const body = readFileSync(join(HTML_DIR, file), 'utf8');
    return file.endsWith('.css') ? `<style>\n${body}\n</style>` : `<script>\n${body}\n</script>`;
  });

export async function buildAddon(): Promise<{ entryPoints: string[]; pages: string[] }> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
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
  writeFileSync(join(DIST, 'Code.js'), `${out.text}\n${footerFor(entryPoints)}\n`);

  const pages: string[] = [];
  for (const f of readdirSync(HTML_DIR)) {
    if (!/^[A-Z][\w-]*\.html$/.test(f)) continue; // Pages start with a capital; included parts do not.
    writeFileSync(join(DIST, f), inlineIncludes(readFileSync(join(HTML_DIR, f), 'utf8')));
    pages.push(f);
  }
  copyFileSync(join(here, 'appsscript.json'), join(DIST, 'appsscript.json'));
  return { entryPoints, pages };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAddon().then(
    ({ entryPoints, pages }) => {
      console.log(`sheets-addon/dist: Code.js (${entryPoints.length} entry points: ${entryPoints.join(', ')}), ${pages.join(', ')}, appsscript.json`);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
