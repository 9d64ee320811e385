/**
 * 打印… / Print…: the printable views of the current grouping and of the points log, built by the shared core
 * (shared/print: data → escaped HTML with A4 print CSS) and shown in the Print dialog, which prints them with the
 * browser's own print (window.print: the add-on's dialog frame is sandboxed with allow-modals, which print needs —
 * https://developers.google.com/apps-script/guides/html/restrictions). Why not a formatted sheet: Apps Script has no
 * print settings to set (paper, orientation, fit, page breaks), and exporting a sheet as PDF needs a request to
 * Google's export URL (UrlFetchApp: the script.external_request scope) and read access beyond this spreadsheet —
 * two more permissions than the add-on asks for; a sheet cannot draw desk tents or cut lines either.
 */
import { sheetToGroupInfo } from '../../shared/grouping/group-info.ts';
import { type SheetGroup, sheetToGroups } from '../../shared/grouping/sheet.ts';
import type { Lang, Localized } from '../../shared/i18n/localized.ts';
import { computeCommendations } from '../../shared/points/commendations.ts';
import { studentHistory } from '../../shared/points/history.ts';
import { type PeriodRange, periodRange, periodStarts } from '../../shared/points/periods.ts';
import { badgesFor } from '../../shared/points/badges.ts';
import {
  BASE_CSS,
  type ClassGroups,
  classFromSheet,
  commendationsScreen,
  commendationsView,
  daysLabel,
  groupCardsView,
  groupListView,
  type PeriodChoice,
  type PrintView,
  roomShape,
  seatingChartView,
  studentHistoryView,
} from '../../shared/print/index.ts';
import { activeSpreadsheet, type Spreadsheet, timeZone } from './apps-script.ts';
import { currentGroupsSheet } from './current-groups.ts';
import { findLog, readLog } from './points-log.ts';
import { UserError } from './responses.ts';
import { readSettings } from './settings-store.ts';
import { readAll } from './workbook.ts';

export type PrintKind = 'list' | 'cards' | 'seating' | 'praise' | 'praise-screen' | 'history';

export interface PrintRequest {
  view: PrintKind;
  /** Seating chart: rows and columns of desk clusters. */
  rows?: number;
  cols?: number;
  /** Commendations and a student's history. */
  period?: PeriodChoice;
  /** A student's history. */
  studentId?: string;
}

/** What the dialog needs before it can offer anything: the grouping's name, its students, the room's shape. */
export interface PrintSetup {
  ok: true;
  groupsSheet: string | null;
  groups: { name: string; members: { id: string; name: string }[] }[];
  room: { rows: number; cols: number };
  hasLog: boolean;
}

export interface PrintDone extends PrintView {
  ok: true;
  /** The CSS every view shares (A4 pages), to put before the view's own. */
  baseCss: string;
  /** Students shown (each once), for the dialog's line under the buttons. */
  students: number;
}

const noGroups: Localized = {
  zh: '还没有分组。请先用“分组…”分好组，再来打印。',
  en: 'There are no groups yet. Use "Form groups…" first, then print.',
};

interface Current {
  sheetName: string;
  groups: SheetGroup[];
  values: unknown[][];
}

/** The current grouping and its sheet's values (one read: the members table and the group details). */
const current = (ss: Spreadsheet): Current | null => {
  const sheet = currentGroupsSheet(ss);
  if (!sheet) return null;
  const values = readAll(sheet);
  const groups = sheetToGroups(values);
  return groups?.length ? { sheetName: sheet.getName(), groups, values } : null;
};

export const printSetup = (_lang: Lang): PrintSetup => {
  const ss = activeSpreadsheet();
  const c = current(ss);
  const groups = (c?.groups ?? []).map((g) => ({
    name: g.name,
    members: g.members.map((m) => ({ id: m.id, name: m.name })),
  }));
  return {
    ok: true,
    groupsSheet: c?.sheetName ?? null,
    groups,
    room: roomShape(groups.length),
    hasLog: findLog(ss) !== null,
  };
};

const whole = (n: unknown, lo: number, hi: number): number | undefined => {
  const x = Math.floor(Number(n));
  return Number.isFinite(x) && x >= lo ? Math.min(hi, x) : undefined;
};

