/**
 * "Import plan text…": a teacher pastes a group-work plan (方案/计划); the shared extractor finds its headings,
 * schedule and scoring rules, and the shared table layout (plan-tables, the same one the browser extension writes)
 * becomes new 计划/日程 sheets. What the plan implies for settings (group size, mix, categories, badge) is applied
 * to the 设置 sheet only when the teacher ticks it. Every cell is written as exact text (safeText: "1." stays
 * a marker, "2026-03-28" stays as typed, "=…" stays text).
 */
import type { Lang, Localized } from '../../shared/i18n/localized.ts';
import { formatBadgeRule, formatGroupSize, formatNames } from '../../shared/plan/describe.ts';
import { extractPlans } from '../../shared/plan/index.ts';
import { planSettingsPatch, planToTables } from '../../shared/plan-tables/index.ts';
import { mergeSettings, validateSettings } from '../../shared/settings/index.ts';
import { formatMix } from '../../shared/settings/mix.ts';
import { safeText, sheetName } from '../../shared/sheet-text.ts';
import type { PlanDocument } from '../../shared/plan/types.ts';
import { activeSpreadsheet, type Sheet, type Spreadsheet } from './apps-script.ts';
import { withDocumentLock } from './document-lock.ts';
import { type Failure, UserError } from './responses.ts';
import { readSettings, writeSettings } from './settings-store.ts';
import { freshSheetName, sheetNames, writeBlock } from './workbook.ts';

/** Pasted text beyond this is almost surely not one plan (and would be slow to send). */
export const MAX_PLAN_CHARS = 200_000;

export interface PlanSummary {
  title: string;
  headings: number;
  scheduleItems: number;
  groupSize: string;
  mix: string;
  categories: string[];
  badge: string;
}

export interface PlanPreview {
  ok: true;
  plans: PlanSummary[];
  /** Settings the plan implies, as readable lines (applied only on request). */
  settingsChanges: string[];
}

export interface PlanImported {
  ok: true;
  planSheet: string;
  scheduleSheet: string;
  plans: number;
  settingsApplied: boolean;
}

const checkText = (text: unknown): string => {
  const t = typeof text === 'string' ? text : '';
  if (t.trim() === '')
    throw new UserError({ zh: '请先把计划的文字粘贴到框里。', en: 'Paste the text of the plan into the box first.' });
  if (t.length > MAX_PLAN_CHARS)
    throw new UserError({
      zh: `文字太长（${t.length} 字），一次最多 ${MAX_PLAN_CHARS} 字；请只粘贴一份计划。`,
      en: `The text is too long (${t.length} characters; at most ${MAX_PLAN_CHARS}). Paste one plan at a time.`,
    });
  return t;
};

const nothingFound: Localized = {
  zh: '没有在这段文字里找到计划（标题、编号的小节或日程）。请粘贴完整的计划正文。',
  en: 'No plan was found in this text (a title, numbered sections or a schedule). Paste the whole plan.',
};

const extract = (text: unknown) => {
  const doc = extractPlans(checkText(text)).document;
  if (doc.plans.length === 0 || doc.plans.every((p) => p.headings.length === 0 && p.schedule.length === 0))
    throw new UserError(nothingFound);
  return doc;
};

export const importPlanPreview = (text: unknown, lang: Lang): PlanPreview => {
  const doc = extract(text);
  const base = readSettings(activeSpreadsheet(), lang).settings;
  const patch = planSettingsPatch(doc, base);
  const zh = lang === 'zh';
  const changes: string[] = [];
  if (patch.groupSize !== undefined)
    changes.push(zh ? `每组人数：${patch.groupSize}` : `Group size: ${patch.groupSize}`);
  // Values in the words the Plan sheet and the 设置 sheet use: formatMix writes 无/none, which 设置 reads back.
  if (patch.mix !== undefined) changes.push((zh ? '能力搭配：' : 'Ability mix: ') + formatMix(patch.mix, lang));
  const names = patch.categories?.map((c) => c.name);
  if (names) changes.push((zh ? '积分类别：' : 'Point categories: ') + formatNames(names, lang));
  if (patch.badge) changes.push((zh ? '徽章：' : 'Badge: ') + formatBadgeRule(patch.badge, lang));
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
    settingsChanges: changes,
  };
};

const exact = (rows: readonly (readonly string[])[]): string[][] => rows.map((r) => r.map(safeText));

export const importPlanRun = (text: unknown, applySettings: unknown, lang: Lang): PlanImported | Failure => {
  const ss = activeSpreadsheet();
  const doc = extract(text);
  // Choosing free sheet names, inserting them and writing settings happen under the lock, so two imports at
  // once cannot pick the same name or overwrite each other's settings.
  return withDocumentLock(lang, () => writePlan(ss, doc, applySettings === true, lang));
};

const writePlan = (ss: Spreadsheet, doc: PlanDocument, applySettings: boolean, lang: Lang): PlanImported => {
  const base = readSettings(ss, lang).settings;
  const tables = planToTables(doc, lang, base);
  const merged = mergeSettings(base, planSettingsPatch(doc, base));
  const apply = applySettings && validateSettings(merged).length === 0;
  // New sheets, like groupings: an earlier import stays as history. Both are removed if either write fails.
  const made: Sheet[] = [];
  try {
    const planSheet = ss.insertSheet(freshSheetName(sheetNames(ss), sheetName('plan', lang)));
    made.push(planSheet);
    writeBlock(planSheet, 1, 1, exact(tables.plan));
    const scheduleSheet = ss.insertSheet(freshSheetName(sheetNames(ss), sheetName('schedule', lang)));
    made.push(scheduleSheet);
    writeBlock(scheduleSheet, 1, 1, exact(tables.schedule));
    for (const s of made) s.setFrozenRows(1);
    if (apply) writeSettings(ss, merged, lang);
    ss.setActiveSheet(planSheet);
    return {
      ok: true,
      planSheet: planSheet.getName(),
      scheduleSheet: scheduleSheet.getName(),
      plans: doc.plans.length,
      settingsApplied: apply,
    };
  } catch (e) {
    for (const s of made) ss.deleteSheet(s);
    throw e;
  }
};
