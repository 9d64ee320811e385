/**
 * "Import plan text…": a teacher pastes a group-work plan (方案/计划) — as text, or as the clipboard's HTML when it
 * was copied from Word, WPS or a web page (the dialog page parses that HTML with the browser's DOMParser and sends a
 * plain tree, shared/plan/read/plain-html.ts, so headings, nested lists and tables keep their structure). The shared
 * extractor finds its headings, schedule and scoring rules, and the shared table layout (plan-tables, the same one
 * the browser extension writes) becomes new 计划/日程 sheets. With several plans in the document the teacher
 * chooses which one feeds the settings; what it changes (old → new) is previewed and written to the 设置 sheet only
 * when the teacher ticks it, by the core's rule that importing never weakens a setting (planSettingsPatch). Every
 * cell is written as exact text (safeText: "1." stays a marker, "2026-03-28" stays as typed, "=…" stays text).
 */
import type { Lang, Localized } from '../../shared/i18n/localized.ts';
import { formatBadgeRule, formatGroupSize } from '../../shared/plan/describe.ts';
import { extractBlocks, extractPlans } from '../../shared/plan/index.ts';
import { type PlainHtml, PlainHtmlError, readPastedHtml } from '../../shared/plan/read/plain-html.ts';
import type { PlanDocument } from '../../shared/plan/types.ts';
import { planSettingsPatch, planToTables } from '../../shared/plan-tables/index.ts';
import { mergeSettings, type Settings, settingsToRows, validateSettings } from '../../shared/settings/index.ts';
import { formatMix } from '../../shared/settings/mix.ts';
import { safeText, sheetName } from '../../shared/sheet-text.ts';
import { activeSpreadsheet, type Cell, type Sheet, type Spreadsheet } from './apps-script.ts';
import { withDocumentLock } from './document-lock.ts';
import { type Failure, UserError } from './responses.ts';
import { readSettings, writeSettings } from './settings-store.ts';
import { findSheet, freshSheetName, sheetNames, writeBlock } from './workbook.ts';

/** Pasted text beyond this is almost surely not one plan (and would be slow to send). */
export const MAX_PLAN_CHARS = 200_000;

/**
 * What the dialog sends: the pasted text, and the clipboard's HTML as a plain tree when the paste carried some
 * (its structure is read; the text is the fall-back). A bare string is text.
 */
export type PlanInput = string | { text?: string; html?: PlainHtml };

export interface PlanSummary {
  title: string;
  headings: number;
  scheduleItems: number;
  groupSize: string;
  mix: string;
  categories: string[];
  badge: string;
}

/** One row of the 设置 sheet the import would change, in the sheet's own words. */
export interface SettingChangeView {
  setting: string;
  from: string;
  to: string;
}

export interface PlanPreview {
  ok: true;
  plans: PlanSummary[];
  /** The plan whose rules feed the settings. */
  planIndex: number;
  /** Every 设置 row that importing would change, old → new (empty when none changes). */
  changes: SettingChangeView[];
  /** The same as readable lines ("每组人数：5 → 4"). */
  settingsChanges: string[];
  /** Whether the structure of pasted HTML (headings, lists, tables) was read, rather than its text. */
  structured: boolean;
}

export interface PlanImported {
  ok: true;
  planSheet: string;
  scheduleSheet: string;
  plans: number;
  settingsApplied: boolean;
}

const pasteFirst: Localized = {
  zh: '请先把计划的文字粘贴到框里。',
  en: 'Paste the text of the plan into the box first.',
};

const tooLong = (n: number): Localized => ({
  zh: `文字太长（${n} 字），一次最多 ${MAX_PLAN_CHARS} 字；请只粘贴一份计划。`,
  en: `The text is too long (${n} characters; at most ${MAX_PLAN_CHARS}). Paste one plan at a time.`,
});

const checkText = (text: unknown): string => {
  const t = typeof text === 'string' ? text : '';
  if (t.trim() === '') throw new UserError(pasteFirst);
  if (t.length > MAX_PLAN_CHARS) throw new UserError(tooLong(t.length));
  return t;
};

