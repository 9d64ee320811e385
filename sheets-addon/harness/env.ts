/**
 * What every stand-in service object shares within one simulated user's execution: the workbook, the user, the
 * JavaScript realm the script runs in (a bundle in node `vm` has its own Date/Error/Array, and `instanceof`
 * checks in the script must keep working), and the wrapper that reports unsupported methods by name.
 */
import type { Workbook } from './workbook.ts';
import type { UiRecorder } from './ui.ts';

export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  array<T>(items: readonly T[]): T[];
  object<T extends object>(o: T): T;
}

export const hostRealm: Realm = {
  Date,
  Error,
  array: (items) => Array.from(items),
  object: (o) => o,
};

export interface Env {
  readonly workbook: Workbook;
  readonly user: string;
  readonly userLocale: string;
  realm: Realm;
  readonly ui: UiRecorder;
  /** Identity of this execution for locks (a lock is held by one execution). */
  owner: object;
  /** Id of the sheet this user has active. */
  activeSheetId: number;
  /** ScriptApp.AuthMode of the running trigger; NONE refuses document data (see RESTRICTED_IN_NONE). */
  authMode: AuthModeName;
  /** OAuth scopes this user granted the script (with granular consent, possibly fewer than the manifest asks). */
  grantedScopes: ReadonlySet<string>;
  /** LockService.getDocumentLock() returns null, as documented outside a containing document. */
  noDocumentLock: boolean;
  /**
   * Called before each service call this user's script makes (see StandIn.interleave): lets another user's
   * execution run between two calls of this one, as real executions run in parallel.
   */
  beforeCall: ((key: string) => void) | null;
}

const SCOPE = {
  email: 'https://www.googleapis.com/auth/userinfo.email',
  sheets: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/spreadsheets'],
  ui: 'https://www.googleapis.com/auth/script.container.ui',
};

/**
 * The scope a call needs, from each method's "Authorization" section in the Apps Script reference: the user's
 * identity needs userinfo.email (https://developers.google.com/apps-script/reference/base/session); the open
 * spreadsheet needs spreadsheets.currentonly (or spreadsheets); dialogs and sidebars need script.container.ui.
 * Properties, Lock, Utilities, the locale and the temporary user key need none. A call whose scope the user did
 * not grant throws, as Apps Script does.
 */
const scopeNeeded = (label: string, prop: string): readonly string[] | null => {
  if (label === 'Session' && (prop === 'getActiveUser' || prop === 'getEffectiveUser' || prop === 'getUser'))
    return [SCOPE.email];
  if (label === 'SpreadsheetApp' && prop !== 'getUi' && /^[a-z]/.test(prop)) return SCOPE.sheets;
  if (label === 'Ui' && /^show/.test(prop)) return [SCOPE.ui];
  return null;
};

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/**
 * What a script may not touch in AuthMode.NONE (an add-on's onOpen before the user has authorised it in this
 * document): the spreadsheet's contents, properties and the user's identity. Building the menu is allowed.
 */
const RESTRICTED_IN_NONE: Record<string, (prop: string) => boolean> = {
  SpreadsheetApp: (p) => p !== 'getUi' && p !== 'flush' && !/^[A-Z]/.test(p),
  PropertiesService: () => true,
  LockService: () => true,
  Session: (p) => p === 'getActiveUser' || p === 'getEffectiveUser',
};

/** An Apps Script service error: `name` "Exception", so String(e) reads "Exception: …" like on Google's side. */
export const serviceError = (env: Env, message: string): Error => {
  const e = new env.realm.Error(message);
  e.name = 'Exception';
  return e;
};

/** Names that tools (vitest, util.inspect, Promise resolution) probe on any object; never treat as API calls. */
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
  'toString',
  'valueOf',
  'length',
  'splice',
  'prototype',
]);

/** Helpers the stand-in's own methods call through `this` (the Proxy); not API calls, so not counted. */
const INTERNAL = new Set([
  'self',
  'each',
  'grid',
  'style',
  'styles',
  'styleGrid',
  'checkShape',
  'checkLength',
  'live',
  'as',
  'check',
  'checkTimeout',
]);

/**
 * Wrap a stand-in object for scripts: every method call is counted in workbook.stats, and calling an Apps Script
 * method the stand-in does not implement throws "Stand-in: Range.setNote() is not implemented" instead of
 * "undefined is not a function".
 */
export const wrap = <T>(env: Env, label: string, target: object): T =>
  new Proxy(target, {
    get(t, prop, receiver) {
      const needs = typeof prop === 'string' && env.authMode !== 'NONE' ? scopeNeeded(label, prop) : null;
      if (needs && !needs.some((s) => env.grantedScopes.has(s))) {
        return () => {
          throw serviceError(
            env,
            `You do not have permission to call ${label}.${String(prop)}. Required permissions: ${needs[0]}`,
          );
        };
      }
      if (env.authMode === 'NONE' && typeof prop === 'string' && RESTRICTED_IN_NONE[label]?.(prop)) {
        return () => {
          throw serviceError(
            env,
            `You do not have permission to call ${label}.${prop} in AuthMode.NONE (an add-on's onOpen before it is authorised in this document may only build its menu).`,
          );
        };
      }
      if (prop in t) {
        const v: unknown = Reflect.get(t, prop, receiver);
        if (typeof v === 'function' && typeof prop === 'string' && !INTERNAL.has(prop)) {
          const key = `${label}.${prop}`;
          const calls = env.workbook.stats.calls;
          calls[key] = (calls[key] ?? 0) + 1;
          const hook = env.beforeCall;
          if (hook) {
            const fn = v as (...args: unknown[]) => unknown;
            return function (this: unknown, ...args: unknown[]) {
              hook(key);
              return fn.apply(this, args);
            };
          }
        }
        return v;
      }
      if (typeof prop === 'string' && /^[a-z][A-Za-z0-9]*$/.test(prop) && !PROBES.has(prop)) {
        return () => {
          throw serviceError(env, `Stand-in: ${label}.${prop}() is not implemented (sheets-addon/harness)`);
        };
      }
      return undefined;
    },
  }) as T;
