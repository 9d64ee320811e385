/**
 * The popup's DOM: the fixed frame (import, paste, status, output buttons) built once, and the preview rebuilt from
 * the state after every change. Page text reaches the DOM only as text nodes (h never parses HTML); listeners are
 * attached by app.ts, except the preview's edit controls, which report a PopupEdit.
 */
import type { Lang } from '../../../shared/i18n/localized.ts';
import { describePlanFields, formatScheduleEntry } from '../../../shared/plan/describe.ts';
import type { Plan, PlanDocument, RemovedLine } from '../../../shared/plan/types.ts';
import type { SettingChange } from '../../../shared/plan-tables/index.ts';
import { planSettingsChanges } from '../../../shared/plan-tables/index.ts';
import type { Settings, SettingsField } from '../../../shared/settings/index.ts';
import { defaultSettings, mergeSettings, settingsFieldOf, settingsToRows } from '../../../shared/settings/index.ts';
import type { PlanTableKind } from '../../../shared/plan-tables/index.ts';
import { PLAN_TABLE_KINDS, planTableSheetName } from '../../../shared/plan-tables/index.ts';
import type { Translate } from '../messages.ts';
import { reasonText } from '../messages.ts';
import { MAX_SHOWN_HEADINGS } from '../limits.ts';
import { MAX_LEVEL } from '../outline.ts';
import type { PopupEdit, PopupState, Status } from './state.ts';
import { plansToWrite, settingsPlanOf } from './state.ts';

type Child = Node | string | null | undefined | false;

/** Build an element; strings become text nodes, never HTML. */
export const h = <K extends keyof HTMLElementTagNameMap>(
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

/** The frame's controls, for app.ts to listen to and read. */
export interface PopupView {
  importButton: HTMLButtonElement;
  paste: HTMLTextAreaElement;
  pasteButton: HTMLButtonElement;
  /** Choose a plan file; a file dropped anywhere on the popup is read the same way. */
  fileInput: HTMLInputElement;
  optionsLink: HTMLAnchorElement;
  status: HTMLParagraphElement;
  preview: HTMLElement;
  output: HTMLElement;
  sendButton: HTMLButtonElement;
  /** Shown when the teacher must sign in first: opens the options page (the popup closes; the import is kept). */
  signInButton: HTMLButtonElement;
  table: HTMLSelectElement;
  copyButton: HTMLButtonElement;
  downloadButton: HTMLButtonElement;
}

/** Build the frame into `root`; the preview is empty and the output hidden until something is read. */
export const renderFrame = (root: HTMLElement, t: Translate, lang: Lang): PopupView => {
  const view: PopupView = {
    importButton: h('button', { id: 'import-page', class: 'primary' }, t('importPage')),
    paste: h('textarea', { id: 'paste', placeholder: t('pastePlaceholder') }),
    pasteButton: h('button', { id: 'read-paste' }, t('readPaste')),
    fileInput: h('input', {
      type: 'file',
      id: 'file',
      accept: '.docx,.pdf,.txt,.md,.markdown,.mdx,.html,.htm,text/plain,text/markdown,application/pdf',
    }),
    optionsLink: h('a', { href: '#', id: 'open-options' }, t('options')),
    status: h('p', { id: 'status', role: 'status' }),
    preview: h('section', { id: 'preview' }),
    output: h('section', { class: 'output', id: 'output', hidden: '' }),
    sendButton: h('button', { id: 'send', class: 'primary' }, t('send')),
    signInButton: h('button', { id: 'sign-in', hidden: '' }, t('openSignIn')),
    table: h('select', { id: 'table', 'aria-label': t('table') }),
    copyButton: h('button', { id: 'copy' }, t('copy')),
    downloadButton: h('button', { id: 'download' }, t('download')),
  };
  for (const k of PLAN_TABLE_KINDS) view.table.append(h('option', { value: k }, planTableSheetName(k, lang)));
  view.output.append(
    h('div', { class: 'row' }, view.sendButton, view.signInButton),
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'table' }, t('table')),
      view.table,
      view.copyButton,
      view.downloadButton,
    ),
  );
  root.append(
    h('h1', {}, t('title'), view.optionsLink),
    h('div', { class: 'row' }, view.importButton),
    h('label', { for: 'paste' }, t('pasteLabel')),
    view.paste,
    h('div', { class: 'row' }, view.pasteButton),
    h('label', { for: 'file', class: 'file-label' }, t('fileLabel')),
    h('div', { class: 'row' }, view.fileInput),
    view.preview,
    // Status and the send/copy/download buttons stay in view at the bottom while the outline scrolls.
    h('footer', { class: 'dock' }, view.status, view.output),
  );
  return view;
};

