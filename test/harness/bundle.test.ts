/** Loading a bundle as a classic script over the stand-in, and calling it the way menus and google.script.run do. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createStandIn,
  entryPoints,
  loadBundle,
  loadBundleFile,
  runServerFunction,
  scriptFunction,
} from '../../sheets-addon/harness/index.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const code = readFileSync(new URL('mini-addon.js', FIXTURES), 'utf8');
const htmlDir = new URL('.', FIXTURES).pathname;

describe('loadBundle', () => {
  it('exposes top-level functions; onOpen in AuthMode.NONE builds the add-on menu with a submenu', () => {
    const s = createStandIn({ htmlDir });
    const ctx = loadBundle(code, s);
    scriptFunction(ctx, 'onOpen')({ authMode: 'NONE' });
    expect(s.ui.menus).toHaveLength(1);
    expect(s.ui.menus[0]?.addon).toBe(true);
    expect(s.ui.menuItems().map((i) => i.functionName)).toEqual(['showSidebar', 'askName', 'reset']);
    expect(s.ui.menuItems()[2]?.path).toEqual(['Add-on', 'More']);
    scriptFunction(ctx, 'showSidebar')();
    expect(s.ui.sidebar?.html).toContain('google.script.run');
  });

  it('gives the script values from its own realm: instanceof Date, Array and Error hold inside the vm', () => {
    const s = createStandIn();
    s.workbook.setSheet('Dates', [['2026-11-23']]);
    const ctx = loadBundleFile(new URL('mini-addon.js', FIXTURES).pathname, s);
    expect(scriptFunction(ctx, 'firstCellIsDate')('Dates')).toEqual({ instanceofDate: true, valuesIsArray: true });
    expect(scriptFunction(ctx, 'serviceErrorText')()).toEqual({
      isError: true,
      text: 'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    });
  });

  it('offers only what Apps Script has: no setTimeout, TextDecoder, URL, require or process', () => {
    const ctx = loadBundle(
      'function kinds() { return [typeof setTimeout, typeof TextDecoder, typeof URL, typeof require, typeof process, typeof SpreadsheetApp, typeof Intl]; }',
      createStandIn(),
    );
    expect(scriptFunction(ctx, 'kinds')()).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
    ]);
  });

  it('drives prompts with queued answers', () => {
    const s = createStandIn();
    const ctx = loadBundle(code, s);
    s.ui.answer('OK', '王五');
    scriptFunction(ctx, 'askName')();
    expect(s.ui.alerts.map((a) => a.kind === 'alert' && a.prompt).filter(Boolean)).toEqual(['Hello 王五']);
  });
});

describe('runServerFunction (google.script.run rules)', () => {
  it('calls public top-level functions only and copies plain results', () => {
    const s = createStandIn();
    const ctx = loadBundle(code, s);
    expect(entryPoints(ctx)).toContain('award');
    expect(entryPoints(ctx)).not.toContain('logSheet_');
    expect(() => runServerFunction(ctx, s, 'logSheet_', [])).toThrow('Script function not found: logSheet_');
    expect(runServerFunction(ctx, s, 'award', ['张三', 2])).toEqual({ ok: true, rows: 1 });
    expect(runServerFunction(ctx, s, 'echo', [{ a: [1, 'x', null] }])).toEqual({ a: [1, 'x', null] });
  });

  it('refuses to carry Dates and reports script errors by message', () => {
    const s = createStandIn();
    const ctx = loadBundle(code, s);
    expect(() => runServerFunction(ctx, s, 'returnsDate', [])).toThrow(/cannot carry a Date \(result.when\)/);
    expect(() => runServerFunction(ctx, s, 'echo', [new Date()])).toThrow(/argument 1/);
    expect(() => runServerFunction(ctx, s, 'failLoudly', ['名单是空的'])).toThrow('名单是空的');
  });

  it("lets concurrent users contend: a held document lock makes the other user's award report busy, not vanish", () => {
    const alice = createStandIn({ user: 'alice@school.cn' });
    const bob = alice.forUser('bob@school.cn');
    const a = loadBundle(code, alice);
    const b = loadBundle(code, bob);
    scriptFunction(a, 'awardHoldingLock')('张三', 1); // Alice's execution is still running and holds the lock
    expect(runServerFunction(b, bob, 'award', ['李四', 1])).toEqual({ ok: false, busy: true });
    alice.endExecution();
    expect(runServerFunction(b, bob, 'award', ['李四', 1])).toEqual({ ok: true, rows: 2 });
    const rows = alice.workbook.sheet('Log').values();
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['张三', 1],
      ['李四', 1],
    ]);
    // Each row carries its writer's anonymous key: two users, two keys, neither an email.
    expect(new Set(rows.map((r) => r[2])).size).toBe(2);
    expect(JSON.stringify(rows)).not.toContain('@');
  });
});

describe('AuthMode.NONE (onOpen before the add-on is authorised)', () => {
  it("lets onOpen build the menu but refuses document data, properties and the user's email", () => {
    const s = createStandIn();
    const ctx = loadBundle(code, s);
    s.runAs('NONE', () => scriptFunction(ctx, 'onOpen')({ authMode: 'NONE' }));
    expect(s.ui.menuItems()).toHaveLength(3);
    s.authMode = 'NONE';
    expect(() => scriptFunction(ctx, 'tally')()).toThrow(
      /You do not have permission to call SpreadsheetApp.getActiveSpreadsheet in AuthMode.NONE/,
    );
    expect(() => s.globals.PropertiesService.getDocumentProperties()).toThrow(/permission/);
    expect(() => s.globals.Session.getActiveUser()).toThrow(/permission/);
    expect(s.globals.Session.getActiveUserLocale()).toBe(''); // not known before authorisation
    s.authMode = 'FULL';
    expect(s.globals.Session.getActiveUserLocale()).toBe('zh-CN');
    expect(scriptFunction(ctx, 'tally')()).toEqual([]);
  });
});
