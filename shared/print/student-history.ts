/**
 * 学生积分记录 / A student's points: every entry of one student in a period, with totals by category — what a
 * teacher shows a parent. A4 portrait; the entries table repeats its header on each page. Times are the teacher's
 * local date-times.
 */
import type { Lang } from '../i18n/localized.ts';
import type { StudentHistory } from '../points/history.ts';
import { localDateTime } from '../time/zoned.ts';
import { html } from './html.ts';
import { PERIOD_WORDS, type PeriodChoice } from './period-label.ts';
import type { PrintView } from './types.ts';

export interface HistoryMeta {
  className: string;
  group: string;
  period: PeriodChoice;
  /** "11月16日—11月22日" (empty for the whole log). */
  days: string;
  badgeName: string;
  badges: number;
  timeZone?: string;
}

const T = {
  zh: {
    title: '学生积分记录',
    category: '类别',
    plus: '加分',
    minus: '扣分',
    net: '合计',
    total: '总计',
    time: '时间',
    points: '分数',
    note: '备注',
    takesBack: '撤回一条之前的记录',
    none: '这段时间没有记录。',
    takenBack: (n: number): string => `另有 ${n} 条记录已撤回，不再列出。`,
    badges: (n: number, b: string): string => `到目前共获得 ${n} 个${b}`,
    entries: '每一条记录',
    sums: '各类合计',
  },
  en: {
    title: 'Points record',
    category: 'Category',
    plus: 'Awarded',
    minus: 'Deducted',
    net: 'Total',
    total: 'All categories',
    time: 'Time',
    points: 'Points',
    note: 'Note',
    takesBack: 'takes back an earlier entry',
    none: 'No entries in this period.',
    takenBack: (n: number): string =>
      `${n} more entr${n === 1 ? 'y was' : 'ies were'} taken back and ${n === 1 ? 'is' : 'are'} not listed.`,
    badges: (n: number, b: string): string => `${n} × ${b} so far`,
    entries: 'Every entry',
    sums: 'Totals by category',
  },
} as const;

const CSS = `.hz-history h1 { font-size: 8mm; }
.hz-history .hz-sub { font-size: 4.5mm; margin: 1mm 0 5mm; }
.hz-history h2 { font-size: 5mm; margin: 4mm 0 2mm; }
.hz-history table { width: 100%; border-collapse: collapse; font-size: 4.2mm; table-layout: fixed; }
.hz-history th, .hz-history td { border: 0.3mm solid #666; padding: 1.2mm 2mm; text-align: left; overflow-wrap: anywhere; vertical-align: top; }
.hz-history th { background: #eee; }
.hz-history td.hz-num, .hz-history th.hz-num { text-align: right; }
.hz-history tr { break-inside: avoid; page-break-inside: avoid; }
.hz-history thead { display: table-header-group; }
.hz-history .hz-sum td { font-weight: 700; }
.hz-history .hz-note { font-size: 3.6mm; margin-top: 2mm; }`;

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

export const studentHistoryView = (h: StudentHistory, lang: Lang, meta: HistoryMeta): PrintView => {
  const t = T[lang];
  const period = PERIOD_WORDS[meta.period][lang];
  const sub = [
    meta.className,
    meta.group,
    meta.days ? `${period} ${meta.days}` : period,
    t.badges(meta.badges, meta.badgeName),
  ]
    .filter((s) => s !== '')
    .join(' · ');
  const body = html`<div class="hz-print hz-portrait hz-history" lang="${lang === 'zh' ? 'zh-CN' : 'en'}" data-student-id="${h.studentId}">
<h1>${h.studentName} · ${t.title}</h1>
<p class="hz-sub hz-muted">${sub}</p>
${
  h.entries.length === 0
    ? html`<p>${t.none}</p>`
    : html`<h2>${t.sums}</h2>
<table class="hz-sums"><colgroup><col style="width:40%"><col><col><col></colgroup><thead><tr><th>${t.category}</th><th class="hz-num">${t.plus}</th><th class="hz-num">${t.minus}</th><th class="hz-num">${t.net}</th></tr></thead><tbody>${h.byCategory.map(
        (c) =>
          html`<tr><td>${c.category}</td><td class="hz-num">${signed(c.plus)}</td><td class="hz-num">${c.minus ? String(c.minus) : '0'}</td><td class="hz-num">${signed(c.net)}</td></tr>`,
      )}<tr class="hz-sum"><td>${t.total}</td><td></td><td></td><td class="hz-num" data-total="${h.total}">${signed(h.total)}</td></tr></tbody></table>
<h2>${t.entries}</h2>
<table class="hz-entries"><colgroup><col style="width:30%"><col style="width:20%"><col style="width:12%"><col></colgroup><thead><tr><th>${t.time}</th><th>${t.category}</th><th class="hz-num">${t.points}</th><th>${t.note}</th></tr></thead><tbody>${h.entries.map(
        (e) =>
          html`<tr data-entry><td>${localDateTime(Date.parse(e.timestamp), meta.timeZone)}</td><td>${e.category}</td><td class="hz-num">${signed(e.points)}</td><td>${e.takesBack ? (e.note ? (lang === 'zh' ? `${e.note}（${t.takesBack}）` : `${e.note} (${t.takesBack})`) : t.takesBack) : e.note}</td></tr>`,
      )}</tbody></table>`
}
${h.takenBack ? html`<p class="hz-note hz-muted">${t.takenBack(h.takenBack)}</p>` : ''}
</div>`;
  return { lang, title: `${h.studentName} · ${t.title}`, shape: 'portrait', css: CSS, body: body.text };
};
