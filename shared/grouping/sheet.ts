/**
 * The 分组/Groups sheet, built entirely in memory, section by section (each written with one setValues, at its
 * own width, so a roster with thousands of subject columns never makes a subjects × subjects rectangle):
 *   title row · members table (group, id, name, role, gender, total, subjects) · group details the teacher fills
 *   in (name, motto, goal: group-info.ts) · per-group statistics · balance summary (this grouping vs dealing
 *   students out by rank vs a random split) · seating drawn with cells.
 * The members table is also how the add-on reads the current grouping back (sheetToGroups), so a teacher can
 * move a student by editing the group cell. Pure: no Apps Script.
 */
import type { Lang } from '../i18n/localized.ts';
import type { Student } from '../roster/types.ts';
import { safeText } from '../sheet-text.ts';
import { groupInfoRows } from './group-info.ts';
import type { BalanceSummary, Grouping, Stat } from './types.ts';

/** A cell of the layout: text (already made formula-proof) or a number. */
export type Cell = string | number;

/** A grouping as the scoring side needs it (read back from the sheet). */
export interface SheetGroup {
  name: string;
  /** gender: the cell as the sheet shows it (男/女/M/F), when there is one. */
  members: { id: string; name: string; role: string; gender?: string }[];
}

export interface GroupsSheetLayout {
  rows: Cell[][];
  /** The sections, as 1-based first rows and row counts: each is written as one block of its own width. */
  sections: { row: number; rows: number }[];
  /** 1-based rows to show in bold (titles and table headers). */
  headerRows: number[];
  /** One box per group's seats (1-based), drawn with borders: the seating plan as cells. */
  seatBoxes: { row: number; col: number; rows: number; cols: number }[];
}

const L = {
  group: { zh: '小组', en: 'Group' },
  id: { zh: '学号', en: 'Student ID' },
  name: { zh: '姓名', en: 'Name' },
  role: { zh: '角色', en: 'Role' },
  gender: { zh: '性别', en: 'Gender' },
  total: { zh: '总分', en: 'Total' },
  size: { zh: '人数', en: 'Members' },
  male: { zh: '男', en: 'M' },
  female: { zh: '女', en: 'F' },
  meanTotal: { zh: '平均总分', en: 'Average total' },
  gapTotal: { zh: '组内最高与最低总分相差', en: 'Gap between the highest and lowest total in the group' },
  stats: { zh: '小组统计', en: 'Group statistics' },
  balance: {
    zh: '均衡情况（各组平均分最高与最低相差多少：越小越均衡）',
    en: 'Balance (how far apart the groups’ averages are: smaller is fairer)',
  },
  measure: { zh: '比较', en: 'Compared' },
  thisOne: { zh: '本次分组', en: 'These groups' },
  dealt: { zh: '按名次轮流分', en: 'Dealt out by rank' },
  random: { zh: '随便分', en: 'Random split' },
  totalRange: { zh: '各组平均总分相差', en: 'Gap between group averages (total)' },
  seating: { zh: '座位图（每组前排在上）', en: 'Seating (front row on top)' },
  title: { zh: '互助分组', en: 'Huzhu grouping' },
} as const;

const MEMBER_HEADERS = { zh: [L.group.zh, L.id.zh], en: [L.group.en, L.id.en] };

const r1 = (x: number | undefined | null): Cell =>
  typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 10) / 10 : '';
const mean = (s: Stat | null | undefined): Cell => r1(s?.mean);

export interface LayoutMeta {
  createdAt: string;
  /** The arrangement number (the same number gives the same groups), shown small in the title row. */
  seed: number;
  sheetRosterName: string;
}

/** Groups per band of the seating drawing (kept narrow enough to read without scrolling far). */
const SEAT_GROUPS_PER_BAND = 4;

