/**
 * The toolbar popup: import a page (or pasted text), preview and correct the outline, then send it to the user's
 * spreadsheet or copy/download it. All page text is put into the DOM with textContent only.
 */
import { browser } from 'wxt/browser';
import { langFromLocale } from '../../../shared/i18n/localized.ts';
import type { Lang, Localized } from '../../../shared/i18n/localized.ts';
import { describePlanFields, formatScheduleEntry } from '../../../shared/plan/describe.ts';
import type { ExtractResult, Plan, PlanDocument, RemovedLine } from '../../../shared/plan/types.ts';
import { tablesToCsv } from '../../../shared/plan-tables/csv.ts';
import { PLAN_TABLE_KINDS, planTableSheetName, planToTables, tablesToTsv } from '../../../shared/plan-tables/index.ts';
import type { PlanTableKind } from '../../../shared/plan-tables/index.ts';
import { AuthFailed, NoAuthSetup, dropToken, getToken } from '../../lib/auth.ts';
import { loadConfig } from '../../lib/config.ts';
import { extract } from '../../lib/extract.ts';
import { MSG, fill, reasonText } from '../../lib/messages.ts';
import type { MessageKey } from '../../lib/messages.ts';
import { MAX_LEVEL, dropPart, dropPlan, setHeadingLevel } from '../../lib/outline.ts';
import type { PageText } from '../../lib/page-text.ts';
import { SheetsError, sendPlan, sheetsClient, spreadsheetIdFromUrl } from '../../lib/sheets.ts';
import type { HttpFetch } from '../../lib/sheets.ts';
import { chooseTargetTab } from '../../lib/target-tab.ts';

const lang: Lang = langFromLocale(browser.i18n.getUILanguage());
const t = (k: MessageKey, values: Record<string, string | number> = {}): string =>
  fill((MSG[k] as Localized)[lang], values);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

type Child = Node | string | null | undefined | false;
/** Build an element; strings become text nodes, never HTML. */
const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
};

let doc: PlanDocument | null = null;
let removed: RemovedLine[] = [];

const app = document.getElementById('app')!;
const status = h('p', { id: 'status', role: 'status' });
const preview = h('section', { id: 'preview' });
const output = h('section', { class: 'output', id: 'output', hidden: '' });

const say = (text: string, kind: 'ok' | 'error' | 'info' = 'info'): void => {
  status.textContent = text;
  status.dataset.kind = kind;
};

// ---------- input ----------
const importBtn = h('button', { id: 'import-page', class: 'primary' }, t('importPage'));
const paste = h('textarea', { id: 'paste', placeholder: t('pastePlaceholder') });
const pasteBtn = h('button', { id: 'read-paste' }, t('readPaste'));
const optionsLink = h('a', { href: '#', id: 'open-options' }, t('options'));
optionsLink.addEventListener('click', (e) => {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
});

app.append(
  h('h1', {}, t('title'), optionsLink),
  h('div', { class: 'row' }, importBtn),
  h('label', { for: 'paste' }, t('pasteLabel')),
  paste,
  h('div', { class: 'row' }, pasteBtn),
  preview,
  // Status and the send/copy/download buttons stay in view at the bottom while the outline scrolls.
  h('footer', { class: 'dock' }, status, output),
);

const targetTab = async (): Promise<number | null> => {
  const self = await browser.tabs.getCurrent();
  const tabs = self ? await browser.tabs.query({}) : await browser.tabs.query({ active: true, currentWindow: true });
  return chooseTargetTab(tabs, self?.id);
};

const load = (text: string, note: string): void => {
  if (text.trim() === '') {
    say(t('emptyText'), 'error');
    return;
  }
  let result: ExtractResult;
  try {
    result = extract(text);
  } catch (e) {
    console.error(e);
    say(t('extractFailed'), 'error');
    return;
  }
  doc = result.document;
  removed = result.removed;
  say(
    doc.plans.length > 0 ? `${note} · ${t('plansFound', { n: doc.plans.length })}` : `${note} · ${t('noPlans')}`,
    doc.plans.length > 0 ? 'ok' : 'error',
  );
  render();
};

importBtn.addEventListener('click', async () => {
  say(t('reading'));
  const tabId = await targetTab();
  if (tabId === null) return say(t('noTab'), 'error');
  let page: PageText | undefined;
  try {
    const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-text.js'] });
    page = res?.result as PageText | undefined;
  } catch (e) {
    console.warn(e);
  }
  if (!page) return say(t('cannotRead'), 'error');
  const note =
    page.source === 'selection' ? t('fromSelection') : page.source === 'article' ? t('fromArticle') : t('fromPage');
  load(page.text, note);
});

pasteBtn.addEventListener('click', () => load(paste.value, t('fromPaste')));

// ---------- preview ----------
/** The plan's stated fields, labelled and worded as in the Plan sheet (shared/plan/describe.ts). */
const fieldList = (p: Plan): HTMLElement | null => {
  const fields = describePlanFields(p, lang);
  if (fields.length === 0) return null;
  const dl = h('dl', { class: 'fields' });
  for (const f of fields) dl.append(h('dt', {}, f.label), h('dd', { 'data-field': f.key }, f.value));
  return dl;
};

const levelSelect = (level: number, onChange: (n: number) => void): HTMLSelectElement => {
  const sel = h('select', { 'aria-label': t('level'), class: 'level' });
  for (let n = 1; n <= MAX_LEVEL; n++) sel.append(h('option', { value: String(n) }, String(n)));
  sel.value = String(level);
  sel.addEventListener('change', () => onChange(Number(sel.value)));
  return sel;
};

