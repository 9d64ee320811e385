/**
 * 分组名单 / Group list: one block per group — its name, and each member with role and gender — in large type,
 * two blocks side by side on A4 portrait, for the classroom wall or a photo in the class chat. Nothing statistical.
 * Blocks never break across pages; the browser starts a new page when the next one does not fit.
 */
import type { Lang } from '../i18n/localized.ts';
import { html } from './html.ts';
import { contentBox } from './page.ts';
import { classLine, classSize, ems, genderLabel, mm } from './text.ts';
import type { ClassGroups, PrintMember, PrintView } from './types.ts';

const CSS = `.hz-list .hz-head { display: flex; align-items: baseline; gap: 6mm; border-bottom: 0.6mm solid #000; padding-bottom: 2mm; margin-bottom: 4mm; }
.hz-list .hz-head h1 { font-size: 9mm; }
.hz-list .hz-head p { font-size: 4.2mm; }
.hz-list .hz-grid { display: grid; gap: 4mm 5mm; }
.hz-list .hz-group { border: 0.4mm solid #000; border-radius: 2mm; padding: 2.5mm 3.5mm 3mm; min-width: 0; }
.hz-list .hz-group h2 { font-size: calc(var(--hz-f) * 1.15); line-height: 1.3; border-bottom: 0.3mm solid #999; margin-bottom: 1.5mm; overflow-wrap: anywhere; }
.hz-list .hz-group h2 small { font-size: calc(var(--hz-f) * 0.75); font-weight: normal; margin-left: 2mm; }
.hz-list ul { list-style: none; margin: 0; padding: 0; }
.hz-list li { display: flex; align-items: baseline; gap: 2mm; font-size: var(--hz-f); line-height: 1.35; }
.hz-list li .hz-name { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; font-weight: 600; }
.hz-list li .hz-role { font-size: calc(var(--hz-f) * 0.7); text-align: right; white-space: nowrap; flex: none; }
.hz-list .hz-stacked li { flex-wrap: wrap; row-gap: 0; }
.hz-list .hz-stacked li .hz-name { flex: 1 0 100%; }
.hz-list .hz-stacked li .hz-role { text-align: left; flex: 1 1 auto; white-space: normal; min-width: 0; }
.hz-list li .hz-gender { font-size: calc(var(--hz-f) * 0.7); width: calc(var(--hz-f) * 1.3); text-align: right; flex: none; }`;

const T = {
  zh: { title: '分组名单' },
  en: { title: 'Study groups' },
} as const;

export interface ListLayout {
  cols: number;
  /** Name size in mm; roles and gender are 0.7 of it. */
  font: number;
  /** Each member on one line (name, role, gender), or the role and gender under the name in small type. */
  stacked: boolean;
}

/**
 * Columns, type size and member style: the largest type at which the whole class fits one page, trying two
 * columns with each member on one line first, then three, then the role under the name. A class too big for one
 * page keeps two columns of large type over several pages. Widths are estimated from the texts (ems.ts), with room
 * to spare, so a line that might wrap counts as two.
 */
export const listLayout = (c: ClassGroups): ListLayout => {
  const page = contentBox('portrait');
  const room = page.height - 18; // the heading
  const fits = (cols: number, f: number, stacked: boolean): boolean => {
    const inner = (page.width - 5 * (cols - 1)) / cols - 8;
    // A member's height: lines of name (and role) as wide as estimated, wrapped at the column's width.
    const lineOf = (m: PrintMember): number => {
      const name = ems(m.name) * f;
      const rest = (ems(m.role) + 2) * f * 0.7;
      if (stacked) return Math.ceil(name / (inner * 0.9)) * f * 1.35 + Math.ceil(rest / (inner * 0.9)) * f * 0.7 * 1.35;
      return Math.ceil(name / Math.max(1, inner * 0.9 - rest - 4)) * f * 1.35;
    };
    const blocks = c.groups.map((g) => f * 1.15 * 1.3 + 2.5 + 7 + g.members.reduce((h, m) => h + lineOf(m), 0));
    let height = 0;
    for (let i = 0; i < blocks.length; i += cols) height += Math.max(...blocks.slice(i, i + cols)) + 4;
    return height <= room;
  };
  const tries: [number, number[], boolean][] = [
    [2, [6, 5.6, 5.2], false],
    [3, [5.2, 4.8, 4.4], false],
    [2, [5.6, 5.2, 4.8], true],
    [3, [4.8, 4.4, 4], true],
  ];
  for (const [cols, sizes, stacked] of tries)
    for (const f of sizes) if (fits(cols, f, stacked)) return { cols, font: f, stacked };
  return { cols: 2, font: 5.6, stacked: false };
};

export const groupListView = (c: ClassGroups, lang: Lang): PrintView => {
  const { cols, font, stacked } = listLayout(c);
  const blocks = c.groups.map(
    (g) => html`<section class="hz-group hz-keep" data-group="${g.name}">
<h2>${g.name}${g.title ? html`<small>${g.title}</small>` : ''}</h2>
<ul>${g.members.map(
      (m) =>
        html`<li data-student-id="${m.id}"><span class="hz-name">${m.name}</span><span class="hz-role">${m.role}</span><span class="hz-gender">${genderLabel(m.gender, lang)}</span></li>`,
    )}</ul>
</section>`,
  );
  const body = html`<div class="hz-print hz-portrait hz-list" lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<header class="hz-head"><h1>${T[lang].title}</h1><p class="hz-muted">${[classLine(c), classSize(c, lang)].filter(Boolean).join(' · ')}</p></header>
<div class="hz-grid${stacked ? ' hz-stacked' : ''}" style="grid-template-columns:repeat(${cols},minmax(0,1fr));--hz-f:${mm(font)}">${blocks}</div>
</div>`;
  return { lang, title: T[lang].title, shape: 'portrait', css: CSS, body: body.text };
};
