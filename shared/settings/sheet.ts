/**
 * The 设置/Settings sheet: label/value rows a teacher can read and edit. Read back in either language; an
 * unreadable value falls back to the default for that field, with a message naming the row and what to write.
 */
import type { Lang, Localized } from '../i18n/localized.ts';
import { foldWidth } from '../sheet-text.ts';
import { isoDateIn } from '../time/zoned.ts';
import { defaultSettings } from './defaults.ts';
import { formatMix, isMix, mixSize, parseMix } from './mix.ts';
import type { Fairness, Period, PointCategory, Settings } from './types.ts';

export type SettingsField =
  | 'groupSize'
  | 'mix'
  | 'categories'
  | 'badgeName'
  | 'badgeEvery'
  | 'fairness'
  | 'showNegative'
  | 'periods'
  | 'termStart';
type Field = SettingsField;

const LABELS: Record<Field, Localized> = {
  groupSize: { zh: '每组人数', en: 'Group size' },
  mix: { zh: '能力搭配', en: 'Ability mix' },
  categories: { zh: '积分类别', en: 'Point categories' },
  badgeName: { zh: '徽章', en: 'Badge' },
  badgeEvery: { zh: '徽章门槛', en: 'Points per badge' },
  fairness: { zh: '小组比较', en: 'Group comparison' },
  showNegative: { zh: '显示负分', en: 'Show negative points' },
  periods: { zh: '统计周期', en: 'Periods' },
  termStart: { zh: '学期开始', en: 'Term start' },
};

const HINTS: Record<Field, Localized> = {
  groupSize: { zh: '写一个 2 到 12 的整数，例如 4', en: 'write a whole number from 2 to 12, e.g. 4' },
  mix: { zh: '写各能力层人数，如 2:1:1，或写“无”', en: 'write the count per ability level, e.g. 2:1:1, or "none"' },
  categories: {
    zh: '写 类别=分数，用顿号或逗号分隔，如 学习=2、纪律=1',
    en: 'write name=points separated by commas, e.g. Study=2, Discipline=1',
  },
  badgeName: { zh: '写徽章名称，如 月亮', en: 'write a badge name, e.g. Moon' },
  badgeEvery: { zh: '写一个正整数，如 20', en: 'write a positive whole number, e.g. 20' },
  fairness: { zh: '写 总分、平均分 或 按人数折算', en: 'write total, average or normalized' },
  showNegative: { zh: '写 是 或 否', en: 'write yes or no' },
  periods: { zh: '写 周、月、学期 中的一个或几个', en: 'write one or more of week, month, term' },
  termStart: { zh: '写日期，如 2026-09-01，或留空', en: 'write a date such as 2026-09-01, or leave empty' },
};

const FAIRNESS_WORDS: Record<Fairness, Localized> = {
  total: { zh: '总分', en: 'total' },
  average: { zh: '平均分', en: 'average' },
  normalized: { zh: '按人数折算', en: 'normalized' },
};
const PERIOD_WORDS: Record<Period, Localized> = {
  week: { zh: '周', en: 'week' },
  month: { zh: '月', en: 'month' },
  term: { zh: '学期', en: 'term' },
};
const HEADER: Record<Lang, string[]> = { zh: ['设置项', '值'], en: ['Setting', 'Value'] };

const FIELDS = Object.keys(LABELS) as Field[];
/** The settings rows in the order settingsToRows writes them (row 2 onwards). */
export const SETTINGS_FIELDS: readonly SettingsField[] = FIELDS;

/** Fold full-width digits/letters/punctuation (４ → 4, ： → :); lower-case for English words. */
const norm = (v: unknown): string => foldWidth(cellText(v)).trim().toLowerCase();

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : isoDate(v);
  return String(v);
};

/** Calendar date of a Date cell: Sheets gives midnight in the spreadsheet's zone, so it is read in that zone. */
const isoDate = (d: Date, tz?: string): string => isoDateIn(d, tz);

