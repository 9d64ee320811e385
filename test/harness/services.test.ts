/** Locks shared by simulated users, properties per document/user, session, utilities, UI records. */
import { describe, expect, it } from 'vitest';
import { createStandIn, LOCK_TIMEOUT_MESSAGE } from '../../sheets-addon/harness/index.ts';

describe('LockService', () => {
  it('makes two users of one spreadsheet contend for the document lock', () => {
    const alice = createStandIn({ user: 'alice@school.cn' });
    const bob = alice.forUser('bob@school.cn');
    const aliceLock = alice.LockService.getDocumentLock();
    expect(aliceLock.tryLock(1000)).toBe(true);
    expect(aliceLock.hasLock()).toBe(true);

    const bobLock = bob.LockService.getDocumentLock();
    expect(bobLock.tryLock(1000)).toBe(false);
    expect(bobLock.hasLock()).toBe(false);
    expect(() => bobLock.waitLock(1000)).toThrow(LOCK_TIMEOUT_MESSAGE);

    aliceLock.releaseLock();
    expect(bobLock.tryLock(1000)).toBe(true);
    // User locks are per user: Alice's is free while Bob holds the document lock.
    expect(alice.LockService.getUserLock().tryLock(0)).toBe(true);
  });

  it('releases what an execution still holds when it ends', () => {
    const alice = createStandIn();
    const bob = alice.forUser('bob@school.cn');
    alice.LockService.getScriptLock().waitLock(100);
    expect(bob.LockService.getScriptLock().tryLock(0)).toBe(false);
    alice.endExecution();
    expect(bob.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('PropertiesService', () => {
  it('shares document properties between users and keeps user properties apart, storing strings', () => {
    const alice = createStandIn({ user: 'alice@school.cn' });
    const bob = alice.forUser('bob@school.cn');
    alice.PropertiesService.getDocumentProperties().setProperty('seed', 7 as unknown as string);
    alice.PropertiesService.getUserProperties().setProperty('lang', 'en');
    expect(bob.PropertiesService.getDocumentProperties().getProperty('seed')).toBe('7');
    expect(bob.PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
    expect(() => alice.PropertiesService.getDocumentProperties().setProperty('big', 'x'.repeat(10_000))).toThrow(
      /Argument too large/,
    );
  });
});

describe('Session and Utilities', () => {
  it('reports the simulated user, locale and script time zone; formats dates like Java', () => {
    const s = createStandIn({ user: 'li@school.cn', locale: 'en', timeZone: 'America/New_York' });
    const g = s.globals;
    // The manifest does not ask for userinfo.email: Apps Script refuses the user's identity, as documented.
    expect(() => g.Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    const key = g.Session.getTemporaryActiveUserKey();
    expect(key).not.toContain('li@school.cn');
    expect(s.forUser('wang@school.cn').globals.Session.getTemporaryActiveUserKey()).not.toBe(key);
    const withEmail = createStandIn({
      user: 'li@school.cn',
      grantedScopes: ['https://www.googleapis.com/auth/userinfo.email'],
    });
    expect(withEmail.globals.Session.getActiveUser().getEmail()).toBe('li@school.cn');
    expect(g.Session.getActiveUserLocale()).toBe('en');
    expect(g.Session.getScriptTimeZone()).toBe('America/New_York');
    expect(g.SpreadsheetApp.getActive().getSpreadsheetLocale()).toBe('en_US');
    const d = new Date('2026-11-23T05:07:09Z');
    expect(g.Utilities.formatDate(d, 'Asia/Shanghai', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-11-23T13:07:09+08:00');
    expect(g.Utilities.formatDate(d, 'UTC', 'yyyy/M/d H:mm')).toBe('2026/11/23 5:07');
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Scopes the user did not grant', () => {
  it('refuse the calls that need them, as granular consent allows', () => {
    const s = createStandIn({ grantedScopes: ['https://www.googleapis.com/auth/script.container.ui'] });
    expect(() => s.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      /Required permissions: https:\/\/www.googleapis.com\/auth\/spreadsheets.currentonly/,
    );
    expect(() => s.globals.SpreadsheetApp.getUi()).not.toThrow();
    expect(s.globals.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
  });

  it('a document lock may be null, as documented outside a containing document', () => {
    const s = createStandIn({ noDocumentLock: true });
    expect(s.globals.LockService.getDocumentLock()).toBeNull();
    expect(s.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('Ui and HtmlService', () => {
  it('records menus, the sidebar shown with its HTML, alerts with queued answers, and toasts', () => {
    const s = createStandIn({ files: { Sidebar: '<p>积分</p>' } });
    const { SpreadsheetApp, HtmlService } = s.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('积分…', 'openScoring').addSeparator().addItem('帮助', 'showHelp').addToUi();
    expect(s.ui.menuItems().map((i) => [i.caption, i.functionName])).toEqual([
      ['积分…', 'openScoring'],
      ['帮助', 'showHelp'],
    ]);

    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('互助').setWidth(500));
    expect(s.ui.sidebar).toMatchObject({ kind: 'sidebar', title: '互助', html: '<p>积分</p>', width: 300 });
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');

    s.ui.answer('NO');
    expect(ui.alert('确定吗？', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('好')).toBe(ui.Button.OK);
    expect(s.ui.alerts.map((a) => [a.prompt, a.answer.button])).toEqual([
      ['确定吗？', 'NO'],
      ['好', 'OK'],
    ]);

    SpreadsheetApp.getActive().toast('已保存');
    expect(s.ui.toasts[0]?.message).toBe('已保存');
  });
});