export const showStatus = (view: PopupView, status: Status): void => {
  view.status.textContent = status.text;
  view.status.dataset.kind = status.kind;
};

/** The table chosen for Copy and Download (the select only offers PLAN_TABLE_KINDS). */
export const selectedTable = (view: PopupView): PlanTableKind =>
  PLAN_TABLE_KINDS.find((k) => k === view.table.value) ?? 'plan';

/** Rebuild the preview from the state, and show the output buttons only when there is a plan to write. */
export const renderState = (
  view: PopupView,
  state: PopupState,
  t: Translate,
  lang: Lang,
  onEdit: (edit: PopupEdit) => void,
  current: SpreadsheetSettings | null = null,
): void => {
  view.preview.replaceChildren();
  let room = MAX_SHOWN_HEADINGS;
  state.doc?.plans.forEach((p, i) => {
    view.preview.append(planArticle(p, i, t, lang, onEdit, room));
    room = Math.max(0, room - p.headings.length);
  });
  const doc = plansToWrite(state);
  if (doc) view.preview.append(settingsSection(doc, settingsPlanOf(state), current, t, lang, onEdit));
  if (state.doc && state.removed.length > 0) view.preview.append(removedList(state.removed, t, lang));
  view.output.hidden = plansToWrite(state) === null;
};

/** One plan: title with its drop button, stated fields, the outline with level and drop controls, the schedule. */
const planArticle = (
  p: Plan,
  i: number,
  t: Translate,
  lang: Lang,
  onEdit: (edit: PopupEdit) => void,
  room: number,
): HTMLElement => {
  const dropPlanButton = h('button', { class: 'small drop-plan', title: t('dropPlan') }, t('dropPlan'));
  dropPlanButton.addEventListener('click', () => onEdit({ kind: 'dropPlan', plan: i }));
  const outline = h('ol', { class: 'outline' });
  p.headings.slice(0, room).forEach((hd, j) => {
    const drop = h('button', { class: 'small drop-part', title: t('dropPart'), 'aria-label': t('dropPart') }, '✕');
    drop.addEventListener('click', () => onEdit({ kind: 'dropPart', plan: i, heading: j }));
    outline.append(
      h(
        'li',
        { 'data-level': String(hd.level), style: `padding-left:${(hd.level - 1) * 1.3}em` },
        levelSelect(hd.level, t, (level) => onEdit({ kind: 'setLevel', plan: i, heading: j, level })),
        h('span', { class: 'marker' }, hd.marker),
        h('span', { class: 'htext' }, hd.text),
        drop,
      ),
    );
  });
  if (p.headings.length > room)
    outline.append(h('li', { class: 'more' }, t('moreParts', { n: p.headings.length - room })));
  const hasOutline = p.headings.length > 0;
  const hasSchedule = p.schedule.length > 0;
  return h(
    'article',
    { class: 'plan', 'data-plan': String(i) },
    h('header', {}, h('h2', {}, p.title || '—'), dropPlanButton),
    fieldList(p, lang),
    hasOutline && h('h3', {}, t('outline')),
    hasOutline && outline,
    hasSchedule && h('h3', {}, t('schedule')),
    hasSchedule && h('ul', { class: 'schedule' }, ...p.schedule.map((s) => h('li', {}, formatScheduleEntry(s, lang)))),
  );
};

/** The plan's stated fields, labelled and worded as in the Plan sheet (shared/plan/describe.ts). */
const fieldList = (p: Plan, lang: Lang): HTMLElement | null => {
  const fields = describePlanFields(p, lang);
  if (fields.length === 0) return null;
  const dl = h('dl', { class: 'fields' });
  for (const f of fields) dl.append(h('dt', {}, f.label), h('dd', { 'data-field': f.key }, f.value));
  return dl;
};