const yesNo = (b: boolean, lang: Lang): string => (b ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no');

/** Header row, then one label/value row per setting, in `lang`. */
export const settingsToRows = (s: Settings, lang: Lang): string[][] => {
  const listSep = lang === 'zh' ? '、' : ', ';
  const value: Record<Field, string> = {
    groupSize: String(s.groupSize),
    mix: formatMix(s.mix, lang),
    categories: s.categories.map((c) => `${c.name}=${c.defaultPoints}`).join(listSep),
    badgeName: s.badge.name,
    badgeEvery: String(s.badge.every),
    fairness: FAIRNESS_WORDS[s.fairness][lang],
    showNegative: yesNo(s.showNegative, lang),
    periods: s.periods.map((p) => PERIOD_WORDS[p][lang]).join(listSep),
    termStart: s.termStart ?? '',
  };
  return [HEADER[lang], ...FIELDS.map((f) => [LABELS[f][lang], value[f]])];
};

const LABEL_TO_FIELD = new Map<string, Field>();
for (const f of FIELDS) {
  LABEL_TO_FIELD.set(norm(LABELS[f].zh), f);
  LABEL_TO_FIELD.set(norm(LABELS[f].en), f);
}
// A few extra spellings teachers are likely to type.
for (const [k, f] of [
  ['组员人数', 'groupSize'],
  ['小组人数', 'groupSize'],
  ['类别', 'categories'],
  ['categories', 'categories'],
  ['徽章名称', 'badgeName'],
  ['badge name', 'badgeName'],
  ['badge every', 'badgeEvery'],
  ['fairness', 'fairness'],
  ['mix', 'mix'],
  ['term start', 'termStart'],
  ['show negative', 'showNegative'],
] as const)
  LABEL_TO_FIELD.set(norm(k), f);

/** The setting a label names (either language, a few extra spellings), or null. */
export const settingsFieldOf = (label: unknown): SettingsField | null => LABEL_TO_FIELD.get(norm(label)) ?? null;

type Parsed<T> = { ok: true; value: T } | { ok: false };
const fail = { ok: false } as const;
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

const parseInteger = (v: unknown, min: number, max: number): Parsed<number> => {
  const t = norm(v);
  if (!/^\d+(\.0+)?$/.test(t)) return fail;
  const n = Number(t);
  return n >= min && n <= max ? ok(n) : fail;
};

const readMix = (v: unknown): Parsed<number[] | null> => {
  const r = parseMix(norm(v));
  return r.ok ? ok(r.mix) : fail;
};

const parseCategories = (v: unknown): Parsed<PointCategory[]> => {
  const raw = foldWidth(cellText(v));
  const items = raw
    .split(/[、,;；\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
  if (items.length === 0) return fail;
  const out: PointCategory[] = [];
  for (const item of items) {
    const m = /^(.+?)\s*[=:]\s*([+-]?\d+)$/.exec(item);
    const name = (m?.[1] ?? item).trim();
    if (name === '' || out.some((c) => c.name === name)) return fail;
    const pts = m ? Number(m[2]) : 1;
    if (pts === 0) return fail;
    out.push({ name, defaultPoints: Math.abs(pts) });
  }
  return ok(out);
};

const parseFairness = (v: unknown): Parsed<Fairness> => {
  const t = norm(v);
  for (const [k, w] of Object.entries(FAIRNESS_WORDS) as [Fairness, Localized][]) {
    if (t === k || t === norm(w.zh) || t === norm(w.en)) return ok(k);
  }
  const extra: Record<string, Fairness> = {
    总计: 'total',
    平均: 'average',
    人均: 'average',
    折算: 'normalized',
    标准化: 'normalized',
    'per-member average': 'average',
    normalised: 'normalized',
  };
  return extra[t] ? ok(extra[t]) : fail;
};

const parseBool = (v: unknown): Parsed<boolean> => {
  if (typeof v === 'boolean') return ok(v);
  const t = norm(v);
  if (['是', '显示', 'yes', 'y', 'true', '1', '对'].includes(t)) return ok(true);
  if (['否', '不显示', 'no', 'n', 'false', '0', '不'].includes(t)) return ok(false);
  return fail;
};

const parsePeriods = (v: unknown): Parsed<Period[]> => {
  const parts = norm(v)
    .split(/[、,，;；\s]+/)
    .filter((p) => p !== '');
  const out: Period[] = [];
  const words: Record<string, Period> = {
    周: 'week',
    本周: 'week',
    星期: 'week',
    月: 'month',
    本月: 'month',
    学期: 'term',
    本学期: 'term',
    weeks: 'week',
    months: 'month',
  };
  for (const p of parts) {
    const hit = (Object.keys(PERIOD_WORDS) as Period[]).find((k) => k === p) ?? words[p];
    if (!hit) return fail;
    if (!out.includes(hit)) out.push(hit);
  }
  return out.length > 0 ? ok(out) : fail;
};

const parseTermStart = (v: unknown, tz?: string): Parsed<string | null> => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? fail : ok(isoDate(v, tz));
  const t = norm(v);
  if (t === '' || t === '无' || t === '-' || t === 'none') return ok(null);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) return fail;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return fail;
  return ok(`${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
};

const HEADER_WORDS = new Set([...HEADER.zh, ...HEADER.en].map((h) => h.toLowerCase()));

const unknownLabel = (row: number, label: string): Localized => ({
  zh: `设置表第 ${row} 行“${label}”不是已知的设置项，已忽略；可用的设置项：${FIELDS.map((f) => LABELS[f].zh).join('、')}。`,
  en: `Settings sheet row ${row}: "${label}" is not a known setting and is ignored; known settings: ${FIELDS.map((f) => LABELS[f].en).join(', ')}.`,
});

const problem = (row: number, f: Field, got: unknown): Localized => ({
  zh: `设置表第 ${row} 行“${LABELS[f].zh}”的值“${cellText(got)}”无法识别，已使用默认值；请${HINTS[f].zh}。`,
  en: `Settings sheet row ${row} "${LABELS[f].en}": cannot read "${cellText(got)}", the default is used; ${HINTS[f].en}.`,
});

/**
 * Read a Settings sheet (2-D values, first column label, second value). A header row, blank rows and missing fields
 * are fine (missing = default, silently); an unknown label is ignored with a message listing the known ones.
 * Row numbers in messages are sheet rows (1-based).
 */
export const rowsToSettings = (rows: unknown[][], timeZone?: string): { settings: Settings; problems: Localized[] } => {
  const { settings, problems } = readSettingsRows(rows, timeZone);
  return { settings, problems };
};

/** Where a setting was found in the sheet (1-based row) and whether its value could be read. */
export interface SettingsRowRead {
  row: number;
  field: SettingsField;
  ok: boolean;
}

/** rowsToSettings, also saying which row holds each setting and whether it was read, so a writer can leave alone a
 * row it could not read instead of overwriting the teacher's text. */
export const readSettingsRows = (
  rows: unknown[][],
  timeZone?: string,
): { settings: Settings; problems: Localized[]; rows: SettingsRowRead[] } => {
  const read: SettingsRowRead[] = [];
  const lang: Lang = rows.some((r) => /[\u4e00-\u9fff]/.test(cellText(r[0]))) ? 'zh' : 'en';
  const s = defaultSettings(lang);
  const problems: Localized[] = [];
  for (const [i, r] of rows.entries()) {
    const label = norm(r[0]);
    const f = LABEL_TO_FIELD.get(label);
    if (!f) {
      // A misspelt label would silently keep the default: say so, unless it is the header or a blank row.
      if (label !== '' && !HEADER_WORDS.has(label)) problems.push(unknownLabel(i + 1, cellText(r[0]).trim()));
      continue;
    }
    const v = r[1];
    const row = i + 1;
    const apply = <T>(p: Parsed<T>, set: (x: T) => void): void => {
      read.push({ row, field: f, ok: p.ok });
      if (p.ok) set(p.value);
      else problems.push(problem(row, f, v));
    };
    switch (f) {
      case 'groupSize':
        apply(parseInteger(v, 2, 12), (x) => {
          s.groupSize = x;
        });
        break;
      case 'mix':
        apply(readMix(v), (x) => {
          s.mix = x;
        });
        break;
      case 'categories':
        apply(parseCategories(v), (x) => {
          s.categories = x;
        });
        break;
      case 'badgeName': {
        const t = cellText(v).trim();
        apply(t ? ok(t) : fail, (x) => {
          s.badge.name = x;
        });
        break;
      }
      case 'badgeEvery':
        apply(parseInteger(v, 1, 100000), (x) => {
          s.badge.every = x;
        });
        break;
      case 'fairness':
        apply(parseFairness(v), (x) => {
          s.fairness = x;
        });
        break;
      case 'showNegative':
        apply(parseBool(v), (x) => {
          s.showNegative = x;
        });
        break;
      case 'periods':
        apply(parsePeriods(v), (x) => {
          s.periods = x;
        });
        break;
      case 'termStart':
        apply(parseTermStart(v, timeZone), (x) => {
          s.termStart = x;
        });
        break;
    }
  }
  // A mix whose counts do not add up to the group size is inconsistent: keep the size, drop to the default mix rule.
  if (s.mix && mixSize(s.mix) !== s.groupSize) {
    problems.push({
      zh: `能力搭配 ${s.mix.join(':')} 的人数之和不等于每组人数 ${s.groupSize}，已改为不限搭配；请修改其中一项。`,
      en: `Ability mix ${s.mix.join(':')} does not add up to the group size ${s.groupSize}; no mix rule is used. Change one of them.`,
    });
    s.mix = null;
  }
  return { settings: s, problems, rows: read };
};

/** base with the fields present in patch replaced (nested objects copied, never shared). */
export const mergeSettings = (base: Settings, patch: Partial<Settings>): Settings => {
  const pickDef = <K extends keyof Settings>(k: K): Settings[K] => {
    const v = patch[k]; // null is a value here ("no mix"): only a missing field keeps the base
    return v !== undefined ? v : base[k];
  };
  const mix = pickDef('mix');
  return {
    groupSize: pickDef('groupSize'),
    mix: mix ? [...mix] : null,
    categories: pickDef('categories').map((c) => ({ ...c })),
    badge: { ...pickDef('badge') },
    fairness: pickDef('fairness'),
    showNegative: pickDef('showNegative'),
    periods: [...pickDef('periods')],
    termStart: pickDef('termStart'),
  };
};

/** Problems with a settings object (e.g. from the dialog); empty when valid. */
export const validateSettings = (s: Settings): Localized[] => {
  const out: Localized[] = [];
  const add = (zh: string, en: string): void => {
    out.push({ zh, en });
  };
  if (!Number.isInteger(s.groupSize) || s.groupSize < 2 || s.groupSize > 12)
    add('每组人数应为 2 到 12 的整数。', 'Group size must be a whole number from 2 to 12.');
  if (s.mix) {
    if (!isMix(s.mix)) add('能力搭配应写成 2:1:1 这样的正整数。', 'Ability mix must be whole numbers such as 2:1:1.');
    else if (mixSize(s.mix) !== s.groupSize)
      add(
        `能力搭配 ${s.mix.join(':')} 的人数之和应等于每组人数 ${s.groupSize}。`,
        `Ability mix ${s.mix.join(':')} must add up to the group size ${s.groupSize}.`,
      );
  }
  if (s.categories.length === 0) add('至少需要一个积分类别。', 'At least one point category is needed.');
  const seen = new Set<string>();
  for (const c of s.categories) {
    if (c.name.trim() === '') add('积分类别名称不能为空。', 'A point category needs a name.');
    if (seen.has(c.name)) add(`积分类别“${c.name}”重复。`, `Point category "${c.name}" appears twice.`);
    seen.add(c.name);
    if (!Number.isFinite(c.defaultPoints) || c.defaultPoints <= 0)
      add(`积分类别“${c.name}”的分数应为正数。`, `Category "${c.name}" needs positive default points.`);
  }
  if (s.badge.name.trim() === '') add('徽章名称不能为空。', 'The badge needs a name.');
  if (!Number.isInteger(s.badge.every) || s.badge.every < 1)
    add('徽章门槛应为正整数。', 'Points per badge must be a positive whole number.');
  if (!['total', 'average', 'normalized'].includes(s.fairness))
    add('小组比较应为 总分、平均分 或 按人数折算。', 'Group comparison must be total, average or normalized.');
  if (s.periods.length === 0 || s.periods.some((p) => !['week', 'month', 'term'].includes(p)))
    add('统计周期应为 周、月、学期 中的一个或几个。', 'Periods must be one or more of week, month, term.');
  if (s.termStart !== null && parseTermStart(s.termStart).ok === false)
    add(
      `学期开始日期“${s.termStart}”无效，应如 2026-09-01。`,
      `Term start "${s.termStart}" is not a date like 2026-09-01.`,
    );
  return out;
};
