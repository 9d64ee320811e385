/**
 * How a plan's stated facts are shown to a teacher: the one home for each field's label and display value, used by
 * the plan CLI, the Plan sheet's field rows (plan-tables), the add-on's import preview and the extension's popup.
 * Values are written in a teacher's words ("4–6人" / "4–6 students", "每20分换一个月亮" / "a Moon every 20 points");
 * text the plan states (goals, places, names) is shown as written. Pure: no DOM, no Node, no Apps Script.
 */
import type { Lang, Localized } from '../i18n/localized.ts';
import { formatMix } from '../settings/mix.ts';
import type { GroupSize, Plan, PlanRole, PlanScheduleEntry } from './types.ts';

/** The plan's fields in display order (the schedule and the outline are shown as their own sections). */
export const PLAN_FIELD_KEYS = [
  'groupSize',
  'mix',
  'roles',
  'goals',
  'sessions',
  'categories',
  'badge',
  'rules',
  'place',
  'time',
  'participants',
  'evaluation',
] as const;

export type PlanFieldKey = (typeof PLAN_FIELD_KEYS)[number];

/** One labelled value, ready to show: a line of the CLI, a row of the Plan sheet, a term of the popup's list. */
export interface PlanFieldText {
  key: PlanFieldKey;
  label: string;
  value: string;
}

/**
 * `label` names the whole field (a list of goals: "Goals"); `itemLabel` names one item of it, for layouts that give
 * each item its own row (the Plan sheet: "Goal"). Chinese does not mark the plural, so both are the same there.
 */
const LABELS: Record<PlanFieldKey, { label: Localized; itemLabel: Localized }> = {
  groupSize: { label: { zh: '小组人数', en: 'Group size' }, itemLabel: { zh: '小组人数', en: 'Group size' } },
  mix: { label: { zh: '能力搭配', en: 'Ability mix' }, itemLabel: { zh: '能力搭配', en: 'Ability mix' } },
  roles: { label: { zh: '角色', en: 'Roles' }, itemLabel: { zh: '角色', en: 'Role' } },
  goals: { label: { zh: '目标', en: 'Goals' }, itemLabel: { zh: '目标', en: 'Goal' } },
  sessions: { label: { zh: '活动', en: 'Sessions' }, itemLabel: { zh: '活动', en: 'Session' } },
  categories: {
    label: { zh: '评比项目', en: 'Scoring categories' },
    itemLabel: { zh: '评比项目', en: 'Scoring category' },
  },
  badge: { label: { zh: '奖励规则', en: 'Badge rule' }, itemLabel: { zh: '奖励规则', en: 'Badge rule' } },
  rules: { label: { zh: '评比规则', en: 'Scoring rules' }, itemLabel: { zh: '评比规则', en: 'Scoring rule' } },
  place: { label: { zh: '地点', en: 'Place' }, itemLabel: { zh: '地点', en: 'Place' } },
  time: { label: { zh: '时间', en: 'Time' }, itemLabel: { zh: '时间', en: 'Time' } },
  participants: { label: { zh: '参加人员', en: 'Participants' }, itemLabel: { zh: '参加人员', en: 'Participants' } },
  evaluation: { label: { zh: '评价', en: 'Evaluation' }, itemLabel: { zh: '评价', en: 'Evaluation' } },
};

/** The label of a whole field ("Goals"). */
export const planFieldLabel = (key: PlanFieldKey, lang: Lang): string => LABELS[key].label[lang];

/** The label of one item of a field ("Goal"), for a layout with one row per item. */
export const planFieldItemLabel = (key: PlanFieldKey, lang: Lang): string => LABELS[key].itemLabel[lang];

/**
 * A group size as a teacher says it: 4–6人 / 4–6 students, 4人 / 4 students, 至少8人 / at least 8,
 * 不超过6人 / at most 6. "" when neither bound is known. The bounds are shown as the plan gives them.
 */
export const formatGroupSize = (size: GroupSize, lang: Lang): string => {
  const { min, max } = size;
  const zh = lang === 'zh';
  if (min !== null && max !== null) {
    const n = min === max ? `${min}` : `${min}–${max}`;
    if (zh) return `${n}人`;
    return min === max && min === 1 ? '1 student' : `${n} students`;
  }
  if (max !== null) return zh ? `不超过${max}人` : `at most ${max}`;
  if (min !== null) return zh ? `至少${min}人` : `at least ${min}`;
  return '';
};

