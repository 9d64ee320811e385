/**
 * One simulated user's view of Apps Script: the service globals a bundle sees, bound to a (possibly shared)
 * Workbook, plus what that user's UI has shown.
 */
/// <reference types="google-apps-script" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostRealm, type AuthModeName, type Env, type Realm } from './env.ts';
import {
  lockServiceFor,
  loggerFor,
  propertiesServiceFor,
  scriptAppFor,
  sessionFor,
  type StandInScriptApp,
  utilitiesFor,
} from './services.ts';
import { ChartType, Position, spreadsheetAppFor } from './spreadsheet.ts';
import { htmlServiceFor, UiRecorder, uiFor } from './ui.ts';
import { Workbook, type WorkbookOptions } from './workbook.ts';

export interface StandInOptions {
  /** Email of the simulated user (Session.getActiveUser().getEmail()). */
  user?: string;
  /** The user's locale (Session.getActiveUserLocale()), e.g. "zh-CN" or "en". */
  locale?: string;
  /** Time zone of a new workbook (ignored when `workbook` is given). */
  timeZone?: string;
  /** Share this spreadsheet with other stand-ins (simulated concurrent users). */
  workbook?: Workbook;
  /** Options for a new workbook: its sheets, name, spreadsheet locale. */
  workbookOptions?: WorkbookOptions;
  /** HTML files for HtmlService.createHtmlOutputFromFile, by name (without .html). */
  files?: Record<string, string>;
  /** Directory searched for `<name>.html` after `files` (default: sheets-addon/dist). */
  htmlDir?: string;
  /** Scopes the user granted (default: the manifest's oauthScopes, all granted). */
  grantedScopes?: readonly string[];
  /** Make LockService.getDocumentLock() return null (documented outside a containing document). */
  noDocumentLock?: boolean;
}

/** The scopes sheets-addon/appsscript.json asks for. */
export const MANIFEST_SCOPES: readonly string[] = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../appsscript.json', import.meta.url)), 'utf8')) as {
    oauthScopes: string[];
  }
).oauthScopes;

/** The globals Apps Script gives a script, as the stand-in provides them. */
export interface StandInGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: StandInScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: { ChartType: typeof ChartType; Position: typeof Position };
}

/** A user locale ("zh-CN", "en") as a spreadsheet locale ("zh_CN", "en_US"). */
const spreadsheetLocale = (locale: string | undefined): string | undefined => {
  if (!locale) return undefined;
  const tag = locale.replace('-', '_');
  return tag.includes('_') ? tag : (({ zh: 'zh_CN', en: 'en_US' } as Record<string, string>)[tag] ?? tag);
};

