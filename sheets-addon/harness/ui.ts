/**
 * Ui (menus, alerts, prompts, sidebars, dialogs) and HtmlService. Nothing is drawn: everything a script shows is
 * recorded on a UiRecorder so tests and the playground can read it (menu items, the sidebar's HTML, alerts).
 */
/// <reference types="google-apps-script" />
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceError, wrap, type Env } from './env.ts';

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GHtmlService = GoogleAppsScript.HTML.HtmlService;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  /** null for the add-on menu (Sheets shows it under Extensions › the add-on's name). */
  caption: string | null;
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  /** What the stand-in answered (button name, and text for a prompt). */
  answer: { button: string; text?: string };
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

/** What one simulated user has seen. Queue answers for alert()/prompt() with `answer()`; default is the first button. */
export class UiRecorder {
  readonly menus: MenuRecord[] = [];
  readonly shown: ShownHtml[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  private readonly answers: { button: string; text?: string }[] = [];

  /** The sidebar or dialog open now (Sheets shows one at a time), or null. */
  get open(): ShownHtml | null {
    return this.shown.at(-1) ?? null;
  }

  /** The last sidebar shown, or null. */
  get sidebar(): ShownHtml | null {
    return [...this.shown].reverse().find((s) => s.kind === 'sidebar') ?? null;
  }

  /** The last modal or modeless dialog shown, or null. */
  get dialog(): ShownHtml | null {
    return [...this.shown].reverse().find((s) => s.kind !== 'sidebar') ?? null;
  }

  /** Every clickable menu item, flattened, with its path of captions. */
  menuItems(): { path: string[]; caption: string; functionName: string }[] {
    const out: { path: string[]; caption: string; functionName: string }[] = [];
    const walk = (menu: MenuRecord, path: string[]): void => {
      for (const e of menu.items) {
        if (e.kind === 'item') out.push({ path, caption: e.caption, functionName: e.functionName });
        else if (e.kind === 'submenu') walk(e.menu, [...path, e.menu.caption ?? '']);
      }
    };
    for (const m of this.menus) walk(m, [m.caption ?? 'Add-on']);
    return out;
  }

  /** Queue the user's answer to the next alert() or prompt(). */
  answer(button: keyof typeof Button, text?: string): void {
    this.answers.push(text === undefined ? { button } : { button, text });
  }

  nextAnswer(buttons: string, prompt: boolean): { button: string; text?: string } {
    const queued = this.answers.shift();
    if (queued) return queued;
    const first = buttons.startsWith('YES') ? Button.YES : Button.OK;
    return prompt ? { button: first, text: '' } : { button: first };
  }

  /** The user closed the sidebar/dialog. */
  close(): void {
    this.shown.length = 0;
  }
}

class StandInMenu implements GMenu {
  constructor(
    private readonly env: Env,
    readonly record: MenuRecord,
  ) {}
  private self(): GMenu {
    return this as unknown as GMenu;
  }
  addItem(caption: string, functionName: string): GMenu {
    if (typeof functionName !== 'string' || functionName === '')
      throw serviceError(this.env, 'Invalid argument: functionName');
    this.record.items.push({ kind: 'item', caption: String(caption), functionName });
    return this.self();
  }
  addSeparator(): GMenu {
    this.record.items.push({ kind: 'separator' });
    return this.self();
  }
  addSubMenu(menu: GMenu): GMenu {
    const rec = (menu as unknown as { record?: MenuRecord }).record;
    if (!rec) throw serviceError(this.env, 'Invalid argument: menu');
    this.record.items.push({ kind: 'submenu', menu: rec });
    return this.self();
  }
  addToUi(): void {
    const menus = this.env.ui.menus;
    // A fresh onOpen replaces the menu it built before (the page was reloaded).
    const i = menus.findIndex((m) => m.addon === this.record.addon && m.caption === this.record.caption);
    const copy = structuredClone(this.record);
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}

const htmlOf = (env: Env, out: unknown): GHtmlOutput => {
  if (!(out instanceof StandInHtmlOutput) && typeof (out as { getContent?: unknown })?.getContent !== 'function') {
    throw serviceError(env, "The parameters don't match the method signature: expected an HtmlOutput.");
  }
  return out as GHtmlOutput;
};

const buttonsName = (b: unknown): string => String(b ?? ButtonSet.OK);

class StandInUi
  implements
    Pick<
      GUi,
      | 'alert'
      | 'createAddonMenu'
      | 'createMenu'
      | 'prompt'
      | 'showModalDialog'
      | 'showModelessDialog'
      | 'showSidebar'
      | 'Button'
      | 'ButtonSet'
    >
{
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(private readonly env: Env) {}

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] = c === undefined ? ['', a, buttonsName(b)] : [a, String(b), buttonsName(c)];
    const answer = this.env.ui.nextAnswer(buttons, false);
    this.env.ui.alerts.push({ kind: 'alert', title, prompt: String(prompt), buttons, answer });
    return answer.button as unknown as GoogleAppsScript.Base.Button;
  }
  createAddonMenu(): GMenu {
    return wrap<GMenu>(this.env, 'Menu', new StandInMenu(this.env, { caption: null, addon: true, items: [] }));
  }
  createMenu(caption: string): GMenu {
    return wrap<GMenu>(
      this.env,
      'Menu',
      new StandInMenu(this.env, { caption: String(caption), addon: false, items: [] }),
    );
  }
  prompt(prompt: string): GoogleAppsScript.Base.PromptResponse;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] =
      c === undefined ? ['', a, buttonsName(b ?? ButtonSet.OK)] : [a, String(b), buttonsName(c)];
    const answer = this.env.ui.nextAnswer(buttons, true);
    this.env.ui.alerts.push({ kind: 'prompt', title, prompt: String(prompt), buttons, answer });
    const response: GoogleAppsScript.Base.PromptResponse = {
      getResponseText: () => answer.text ?? '',
      getSelectedButton: () => answer.button as unknown as GoogleAppsScript.Base.Button,
    };
    return wrap(this.env, 'PromptResponse', response);
  }
  showModalDialog(userInterface: GHtmlOutput, title: string): void {
    const out = htmlOf(this.env, userInterface);
    this.env.ui.shown.push({
      kind: 'modal',
      title: String(title),
      html: out.getContent(),
      width: out.getWidth(),
      height: out.getHeight(),
    });
  }
  showModelessDialog(userInterface: GHtmlOutput, title: string): void {
    const out = htmlOf(this.env, userInterface);
    this.env.ui.shown.push({
      kind: 'modeless',
      title: String(title),
      html: out.getContent(),
      width: out.getWidth(),
      height: out.getHeight(),
    });
  }
  showSidebar(userInterface: GHtmlOutput): void {
    const out = htmlOf(this.env, userInterface);
    // Sheets fixes the sidebar at 300 px whatever setWidth asked for.
    this.env.ui.shown.push({
      kind: 'sidebar',
      title: out.getTitle(),
      html: out.getContent(),
      width: 300,
      height: out.getHeight(),
    });
  }
}

