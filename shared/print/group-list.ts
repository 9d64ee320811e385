/**
 * 分组名单 / Group list: one block per group — its name, and each member with role and gender — in large type,
 * two blocks side by side on A4 portrait, for the classroom wall or a photo in the class chat. Nothing statistical.
 * Blocks never break across pages; the browser starts a new page when the next one does not fit.
 */
import type { Lang } from '../i18n/localized.ts';
import { html } from './html.ts';
import { contentBox } from './page.ts';
import { classLine, classSize, genderLabel, mm } from './text.ts';
import type { ClassGroups, PrintView } from './types.ts';

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
.hz-list li .hz-role { font-size: calc(var(--hz-f) * 0.7); text-align: right; overflow-wrap: anywhere; min-width: 0; }
.hz-list li .hz-gender { font-size: calc(var(--hz-f) * 0.7); width: calc(var(--hz-f) * 1.3); text-align: right; flex: none; }`;

const T = {
  zh: { title: '分组名单' },
  en: { title: 'Study groups' },
} as const;

/**
 * Columns and type size: the largest type at which the whole class fits one page (two columns preferred, three
 * for a big class); a class too big for one page keeps two columns of large type over several pages.
 */
export const listLayout = (c: ClassGroups): { cols: number; font: number } => {
  const page = contentBox('portrait');
  const room = page.height - 18; // the heading
  const tallest = c.groups.reduce((n, g) => Math.max(n, g.members.length), 1);
  const fits = (cols: number, f: number): boolean => {
    const rows = Math.ceil(c.groups.length / cols);
    const block = f * 1.15 * 1.3 + 2.5 + tallest * f * 1.35 + 7;
    return rows * block + (rows - 1) * 4 <= room;
  };
  for (const f of [6, 5.6, 5.2]) if (fits(2, f)) return { cols: 2, font: f };
  for (const f of [5.2, 4.8, 4.4]) if (fits(3, f)) return { cols: 3, font: f };
  return { cols: 2, font: 5.6 };
};

export const groupListView = (c: ClassGroups, lang: Lang): PrintView => {
  const { cols, font } = listLayout(c);
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
<div class="hz-grid" style="grid-template-columns:repeat(${cols},minmax(0,1fr));--hz-f:${mm(font)}">${blocks}</div>
</div>`;
  return { lang, title: T[lang].title, shape: 'portrait', css: CSS, body: body.text };
};