export const DEFAULT_HTML_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export class StandIn {
  readonly workbook: Workbook;
  readonly ui = new UiRecorder();
  readonly logs: string[] = [];
  readonly globals: StandInGlobals;
  private readonly env: Env;

  constructor(private readonly opts: StandInOptions = {}) {
    this.workbook =
      opts.workbook ??
      new Workbook({ timeZone: opts.timeZone, locale: spreadsheetLocale(opts.locale), ...opts.workbookOptions });
    this.env = {
      workbook: this.workbook,
      user: opts.user ?? 'teacher@example.com',
      userLocale: opts.locale ?? 'zh-CN',
      realm: hostRealm,
      ui: this.ui,
      owner: {},
      activeSheetId: this.workbook.sheets[0]?.id ?? 0,
      authMode: 'FULL',
      grantedScopes: new Set(opts.grantedScopes ?? MANIFEST_SCOPES),
      noDocumentLock: opts.noDocumentLock ?? false,
      beforeCall: null,
    };
    const env = this.env;
    this.globals = {
      SpreadsheetApp: spreadsheetAppFor(env, () => uiFor(env)),
      HtmlService: htmlServiceFor(env, { files: opts.files, dir: opts.htmlDir ?? DEFAULT_HTML_DIR }),
      PropertiesService: propertiesServiceFor(env),
      LockService: lockServiceFor(env),
      Session: sessionFor(env),
      Utilities: utilitiesFor(env),
      ScriptApp: scriptAppFor(env, MANIFEST_SCOPES),
      Logger: loggerFor(env, this.logs),
      Charts: { ChartType, Position },
    };
  }

  get user(): string {
    return this.env.user;
  }

  get SpreadsheetApp(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
    return this.globals.SpreadsheetApp;
  }
  get LockService(): GoogleAppsScript.Lock.LockService {
    return this.globals.LockService;
  }
  get PropertiesService(): GoogleAppsScript.Properties.PropertiesService {
    return this.globals.PropertiesService;
  }

  /** Name of the sheet this user has open. */
  get activeSheetName(): string {
    return this.workbook.sheetById(this.env.activeSheetId)?.name ?? this.workbook.sheets[0]?.name ?? '';
  }

  /** Make `name` the sheet this user has open (as clicking its tab would). */
  openSheet(name: string): void {
    this.env.activeSheetId = this.workbook.sheet(name).id;
  }

  /** Another user of the same spreadsheet (same workbook, properties and locks; own UI and user properties). */
  forUser(user: string, opts: Omit<StandInOptions, 'workbook' | 'user'> = {}): StandIn {
    return new StandIn({ ...this.opts, ...opts, user, workbook: this.workbook });
  }

  /** AuthMode of what runs now (FULL unless set; runAs sets it for one call). */
  get authMode(): AuthModeName {
    return this.env.authMode;
  }
  set authMode(mode: AuthModeName) {
    this.env.authMode = mode;
  }

  /**
   * Run one execution in `mode`, as Apps Script runs a simple trigger: e.g.
   * `standIn.runAs('NONE', () => ctx.onOpen({ authMode: 'NONE' }))`. Restores the mode and ends the execution.
   */
  runAs<T>(mode: AuthModeName, fn: () => T): T {
    const before = this.env.authMode;
    this.env.authMode = mode;
    try {
      return fn();
    } finally {
      this.env.authMode = before;
      this.endExecution();
    }
  }

  /**
   * What Apps Script answers every google.script.run call with instead of running it, or null. Signed into
   * several Google accounts, a user's calls fail with "We're sorry, a server error occurred while reading from
   * storage. Error code PERMISSION_DENIED." (a known limitation:
   * https://developers.google.com/apps-script/guides/support/troubleshooting#issues-multiple).
   */
  platformRefusal: string | null = null;

  /** Simulate the user signing into (or out of) a second Google account in the same browser. */
  signedIntoSeveralAccounts(on: boolean): void {
    this.platformRefusal = on
      ? "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED."
      : null;
  }

  /**
   * Make another execution run in the middle of this user's next one: just before this user's script makes its
   * `atCall`-th service call (counting from 1), `other` runs to its end (another user's google.script.run call, say),
   * then this one carries on. Real Apps Script runs executions in parallel; this is how a test puts one inside
   * the gap between two calls of another — e.g. between choosing a free sheet name and inserting the sheet.
   * Returns the service calls this execution had made when `other` ran (null if it never got that far).
   */
  interleave(atCall: number, other: () => unknown): { ranAt: string | null } {
    const seen = { ranAt: null as string | null };
    let n = 0;
    this.env.beforeCall = (key) => {
      n++;
      if (n !== atCall) return;
      this.env.beforeCall = null;
      seen.ranAt = key;
      other();
    };
    return seen;
  }

  /** Stop interleaving (the next execution runs alone). */
  stopInterleaving(): void {
    this.env.beforeCall = null;
  }

  /** The current execution ended: Apps Script releases the locks it still held. Next calls are a new execution. */
  endExecution(): void {
    const { locks } = this.workbook;
    for (const state of [locks.document, locks.script, ...locks.user.values()]) {
      if (state.holder === this.env.owner) state.holder = null;
    }
    this.env.owner = {};
  }

  /** Values handed to a script are made in its realm (so `instanceof Date` / `Array` hold inside a vm bundle). */
  bindRealm(realm: Realm): void {
    this.env.realm = realm;
  }
}

export const createStandIn = (opts?: StandInOptions): StandIn => new StandIn(opts);