export const uiFor = (env: Env): GUi => wrap<GUi>(env, 'Ui', new StandInUi(env));

export class StandInHtmlOutput
  implements
    Pick<
      GHtmlOutput,
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getContent'
      | 'getHeight'
      | 'getTitle'
      | 'getWidth'
      | 'setContent'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setTitle'
      | 'setWidth'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'setFaviconUrl'
    >
{
  title = '';
  width = 600;
  height = 400;
  readonly meta: { name: string; content: string }[] = [];
  xFrameOptionsMode: string | null = null;
  constructor(public content: string) {}
  private self(): GHtmlOutput {
    return this as unknown as GHtmlOutput;
  }
  addMetaTag(name: string, content: string): GHtmlOutput {
    this.meta.push({ name, content });
    return this.self();
  }
  append(addedContent: string): GHtmlOutput {
    this.content += addedContent;
    return this.self();
  }
  appendUntrusted(addedContent: string): GHtmlOutput {
    this.content += addedContent.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this.self();
  }
  clear(): GHtmlOutput {
    this.content = '';
    return this.self();
  }
  getContent(): string {
    return this.content;
  }
  getHeight(): number {
    return this.height;
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width;
  }
  setContent(content: string): GHtmlOutput {
    this.content = content;
    return this.self();
  }
  setFaviconUrl(): GHtmlOutput {
    return this.self();
  }
  setHeight(height: number): GHtmlOutput {
    this.height = height;
    return this.self();
  }
  setSandboxMode(): GHtmlOutput {
    return this.self();
  }
  setTitle(title: string): GHtmlOutput {
    this.title = String(title);
    return this.self();
  }
  setWidth(width: number): GHtmlOutput {
    this.width = width;
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }
}

/** Where createHtmlOutputFromFile looks: a map of file name → HTML, then `<dir>/<name>.html`. */
export interface HtmlFiles {
  files?: Record<string, string>;
  dir?: string;
}

export const readHtmlFile = (source: HtmlFiles, name: string): string | null => {
  const bare = name.replace(/\.html$/, '');
  const fromMap = source.files?.[bare] ?? source.files?.[`${bare}.html`];
  if (fromMap !== undefined) return fromMap;
  if (source.dir) {
    const path = join(source.dir, `${bare}.html`);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return null;
};

export const htmlServiceFor = (env: Env, source: HtmlFiles): GHtmlService => {
  const svc: Pick<GHtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'XFrameOptionsMode' | 'SandboxMode'> =
    {
      XFrameOptionsMode: Object.freeze({
        ALLOWALL: 'ALLOWALL',
        DEFAULT: 'DEFAULT',
      }) as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode,
      SandboxMode: Object.freeze({
        EMULATED: 'EMULATED',
        IFRAME: 'IFRAME',
        NATIVE: 'NATIVE',
      }) as unknown as typeof GoogleAppsScript.HTML.SandboxMode,
      createHtmlOutput: (html?: unknown) =>
        wrap<GHtmlOutput>(env, 'HtmlOutput', new StandInHtmlOutput(html === undefined ? '' : String(html))),
      createHtmlOutputFromFile: (filename: string) => {
        const html = readHtmlFile(source, String(filename));
        if (html === null) throw serviceError(env, `No HTML file named ${filename} was found.`);
        return wrap<GHtmlOutput>(env, 'HtmlOutput', new StandInHtmlOutput(html));
      },
    };
  return wrap<GHtmlService>(env, 'HtmlService', svc);
};