export const groupingToSheet = (
  grouping: Grouping,
  students: readonly Student[],
  lang: Lang,
  meta: LayoutMeta,
): GroupsSheetLayout => {
  const t = (k: keyof typeof L): string => L[k][lang];
  const byId = new Map(students.map((s) => [s.id, s]));
  const subjects = Object.keys(grouping.report.class.subjects);
  const rows: Cell[][] = [];
  const headerRows: number[] = [];
  const seatBoxes: GroupsSheetLayout['seatBoxes'] = [];
  const sections: GroupsSheetLayout['sections'] = [];
  const push = (r: Cell[], header = false): void => {
    rows.push(r);
    if (header) headerRows.push(rows.length);
  };
  /** Close the section begun at `from` (0-based index into rows). */
  const section = (from: number): void => {
    if (rows.length > from) sections.push({ row: from + 1, rows: rows.length - from });
  };

  const n = grouping.groups.reduce((a, g) => a + g.members.length, 0);
  let from = rows.length;
  push(
    [
      t('title'),
      safeText(meta.createdAt),
      lang === 'zh' ? `${n}名学生，${grouping.groups.length}组` : `${n} students, ${grouping.groups.length} groups`,
      lang === 'zh' ? `分法编号 ${meta.seed}` : `arrangement no. ${meta.seed}`,
      safeText(lang === 'zh' ? `来源：${meta.sheetRosterName}` : `From: ${meta.sheetRosterName}`),
    ],
    true,
  );
  section(from);
  push([]);

  // Members table: the machine-readable part (sheetToGroups finds it by its first two headers).
  from = rows.length;
  push([t('group'), t('id'), t('name'), t('role'), t('gender'), t('total'), ...subjects.map(safeText)], true);
  for (const g of grouping.groups) {
    for (const m of g.members) {
      const s = byId.get(m.id);
      const gender = s?.gender === 'M' ? t('male') : s?.gender === 'F' ? t('female') : '';
      push([
        safeText(g.name),
        safeText(m.id),
        safeText(m.name),
        safeText(m.role ?? ''),
        gender,
        s?.total ?? '',
        ...subjects.map((x) => s?.subjects[x] ?? ''),
      ]);
    }
  }
  section(from);
  push([]);

  // Group details the teacher fills in (name, motto, goal): the print views read them back.
  from = rows.length;
  const info = groupInfoRows(
    grouping.groups.map((g) => g.name),
    lang,
  );
  push(info[0] ?? [], true);
  push(info[1] ?? [], true);
  for (const r of info.slice(2)) push(r);
  section(from);
  push([]);

  from = rows.length;
  push([t('stats')], true);
  push([t('group'), t('size'), t('male'), t('female'), t('meanTotal'), t('gapTotal'), ...subjects.map(safeText)], true);
  for (const g of grouping.report.groups) {
    push([
      safeText(g.name),
      g.size,
      g.gender.M,
      g.gender.F,
      mean(g.total),
      g.total ? r1(g.total.max - g.total.min) : '',
      ...subjects.map((x) => mean(g.subjects[x])),
    ]);
  }
  section(from);
  push([]);

  from = rows.length;
  const b: BalanceSummary[] = [
    grouping.report.balance,
    grouping.report.baselines.serpentine,
    grouping.report.baselines.random,
  ];
  push([t('balance')], true);
  push([t('measure'), t('thisOne'), t('dealt'), t('random')], true);
  push([t('totalRange'), ...b.map((x) => r1(x.totalRange))]);
  for (const s of subjects)
    push([
      safeText(lang === 'zh' ? `${s} 各组平均分相差` : `${s}: gap between group averages`),
      ...b.map((x) => r1(x.subjectRanges[s])),
    ]);
  section(from);
  push([]);

  // Seating: each group a small grid of name cells, a few groups side by side per band.
  from = rows.length;
  push([t('seating')], true);
  const nameOf = new Map(grouping.groups.flatMap((g) => g.members.map((m) => [m.id, m.name] as const)));
  for (let start = 0; start < grouping.groups.length; start += SEAT_GROUPS_PER_BAND) {
    const band = grouping.groups.slice(start, start + SEAT_GROUPS_PER_BAND);
    const height = 1 + band.reduce((h, g) => Math.max(h, g.seating.length), 0);
    const top = rows.length + 1;
    // The band as rows of cells, filled left to right: a group's name over its seat rows, one blank column between.
    const block: Cell[][] = Array.from({ length: height }, () => []);
    const put = (r: number, c: number, v: Cell): void => {
      const line = block[r];
      if (line) line[c] = v;
    };
    let col = 0;
    for (const g of band) {
      const width = g.seating.reduce((w, r) => Math.max(w, r.length), 1);
      put(0, col, safeText(g.name));
      g.seating.forEach((seatRow, ri) => {
        seatRow.forEach((id, ci) => {
          put(ri + 1, col + ci, id === null ? '' : safeText(nameOf.get(id) ?? id));
        });
      });
      if (g.seating.length > 0) seatBoxes.push({ row: top + 1, col: col + 1, rows: g.seating.length, cols: width });
      col += width + 1;
    }
    // Sparse rows (holes between groups) become empty cells.
    for (const r of block) for (let i = 0; i < r.length; i++) if (r[i] === undefined) r[i] = '';
    headerRows.push(top);
    for (const r of block) push(r);
    push([]);
  }
  section(from);
  return { rows, sections, headerRows, seatBoxes };
};

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * The grouping in a Groups sheet: the rows under the 小组|学号 (Group|Student ID) header until a blank row.
 * A row with an id but an empty group cell belongs to the group above (teachers merge or clear cells).
 * Returns null when the sheet has no members table.
 */
export const sheetToGroups = (values: readonly (readonly unknown[])[]): SheetGroup[] | null => {
  const start = values.findIndex((r) =>
    (['zh', 'en'] as const).some(
      (l) => cellText(r[0]) === MEMBER_HEADERS[l][0] && cellText(r[1]) === MEMBER_HEADERS[l][1],
    ),
  );
  if (start < 0) return null;
  const groups: SheetGroup[] = [];
  const byName = new Map<string, SheetGroup>();
  let current: SheetGroup | null = null;
  for (const r of values.slice(start + 1)) {
    const gname = cellText(r[0]);
    const id = cellText(r[1]);
    if (gname === '' && id === '') break;
    if (gname !== '') {
      current = byName.get(gname) ?? null;
      if (!current) {
        current = { name: gname, members: [] };
        byName.set(gname, current);
        groups.push(current);
      }
    }
    if (id === '' || !current) continue;
    const gender = cellText(r[4]);
    current.members.push({ id, name: cellText(r[2]), role: cellText(r[3]), ...(gender ? { gender } : {}) });
  }
  return groups;
};