const levelSelect = (level: number, t: Translate, onChange: (level: number) => void): HTMLSelectElement => {
  const sel = h('select', { 'aria-label': t('level'), class: 'level' });
  for (let n = 1; n <= MAX_LEVEL; n++) sel.append(h('option', { value: String(n) }, String(n)));
  sel.value = String(level);
  sel.addEventListener('change', () => onChange(Number(sel.value)));
  return sel;
};

/** The page clutter the extractor removed, folded away, so the teacher can check nothing of the plan went. */
const removedList = (removed: readonly RemovedLine[], t: Translate, lang: Lang): HTMLElement =>
  h(
    'details',
    { class: 'removed' },
    h('summary', {}, t('removed', { n: removed.length })),
    h(
      'ol',
      {},
      ...removed
        .slice(0, MAX_SHOWN_HEADINGS)
        .map((r) => h('li', {}, t('removedLine', { line: r.line, reason: reasonText(r.reason, lang) }), r.text)),
      removed.length > MAX_SHOWN_HEADINGS && h('li', { class: 'more' }, `… +${removed.length - MAX_SHOWN_HEADINGS}`),
    ),
  );

/** The teacher's settings as read from the spreadsheet before the send, or null when they could not be read. */
export interface SpreadsheetSettings {
  settings: Settings;
}

/** The Settings tab's rows that show each changed setting (the badge is two rows). */
const CHANGE_FIELDS: Partial<Record<SettingChange['key'], readonly SettingsField[]>> = {
  groupSize: ['groupSize'],
  mix: ['mix'],
  categories: ['categories'],
  badge: ['badgeName', 'badgeEvery'],
};

/** Field → [label, value] in the Settings tab's words (shared/settings). */
const settingCells = (s: Settings, lang: Lang): Map<SettingsField, string[]> => {
  const out = new Map<SettingsField, string[]>();
  for (const row of settingsToRows(s, lang).slice(1)) {
    const field = settingsFieldOf(row[0]);
    if (field) out.set(field, row);
  }
  return out;
};

/**
 * Which plan feeds the settings (a choice when there are several) and every setting the send will change, old →
 * new, against the spreadsheet's settings read before the send (the defaults, said so, when they could not be).
 */
const settingsSection = (
  doc: PlanDocument,
  chosen: number,
  current: SpreadsheetSettings | null,
  t: Translate,
  lang: Lang,
  onEdit: (edit: PopupEdit) => void,
): HTMLElement => {
  const base = current?.settings ?? defaultSettings(lang);
  const changes = planSettingsChanges(doc, base, chosen);
  const section = h('section', { id: 'settings-preview' }, h('h3', {}, t('settingsTitle')));
  if (doc.plans.length > 1) {
    const select = h('select', { id: 'settings-plan', 'aria-label': t('settingsFrom') });
    select.append(...doc.plans.map((p, i) => h('option', { value: String(i) }, `${i + 1}. ${p.title || '—'}`)));
    select.value = String(chosen);
    select.addEventListener('change', () => onEdit({ kind: 'settingsPlan', plan: Number(select.value) }));
    section.append(h('div', { class: 'row' }, h('label', { for: 'settings-plan' }, t('settingsFrom')), select));
  }
  if (!current) section.append(h('p', { class: 'note', id: 'settings-unread' }, t('settingsUnread')));
  if (changes.length === 0) {
    section.append(h('p', { id: 'settings-none' }, t('settingsNoChange')));
    return section;
  }
  const patch: Partial<Settings> = {};
  for (const c of changes) Object.assign(patch, { [c.key]: c.to });
  const was = settingCells(base, lang);
  const now = settingCells(mergeSettings(base, patch), lang);
  const list = h('ul', { id: 'setting-changes' });
  for (const c of changes)
    for (const field of CHANGE_FIELDS[c.key] ?? [c.key as SettingsField]) {
      const before = was.get(field);
      const after = now.get(field);
      if (!after || before?.[1] === after[1]) continue;
      list.append(
        h(
          'li',
          { 'data-key': field },
          h('span', { class: 'setting-label' }, `${after[0]}：`),
          h('span', { class: 'setting-old' }, before?.[1] || '—'),
          ' → ',
          h('span', { class: 'setting-new' }, after[1] || '—'),
        ),
      );
    }
  section.append(h('p', {}, t('settingsChanges')), list);
  return section;
};
