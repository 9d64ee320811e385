/** Default settings, in the teacher's language (category and badge names are shown in sheets and the sidebar). */
import type { Lang } from '../i18n/localized.ts';
import { defaultMix } from './mix.ts';
import type { Settings } from './types.ts';

const BASE: Settings = {
  groupSize: 4,
  mix: defaultMix(4),
  categories: [
    { name: '学习', defaultPoints: 2 },
    { name: '纪律', defaultPoints: 1 },
    { name: '卫生', defaultPoints: 1 },
  ],
  badge: { name: '月亮', every: 20 },
  fairness: 'normalized',
  showNegative: true,
  periods: ['week', 'month', 'term'],
  termStart: null,
};

/** The Chinese defaults; frozen at the top level — use defaultSettings() for a copy to change. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(BASE);

const EN_NAMES: Record<string, string> = { 学习: 'Study', 纪律: 'Discipline', 卫生: 'Hygiene', 月亮: 'Moon' };

/** A fresh (mutable) copy of the defaults; English names when lang is 'en'. */
export const defaultSettings = (lang: Lang = 'zh'): Settings => {
  const name = (n: string): string => (lang === 'en' ? (EN_NAMES[n] ?? n) : n);
  return {
    groupSize: DEFAULT_SETTINGS.groupSize,
    mix: DEFAULT_SETTINGS.mix ? [...DEFAULT_SETTINGS.mix] : null,
    categories: DEFAULT_SETTINGS.categories.map((c) => ({ name: name(c.name), defaultPoints: c.defaultPoints })),
    badge: { name: name(DEFAULT_SETTINGS.badge.name), every: DEFAULT_SETTINGS.badge.every },
    fairness: DEFAULT_SETTINGS.fairness,
    showNegative: DEFAULT_SETTINGS.showNegative,
    periods: [...DEFAULT_SETTINGS.periods],
    termStart: DEFAULT_SETTINGS.termStart,
  };
};
