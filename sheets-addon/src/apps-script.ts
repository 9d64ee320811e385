/// <reference types="google-apps-script" />
/**
 * The Apps Script services the add-on touches, in one place. Everything else in src/ calls these helpers, so the
 * list of services (and therefore of OAuth scopes) stays short and visible: Spreadsheet (current document only),
 * container UI, HTML, Properties (document), Lock (document), Session (locale, anonymous user key), Utilities (dates).
 */
import { langFromLocale, type Lang } from '../../shared/i18n/localized.ts';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Cell = string | number | boolean;

export const activeSpreadsheet = (): Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();

/**
 * UI language: the user's locale; when that is empty (it can be, before the add-on is authorised), the
 * spreadsheet's locale; when that cannot be read either (AuthMode.NONE allows no spreadsheet calls), Chinese —
 * the language of the teachers Huzhu is for — never English by accident.
 */
export const userLang = (): Lang => {
  const locale = (read: () => string): string => {
    try {
      return read() ?? '';
    } catch {
      return '';
    }
  };
  const user = locale(() => Session.getActiveUserLocale());
  if (user) return langFromLocale(user);
  const sheet = locale(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  return sheet ? langFromLocale(sheet) : 'zh';
};

/**
 * Who is writing, without asking who they are: Session.getTemporaryActiveUserKey() is unique to the active user
 * and this script, reveals no identity and needs no scope (it rotates every 30 days, far longer than "undo my
 * last entry" looks back). Session.getActiveUser().getEmail() would need the userinfo.email scope, which the
 * add-on does not ask for. https://developers.google.com/apps-script/reference/base/session
 */
export const userKey = (): string => {
  try {
    return Session.getTemporaryActiveUserKey() ?? '';
  } catch {
    return '';
  }
};

/** The scopes the manifest asks for (appsscript.json), each with what it lets the add-on do, in a teacher's words. */
export const SCOPES = [
  {
    url: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
    what: { zh: '查看和编辑您当前打开的这张表格', en: 'see and edit the spreadsheet you have open' },
  },
  {
    url: 'https://www.googleapis.com/auth/script.container.ui',
    what: { zh: '在表格里显示侧边栏和对话框', en: 'show its sidebar and dialogs in the spreadsheet' },
  },
] as const;

/**
 * The manifest's scopes this user has not granted. With granular consent a user may untick some; the documented
 * check is ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes).getAuthorizedScopes()
 * (https://developers.google.com/apps-script/reference/script/authorization-info). The typings predate it.
 */
export const missingScopes = (): (typeof SCOPES)[number][] => {
  const app = ScriptApp as unknown as {
    AuthMode: { FULL: unknown };
    getAuthorizationInfo(mode: unknown, scopes: string[]): { getAuthorizedScopes(): string[] | null };
  };
  const granted =
    app
      .getAuthorizationInfo(
        app.AuthMode.FULL,
        SCOPES.map((s) => s.url),
      )
      .getAuthorizedScopes() ?? [];
  return SCOPES.filter((s) => !granted.includes(s.url));
};

/** Spreadsheet time zone (periods such as "this week" follow the school's clock, not the server's). */
export const timeZone = (ss: Spreadsheet): string => {
  try {
    return ss.getSpreadsheetTimeZone() || 'Asia/Shanghai';
  } catch {
    return 'Asia/Shanghai';
  }
};

/** "2026-11-23 21:05" in the spreadsheet's zone (what the teacher's clock said). */
export const localTime = (d: Date, zone: string): string => Utilities.formatDate(d, zone, 'yyyy-MM-dd HH:mm');

export const documentProperties = (): GoogleAppsScript.Properties.Properties =>
  PropertiesService.getDocumentProperties();

/**
 * The lock every write to the document takes. LockService.getDocumentLock() is documented to return null when
 * called outside the context of a containing document (a standalone script or web app); an Editor add-on runs in
 * the open document's context, but should it ever get null, the script lock stands in: it serialises the
 * add-on's writes everywhere instead of per document — slower under load, never unsafe. A write is never made
 * without a lock. https://developers.google.com/apps-script/reference/lock/lock-service
 */
export const writeLock = (): GoogleAppsScript.Lock.Lock => {
  // The reference documents Lock|null; @types/google-apps-script 2.0.13 still says Lock.
  const documentLock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  return documentLock ?? LockService.getScriptLock();
};