const PERIODS: readonly PeriodChoice[] = ['this-week', 'last-week', 'this-month', 'last-month', 'term', 'all'];

/** The instants of a period choice (null: the whole log). */
const rangeOf = (p: PeriodChoice, now: Date, tz: string, termStart: string | null): PeriodRange | null => {
  if (p === 'this-week') return periodRange('week', now, tz, 0);
  if (p === 'last-week') return periodRange('week', now, tz, 1);
  if (p === 'this-month') return periodRange('month', now, tz, 0);
  if (p === 'last-month') return periodRange('month', now, tz, 1);
  if (p === 'term') {
    const start = periodStarts(now, termStart, tz).term;
    return Number.isFinite(start) ? { start, end: now.getTime() + 1 } : null;
  }
  return null;
};

export const printView = (req: PrintRequest, lang: Lang): PrintDone => {
  const ss = activeSpreadsheet();
  const c = current(ss);
  if (!c) throw new UserError(noGroups);
  const tz = timeZone(ss);
  const now = new Date();
  const className = ss.getName();
  const klass: ClassGroups = classFromSheet(c.groups, { className, date: isoDay(now, tz) }, sheetToGroupInfo(c.values));
  const view = String(req?.view ?? '') as PrintKind;
  const period: PeriodChoice = PERIODS.includes(req?.period as PeriodChoice)
    ? (req.period as PeriodChoice)
    : 'this-week';
  const done = (v: PrintView, students: number): PrintDone => ({ ok: true, ...v, baseCss: BASE_CSS, students });
  const everyone = klass.groups.reduce((n, g) => n + g.members.length, 0);
  if (view === 'list') return done(groupListView(klass, lang), everyone);
  if (view === 'cards') return done(groupCardsView(klass, lang), everyone);
  if (view === 'seating') {
    const rows = whole(req.rows, 1, 20);
    const cols = whole(req.cols, 1, 8);
    return done(seatingChartView(klass, lang, { ...(rows ? { rows } : {}), ...(cols ? { cols } : {}) }), everyone);
  }
  const { settings } = readSettings(ss, lang);
  const refs = c.groups.map((g) => ({ name: g.name, members: g.members.map((m) => ({ id: m.id, name: m.name })) }));
  const { events } = readLog(findLog(ss));
  if (view === 'praise' || view === 'praise-screen') {
    const monthly = period === 'this-month' || period === 'last-month';
    const back = period === 'last-week' || period === 'last-month' ? 1 : 0;
    const shown: PeriodChoice = monthly ? (back ? 'last-month' : 'this-month') : back ? 'last-week' : 'this-week';
    const praise = computeCommendations(events, refs, settings, monthly ? 'month' : 'week', now, tz, back);
    const meta = { className, period: shown, timeZone: tz };
    const v = view === 'praise' ? commendationsView(praise, lang, meta) : commendationsScreen(praise, lang, meta);
    return done(v, 0);
  }
  if (view === 'history') {
    const id = String(req.studentId ?? '');
    const group = c.groups.find((g) => g.members.some((m) => m.id === id));
    const member = group?.members.find((m) => m.id === id);
    if (!group || !member) throw new UserError({ zh: '请先选一名学生。', en: 'Choose a student first.' });
    const range = rangeOf(period, now, tz, settings.termStart);
    const h = studentHistory(events, id, member.name, range);
    const total = events.reduce((s, e) => (e.studentId === id ? s + e.points : s), 0);
    return done(
      studentHistoryView(h, lang, {
        className,
        group: group.name,
        period,
        days: range ? daysLabel(new Date(range.start).toISOString(), new Date(range.end).toISOString(), tz, lang) : '',
        badgeName: settings.badge.name,
        badges: badgesFor(total, settings.badge),
        timeZone: tz,
      }),
      1,
    );
  }
  throw new UserError({ zh: `没有“${view}”这种打印内容。`, en: `There is no printout called "${view}".` });
};

const isoDay = (d: Date, tz: string): string => Utilities.formatDate(d, tz, 'yyyy-MM-dd');
