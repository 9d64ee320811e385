/**
 * This week's (or month's) commendations, from the points log: the champion group(s), the students who gained most
 * over the period before (进步之星), each category's top students (互助之星, 纪律之星…), and the badges earned in the
 * period. Group scores follow the same fairness setting as the leaderboard. Pure: the print views word it.
 */
import type { Fairness, Settings } from '../settings/types.ts';
import { badgesFor } from './badges.ts';
import { type PeriodRange, periodRange, type ReportPeriod } from './periods.ts';
import { fairScore } from './tallies.ts';
import type { GroupRef, PointEvent } from './types.ts';

export interface StudentLine {
  id: string;
  name: string;
  group: string;
  points: number;
}

export interface Commendations {
  kind: ReportPeriod;
  /** ISO instants of the period: [start, end). */
  start: string;
  end: string;
  fairness: Fairness;
  /** The best group score of the period (several when tied); empty when no group scored. */
  champions: { name: string; score: number; members: { id: string; name: string }[] }[];
  /** Largest gains over the period before (gain > 0), best first: `points` is the gain. */
  risingStars: (StudentLine & { before: number; now: number })[];
  /** Per category with points this period: its top students (ties at the last place included). */
  categoryStars: { category: string; students: StudentLine[] }[];
  /** Students who earned badges in the period, most first. */
  badges: (StudentLine & { earned: number })[];
  badgeName: string;
  /** Entries in the period (0: nothing to commend yet). */
  entries: number;
}

/** How many are named in each list (ties at the last place are kept, up to `TIE_CAP`). */
export const TOP = 3;
const TIE_CAP = 6;

/** The top `TOP` by points (all > 0), with ties at the last place, at most TIE_CAP. */
const top = <T extends { points: number }>(list: readonly T[]): T[] => {
  const sorted = list.filter((x) => x.points > 0).sort((a, b) => b.points - a.points);
  const cut = sorted[TOP - 1]?.points;
  return sorted.filter((x, i) => i < TOP || x.points === cut).slice(0, TIE_CAP);
};

export const computeCommendations = (
  events: readonly PointEvent[],
  groups: readonly GroupRef[],
  settings: Pick<Settings, 'fairness' | 'badge' | 'categories'>,
  kind: ReportPeriod,
  now: Date | string,
  timeZone?: string,
  back = 0,
): Commendations => {
  const range: PeriodRange = periodRange(kind, now, timeZone, back);
  const before: PeriodRange = periodRange(kind, now, timeZone, back + 1);
  const groupOf = new Map<string, string>();
  const names = new Map<string, string>();
  for (const g of groups)
    for (const m of g.members) {
      groupOf.set(m.id, g.name);
      names.set(m.id, m.name);
    }
  const inPeriod = new Map<string, number>();
  const inBefore = new Map<string, number>();
  const untilStart = new Map<string, number>();
  const untilEnd = new Map<string, number>();
  const byCategory = new Map<string, Map<string, number>>();
  const add = (m: Map<string, number>, id: string, p: number): void => {
    m.set(id, (m.get(id) ?? 0) + p);
  };
  let entries = 0;
  for (const e of events) {
    const t = Date.parse(e.timestamp);
    if (!names.has(e.studentId)) names.set(e.studentId, e.studentName);
    if (t < range.end) add(untilEnd, e.studentId, e.points);
    if (t < range.start) add(untilStart, e.studentId, e.points);
    if (t >= before.start && t < before.end) add(inBefore, e.studentId, e.points);
    if (t >= range.start && t < range.end) {
      entries++;
      add(inPeriod, e.studentId, e.points);
      let cat = byCategory.get(e.category);
      if (!cat) {
        cat = new Map();
        byCategory.set(e.category, cat);
      }
      add(cat, e.studentId, e.points);
    }
  }
  const line = (id: string, points: number): StudentLine => ({
    id,
    name: names.get(id) ?? id,
    group: groupOf.get(id) ?? '',
    points,
  });

  const nonEmpty = groups.filter((g) => g.members.length > 0);
  const meanSize = nonEmpty.length ? nonEmpty.reduce((s, g) => s + g.members.length, 0) / nonEmpty.length : 0;
  const scored = nonEmpty.map((g) => ({
    name: g.name,
    score: fairScore(
      settings.fairness,
      g.members.reduce((s, m) => s + (inPeriod.get(m.id) ?? 0), 0),
      g.members.length,
      meanSize,
    ),
    members: g.members.map((m) => ({ id: m.id, name: m.name })),
  }));
  const best = scored.reduce((b, g) => Math.max(b, g.score), 0);
  const champions = best > 0 ? scored.filter((g) => g.score === best) : [];

  const ids = [...new Set([...inPeriod.keys(), ...inBefore.keys()])];
  const risingStars = top(
    ids.map((id) => {
      const now_ = inPeriod.get(id) ?? 0;
      const was = inBefore.get(id) ?? 0;
      return { ...line(id, now_ - was), before: was, now: now_ };
    }),
  );

  // Categories in the settings' order, then any others the log has.
  const order = [...settings.categories.map((c) => c.name), ...byCategory.keys()];
  const categoryStars = [...new Set(order)]
    .map((category) => ({
      category,
      students: top([...(byCategory.get(category) ?? new Map<string, number>())].map(([id, p]) => line(id, p))),
    }))
    .filter((c) => c.students.length > 0);

  const badges = [...untilEnd.keys()]
    .map((id) => ({
      ...line(id, inPeriod.get(id) ?? 0),
      earned: badgesFor(untilEnd.get(id) ?? 0, settings.badge) - badgesFor(untilStart.get(id) ?? 0, settings.badge),
    }))
    .filter((b) => b.earned > 0)
    .sort((a, b) => b.earned - a.earned || b.points - a.points);

  return {
    kind,
    start: new Date(range.start).toISOString(),
    end: new Date(range.end).toISOString(),
    fairness: settings.fairness,
    champions,
    risingStars,
    categoryStars,
    badges,
    badgeName: settings.badge.name,
    entries,
  };
};
