/**
 * One student's entries over a period, with totals by category: what a teacher shows a parent. An entry and the
 * row that took it back, both in the period, are left out together (they cancel); a row taking back an entry from
 * before the period stays, so the totals always equal the sum of the rows listed.
 */
import type { PeriodRange } from './periods.ts';
import type { PointEvent } from './types.ts';

export interface HistoryEntry {
  timestamp: string;
  category: string;
  points: number;
  note: string;
  /** The row takes back an earlier entry. */
  takesBack: boolean;
}

export interface StudentHistory {
  studentId: string;
  studentName: string;
  /** Oldest first. */
  entries: HistoryEntry[];
  byCategory: { category: string; plus: number; minus: number; net: number }[];
  total: number;
  /** Entries left out because they were taken back within the period. */
  takenBack: number;
}

/** `range` null: the whole log. */
export const studentHistory = (
  events: readonly PointEvent[],
  studentId: string,
  studentName: string,
  range: PeriodRange | null,
): StudentHistory => {
  const inRange = events.filter((e) => {
    if (e.studentId !== studentId) return false;
    const t = Date.parse(e.timestamp);
    return range === null || (t >= range.start && t < range.end);
  });
  const ids = new Set(inRange.map((e) => e.eventId));
  const cancelled = new Set<string>();
  for (const e of inRange)
    if (e.reverses !== null && ids.has(e.reverses)) {
      cancelled.add(e.eventId);
      cancelled.add(e.reverses);
    }
  const kept = inRange
    .filter((e) => !cancelled.has(e.eventId))
    .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  const cats = new Map<string, { plus: number; minus: number }>();
  for (const e of kept) {
    const c = cats.get(e.category) ?? { plus: 0, minus: 0 };
    if (e.points >= 0) c.plus += e.points;
    else c.minus += e.points;
    cats.set(e.category, c);
  }
  return {
    studentId,
    studentName,
    entries: kept.map((e) => ({
      timestamp: e.timestamp,
      category: e.category,
      points: e.points,
      note: e.note,
      takesBack: e.reverses !== null,
    })),
    byCategory: [...cats].map(([category, c]) => ({ category, ...c, net: c.plus + c.minus })),
    total: kept.reduce((s, e) => s + e.points, 0),
    takenBack: cancelled.size / 2,
  };
};
