/**
 * PropertiesService, LockService, Session, Utilities, ScriptApp and Logger over a shared Workbook.
 * Locks live on the Workbook, so stand-ins for different users of one spreadsheet contend for them. Everything
 * runs synchronously in one thread here, so a lock held by another simulated execution is never released while
 * waiting: tryLock returns false and waitLock throws at once, as they would after their timeout on Google's side.
 */
/// <reference types="google-apps-script" />
import { createHash, randomUUID } from 'node:crypto';
import { serviceError, wrap, type Env } from './env.ts';
import { formatJavaDate } from './time.ts';
import { isDate } from './values.ts';
import type { LockState } from './workbook.ts';

type GProperties = GoogleAppsScript.Properties.Properties;
type GLock = GoogleAppsScript.Lock.Lock;

/** Apps Script refuses a property value over 9 KB and a store over 500 KB. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

class StandInProperties implements GProperties {
  constructor(
    private readonly env: Env,
    private readonly store: Map<string, string>,
  ) {}
  private self(): GProperties {
    return this as unknown as GProperties;
  }
  private check(key: string, value: string): void {
    if (Buffer.byteLength(key) + Buffer.byteLength(value) > MAX_VALUE_BYTES)
      throw serviceError(this.env, 'Argument too large: value');
    let total = 0;
    for (const [k, v] of this.store) if (k !== key) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total + Buffer.byteLength(key) + Buffer.byteLength(value) > MAX_STORE_BYTES) {
      throw serviceError(
        this.env,
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }
  deleteAllProperties(): GProperties {
    this.store.clear();
    return this.self();
  }
  deleteProperty(key: string): GProperties {
    this.store.delete(String(key));
    return this.self();
  }
  getKeys(): string[] {
    return this.env.realm.array([...this.store.keys()]);
  }
  getProperties(): { [key: string]: string } {
    return this.env.realm.object(Object.fromEntries(this.store));
  }
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GProperties {
    const entries = Object.entries(properties).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of entries) this.check(k, v);
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of entries) this.store.set(k, v);
    return this.self();
  }
  setProperty(key: string, value: string): GProperties {
    const v = String(value);
    this.check(String(key), v);
    this.store.set(String(key), v);
    return this.self();
  }
}

export const propertiesServiceFor = (env: Env): GoogleAppsScript.Properties.PropertiesService =>
  wrap(env, 'PropertiesService', {
    getDocumentProperties: () =>
      wrap<GProperties>(env, 'Properties', new StandInProperties(env, env.workbook.documentProperties)),
    getScriptProperties: () =>
      wrap<GProperties>(env, 'Properties', new StandInProperties(env, env.workbook.scriptProperties)),
    getUserProperties: () =>
      wrap<GProperties>(env, 'Properties', new StandInProperties(env, env.workbook.userStore(env.user))),
  } satisfies GoogleAppsScript.Properties.PropertiesService);

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

class StandInLock implements GLock {
  constructor(
    private readonly env: Env,
    private readonly state: LockState,
  ) {}
  private checkTimeout(ms: number): void {
    if (typeof ms !== 'number' || !(ms >= 0)) throw serviceError(this.env, `Invalid argument: timeoutInMillis`);
  }
  hasLock(): boolean {
    return this.state.holder === this.env.owner;
  }
  releaseLock(): void {
    if (this.state.holder === this.env.owner) this.state.holder = null;
  }
  tryLock(timeoutInMillis: number): boolean {
    this.checkTimeout(timeoutInMillis);
    if (this.state.holder !== null && this.state.holder !== this.env.owner) return false;
    this.state.holder = this.env.owner;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw serviceError(this.env, LOCK_TIMEOUT_MESSAGE);
  }
}

export const lockServiceFor = (env: Env): GoogleAppsScript.Lock.LockService =>
  wrap(env, 'LockService', {
    // Documented as Lock|null (null outside a containing document); @types/google-apps-script 2.0.13 says Lock.
    getDocumentLock: (() =>
      env.noDocumentLock
        ? null
        : wrap<GLock>(env, 'Lock', new StandInLock(env, env.workbook.locks.document))) as () => GLock,
    getScriptLock: () => wrap<GLock>(env, 'Lock', new StandInLock(env, env.workbook.locks.script)),
    getUserLock: () => wrap<GLock>(env, 'Lock', new StandInLock(env, env.workbook.userLock(env.user))),
  } satisfies GoogleAppsScript.Lock.LockService);

export const sessionFor = (env: Env): GoogleAppsScript.Base.Session => {
  const user: GoogleAppsScript.Base.User = wrap(env, 'User', {
    getEmail: () => env.user,
    getUserLoginId: () => env.user,
  } satisfies GoogleAppsScript.Base.User);
  return wrap(env, 'Session', {
    getActiveUser: () => user,
    // Empty before the user has authorised the script in this document (onOpen in AuthMode.NONE).
    getActiveUserLocale: () => (env.authMode === 'NONE' ? '' : env.userLocale),
    getEffectiveUser: () => user,
    getScriptTimeZone: () => env.workbook.timeZone,
    // Opaque and stable per user and script (Google's rotates every 30 days); never the email itself.
    getTemporaryActiveUserKey: () => createHash('sha256').update(`huzhu-standin:${env.user}`).digest('base64url'),
    getTimeZone: () => env.workbook.timeZone,
    getUser: () => user,
  } satisfies GoogleAppsScript.Base.Session);
};

export const utilitiesFor = (env: Env): GoogleAppsScript.Utilities.Utilities => {
  const u: Pick<GoogleAppsScript.Utilities.Utilities, 'getUuid' | 'formatDate' | 'sleep'> = {
    getUuid: () => randomUUID(),
    formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, format: string) => {
      if (!isDate(date))
        throw serviceError(env, "The parameters don't match the method signature for Utilities.formatDate.");
      return formatJavaDate(date as unknown as Date, timeZone, format);
    },
    // Nothing else runs meanwhile here, so sleeping would only slow tests down.
    sleep: () => undefined,
  };
  return wrap(env, 'Utilities', u);
};

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});

/**
 * AuthorizationInfo as the reference documents it for granular consent: getAuthorizationInfo(authMode, scopes)
 * checks the listed scopes, getAuthorizedScopes() returns those the user granted.
 * https://developers.google.com/apps-script/reference/script/authorization-info
 */
