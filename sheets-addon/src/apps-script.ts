/// <reference types="google-apps-script" />
/**
 * The Apps Script services the add-on touches, in one place. Everything else in src/ calls these helpers, so the
 * list of services (and therefore of OAuth scopes) stays short and visible: Spreadsheet (current document only),
 * container UI, HTML, Properties (document), Lock (document), Session (locale, email), Utilities (uuid).
 */
import { langFromLocale, type Lang } from '../../shared/i18n/localized.ts';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Cell = string | number | boolean;

export const activeSpreadsheet = (): Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();

/** UI language from the user's locale (works in AuthMode.NONE too). */
export const userLang = (): Lang => {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'zh';
  }
};

/** The signed-in user's email when Apps Script reveals it (often '' for other domains): "who recorded it". */
export const userEmail = (): string => {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
};

export const uuid = (): string => Utilities.getUuid();

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

/** The document lock (null outside a document, e.g. when run from the script editor without a container). */
export const documentLock = (): GoogleAppsScript.Lock.Lock | null => LockService.getDocumentLock();
