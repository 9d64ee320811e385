/**
 * The 积分汇总/Tallies sheet as 2-D blocks. The leaderboard shows one score per group (the fairness setting's,
 * named for what it is) so it never disagrees with the sidebar. The add-on writes `leaderboard` at A1 (the chart reads its first two
 * columns: group name and score), leaves one blank row, then `students`. Names go through safeText.
 * With showNegative = false, negative numbers are shown as 0 (the true sums stay in the log).
 */
import type { Lang } from '../i18n/localized.ts';
import type { Period } from '../settings/types.ts';
import { safeText } from '../sheet-text.ts';
import type { Tallies } from './tallies.ts';

type Cell = string | number;

const PERIOD_LABEL: Record<Period, Record<Lang, string>> = {
  week: { zh: '本周', en: 'This week' },
  month: { zh: '本月', en: 'This month' },
  term: { zh: '本学期', en: 'This term' },
};
/**
 * The leaderboard's one number per group, named for what it is: the group's points, or — where the fairness
 * setting scales them — says how (the sidebar shows the same number with the same words).
 */
export const SCORE_LABEL: Record<Tallies['fairness'], Record<Lang, string>> = {
  total: { zh: '积分', en: 'Points' },
  average: { zh: '人均积分', en: 'Points per member' },
  normalized: { zh: '积分（按人数折算）', en: 'Points (scaled to group size)' },
};

export interface TalliesBlocks {
  leaderboard: Cell[][];
  students: Cell[][];
}

/** Both blocks; every row of a block has the same width. */
export const talliesToRows = (t: Tallies, lang: Lang): TalliesBlocks => {
  const zh = lang === 'zh';
  const clamp = (x: number): number => (t.showNegative || x >= 0 ? x : 0);
  const badgeHead = zh ? `${t.badge.name}（每${t.badge.every}分）` : `${t.badge.name} (every ${t.badge.every})`;

  const leaderboard: Cell[][] = [
    [
      zh ? '小组' : 'Group',
      SCORE_LABEL[t.fairness][lang],
      zh ? '排名' : 'Rank',
      zh ? '人数' : 'Members',
      ...t.periods.map((p) => PERIOD_LABEL[p][lang]),
      badgeHead,
      zh ? '建议组长' : 'Suggested leader',
    ].map((h) => safeText(h)),
  ];
  const groups = [...t.groups].sort((a, b) => a.rank - b.rank);
  for (const g of groups) {
    leaderboard.push([
      safeText(g.name),
      g.shownScore,
      g.rank,
      g.size,
      ...t.periods.map((p) => clamp(g.periods[p])),
      g.badges,
      safeText(g.suggestedLeader?.name ?? ''),
    ]);
  }

  const students: Cell[][] = [
    [
      zh ? '学号' : 'Student ID',
      zh ? '姓名' : 'Name',
      zh ? '小组' : 'Group',
      ...t.categories,
      zh ? '总分' : 'Total',
      zh ? '排名' : 'Rank',
      badgeHead,
      ...t.periods.map((p) => PERIOD_LABEL[p][lang]),
    ].map((h) => safeText(h)),
  ];
  for (const s of t.students) {
    students.push([
      safeText(s.id),
      safeText(s.name),
      safeText(s.group ?? (zh ? '（不在名单）' : '(not on roster)')),
      ...t.categories.map((c) => clamp(s.byCategory[c] ?? 0)),
      s.shownTotal,
      s.rank,
      s.badges,
      ...t.periods.map((p) => clamp(s.periods[p])),
    ]);
  }
  return { leaderboard, students };
};
