/**
 * The Form groups dialog's server side. `formGroupsPreview` reads the roster and lists its problems before anything
 * happens; `formGroupsRun` re-reads it (it may have been fixed meanwhile), refuses on errors, forms the groups,
 * builds the whole 分组 sheet in memory and only then writes it — as a NEW sheet (分组, 分组 (2), …), so earlier
 * groupings stay as history. If writing fails half-way the new sheet is deleted: never a half-written sheet.
 */

import { explainNotice, explainRefusal, formGroups, MAX_ROUNDS } from '../../shared/grouping/index.ts';
import { groupingToSheet, sheetToGroups } from '../../shared/grouping/sheet.ts';
import type { BalanceWeights, GroupingOptions } from '../../shared/grouping/types.ts';
import type { Lang, Localized } from '../../shared/i18n/localized.ts';
import { formatProblem } from '../../shared/roster/index.ts';
import { matchPrevious } from '../../shared/roster/previous.ts';
import type { RosterProblem } from '../../shared/roster/types.ts';
import { formatMix, parseMix } from '../../shared/settings/mix.ts';
import { sheetName } from '../../shared/sheet-text.ts';
import { activeSpreadsheet, localTime, type Sheet, type Spreadsheet, timeZone } from './apps-script.ts';
import { currentGroupsSheet, readCurrentGroups, rememberCurrentGroups } from './current-groups.ts';
import { BUSY, withDocumentLock } from './document-lock.ts';
import { type Failure, UserError } from './responses.ts';
import { readRoster } from './roster-source.ts';
import { readSettings } from './settings-store.ts';
import { freshSheetName, readAll, sheetNames, writeBlock } from './workbook.ts';

export interface ProblemLine {
  severity: 'error' | 'warning';
  text: string;
}

export interface RosterPreview {
  ok: true;
  lang: Lang;
  sheetName: string | null;
  students: number;
  subjects: string[];
  attributes: string[];
  hasErrors: boolean;
  /** Errors first; at most MAX_LINES, with `moreProblems` counting the rest. */
  problems: ProblemLine[];
  moreProblems: number;
  defaults: { size: number; mix: string };
  /** A current grouping exists (the "keep previous groups stable" option makes sense). */
  hasPrevious: boolean;
  /** Students whose status says they left (not grouped unless the teacher keeps them). */
  departed: number;
  /** The grouping scoring and printing use now (its sheet's name), or null. */
  currentGroups: string | null;
  /** The open sheet, when it is another groups sheet the teacher may want to use instead (a later round). */
  activeGroups: string | null;
}

export interface FormGroupsRequest {
  by: 'size' | 'groups';
  value: number;
  /** "2:1:1", "2:2:2", "1:1" or "none". */
  mix: string;
  remainder?: 'larger' | 'smaller';
  balance?: { total?: boolean; subjects?: boolean; gender?: boolean; attributes?: string[] };
  seed?: number;
  keepPrevious?: boolean;
  /** Group students whose status says they left (转出, 休学…) too. */
  keepDeparted?: boolean;
  /** Rotation: this many groupings in which students meet new classmates, one sheet each (default 1). */
  rounds?: number;
}

export interface FormGroupsDone {
  ok: true;
  /** The sheet of the (first round's) groups: the current grouping now. */
  sheetName: string;
  /** Every sheet written, one per round. */
  sheets: string[];
  groups: number;
  students: number;
  /** One readable line about the balance (vs serpentine). */
  summary: string;
  warnings: string[];
}

const MAX_LINES = 100;

const noRoster: Localized = {
  zh: '没有找到名单。请打开包含学生名单的工作表（第一行是表头，至少有“姓名”一列），或把名单工作表命名为“名单”。',
  en: 'No roster found. Open the sheet with the class list (a header row with at least a "Name" column), or name that sheet "Roster".',
};

const problemLines = (problems: readonly RosterProblem[], lang: Lang): { lines: ProblemLine[]; more: number } => {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    lines: sorted.slice(0, MAX_LINES).map((p) => ({ severity: p.severity, text: formatProblem(p, lang) })),
    more: Math.max(0, sorted.length - MAX_LINES),
  };
};

/** The open sheet when it holds groups (a members table) but is not the current grouping. */
const otherGroupsSheet = (ss: Spreadsheet, current: Sheet | null): Sheet | null => {
  const active = ss.getActiveSheet();
  if (!active || (current && active.getSheetId() === current.getSheetId())) return null;
  return sheetToGroups(readAll(active))?.length ? active : null;
};