const badFormatting: Record<PlainHtmlError['problem'], Localized> = {
  shape: {
    zh: '粘贴内容的格式无法读取。请用“粘贴为纯文本”（Ctrl+Shift+V）再试。',
    en: 'The formatting of what was pasted could not be read. Paste it as plain text (Ctrl+Shift+V) and try again.',
  },
  depth: {
    zh: '粘贴内容的格式嵌套太深，无法读取。请用“粘贴为纯文本”（Ctrl+Shift+V）再试。',
    en: 'The pasted formatting is nested too deeply to read. Paste it as plain text (Ctrl+Shift+V) and try again.',
  },
  nodes: {
    zh: '粘贴的内容太大（格式元素太多）；请只粘贴一份计划，或用“粘贴为纯文本”（Ctrl+Shift+V）。',
    en: 'What was pasted is too large (too much formatting). Paste one plan, or paste it as plain text (Ctrl+Shift+V).',
  },
  text: {
    zh: `粘贴的内容太长，一次最多 ${MAX_PLAN_CHARS} 字；请只粘贴一份计划。`,
    en: `What was pasted is too long (at most ${MAX_PLAN_CHARS} characters). Paste one plan at a time.`,
  },
};

const nothingFound: Localized = {
  zh: '没有在这段文字里找到计划（标题、编号的小节或日程）。请粘贴完整的计划正文。',
  en: 'No plan was found in this text (a title, numbered sections or a schedule). Paste the whole plan.',
};

const foundNothing = (doc: PlanDocument): boolean =>
  doc.plans.length === 0 || doc.plans.every((p) => p.headings.length === 0 && p.schedule.length === 0);

/** The plans in what was pasted: the HTML's structure when it has one and it holds a plan, else the text. */
const extract = (input: unknown): { doc: PlanDocument; structured: boolean } => {
  const given = typeof input === 'object' && input !== null ? (input as { text?: unknown; html?: unknown }) : null;
  const text = given ? given.text : input;
  if (given && given.html !== undefined && given.html !== null) {
    let blocks: ReturnType<typeof readPastedHtml>;
    try {
      blocks = readPastedHtml(given.html, MAX_PLAN_CHARS);
    } catch (e) {
      if (e instanceof PlainHtmlError) throw new UserError(badFormatting[e.problem]);
      throw e;
    }
    if (blocks.blocks.length > 0) {
      const doc = extractBlocks(blocks).document;
      if (!foundNothing(doc)) return { doc, structured: true };
    }
    if (typeof text !== 'string' || text.trim() === '') throw new UserError(nothingFound);
  }
  const doc = extractPlans(checkText(text)).document;
  if (foundNothing(doc)) throw new UserError(nothingFound);
  return { doc, structured: false };
};

const choosePlan = (doc: PlanDocument, planIndex: unknown): number => {
  if (planIndex === undefined || planIndex === null) return 0;
  if (typeof planIndex !== 'number' || !Number.isInteger(planIndex) || planIndex < 0 || planIndex >= doc.plans.length)
    throw new UserError({
      zh: '所选的计划已不在文字里，请重新预览。',
      en: 'The chosen plan is no longer in the text; preview again.',
    });
  return planIndex;
};

/** The settings after importing plan `i`, and whether they are valid to write (the core's never-weaken patch). */
const settingsAfter = (doc: PlanDocument, base: Settings, i: number) => {
  const merged = mergeSettings(base, planSettingsPatch(doc, base, i));
  return { merged, valid: validateSettings(merged).length === 0 };
};

/** The 设置 rows that differ, label and value as the sheet shows them. */
const changedRows = (base: Settings, merged: Settings, lang: Lang): SettingChangeView[] => {
  const before = settingsToRows(base, lang);
  const after = settingsToRows(merged, lang);
  const out: SettingChangeView[] = [];
  for (let r = 1; r < after.length; r++) {
    const [setting = '', to = ''] = after[r] ?? [];
    const from = before[r]?.[1] ?? '';
    if (from !== to) out.push({ setting, from, to });
  }
  return out;
};

