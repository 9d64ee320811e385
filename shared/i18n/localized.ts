/** The two UI languages. Teachers' rosters and plans are mostly Chinese; English follows the user's locale. */
export type Lang = 'zh' | 'en';

/** A user-facing sentence in both languages; surfaces pick one with `pick`. */
export interface Localized {
  zh: string;
  en: string;
}

export const pick = (text: Localized, lang: Lang): string => text[lang];

/** Guess the UI language from a locale tag such as "zh-CN", "zh_TW", "en-US". */
export const langFromLocale = (locale: string | null | undefined): Lang =>
  /^zh\b|^zh[-_]/i.test(locale ?? '') ? 'zh' : 'en';