export const formGroupsPreview = (lang: Lang): RosterPreview => {
  const ss = activeSpreadsheet();
  const read = readRoster(ss);
  const { settings } = readSettings(ss, lang);
  const defaults = { size: settings.groupSize, mix: formatMix(settings.mix, 'en') };
  const hasPrevious = readCurrentGroups(ss) !== null;
  const currentSheet = currentGroupsSheet(ss);
  const where = {
    currentGroups: currentSheet?.getName() ?? null,
    activeGroups: otherGroupsSheet(ss, currentSheet)?.getName() ?? null,
  };
  if (!read.result) {
    return {
      ok: true,
      lang,
      sheetName: null,
      students: 0,
      subjects: [],
      attributes: [],
      hasErrors: true,
      problems: [{ severity: 'error', text: noRoster[lang] }],
      moreProblems: 0,
      defaults,
      hasPrevious,
      departed: 0,
      ...where,
    };
  }
  const { roster, problems } = read.result;
  const { lines, more } = problemLines(problems, lang);
  const empty = roster !== null && roster.students.length === 0;
  if (empty)
    lines.unshift({
      severity: 'error',
      text:
        lang === 'zh'
          ? `“${read.sheetName}”表里没有学生（表头下面是空的）。`
          : `The sheet "${read.sheetName}" has no students under its header row.`,
    });
  return {
    ok: true,
    lang,
    sheetName: read.sheetName,
    students: roster?.students.length ?? 0,
    subjects: roster?.subjects ?? [],
    attributes: roster?.attributes ?? [],
    hasErrors: roster === null || empty || problems.some((p) => p.severity === 'error'),
    problems: lines,
    moreProblems: more,
    defaults,
    hasPrevious,
    departed: roster?.departed.length ?? 0,
    ...where,
  };
};

/** "Use this sheet as the current groups": the open groups sheet becomes what scoring and printing read. */
export const useActiveGroups = (lang: Lang): { ok: true; sheetName: string } | Failure => {
  const ss = activeSpreadsheet();
  const sheet = otherGroupsSheet(ss, null);
  if (!sheet)
    throw new UserError({
      zh: '打开的表里没有分组（找不到“小组、学号”表头）。请先打开要用的那一轮分组表。',
      en: 'The open sheet has no groups (no "Group, Student ID" header). Open the round you want to use first.',
    });
  const done = withDocumentLock(lang, () => {
    rememberCurrentGroups(sheet);
    return sheet.getName();
  });
  return typeof done === 'string' ? { ok: true, sheetName: done } : done;
};

const readMix = (text: string): number[] | null => {
  const r = parseMix(text);
  if (!r.ok)
    throw new UserError({
      zh: `能力搭配“${text}”应写成 2:1:1 这样的形式，或选“不限”。`,
      en: `The ability mix "${text}" should look like 2:1:1, or choose "none".`,
    });
  return r.mix;
};

/** Dialog fields → grouping options. Numbers are checked here so a typo gets a sentence, not an exception. */
export const toOptions = (
  req: FormGroupsRequest,
  lang: Lang,
  attributes: readonly string[],
  previous: string[][] | undefined,
): GroupingOptions => {
  if (req === null || typeof req !== 'object')
    throw new UserError({
      zh: '没有收到分组选项，请重新打开“分组…”。',
      en: 'No grouping options were received; open "Form groups…" again.',
    });
  const value = Number(req.value);
  if (!Number.isInteger(value) || value < 1) {
    throw new UserError(
      req.by === 'size'
        ? {
            zh: `每组人数应为正整数（现在是“${req.value}”）。`,
            en: `Group size must be a whole number (got "${req.value}").`,
          }
        : {
            zh: `组数应为正整数（现在是“${req.value}”）。`,
            en: `The number of groups must be a whole number (got "${req.value}").`,
          },
    );
  }
  const b = req.balance ?? {};
  const balance: Partial<BalanceWeights> = {
    total: b.total === false ? 0 : 1,
    subjects: b.subjects === false ? 0 : 1,
    gender: b.gender === false ? 0 : 1,
    attributes: Object.fromEntries(attributes.map((a) => [a, (b.attributes ?? []).includes(a) ? 1 : 0])),
  };
  const seed = req.seed === undefined || req.seed === null || String(req.seed).trim() === '' ? 1 : Number(req.seed);
  if (!Number.isInteger(seed))
    throw new UserError({
      zh: `分法编号应为整数（现在是“${req.seed}”）。`,
      en: `The arrangement number must be a whole number (got "${req.seed}").`,
    });
  const rounds = req.rounds === undefined || req.rounds === null ? 1 : Number(req.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > MAX_ROUNDS)
    throw new UserError({
      zh: `轮数应为 1 到 ${MAX_ROUNDS} 之间的整数（现在是“${req.rounds}”）。`,
      en: `Rounds must be a whole number from 1 to ${MAX_ROUNDS} (got "${req.rounds}").`,
    });
  return {
    ...(req.by === 'size' ? { size: value } : { groups: value }),
    ...(rounds > 1 ? { rounds } : {}),
    remainder: req.remainder === 'smaller' ? 'smaller' : 'larger',
    mix: readMix(req.mix),
    balance,
    seed,
    lang,
    ...(previous ? { previous } : {}),
  };
};

/** Writing a grade's groups sheet can take a few seconds: a colleague's waits that long for it. */
const GROUPS_LOCK_WAIT_MS = 10_000;

