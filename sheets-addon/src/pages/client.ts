/**
 * What every add-on page shares (bundled into each page by build.ts): google.script.run as a typed Promise, the
 * page's two languages, and small DOM helpers. No framework, no network but google.script.run.
 * All text from the server or the sheet is put into the page with textContent, never parsed as HTML.
 */
import type { Lang } from '../../../shared/i18n/localized.ts';
import { adviceFor, classifyFailure, type FailureKind, retryable } from './failures.ts';

/**
 * The server as the pages see it: every export of src/main.ts (what build.ts turns into top-level functions).
 * A type only — nothing of the server is bundled into a page — so a renamed or re-typed entry point fails the
 * pages' type-check (tsc -p sheets-addon/src/pages).
 */
export type ServerApi = typeof import('../main.ts');
export type ServerFunction = keyof ServerApi;

/**
 * google.script.run itself failed: no connection (worth retrying), or Apps Script refused the call — several
 * Google accounts signed in, a permission not granted — which retrying cannot fix. `message` says what to do.
 */
export interface TransportFailure {
  ok: false;
  transport: true;
  kind: FailureKind;
  retryable: boolean;
  message: string;
}

/** What `run(name, …)` resolves to: the server function's own result, or a transport failure. */
export type Reply<K extends ServerFunction> = ReturnType<ServerApi[K]> | TransportFailure;

/** The successful shape of a server function's result. */
export type Success<K extends ServerFunction> = Extract<ReturnType<ServerApi[K]>, { ok: true }>;

type EntryPoints = { [K in ServerFunction]: (...args: Parameters<ServerApi[K]>) => void };

/** The part of Apps Script's client API (google.script) the pages use. */
interface ScriptRunner extends EntryPoints {
  /** The handler gets what the server function returned, as google.script.run copies it (plain data). */
  withSuccessHandler<T>(handler: (value: T) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error | string) => void): ScriptRunner;
}
declare const google: { script: { run: ScriptRunner; host: { close(): void } } };

/** Call a server function (google.script.run) as a Promise; a transport failure resolves to a TransportFailure. */
export function run<K extends ServerFunction>(name: K, ...args: Parameters<ServerApi[K]>): Promise<Reply<K>> {
  return new Promise((resolve) => {
    const runner = google.script.run
      .withSuccessHandler((value: ReturnType<ServerApi[K]>) => {
        resolve(value);
      })
      .withFailureHandler((e) => {
        const raw = (typeof e === 'object' && e?.message) || String(e);
        const kind = classifyFailure(raw);
        resolve({ ok: false, transport: true, kind, retryable: retryable(kind), message: adviceFor(kind, lang) });
      });
    const entry: EntryPoints[K] = runner[name];
    entry.apply(runner, args);
  });
}

/** Close the dialog (google.script.host). */
export const closeDialog = (): void => {
  google.script.host.close();
};

/** A page's texts: the same keys in both languages (the Chinese ones define the keys). */
export interface Strings<K extends string> {
  zh: Record<K, string>;
  en: NoInfer<Record<K, string>>;
}

export type TextArg = string | number;
export type Translate<K extends string> = (key: K, ...args: TextArg[]) => string;

let strings: Strings<string> = { zh: {}, en: {} };
let lang: Lang = /^zh/i.test(navigator.language || '') ? 'zh' : 'en';
/** Where `background` shows a failure nobody else reported. */
let errorBox = 'result';

/** The page's language: the browser's until the server has said what the user's is. */
export const currentLang = (): Lang => lang;

/** A text in the current language ({0}, {1}… replaced by args); the English one, or the key, if it is missing. */
const text = (key: string, args: readonly TextArg[]): string => {
  const s = strings[lang][key] ?? strings.en[key];
  if (s === undefined) return key;
  return s.replace(/\{(\d)\}/g, (_m, i: string) => String(args[Number(i)]));
};

/** Register the page's texts; returns `t`, which only accepts the page's own keys. */
export function pageStrings<K extends string>(dict: Strings<K>): Translate<K> {
  strings = dict;
  return (key, ...args) => text(key, args);
}

/** Fill every [data-i18n] element's text (and [data-i18n-placeholder] / [data-i18n-title]) in the current language. */
export function translate(root: ParentNode = document): void {
  root.querySelectorAll('[data-i18n]').forEach((node) => {
    node.textContent = text(node.getAttribute('data-i18n') ?? '', []);
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((node) => {
    node.setAttribute('placeholder', text(node.getAttribute('data-i18n-placeholder') ?? '', []));
  });
  root.querySelectorAll('[data-i18n-title]').forEach((node) => {
    node.setAttribute('title', text(node.getAttribute('data-i18n-title') ?? '', []));
  });
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

type AttrValue = string | number | boolean | null | undefined;
/** Attributes (`text` sets textContent; `on…` with a function adds a listener; false/null/undefined are left out). */
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;
export type Child = Node | string | number | null | undefined | false;

/** Element builder: attrs set as attributes (or .on* handlers), children as nodes or text (textContent). */
export function el<T extends keyof HTMLElementTagNameMap>(
  tag: T,
  attrs: Attrs = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[T] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === 'function') {
      if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), v);
    } else if (k === 'text') node.textContent = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** The page's own element with this id, checked to be of the expected kind (a missing one is a bug in the page). */
export function byId(id: string): HTMLElement;
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T;
export function byId(id: string, kind: new () => HTMLElement = HTMLElement): HTMLElement {
  const node = document.getElementById(id);
  if (!(node instanceof kind)) throw new Error(`The page has no ${kind.name} #${id}`);
  return node;
}

export type MessageKind = 'info' | 'ok' | 'error' | 'busy' | '';

/** Show a message (kind: info | ok | error | busy) in the element with this id; details as a list. No text hides it. */
export function say(id: string, kind: MessageKind, message: string, details?: readonly string[]): void {
  const box = document.getElementById(id);
  if (!box) return;
  box.textContent = '';
  box.className = `msg ${kind || 'info'}`;
  box.hidden = !message;
  if (!message) return;
  box.appendChild(el('div', { text: message }));
  if (details?.length)
    box.appendChild(
      el(
        'ul',
        {},
        details.map((d) => el('li', { text: d })),
      ),
    );
}

/** Let a task run on its own; should it fail (a bug, not a server reply), say so on the page rather than nowhere. */
export function background(task: Promise<unknown>): void {
  task.catch((e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    if (document.getElementById(errorBox)) say(errorBox, 'error', message);
    else console.error(message);
  });
}

export interface StartOptions {
  /** Called once the page speaks the user's language. */
  ready?: () => unknown;
  /** The id of the message box for unexpected failures (default "result"). */
  errors?: string;
}

/** Ask the server for the user's language (Session locale), then translate the page and call `ready`. */
export function start(opts: StartOptions = {}): void {
  if (opts.errors) errorBox = opts.errors;
  translate();
  background(
    run('uiContext').then(async (ctx) => {
      if (ctx.ok && (ctx.lang === 'zh' || ctx.lang === 'en')) lang = ctx.lang;
      translate();
      await opts.ready?.();
    }),
  );
}
