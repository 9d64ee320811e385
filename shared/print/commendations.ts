/**
 * 表扬名单 / Commendations, from computeCommendations: a printable page (A4 portrait) and a projector view (one
 * 16:9 screen in large type, sized to the window). One number per place; where the fairness setting scales a
 * group's score, the words next to it say so.
 */
import type { Lang } from '../i18n/localized.ts';
import type { Commendations, StudentLine } from '../points/commendations.ts';
import type { Fairness } from '../settings/types.ts';
import { type Html, html } from './html.ts';
import { daysLabel, PERIOD_WORDS, type PeriodChoice } from './period-label.ts';
import type { PrintView } from './types.ts';

export interface CommendationsMeta {
  className: string;
  period: PeriodChoice;
  timeZone?: string;
}

const T = {
  zh: {
    title: '表扬名单',
    banner: '喜报',
    champions: '冠军小组',
    rising: '进步之星',
    star: (c: string): string => `${c}之星`,
    badges: (badge: string): string => `获得${badge}`,
    nothing: '这段时间还没有积分记录。',
    gain: (n: number, was: string): string => `比${was}多 ${n} 分`,
    points: (n: number): string => `${n} 分`,
    noChampion: '这段时间还没有小组得分。',
  },
  en: {
    title: 'Commendations',
    banner: 'Well done!',
    champions: 'Champion group',
    rising: 'Most improved',
    star: (c: string): string => `${c} stars`,
    badges: (badge: string): string => `Earned a ${badge}`,
    nothing: 'No points have been recorded in this period yet.',
    gain: (n: number, was: string): string => `up ${n} on ${was}`,
    points: (n: number): string => `${n} points`,
    noChampion: 'No group has scored in this period yet.',
  },
} as const;

const PREVIOUS: Record<Lang, Record<'week' | 'month', string>> = {
  zh: { week: '上周', month: '上月' },
  en: { week: 'last week', month: 'last month' },
};

/** A group's score with what it is: "32 分" / "人均 8 分" / "按人数折算：32.5 分". */
export const scoreWords = (score: number, fairness: Fairness, lang: Lang): string => {
  const n = Number.isInteger(score) ? String(score) : score.toFixed(1);
  if (lang === 'zh')
    return fairness === 'total' ? `${n} 分` : fairness === 'average' ? `人均 ${n} 分` : `按人数折算：${n} 分`;
  return fairness === 'total'
    ? `${n} points`
    : fairness === 'average'
      ? `${n} points per member`
      : `${n} points (scaled to a group of average size)`;
};

const CSS = `.hz-praise .hz-banner { text-align: center; color: #b3261e; font-size: 13mm; font-weight: 800; line-height: 1.2; }
.hz-praise .hz-banner:lang(zh) { letter-spacing: 2mm; }
.hz-praise .hz-sub { text-align: center; font-size: 4.6mm; margin-bottom: 4mm; }
.hz-praise section { border: 0.4mm solid #b3261e; border-radius: 2mm; padding: 2mm 5mm; margin-bottom: 3mm; }
.hz-praise h2 { font-size: 6mm; color: #b3261e; margin-bottom: 1mm; }
.hz-praise .hz-champ { font-size: 10mm; font-weight: 800; overflow-wrap: anywhere; }
.hz-praise .hz-champ small { font-size: 5mm; font-weight: normal; margin-left: 3mm; }
.hz-praise .hz-members { font-size: 5mm; overflow-wrap: anywhere; }
.hz-praise ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1mm 4mm; }
.hz-praise li { font-size: 5.5mm; overflow-wrap: anywhere; }
.hz-praise li b { font-size: 5.6mm; line-height: 1.25; }
.hz-praise li span { display: block; font-size: 3.8mm; color: #333; }
.hz-praise .hz-badges ul { display: block; }
.hz-praise .hz-badges li { display: inline-block; white-space: nowrap; font-size: 4.6mm; margin-right: 4mm; }
.hz-praise .hz-badges li b { font-size: 4.8mm; }
.hz-praise .hz-badges li span { display: inline; margin-left: 1mm; font-size: 4.2mm; }
.hz-praise .hz-empty { font-size: 5mm; }
.hz-screen.hz-praise { width: 100%; container-type: inline-size; }
.hz-screen .hz-slide { width: 100%; aspect-ratio: 16 / 9; overflow: hidden; display: flex; flex-direction: column; padding: 2cqw 3cqw; font-size: 1.6cqw; background: #fffaf0; }
.hz-screen .hz-banner { font-size: 4.2cqw; }
.hz-screen .hz-banner:lang(zh) { letter-spacing: 0.4cqw; }
.hz-screen .hz-sub { font-size: 1.8cqw; margin-bottom: 1.2cqw; }
.hz-screen .hz-cols { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1.2cqw 1.5cqw; align-items: start; }
.hz-screen section { border-width: 0.25cqw; border-radius: 0.8cqw; padding: 0.7cqw 1.2cqw; margin: 0; }
.hz-screen h2 { font-size: 2.3cqw; margin-bottom: 0.3cqw; }
.hz-screen .hz-champ { font-size: 4.2cqw; }
.hz-screen .hz-champ small { font-size: 2cqw; display: block; margin: 0; line-height: 1.3; }
.hz-screen .hz-members { font-size: 1.7cqw; }
.hz-screen ul { grid-template-columns: 1fr; gap: 0.2cqw; }
.hz-screen .hz-badges ul { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); }
.hz-screen .hz-badges li { display: block; white-space: normal; min-width: 0; margin: 0; }
.hz-screen li, .hz-screen .hz-badges li { font-size: 2cqw; line-height: 1.25; }
.hz-screen li b, .hz-screen .hz-badges li b { font-size: 2.4cqw; }
.hz-screen li span { display: inline; font-size: 2cqw; margin-left: 0.8cqw; font-weight: 700; color: #b3261e; }`;

