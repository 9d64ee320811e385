import { describe, expect, it } from 'vitest';
import { scriptFunction } from '../../sheets-addon/harness/index.ts';
import { bundle, formGroupsRequest, open, ROSTER_ZH } from './helpers.ts';

describe('menu (Extensions › Huzhu)', () => {
  it('is built in Chinese for a zh-CN user, each item calling a top-level function of the bundle', async () => {
    const s = await open({ locale: 'zh-CN' });
    s.menu('onOpen', { authMode: 'NONE' });
    const items = s.si.ui.menuItems();
    expect(items.map((i) => i.caption)).toEqual(['分组…', '积分…', '打印…', '设置…', '导入计划文本…', '帮助']);
    for (const i of items) expect(typeof s.ctx[i.functionName]).toBe('function');
  });

  it('is built in English for an en-US user; onInstall does the same', async () => {
    const s = await open({ locale: 'en-US' });
    s.menu('onInstall', {});
    expect(s.si.ui.menuItems().map((i) => i.caption)).toEqual([
      'Form groups…',
      'Scoring…',
      'Print…',
      'Settings…',
      'Import plan text…',
      'Help',
    ]);
  });

  it('onOpen touches no properties and no sheet (it may run before authorisation)', async () => {
    const s = await open({ locale: 'zh-CN' });
    s.si.workbook.resetStats();
    // In AuthMode.NONE the stand-in refuses sheet contents, properties, locks and the user's identity.
    s.si.runAs('NONE', () => scriptFunction(s.ctx, 'onOpen')({ authMode: 'NONE' }));
    expect(s.si.ui.menuItems()).toHaveLength(6);
    const calls = Object.keys(s.si.workbook.stats.calls);
    expect(calls.filter((c) => /Propert|Range|Sheet\.|getValues|setValues/.test(c))).toEqual([]);
    expect(s.si.workbook.documentProperties.size).toBe(0);
  });

  it('opens the 300 px sidebar and the dialogs from the built HTML files, titled in the user language', async () => {
    const s = await open({ locale: 'en' });
    s.menu('showScoring');
    expect(s.si.ui.sidebar?.title).toBe('Huzhu · Scoring');
    expect(s.si.ui.sidebar?.html).toContain('id="cats"');
    expect(s.si.ui.sidebar?.width).toBe(300);
    s.menu('showFormGroups');
    expect(s.si.ui.dialog?.title).toBe('Huzhu · Form groups');
    s.menu('showSettings');
    expect(s.si.ui.dialog?.title).toBe('Huzhu · Settings');
    s.menu('showHelp');
    expect(s.si.ui.dialog?.html).toContain('Huzhu · Help');
  });

  it('pages use no scriptlets and put server text in with textContent only', async () => {
    const b = bundle();
    for (const [name, html] of Object.entries(b.pages)) {
      expect(html, name).not.toMatch(/<\?/);
      // The one exception: the Print page puts the server's print view on its paper, markup built by the escaping
      // template (shared/print/html.ts) — checked below with a roster full of markup.
      const rest = name === 'Print' ? html.replace('paper.innerHTML = r.body;', '') : html;
      expect(rest, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
      expect(html, name).toContain('google.script.run');
    }
  });

  it("the Print page's paper gets a roster's names as text, never as markup", async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const roster = ROSTER_ZH.map((r, i) => (i === 3 ? [r[0], `${evil}`, ...r.slice(2)] : r));
    const s = await open({ workbookOptions: { sheets: { 名单: roster } } });
    expect(s.call('formGroupsRun', formGroupsRequest)).toMatchObject({ ok: true });
    for (const view of ['list', 'cards', 'seating', 'history'] as const) {
      const studentId = String(roster[3]![0]);
      const r = s.call('printView', { view, studentId, period: 'all' });
      expect(r, view).toMatchObject({ ok: true });
      expect(r.body, view).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(r.body, view).not.toMatch(/<img/i);
    }
  });
});

describe('menu language before the add-on is authorised', () => {
  it('falls back to Chinese, not English, when the user locale is still empty (AuthMode.NONE)', async () => {
    const s = await open({ locale: 'en-US' });
    s.si.runAs('NONE', () => scriptFunction(s.ctx, 'onOpen')({ authMode: 'NONE' }));
    expect(s.si.ui.menuItems().map((i) => i.caption)[0]).toBe('分组…');
  });

  it('follows the spreadsheet locale when the user locale is empty but the sheet can be read', async () => {
    const s = await open({ locale: '', workbookOptions: { locale: 'en_US' } });
    s.menu('onOpen', { authMode: 'LIMITED' });
    expect(s.si.ui.menuItems().map((i) => i.caption)[0]).toBe('Form groups…');
  });
});