const render = (): void => {
  preview.replaceChildren();
  if (!doc) return;
  doc.plans.forEach((p, i) => {
    const dropPlanBtn = h('button', { class: 'small drop-plan', title: t('dropPlan') }, t('dropPlan'));
    dropPlanBtn.addEventListener('click', () => {
      doc = dropPlan(doc!, i);
      render();
    });
    const outline = h('ol', { class: 'outline' });
    p.headings.forEach((hd, j) => {
      const drop = h('button', { class: 'small drop-part', title: t('dropPart'), 'aria-label': t('dropPart') }, '✕');
      drop.addEventListener('click', () => {
        doc = dropPart(doc!, i, j);
        render();
      });
      const li = h(
        'li',
        { 'data-level': String(hd.level), style: `padding-left:${(hd.level - 1) * 1.3}em` },
        levelSelect(hd.level, (n) => {
          doc = setHeadingLevel(doc!, i, j, n);
          render();
        }),
        h('span', { class: 'marker' }, hd.marker),
        h('span', { class: 'htext' }, hd.text),
        drop,
      );
      outline.append(li);
    });
    const schedule = p.schedule.length > 0 ? h('ul', { class: 'schedule' }) : null;
    for (const s of p.schedule)
      schedule!.append(h('li', {}, formatScheduleEntry(s, lang)));
    preview.append(
      h(
        'article',
        { class: 'plan', 'data-plan': String(i) },
        h('header', {}, h('h2', {}, p.title || '—'), dropPlanBtn),
        fieldList(p),
        p.headings.length > 0 ? h('h3', {}, t('outline')) : null,
        p.headings.length > 0 ? outline : null,
        schedule ? h('h3', {}, t('schedule')) : null,
        schedule,
      ),
    );
  });
  if (removed.length > 0) {
    const list = h('ol', {});
    for (const r of removed)
      list.append(h('li', {}, t('removedLine', { line: r.line, reason: reasonText(r.reason, lang) }), r.text));
    preview.append(h('details', { class: 'removed' }, h('summary', {}, t('removed', { n: removed.length })), list));
  }
  renderOutput();
};

// ---------- output ----------
const sendBtn = h('button', { id: 'send', class: 'primary' }, t('send'));
const tableSel = h('select', { id: 'table', 'aria-label': t('table') });
for (const k of PLAN_TABLE_KINDS) tableSel.append(h('option', { value: k }, planTableSheetName(k, lang)));
const copyBtn = h('button', { id: 'copy' }, t('copy'));
const downloadBtn = h('button', { id: 'download' }, t('download'));
output.append(
  h('div', { class: 'row' }, sendBtn),
  h('div', { class: 'row' }, h('label', { for: 'table' }, t('table')), tableSel, copyBtn, downloadBtn),
);

const renderOutput = (): void => {
  output.hidden = !doc || doc.plans.length === 0;
};

const currentRows = (): { kind: PlanTableKind; rows: string[][] } => {
  const kind = tableSel.value as PlanTableKind;
  return { kind, rows: planToTables(doc!, lang)[kind] };
};

copyBtn.addEventListener('click', async () => {
  if (!doc) return;
  const { kind, rows } = currentRows();
  try {
    await navigator.clipboard.writeText(tablesToTsv(rows));
    say(t('copied', { name: planTableSheetName(kind, lang) }), 'ok');
  } catch {
    say(t('copyFailed'), 'error');
  }
});

downloadBtn.addEventListener('click', () => {
  if (!doc) return;
  const { kind, rows } = currentRows();
  const file = `huzhu-${planTableSheetName(kind, lang)}.csv`;
  const url = URL.createObjectURL(new Blob([tablesToCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: file });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(t('downloaded', { file }), 'ok');
});

const fetchAdapter: HttpFetch = (url, init) => fetch(url, init);

sendBtn.addEventListener('click', async () => {
  if (!doc) return;
  const config = await loadConfig();
  const id = spreadsheetIdFromUrl(config.spreadsheetUrl);
  if (!id) return say(t('noSpreadsheet'), 'error');
  sendBtn.disabled = true;
  say(t('sending'));
  let token = '';
  try {
    token = await getToken(config.clientId);
    const report = await sendPlan(sheetsClient(fetchAdapter, config.apiBase, token, id), doc, lang);
    const parts = report.written.map((w) =>
      w.kind === 'settings' ? t('settingsWritten', { name: w.sheet }) : t('sentRows', { name: w.sheet, n: w.rows }),
    );
    say(t('sent', { tabs: parts.join(lang === 'zh' ? '，' : ', ') }), 'ok');
  } catch (e) {
    if (e instanceof NoAuthSetup) say(t('errNoAuthSetup'), 'error');
    else if (e instanceof AuthFailed) say(t('errAuth'), 'error');
    else if (e instanceof SheetsError) {
      if (e.kind === 'auth') await dropToken(token);
      const key: MessageKey = {
        auth: 'errAuth',
        forbidden: 'errForbidden',
        notFound: 'errNotFound',
        network: 'errNetwork',
        other: 'errOther',
      }[e.kind] as MessageKey;
      const done = e.done.length > 0 ? ` ${t('errPartial', { done: e.done.join('、') })}` : '';
      say(t(key, { status: e.status, detail: e.detail }) + done, 'error');
    } else {
      console.error(e);
      say(t('errOther', { status: '—', detail: e instanceof Error ? e.message : String(e) }), 'error');
    }
  } finally {
    sendBtn.disabled = false;
  }
});
