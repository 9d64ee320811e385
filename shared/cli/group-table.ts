/**
 * The groups CLI's readable output: one block per group (members, roles, scores, seats), then the class balance
 * compared with dealing students out by rank (a serpentine draft) and a random split, in a teacher's words. Columns are aligned by display width, since a Chinese
 * character takes two terminal cells.
 */
import type { Grouping } from '../grouping/types.ts';
import type { Roster } from '../roster/types.ts';
import type { Lang } from '../i18n/localized.ts';
import { zip } from '../util/zip.ts';

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** Rows of cells → aligned lines, two spaces between columns. */
export function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(c));
    });
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

const fmt = (n: number | null | undefined, digits = 1): string =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits);

const T = {
  zh: {
    students: '名学生',
    groups: '个组',
    encoding: '编码',
    round: '第{n}轮',
    people: '人',
    id: '学号',
    name: '姓名',
    role: '角色',
    total: '总分',
    mean: '平均',
    gap: '最高与最低相差',
    male: '男',
    female: '女',
    seats: '座位（前排在上）',
    balance: '全班均衡情况',
    range: '各组平均总分相差（最高组减最低组）',
    subjectRange: '各组平均分相差：',
    spreadRange: '各组内部高低差距的不同',
    spreadNote: '（越小，各组内部的强弱搭配越一致）',
    ours: '本次分组',
    dealt: '按名次轮流分',
    random: '随便分',
    moved: '和上次相比换了组的人数',
    solve: '用时',
  },
  en: {
    students: ' students',
    groups: ' groups',
    encoding: 'encoding',
    round: 'Round {n}',
    people: ' students',
    id: 'ID',
    name: 'Name',
    role: 'Role',
    total: 'Total',
    mean: 'average',
    gap: 'highest − lowest',
    male: 'M',
    female: 'F',
    seats: 'Seats (front row first)',
    balance: 'Balance across the class',
    range: 'Gap between group averages (highest group − lowest)',
    subjectRange: 'Gap between group averages: ',
    spreadRange: 'How different the groups’ internal spreads are',
    spreadNote: ' (smaller: every group mixes strong and weak alike)',
    ours: 'these groups',
    dealt: 'dealt out by rank',
    random: 'random split',
    moved: 'Students who changed group since last time',
    solve: 'Time taken',
  },
};

export function renderGrouping(rounds: Grouping[], roster: Roster, lang: Lang, encoding?: string): string {
  const t = T[lang];
  const byId = new Map(roster.students.map((s) => [s.id, s]));
  const out: string[] = [];
  out.push(
    `${roster.students.length}${t.students}, ${rounds[0]?.groups.length ?? 0}${t.groups}` +
      (encoding ? ` (${t.encoding}: ${encoding.toUpperCase()})` : ''),
    '',
  );
  rounds.forEach((round, r) => {
    if (rounds.length > 1) out.push(`== ${t.round.replace('{n}', String(r + 1))} ==`, '');
    zip(round.groups, round.report.groups).forEach(([g, rep]) => {
      const genders = roster.columns.some((c) => c.role === 'gender')
        ? `  ${t.male}${rep.gender.M} ${t.female}${rep.gender.F}`
        : '';
      out.push(
        `${g.name} (${rep.size}${t.people})  ${t.total} ${t.mean} ${fmt(rep.total?.mean)}  ${t.gap} ${fmt(
          rep.total ? rep.total.max - rep.total.min : null,
          0,
        )}${genders}`,
      );
      const head = [t.id, t.name, t.role, t.total, ...roster.subjects];
      const rows = g.members.map((m) => {
        const s = byId.get(m.id);
        return [
          m.id,
          m.name,
          m.role ?? '',
          fmt(s?.total, 0),
          ...roster.subjects.map((sub) => fmt(s?.subjects[sub], 0)),
        ];
      });
      out.push(...alignColumns([head, ...rows]).map((l) => `  ${l}`));
      if (g.seating.length) {
        out.push(`  ${t.seats}:`);
        out.push(
          ...alignColumns(
            g.seating.map((row) => row.map((id) => (id === null ? '·' : (byId.get(id)?.name ?? id)))),
          ).map((l) => `    ${l}`),
        );
      }
      out.push('');
    });
    const b = round.report.balance;
    const base = round.report.baselines;
    out.push(`${t.balance}:`);
    out.push(
      ...alignColumns([
        ['', t.ours, t.dealt, t.random],
        [t.range, fmt(b.totalRange, 2), fmt(base.serpentine.totalRange, 2), fmt(base.random.totalRange, 2)],
        ...roster.subjects.map((sub) => [
          `${t.subjectRange}${sub}`,
          fmt(b.subjectRanges[sub], 2),
          fmt(base.serpentine.subjectRanges[sub], 2),
          fmt(base.random.subjectRanges[sub], 2),
        ]),
        [
          t.spreadRange + t.spreadNote,
          fmt(b.spreadRange, 2),
          fmt(base.serpentine.spreadRange, 2),
          fmt(base.random.spreadRange, 2),
        ],
      ]).map((l) => `  ${l}`),
    );
    if (round.report.moved !== undefined) out.push(`  ${t.moved}: ${round.report.moved}`);
    out.push(`  ${t.solve}: ${fmt(round.report.ms, 0)} ms`, '');
  });
  return out.join('\n');
}
