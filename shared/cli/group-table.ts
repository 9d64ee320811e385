/**
 * The groups CLI's readable output: one block per group (members, roles, scores, seats), then the class balance
 * compared with a serpentine draft and a random split. Columns are aligned by display width, since a Chinese
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
    mean: '均值',
    sd: '标准差',
    male: '男',
    female: '女',
    seats: '座位（前排在上）',
    balance: '全班平衡',
    range: '各组总分均值的极差',
    ofSd: '全班标准差的',
    times: '倍',
    subjectRange: '各科均值极差',
    spreadRange: '各组总分标准差的极差',
    spreadMin: '最小的组内标准差',
    spreadNote: '（组内差距是否一致：越小越一致）',
    ours: '本次',
    serp: '蛇形分组',
    random: '随机分组',
    moved: '与上次相比换组的人数',
    solve: '求解用时',
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
    mean: 'mean',
    sd: 'SD',
    male: 'M',
    female: 'F',
    seats: 'Seats (front row first)',
    balance: 'Class balance',
    range: 'Range of group mean totals',
    ofSd: 'of the class SD:',
    times: '×',
    subjectRange: 'Range of group means per subject',
    spreadRange: 'Range of within-group SDs of the total',
    spreadMin: 'Smallest within-group SD',
    spreadNote: ' (how alike the groups’ spreads are: smaller is more alike)',
    ours: 'these groups',
    serp: 'serpentine draft',
    random: 'random split',
    moved: 'Students who changed group since last time',
    solve: 'Solve time',
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
        `${g.name} (${rep.size}${t.people})  ${t.total} ${t.mean} ${fmt(rep.total?.mean)}  ${t.sd} ${fmt(rep.total?.sd)}${genders}`,
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
        ['', t.ours, t.serp, t.random],
        [t.range, fmt(b.totalRange, 2), fmt(base.serpentine.totalRange, 2), fmt(base.random.totalRange, 2)],
        [
          `  ${t.ofSd}`,
          fmt(b.totalRangeSd, 3) + t.times,
          fmt(base.serpentine.totalRangeSd, 3) + t.times,
          fmt(base.random.totalRangeSd, 3) + t.times,
        ],
        [
          t.spreadRange + t.spreadNote,
          fmt(b.spreadRange, 2),
          fmt(base.serpentine.spreadRange, 2),
          fmt(base.random.spreadRange, 2),
        ],
        [
          `  ${t.ofSd}`,
          fmt(b.spreadRangeSd, 3) + t.times,
          fmt(base.serpentine.spreadRangeSd, 3) + t.times,
          fmt(base.random.spreadRangeSd, 3) + t.times,
        ],
        [t.spreadMin, fmt(b.spreadMin, 2), fmt(base.serpentine.spreadMin, 2), fmt(base.random.spreadMin, 2)],
        ...roster.subjects.map((sub) => [
          `${t.subjectRange} ${sub}`,
          fmt(b.subjectRanges[sub], 2),
          fmt(base.serpentine.subjectRanges[sub], 2),
          fmt(base.random.subjectRanges[sub], 2),
        ]),
      ]).map((l) => `  ${l}`),
    );
    if (round.report.moved !== undefined) out.push(`  ${t.moved}: ${round.report.moved}`);
    out.push(`  ${t.solve}: ${fmt(round.report.ms, 0)} ms`, '');
  });
  return out.join('\n');
}