export const formGroupsRun = (req: FormGroupsRequest, lang: Lang): FormGroupsDone | Failure => {
  const ss = activeSpreadsheet();
  const read = readRoster(ss, { keepDeparted: req.keepDeparted === true });
  if (!read.result) throw new UserError(noRoster);
  const { roster, problems } = read.result;
  if (roster === null || problems.some((p) => p.severity === 'error')) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new UserError(
      {
        zh: `名单“${read.sheetName}”有 ${errors.length} 个问题需要先修正，还没有分组。`,
        en: `The roster "${read.sheetName}" has ${errors.length} problem(s) to fix first; no groups were formed.`,
      },
      errors.slice(0, MAX_LINES).map((p) => ({ zh: formatProblem(p, 'zh'), en: formatProblem(p, 'en') })),
    );
  }
  if (roster.students.length === 0)
    throw new UserError({
      zh: `“${read.sheetName}”表里没有学生。`,
      en: `The sheet "${read.sheetName}" has no students.`,
    });

  const current = req.keepPrevious ? readCurrentGroups(ss) : null;
  const prev = current
    ? matchPrevious(
        current.groups.map((g) => g.members),
        roster,
      )
    : null;
  const options = toOptions(req, lang, roster.attributes, prev?.groups);
  const outcome = formGroups(roster.students, options);
  if (!outcome.ok) {
    const zh = explainRefusal(outcome.conflicts, 'zh');
    const en = explainRefusal(outcome.conflicts, 'en');
    if (outcome.conflicts.length === 1)
      throw new UserError({ zh: `${zh.heading}${zh.lines.join('')}`, en: `${en.heading} ${en.lines.join('')}` });
    throw new UserError(
      { zh: zh.heading, en: en.heading },
      zh.lines.map((line, i) => ({ zh: line, en: en.lines[i] ?? '' })),
    );
  }
  const [grouping] = outcome.rounds;
  if (!grouping) throw new Error('formGroups returned no round');
  const meta = {
    createdAt: localTime(new Date(), timeZone(ss)),
    seed: typeof options.seed === 'number' ? options.seed : 1,
    sheetRosterName: read.sheetName ?? '',
  };
  const layouts = outcome.rounds.map((r) => groupingToSheet(r, roster.students, lang, meta));
  const base = sheetName('groups', lang);
  const nameOf = (i: number): string =>
    layouts.length === 1 ? base : lang === 'zh' ? `${base} 第${i + 1}轮` : `${base} round ${i + 1}`;

  // The grouping is computed without the lock (it can take seconds); choosing free names, inserting the sheets
  // and writing them happen under it, so two teachers forming groups at once never pick the same name. Rotation
  // rounds get a sheet each; the first round is the current grouping until the teacher picks another.
  const written = withDocumentLock(
    lang,
    () => {
      const sheets: Sheet[] = [];
      try {
        for (const [i, layout] of layouts.entries()) {
          const sheet = ss.insertSheet(freshSheetName(sheetNames(ss), nameOf(i)));
          sheets.push(sheet);
          writeGroupsSheet(sheet, layout);
        }
      } catch (e) {
        for (const s of sheets) ss.deleteSheet(s);
        throw e;
      }
      const [first] = sheets;
      if (!first) throw new Error('no groups sheet was written');
      rememberCurrentGroups(first);
      ss.setActiveSheet(first);
      return sheets.map((s) => s.getName());
    },
    BUSY.write,
    GROUPS_LOCK_WAIT_MS,
  );
  if (!Array.isArray(written)) return written;
  const name = written[0] ?? '';

  const bal = grouping.report.balance;
  const serp = grouping.report.baselines.serpentine;
  // One sentence a teacher can check: how far apart the groups' averages are, beside the usual way of dealing
  // students out by rank (a serpentine draft).
  const summary =
    lang === 'zh'
      ? `各组平均总分最多相差 ${bal.totalRange.toFixed(1)} 分（按名次轮流分是 ${serp.totalRange.toFixed(1)} 分）。`
      : `The groups' average totals are at most ${bal.totalRange.toFixed(1)} apart (dealing students out by rank gives ${serp.totalRange.toFixed(1)}).`;
  return {
    ok: true,
    sheetName: name,
    sheets: written,
    groups: grouping.groups.length,
    students: roster.students.length,
    summary,
    warnings: [
      ...problems
        .filter((p) => p.severity === 'warning')
        .slice(0, 20)
        .map((p) => formatProblem(p, lang)),
      ...(prev?.warnings ?? []).map((w) => w[lang]),
      ...outcome.warnings.map((w) => explainNotice(w, lang)),
    ],
  };
};

/** One setValues per section (each at its own width), then the cosmetic formats (bold headers, boxed seats). */
const writeGroupsSheet = (sheet: Sheet, layout: ReturnType<typeof groupingToSheet>): void => {
  for (const part of layout.sections)
    writeBlock(sheet, part.row, 1, layout.rows.slice(part.row - 1, part.row - 1 + part.rows));
  for (const r of layout.headerRows) {
    const width = layout.rows[r - 1]?.length ?? 1;
    sheet.getRange(r, 1, 1, Math.max(1, width)).setFontWeight('bold');
  }
  for (const b of layout.seatBoxes)
    sheet.getRange(b.row, b.col, b.rows, b.cols).setBorder(true, true, true, true, true, true);
};
