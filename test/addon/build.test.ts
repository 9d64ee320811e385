import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAddon } from '../../sheets-addon/build.ts';
import * as main from '../../sheets-addon/src/main.ts';

/** Temporary output directories, removed when the file is done. */
const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('npm run build:addon', () => {
  it('writes Code.js whose entry points are top-level functions, the pages and a least-privilege manifest', async () => {
    const out = tempDir('huzhu-addon-');
    const b = await buildAddon(out);
    expect(readdirSync(out).sort()).toEqual([
      'Code.js',
      'FormGroups.html',
      'Help.html',
      'ImportPlan.html',
      'Print.html',
      'Settings.html',
      'Sidebar.html',
      'appsscript.json',
    ]);
    // Every export of src/main.ts, no more, no less.
    expect(b.entryPoints).toEqual(Object.keys(main).sort());
    for (const n of [
      'onOpen',
      'onInstall',
      'showFormGroups',
      'showScoring',
      'showSettings',
      'showHelp',
      'awardPoints',
      'undoLast',
      'reverseEntry',
      'listEntries',
      'scoringState',
      'updateTallies',
      'formGroupsPreview',
      'formGroupsRun',
      'settingsView',
      'saveSettings',
      'uiContext',
      'showImportPlan',
      'importPlanPreview',
      'importPlanRun',
    ]) {
      expect(b.entryPoints).toContain(n);
    }
    // A classic script (no import/export/require), as Apps Script runs it: each entry point is a declared function.
    const code = readFileSync(join(out, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    const script = new vm.Script(code, { filename: 'Code.js' });
    const ctx = vm.createContext({});
    script.runInContext(ctx);
    for (const n of b.entryPoints) {
      expect(typeof ctx[n], n).toBe('function');
      expect(code).toContain(`function ${n}() {`);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    // No error text leaves for Cloud Logging: children's names can be in it.
    expect(manifest.exceptionLogging).toBe('NONE');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    // Pages are single files: the shared script and styles are inlined.
    const sidebar = readFileSync(join(out, 'Sidebar.html'), 'utf8');
    expect(sidebar).not.toMatch(/<!--\s*include:/);
    expect(sidebar).toContain('google.script.run'); // src/pages/client.ts, bundled with the page's module
    expect(sidebar).not.toMatch(/<script[^>]*\ssrc=|^\s*import\s/m);
  });

  it('is what clasp would push with a .clasp.json of rootDir dist (checked offline)', async () => {
    const root = tempDir('huzhu-clasp-');
    await buildAddon(join(root, 'dist'));
    writeFileSync(
      join(root, '.clasp.json'),
      JSON.stringify(JSON.parse(readFileSync('sheets-addon/.clasp.json.example', 'utf8'))),
    );
    const out = execFileSync(join(process.cwd(), 'node_modules/.bin/clasp'), ['show-file-status', '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const status = JSON.parse(out) as { filesToPush: string[] };
    expect(status.filesToPush.sort()).toEqual([
      'dist/Code.js',
      'dist/FormGroups.html',
      'dist/Help.html',
      'dist/ImportPlan.html',
      'dist/Print.html',
      'dist/Settings.html',
      'dist/Sidebar.html',
      'dist/appsscript.json',
    ]);
  });
});
