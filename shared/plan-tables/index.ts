/**
 * The sheet layout of an imported plan, defined once for every surface that writes it (the browser extension
 * through the Sheets API, the add-on's "Import plan text…" through setValues, and the copy/CSV fall-backs).
 *
 * Cells are plain strings exactly as the plan says them. A writer that lets Sheets parse input (setValues, paste,
 * CSV import) must pass them through safeText; tablesToTsv and tablesToCsv (./csv.ts) do that already. The Sheets API path writes
 * with valueInputOption=RAW, which keeps text as text without any escaping.
 * CSV lives in ./csv.ts so that the add-on's Apps Script bundle does not pull in papaparse.
 */
import type { Lang } from '../i18n/localized.ts';
import { describePlanFieldItems } from '../plan/describe.ts';
import type { Plan, PlanDocument } from '../plan/types.ts';
import type { PointCategory, Settings } from '../settings/index.ts';
import { defaultSettings, mergeSettings, settingsToRows } from '../settings/index.ts';
import { isMix, mixSize } from '../settings/mix.ts';
import type { SheetKind } from '../sheet-text.ts';
import { foldWidth, safeText, sheetName } from '../sheet-text.ts';

export interface PlanTables {
  /** 计划/Plan: header, then one row per heading and one per stated field (level column empty). */
  plan: string[][];
  /** 日程/Schedule: header, then one row per scheduled item (an entry without items gives one row). */
  schedule: string[][];
  /** 设置/Settings: the full label/value rows (shared/settings format) with what the plan implies applied. */
  settings: string[][];
}

export type PlanTableKind = keyof PlanTables & SheetKind;
export const PLAN_TABLE_KINDS: readonly PlanTableKind[] = ['plan', 'schedule', 'settings'];

export const PLAN_HEADER: Record<Lang, string[]> = {
  zh: ['计划', '层级', '编号', '标题', '内容'],
  en: ['Plan', 'Level', 'Marker', 'Heading', 'Text'],
};
export const SCHEDULE_HEADER: Record<Lang, string[]> = {
  zh: ['计划', '时间', '安排'],
  en: ['Plan', 'When', 'Item'],
};

/**
 * Field rows of one plan: [title, '', '', label, value], one per item of a list field (one row per goal). Labels and
 * values come from plan/describe.ts, the same words the CLI and the popup use.
 */
const fieldRows = (p: Plan, lang: Lang): string[][] =>
  describePlanFieldItems(p, lang).map((f) => [p.title, '', '', f.label, f.value]);

/** Group sizes the add-on can form. */
const usableSize = (n: number | null | undefined): n is number =>
  n !== null && n !== undefined && Number.isInteger(n) && n >= 2 && n <= 12;

/**
 * The group size to use, never weaker than what the teacher has: a size the plan states exactly is taken; a range
 * keeps the teacher's size when it lies inside, else picks the size inside it that the mix fits (the plan's mix, else
 * the teacher's), else its upper bound; a bound alone moves the teacher's size only when it breaks the bound.
 */
function chooseSize(p: Plan, base: Settings, mix: number[] | null): number | null {
  const gs = p.groupSize;
  const mixSum = mix ? mixSize(mix) : null;
  if (!gs || (gs.min === null && gs.max === null)) return usableSize(mixSum) ? mixSum : null;
  const { min, max } = gs;
  if (min !== null && max !== null && min === max) return usableSize(min) ? min : null;
  const inside = (n: number | null): n is number =>
    usableSize(n) && (min === null || n >= min) && (max === null || n <= max);
  if (inside(mixSum)) return mixSum;
  if (inside(base.groupSize)) return null;
  const baseMix = base.mix ? mixSize(base.mix) : null;
  if (inside(baseMix)) return baseMix;
  if (max !== null && min !== null) return usableSize(max) ? max : null;
  if (max !== null) return usableSize(max) ? max : null;
  return usableSize(min) ? min : null;
}

/**
 * The settings one plan of a document implies, as a patch over the teacher's current settings: only what changes.
 * `planIndex` chooses the plan (a collection's parts are alternatives, so the caller picks one; default the first).
 * A thing the plan does not state leaves the setting as it was. A mix is written only when it fits the group size;
 * the teacher's mix is dropped only when the plan states a size it cannot fit.
 */