/** A badge exchange rule: 每20分换一个月亮 / a Moon every 20 points (an Apple…, a Star every point). */
export const formatBadgeRule = (badge: { readonly name: string; readonly every: number }, lang: Lang): string => {
  const { name, every } = badge;
  if (lang === 'zh') return `每${every}分换一个${name}`;
  const article = /^[aeiou]/i.test(name) ? 'an' : 'a';
  return `${article} ${name} every ${every === 1 ? 'point' : `${every} points`}`;
};

/** A group role with its duties: 组长：负责组织本组学习 / Leader: runs the meeting; the name alone without duties. */
export const formatRole = (role: PlanRole, lang: Lang): string =>
  role.duties.trim() === '' ? role.name : `${role.name}${lang === 'zh' ? '：' : ': '}${role.duties}`;

/** Short names in a row (categories): 学习、纪律 / Study, Discipline. */
export const formatNames = (names: readonly string[], lang: Lang): string => names.join(lang === 'zh' ? '、' : ', ');

/**
 * Sentences or titles in a row (goals, sessions, duties): 甲；乙 / a; b (they may hold commas and 、 themselves). An
 * item that already ends a sentence (。 or .) is followed by the next one directly, never by "。；".
 */
export const formatSentences = (items: readonly string[], lang: Lang): string =>
  items.reduce((out, item, i) => (i === 0 ? item : `${out}${separatorAfter(out, lang)}${item}`), '');

const separatorAfter = (text: string, lang: Lang): string => {
  if (/[。！？；]$/u.test(text)) return '';
  if (/[.!?;]$/u.test(text)) return ' ';
  return lang === 'zh' ? '；' : '; ';
};

/** A schedule entry on one line: 三月份：组建小组；选出组长 / 三月份: 组建小组; 选出组长; the time alone if no items. */
export const formatScheduleEntry = (entry: PlanScheduleEntry, lang: Lang): string =>
  entry.items.length === 0
    ? entry.when
    : `${entry.when}${lang === 'zh' ? '：' : ': '}${formatSentences(entry.items, lang)}`;

/** Each stated field with its items' display values, in display order; blank items and empty fields left out. */
const fieldItems = (p: Plan, lang: Lang): { key: PlanFieldKey; items: string[] }[] => {
  const items: Record<PlanFieldKey, string[]> = {
    groupSize: p.groupSize ? [formatGroupSize(p.groupSize, lang)] : [],
    // An empty mix states nothing; formatMix would call it 无/none, which is a setting, not what the plan said.
    mix: p.mix && p.mix.length > 0 ? [formatMix(p.mix, lang)] : [],
    roles: (p.roles ?? []).map((r) => formatRole(r, lang)),
    goals: p.goals,
    sessions: p.sessions,
    categories: p.scoring?.categories ?? [],
    badge: p.scoring?.badge ? [formatBadgeRule(p.scoring.badge, lang)] : [],
    rules: p.scoring?.rules ?? [],
    place: p.place ? [p.place] : [],
    time: p.time ? [p.time] : [],
    participants: p.participants ? [p.participants] : [],
    evaluation: p.evaluation ?? [],
  };
  return PLAN_FIELD_KEYS.map((key) => ({ key, items: items[key].filter((s) => s.trim() !== '') })).filter(
    (f) => f.items.length > 0,
  );
};

/** How the items of each field are joined into one value: names with 、, everything else as sentences. */
const joinItems = (key: PlanFieldKey, items: readonly string[], lang: Lang): string =>
  key === 'categories' ? formatNames(items, lang) : formatSentences(items, lang);

/** The plan's stated fields, one labelled value each ("Goals: a; b"), in display order. */
export const describePlanFields = (plan: Plan, lang: Lang): PlanFieldText[] =>
  fieldItems(plan, lang).map(({ key, items }) => ({
    key,
    label: planFieldLabel(key, lang),
    value: joinItems(key, items, lang),
  }));

/** The plan's stated fields, one labelled value per item ("Goal: a", "Goal: b"), for one-row-per-item layouts. */
export const describePlanFieldItems = (plan: Plan, lang: Lang): PlanFieldText[] =>
  fieldItems(plan, lang).flatMap(({ key, items }) =>
    items.map((value) => ({ key, label: planFieldItemLabel(key, lang), value })),
  );
