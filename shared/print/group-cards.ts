/**
 * 小组卡片 / Group cards: one desk tent per group, two to an A4 page (portrait), with dashed cut lines around each
 * and a fold line across the middle. Folded, the upper half — printed upside down — faces the class: the group's
 * name and motto, large. The lower half faces the group: name, goal, and every member with their role.
 * Each card's geometry is fixed (it never spills onto the next page); type sizes are chosen from the texts'
 * widths so long names shrink instead of being cut off.
 */
import type { Lang } from '../i18n/localized.ts';
import { html } from './html.ts';
import { contentBox } from './page.ts';
import { clamp, ems, groupTitle, mm, widest } from './text.ts';
import type { ClassGroups, PrintGroup, PrintView } from './types.ts';

export const CARDS_PER_PAGE = 2;

const T = {
  zh: { title: '小组卡片', fold: '沿虚线对折，立在桌上', cut: '✂ 沿虚线剪下', goal: '目标：', motto: '组训：' },
  en: {
    title: 'Group cards',
    fold: 'Fold along this line and stand it on the desk',
    cut: '✂ Cut along the dashed line',
    goal: 'Goal: ',
    motto: 'Motto: ',
  },
} as const;

const CSS = `.hz-cards .hz-page { display: flex; flex-direction: column; }
.hz-cards .hz-card { position: relative; border: 0.4mm dashed #000; display: flex; flex-direction: column; overflow: hidden; }
.hz-cards .hz-half { flex: 1 1 0; min-height: 0; display: flex; flex-direction: column; padding: 4mm 6mm; overflow: hidden; }
.hz-cards .hz-front { transform: rotate(180deg); align-items: center; justify-content: center; text-align: center; }
.hz-cards .hz-front .hz-big { font-weight: 700; line-height: 1.15; overflow-wrap: anywhere; }
.hz-cards .hz-front .hz-motto { margin-top: 3mm; line-height: 1.25; overflow-wrap: anywhere; }
.hz-cards .hz-fold { border-top: 0.3mm dotted #555; height: 0; position: relative; }
.hz-cards .hz-fold span { position: absolute; right: 4mm; top: -2.2mm; font-size: 2.6mm; background: #fff; padding: 0 1mm; color: #555; }
.hz-cards .hz-back h2 { line-height: 1.2; overflow-wrap: anywhere; }
.hz-cards .hz-back h2 small { font-weight: normal; margin-left: 2mm; }
.hz-cards .hz-back .hz-goal { line-height: 1.3; margin: 1mm 0 2mm; overflow-wrap: anywhere; }
.hz-cards .hz-members { display: grid; gap: 1.5mm 4mm; align-content: start; }
.hz-cards .hz-member { min-width: 0; line-height: 1.2; }
.hz-cards .hz-member .hz-name { display: block; font-weight: 600; overflow-wrap: anywhere; }
.hz-cards .hz-member .hz-role { display: block; overflow-wrap: anywhere; color: #333; }
.hz-cards .hz-cut { font-size: 2.6mm; color: #555; height: 5mm; line-height: 5mm; text-align: center; }`;

/** A card's size: two to a page, with a strip between them for the cut hint. */
const cardBox = (): { width: number; height: number } => {
  const page = contentBox('portrait');
  return { width: page.width, height: (page.height - 5 * (CARDS_PER_PAGE - 1)) / CARDS_PER_PAGE - 0.5 };
};

const card = (g: PrintGroup, lang: Lang): string => {
  const t = T[lang];
  const { width, height } = cardBox();
  const half = height / 2;
  const inner = width - 12;
  const title = groupTitle(g);
  // Front (faces the class): the name as large as the half allows, the motto under it.
  const big = clamp(Math.min((inner - 4) / ems(title), half * 0.42), 6, 28);
  const motto = g.motto ? clamp(Math.min((inner * 2) / ems(g.motto), 9), 3.2, 9) : 0;
  // Back (faces the group): members in a grid sized by how many there are.
  const n = g.members.length;
  const cols = n <= 4 ? 2 : n <= 6 ? 3 : n <= 12 ? 4 : 5;
  const rows = Math.max(1, Math.ceil(n / cols));
  const head = 6.5;
  const goal = g.goal ? clamp((inner * 2) / ems(t.goal + g.goal), 2.8, 4.5) : 0;
  const membersHeight = half - 8 - head * 1.25 - (goal ? goal * 1.3 * 2 + 3 : 2);
  const colWidth = (inner - 4 * (cols - 1)) / cols;
  const nameFit = colWidth / widest(g.members.map((m) => m.name));
  const perRow = membersHeight / rows - 1.5;
  const name = clamp(Math.min(nameFit, perRow / 2, 7.5), 3, 7.5);
  const role = clamp(name * 0.62, 2.6, 4.5);
  return html`<section class="hz-card" data-group="${g.name}" style="height:${mm(height)}">
<div class="hz-half hz-front"><div class="hz-big" style="font-size:${mm(big)}">${title}</div>${
    g.motto ? html`<div class="hz-motto" style="font-size:${mm(motto)}">${g.motto}</div>` : ''
  }</div>
<div class="hz-fold"><span>${t.fold}</span></div>
<div class="hz-half hz-back">
<h2 style="font-size:${mm(head)}">${g.name}${g.title ? html`<small style="font-size:${mm(head * 0.7)}">${g.title}</small>` : ''}</h2>
${g.goal ? html`<p class="hz-goal" style="font-size:${mm(goal)}">${t.goal}${g.goal}</p>` : ''}
<div class="hz-members" style="grid-template-columns:repeat(${cols},minmax(0,1fr))">${g.members.map(
    (m) =>
      html`<div class="hz-member" data-student-id="${m.id}"><span class="hz-name" style="font-size:${mm(name)}">${m.name}</span><span class="hz-role" style="font-size:${mm(role)}">${m.role || '\u00a0'}</span></div>`,
  )}</div>
</div>
</section>`.text;
};

export const groupCardsView = (c: ClassGroups, lang: Lang): PrintView => {
  const pages: string[] = [];
  for (let i = 0; i < c.groups.length; i += CARDS_PER_PAGE) {
    const cards = c.groups.slice(i, i + CARDS_PER_PAGE).map((g) => card(g, lang));
    pages.push(`<div class="hz-page">${cards.join(html`<div class="hz-cut">${T[lang].cut}</div>`.text)}</div>`);
  }
  const body = `<div class="hz-print hz-portrait hz-cards" lang="${lang === 'zh' ? 'zh-CN' : 'en'}">${pages.join('\n')}</div>`;
  return { lang, title: T[lang].title, shape: 'portrait', css: CSS, body };
};