export const planSettingsPatch = (doc: PlanDocument, base: Settings, planIndex = 0): Partial<Settings> => {
  const patch: Partial<Settings> = {};
  const p = doc.plans[planIndex];
  if (!p) return patch;
  const mix = p.mix && isMix(p.mix) ? p.mix : null;
  const size = chooseSize(p, base, mix);
  if (size !== null && size !== base.groupSize) patch.groupSize = size;
  const groupSize = size ?? base.groupSize;
  if (mix && mixSize(mix) === groupSize) {
    if (!base.mix || base.mix.join(':') !== mix.join(':')) patch.mix = [...mix];
  } else if (base.mix && mixSize(base.mix) !== groupSize) patch.mix = null;

  const names = p.scoring && p.scoring.categories.length > 0 ? p.scoring.categories : null;
  if (names) {
    const categories: PointCategory[] = [];
    for (const raw of names) {
      const name = raw.trim();
      // The Settings cell lists categories as name=points separated by 、 or commas: a name holding a separator
      // could not be read back, so it is left out (it still shows in the Plan tab's field rows).
      const folded = foldWidth(name).trim();
      if (folded === '' || /[、,;\n\r=:]/.test(folded) || categories.some((c) => foldWidth(c.name).trim() === folded))
        continue;
      // Keep the points the teacher already gave a category of the same name; a new category awards 1.
      categories.push({ name, defaultPoints: base.categories.find((c) => c.name === name)?.defaultPoints ?? 1 });
    }
    const same =
      categories.length === base.categories.length &&
      categories.every(
        (c, i) => c.name === base.categories[i]?.name && c.defaultPoints === base.categories[i]?.defaultPoints,
      );
    if (categories.length > 0 && !same) patch.categories = categories;
  }
  const badge = p.scoring?.badge ?? null;
  if (badge && badge.name.trim() !== '' && Number.isInteger(badge.every) && badge.every >= 1) {
    const next = { name: badge.name.trim(), every: badge.every };
    if (next.name !== base.badge.name || next.every !== base.badge.every) patch.badge = next;
  }
  return patch;
};

/** One setting an import would change, for a preview: its key, what the teacher has, what the plan implies. */
export type SettingChange = { [K in keyof Settings]: { key: K; from: Settings[K]; to: Settings[K] } }[keyof Settings];

/** Every setting importing plan `planIndex` would change, old → new, in the Settings sheet's order. */
export const planSettingsChanges = (doc: PlanDocument, base: Settings, planIndex = 0): SettingChange[] => {
  const patch = planSettingsPatch(doc, base, planIndex);
  const out: SettingChange[] = [];
  const add = <K extends keyof Settings>(key: K) => {
    const to = patch[key];
    if (to !== undefined) out.push({ key, from: base[key], to } as SettingChange);
  };
  add('groupSize');
  add('mix');
  add('categories');
  add('badge');
  return out;
};

/**
 * The three tables of an imported plan document, in `lang`. `base` is the Settings already in the spreadsheet
 * (defaults when there is none): the Settings table is base with plan `planIndex`'s implications applied.
 */
export const planToTables = (
  doc: PlanDocument,
  lang: Lang,
  base: Settings = defaultSettings(lang),
  planIndex = 0,
): PlanTables => {
  const plan: string[][] = [PLAN_HEADER[lang]];
  const schedule: string[][] = [SCHEDULE_HEADER[lang]];
  for (const p of doc.plans) {
    for (const h of p.headings) plan.push([p.title, String(h.level), h.marker, h.text, '']);
    plan.push(...fieldRows(p, lang));
    for (const s of p.schedule) {
      if (s.items.length === 0) schedule.push([p.title, s.when, '']);
      for (const item of s.items) schedule.push([p.title, s.when, item]);
    }
  }
  const settings = settingsToRows(mergeSettings(base, planSettingsPatch(doc, base, planIndex)), lang);
  return { plan, schedule, settings };
};

/** Sheet (tab) name of each table in `lang`; use findSheetName to reuse a tab made in the other language. */
export const planTableSheetName = (kind: PlanTableKind, lang: Lang): string => sheetName(kind, lang);

/** A cell for a parsed destination (paste, CSV import): formula-proof, and on one line for TSV. */
export const parsedCell = (s: string): string => safeText(s);

/**
 * Tab-separated text that pastes into Sheets as rows and columns. Tabs and line breaks inside a cell become spaces
 * (a pasted cell cannot hold them unquoted), and every cell is formula-proof and quote-proof.
 */
export const tablesToTsv = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => r.map((c) => tsvCell(c.replace(/[\t\r\n]+/g, ' '))).join('\t')).join('\n');

/** Sheets reads a pasted cell that starts with a double quote as a quoted field; the apostrophe keeps it literal. */
const tsvCell = (c: string): string => (c.startsWith('"') ? `'${c}` : parsedCell(c));
