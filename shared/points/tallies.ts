/**
 * Tallies recomputed from the whole log in one pass (O(events + students), no per-event lookups beyond a Map).
 *
 * Group scores use the CURRENT grouping: a group's total is the sum of its current members' points (points follow
 * the student if groups are re-formed). Fairness modes, for a group of size n with member total T, and m = mean
 * size of the non-empty groups:
 *   total:      score = T                      (big groups win by size alone)
 *   average:    score = T / n                  (per-member average)
 *   normalized: score = T × m / n              (average scaled back to a typical group: same ranking as
 *                                               average, but in "points of a typical group", easier to read)
 * Averages and normalized scores are rounded to 2 decimals.
 *
 * Badges: the rule in badges.ts (every 20 points = one 月亮).
 * showNegative = false: shownTotal / shownScore clamp negatives at 0 (ranks use the shown values), true sums kept.
 * Leader suggestion: in each group the member with the most badges; ties → higher total; then the earlier
 * member in the group's list (stable, roster order). Empty group → null.
 * Ranks: competition ranking, ties share a rank (1, 1, 3).
 */
import type { Fairness, Period, Settings } from '../settings/types.ts';
import { type BadgeRule, badgesFor } from './badges.ts';
import { periodStarts } from './periods.ts';
import { zip } from '../util/zip.ts';
import type { GroupRef, Member, PointEvent } from './types.ts';

export type PeriodTotals = Record<Period, number>;

export interface StudentTally {
  id: string;
  name: string;
  /** Current group, or null for a student in the log but not in the current groups. */
  group: string | null;
  inRoster: boolean;
  byCategory: Record<string, number>;
  total: number;
  shownTotal: number;
  badges: number;
  periods: PeriodTotals;
  rank: number;
}

export interface GroupTally {
  name: string;
  size: number;
  total: number;
  average: number;
  normalized: number;
  /** The score under the chosen fairness mode. */
  score: number;
  shownScore: number;
  /** Scores for each period under the chosen fairness mode. */
  periods: PeriodTotals;
  badges: number;
  rank: number;
  suggestedLeader: Member | null;
}