/** A list of students with a figure after each (and their group, on paper). */
const names = <S extends StudentLine>(list: readonly S[], detail: (s: S) => string, withGroup = true): Html =>
  html`<ul>${list.map(
    (s) =>
      html`<li data-student-id="${s.id}"><b>${s.name}</b><span>${[withGroup ? s.group : '', detail(s)]
        .filter(Boolean)
        .join(' · ')}</span></li>`,
  )}</ul>`;

interface Parts {
  champions: Html;
  rising: Html;
  stars: Html[];
  badges: Html;
}

const parts = (c: Commendations, lang: Lang, screen: boolean): Parts => {
  const t = T[lang];
  const champions = html`<section class="hz-keep" data-part="champions"><h2>${t.champions}</h2>${
    c.champions.length
      ? c.champions.map(
          (g) =>
            html`<div class="hz-champ" data-group="${g.name}">${g.name}<small>${scoreWords(g.score, c.fairness, lang)}</small></div><p class="hz-members">${g.members
              .map((m) => m.name)
              .join(lang === 'zh' ? '、' : ', ')}</p>`,
        )
      : html`<p class="hz-empty">${t.noChampion}</p>`
  }</section>`;
  // On one screen: the first three of each list, with a short figure after each name.
  const rising = c.risingStars.length
    ? html`<section class="hz-keep" data-part="rising"><h2>${t.rising}</h2>${
        screen
          ? names(c.risingStars.slice(0, 3), (s) => `+${s.points}`, false)
          : names(c.risingStars, (s) => t.gain(s.points, PREVIOUS[lang][c.kind]))
      }</section>`
    : html``;
  // On one screen: the first categories only (the printed page has room for all).
  const cats = screen ? c.categoryStars.slice(0, 3) : c.categoryStars;
  const stars = cats.map(
    (cat) =>
      html`<section class="hz-keep" data-part="category"><h2>${t.star(cat.category)}</h2>${names(
        screen ? cat.students.slice(0, 3) : cat.students,
        (s) => (screen ? String(s.points) : t.points(s.points)),
        !screen,
      )}</section>`,
  );
  const shownBadges = screen ? c.badges.slice(0, 4) : c.badges;
  const badges = c.badges.length
    ? html`<section class="hz-keep hz-badges" data-part="badges"><h2>${t.badges(c.badgeName)}</h2>${names(
        shownBadges,
        (s) => `×${s.earned}`,
        false,
      )}${
        shownBadges.length < c.badges.length
          ? html`<p class="hz-members">${lang === 'zh' ? `等 ${c.badges.length} 人` : `and others: ${c.badges.length} in all`}</p>`
          : ''
      }</section>`
    : html``;
  return { champions, rising, stars, badges };
};

const heading = (c: Commendations, lang: Lang, meta: CommendationsMeta): Html => {
  const when = `${PERIOD_WORDS[meta.period][lang]}${lang === 'zh' ? '（' : ' ('}${daysLabel(c.start, c.end, meta.timeZone, lang)}${lang === 'zh' ? '）' : ')'}`;
  return html`<div class="hz-banner">${T[lang].banner}</div><p class="hz-sub">${[meta.className, when].filter(Boolean).join(' · ')}</p>`;
};

export const commendationsView = (c: Commendations, lang: Lang, meta: CommendationsMeta): PrintView => {
  const p = parts(c, lang, false);
  const body = html`<div class="hz-print hz-portrait hz-praise" lang="${lang === 'zh' ? 'zh-CN' : 'en'}">${heading(c, lang, meta)}${
    c.entries === 0 ? html`<p class="hz-empty">${T[lang].nothing}</p>` : [p.champions, p.rising, ...p.stars, p.badges]
  }</div>`;
  return { lang, title: T[lang].title, shape: 'portrait', css: CSS, body: body.text };
};

/** The same, on one projector screen: champions, rising stars and badges above, three categories' stars below. */
export const commendationsScreen = (c: Commendations, lang: Lang, meta: CommendationsMeta): PrintView => {
  const p = parts(c, lang, true);
  const body = html`<div class="hz-print hz-screen hz-praise" lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><div class="hz-slide">${heading(
    c,
    lang,
    meta,
  )}${
    c.entries === 0
      ? html`<p class="hz-empty">${T[lang].nothing}</p>`
      : html`<div class="hz-cols">${p.champions}${p.rising}${p.badges}${p.stars}</div>`
  }</div></div>`;
  return { lang, title: T[lang].title, shape: 'screen', css: CSS, body: body.text };
};