export const importPlanPreview = (input: PlanInput, lang: Lang, planIndex?: number): PlanPreview => {
  const { doc, structured } = extract(input);
  const index = choosePlan(doc, planIndex);
  const base = readSettings(activeSpreadsheet(), lang).settings;
  const { merged, valid } = settingsAfter(doc, base, index);
  const changes = valid ? changedRows(base, merged, lang) : [];
  const sep = lang === 'zh' ? '：' : ': ';
  return {
    ok: true,
    plans: doc.plans.map((p) => ({
      title: p.title,
      headings: p.headings.length,
      scheduleItems: p.schedule.reduce((a, s) => a + Math.max(1, s.items.length), 0),
      groupSize: p.groupSize ? formatGroupSize(p.groupSize, lang) : '',
      mix: p.mix && p.mix.length > 0 ? formatMix(p.mix, lang) : '',
      categories: p.scoring?.categories ?? [],
      badge: p.scoring?.badge ? formatBadgeRule(p.scoring.badge, lang) : '',
    })),
    planIndex: index,
    changes,
    settingsChanges: changes.map((c) => `${c.setting}${sep}${c.from === '' ? '—' : c.from} → ${c.to}`),
    structured,
  };
};

const exact = (rows: readonly (readonly string[])[]): string[][] => rows.map((r) => r.map(safeText));

export const importPlanRun = (
  input: PlanInput,
  applySettings: unknown,
  lang: Lang,
  planIndex?: number,
): PlanImported | Failure => {
  const ss = activeSpreadsheet();
  const { doc } = extract(input);
  const index = choosePlan(doc, planIndex);
  // Choosing free sheet names, inserting them and writing settings happen under the lock, so two imports at
  // once cannot pick the same name or overwrite each other's settings; settings are re-read inside it.
  return withDocumentLock(lang, () => writePlan(ss, doc, index, applySettings === true, lang));
};

/** The 设置 sheet's label/value cells as they are, to put back if the import fails after changing them. */
const snapshotSettings = (ss: Spreadsheet): { sheet: Sheet; cells: Cell[][] } | null => {
  const sheet = findSheet(ss, 'settings');
  if (!sheet) return null;
  const rows = sheet.getLastRow();
  const cells =
    rows < 1
      ? []
      : sheet
          .getRange(1, 1, rows, 2)
          .getValues()
          .map((r) => r.map((v) => (typeof v === 'string' ? safeText(v) : (v as Cell))));
  return { sheet, cells };
};

const writePlan = (
  ss: Spreadsheet,
  doc: PlanDocument,
  index: number,
  applySettings: boolean,
  lang: Lang,
): PlanImported => {
  const base = readSettings(ss, lang).settings;
  const tables = planToTables(doc, lang, base, index);
  const { merged, valid } = settingsAfter(doc, base, index);
  const apply = applySettings && valid;
  // New sheets, like groupings: an earlier import stays as history. Everything made is removed, and 设置 put back
  // as it was, if any write fails.
  const made: Sheet[] = [];
  const before = apply ? snapshotSettings(ss) : null;
  let settingsTouched = false;
  try {
    const planSheet = ss.insertSheet(freshSheetName(sheetNames(ss), sheetName('plan', lang)));
    made.push(planSheet);
    writeBlock(planSheet, 1, 1, exact(tables.plan));
    const scheduleSheet = ss.insertSheet(freshSheetName(sheetNames(ss), sheetName('schedule', lang)));
    made.push(scheduleSheet);
    writeBlock(scheduleSheet, 1, 1, exact(tables.schedule));
    for (const s of made) s.setFrozenRows(1);
    if (apply) {
      settingsTouched = true;
      writeSettings(ss, merged, lang);
    }
    ss.setActiveSheet(planSheet);
    return {
      ok: true,
      planSheet: planSheet.getName(),
      scheduleSheet: scheduleSheet.getName(),
      plans: doc.plans.length,
      settingsApplied: apply,
    };
  } catch (e) {
    if (settingsTouched) restoreSettings(ss, before);
    for (const s of made) ss.deleteSheet(s);
    throw e;
  }
};

const restoreSettings = (ss: Spreadsheet, before: { sheet: Sheet; cells: Cell[][] } | null): void => {
  if (!before) {
    // The import made the 设置 sheet: remove it.
    const made = findSheet(ss, 'settings');
    if (made) ss.deleteSheet(made);
    return;
  }
  const { sheet, cells } = before;
  const last = sheet.getLastRow();
  if (last > cells.length) sheet.getRange(cells.length + 1, 1, last - cells.length, 2).clearContent();
  writeBlock(sheet, 1, 1, cells);
};