export interface StandInAuthorizationInfo {
  getAuthorizationStatus(): 'REQUIRED' | 'NOT_REQUIRED';
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[] | null;
}

export type StandInScriptApp = Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode'> & {
  getAuthorizationInfo(authMode: unknown, oAuthScopes?: string[]): StandInAuthorizationInfo;
};

export const scriptAppFor = (env: Env, manifestScopes: readonly string[]): StandInScriptApp =>
  wrap(env, 'ScriptApp', {
    AuthMode: AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode,
    getAuthorizationInfo: (_mode: unknown, oAuthScopes?: string[]): StandInAuthorizationInfo => {
      const asked = oAuthScopes ?? [...manifestScopes];
      const granted = asked.filter((s) => env.grantedScopes.has(s));
      const missing = granted.length < asked.length;
      return wrap(env, 'AuthorizationInfo', {
        getAuthorizationStatus: () => (missing ? 'REQUIRED' : 'NOT_REQUIRED'),
        getAuthorizationUrl: () => (missing ? 'https://script.google.com/macros/d/standin/authorize' : null),
        getAuthorizedScopes: () => env.realm.array(granted),
      });
    },
  });

export const loggerFor = (env: Env, lines: string[]): GoogleAppsScript.Base.Logger => {
  const logger: GoogleAppsScript.Base.Logger = {
    clear: () => {
      lines.length = 0;
    },
    getLog: () => lines.join('\n'),
    log: (data: unknown, ...values: unknown[]) => {
      let i = 0;
      const text =
        typeof data === 'string' && values.length ? data.replace(/%s|%d/g, () => String(values[i++])) : String(data);
      lines.push(text);
      return logger;
    },
  };
  return wrap(env, 'Logger', logger);
};