export interface Tallies {
  categories: string[];
  students: StudentTally[];
  groups: GroupTally[];
  fairness: Fairness;
  badge: BadgeRule;
  showNegative: boolean;
  periods: Period[];
  /** ISO instants of the period starts; term null = since the first entry. */
  periodStarts: { week: string; month: string; term: string | null };
  eventCount: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

interface Acc {
  id: string;
  name: string;
  group: string | null;
  inRoster: boolean;
  cats: number[];
  total: number;
  week: number;
  month: number;
  term: number;
}

/** Competition ranks for values (higher is better). */
export const competitionRanks = (values: readonly number[]): number[] => {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const ranks = new Array<number>(values.length).fill(0);
  let prev: { v: number; rank: number } | null = null;
  order.forEach(({ v, i }, k) => {
    const rank = prev !== null && prev.v === v ? prev.rank : k + 1;
    ranks[i] = rank;
    prev = { v, rank };
  });
  return ranks;
};

export const fairScore = (mode: Fairness, total: number, size: number, meanSize: number): number => {
  if (mode === 'total') return total;
  if (size === 0) return 0;
  return mode === 'average' ? round2(total / size) : round2((total * meanSize) / size);
};

export const computeTallies = (
  events: readonly PointEvent[],
  groups: readonly GroupRef[],
  settings: Settings,
  now: Date | string,
  timeZone?: string,
): Tallies => {
  const starts = periodStarts(now, settings.termStart, timeZone);
  const catIndex = new Map<string, number>();
  const categories: string[] = [];
  for (const c of settings.categories)
    if (!catIndex.has(c.name)) {
      catIndex.set(c.name, categories.length);
      categories.push(c.name);
    }

  const accs = new Map<string, Acc>();
  const list: Acc[] = [];
  const newAcc = (id: string, name: string, group: string | null, inRoster: boolean): Acc => {
    const a: Acc = { id, name, group, inRoster, cats: [], total: 0, week: 0, month: 0, term: 0 };
    accs.set(id, a);
    list.push(a);
    return a;
  };
  for (const g of groups) for (const m of g.members) if (!accs.has(m.id)) newAcc(m.id, m.name, g.name, true);

  for (const e of events) {
    const a = accs.get(e.studentId) ?? newAcc(e.studentId, e.studentName, null, false);
    let ci = catIndex.get(e.category);
    if (ci === undefined) {
      ci = categories.length;
      catIndex.set(e.category, ci);
      categories.push(e.category);
    }
    a.cats[ci] = (a.cats[ci] ?? 0) + e.points;
    a.total += e.points;
    const t = Date.parse(e.timestamp);
    if (t >= starts.term) a.term += e.points;
    if (t >= starts.month) a.month += e.points;
    if (t >= starts.week) a.week += e.points;
  }

  const badgesOf = (total: number): number => badgesFor(total, settings.badge);
  const shown = (x: number): number => (settings.showNegative || x >= 0 ? x : 0);

  const studentShown = list.map((a) => shown(a.total));
  const studentRanks = competitionRanks(studentShown);
  const students: StudentTally[] = zip(list, studentRanks).map(([a, rank]) => {
    const byCategory: Record<string, number> = {};
    categories.forEach((c, ci) => {
      byCategory[c] = a.cats[ci] ?? 0;
    });
    return {
      id: a.id,
      name: a.name,
      group: a.group,
      inRoster: a.inRoster,
      byCategory,
      total: a.total,
      shownTotal: shown(a.total),
      badges: badgesOf(a.total),
      periods: { week: a.week, month: a.month, term: a.term },
      rank,
    };
  });
  const byId = new Map(students.map((s) => [s.id, s]));

  const nonEmpty = groups.filter((g) => g.members.length > 0);
  const meanSize = nonEmpty.length ? nonEmpty.reduce((s, g) => s + g.members.length, 0) / nonEmpty.length : 0;
  const mode = settings.fairness;
  const partial = groups.map((g) => {
    let total = 0,
      week = 0,
      month = 0,
      term = 0,
      badges = 0;
    let leader: StudentTally | null = null;
    for (const m of g.members) {
      const s = byId.get(m.id);
      if (!s) continue; // every member is in the list above; a missing one has no points to add
      total += s.total;
      week += s.periods.week;
      month += s.periods.month;
      term += s.periods.term;
      badges += s.badges;
      if (!leader || s.badges > leader.badges || (s.badges === leader.badges && s.total > leader.total)) leader = s;
    }
    const n = g.members.length;
    const score = fairScore(mode, total, n, meanSize);
    return {
      name: g.name,
      size: n,
      total,
      average: fairScore('average', total, n, meanSize),
      normalized: fairScore('normalized', total, n, meanSize),
      score,
      shownScore: shown(score),
      periods: {
        week: fairScore(mode, week, n, meanSize),
        month: fairScore(mode, month, n, meanSize),
        term: fairScore(mode, term, n, meanSize),
      },
      badges,
      rank: 0,
      suggestedLeader: leader ? { id: leader.id, name: leader.name } : null,
    };
  });
  const groupRanks = competitionRanks(partial.map((g) => g.shownScore));
  const groupTallies: GroupTally[] = zip(partial, groupRanks).map(([g, rank]) => ({ ...g, rank }));

  const iso = (ms: number): string => new Date(ms).toISOString();
  return {
    categories,
    students,
    groups: groupTallies,
    fairness: mode,
    badge: { ...settings.badge },
    showNegative: settings.showNegative,
    periods: [...settings.periods],
    periodStarts: {
      week: iso(starts.week),
      month: iso(starts.month),
      term: Number.isFinite(starts.term) ? iso(starts.term) : null,
    },
    eventCount: events.length,
  };
};
