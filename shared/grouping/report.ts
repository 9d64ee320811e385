/**
 * The numbers a teacher checks: per group size, mean/sd/min/max of the total and each subject, gender counts;
 * the class figures; and the balance (range of group means) beside what a serpentine (蛇形) draft and a random
 * split give on the same roster, so the gain is visible.
 */
import type { Student } from '../roster/types.ts';
import type { BalanceSummary, GroupReport, Stat } from './types.ts';
import { shuffle, type Rng } from './random.ts';

export function stat(values: (number | null | undefined)[]): Stat | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (v.length === 0) return null;
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
  // A loop, not Math.min(...v): spreading a whole grade's scores can overflow the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const x of v) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { mean, sd, min, max };
}

/** Largest − smallest, by a loop: spreading a grade's values into Math.max can overflow the call stack. */
function range(v: readonly number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of v) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return v.length ? hi - lo : 0;
}

export function groupReport(name: string, members: Student[], subjects: string[]): GroupReport {
  const subj: Record<string, Stat | null> = {};
  for (const s of subjects) subj[s] = stat(members.map((m) => m.subjects[s]));
  return {
    name,
    size: members.length,
    total: stat(members.map((m) => m.total)),
    subjects: subj,
    gender: {
      M: members.filter((m) => m.gender === 'M').length,
      F: members.filter((m) => m.gender === 'F').length,
      unknown: members.filter((m) => m.gender === null).length,
    },
  };
}

export function balanceSummary(groups: Student[][], all: Student[], subjects: string[]): BalanceSummary {
  const stats = (v: (s: Student) => number | null | undefined): Stat[] =>
    groups.map((g) => stat(g.map(v))).filter((m): m is Stat => m !== null);
  const totals = stats((s) => s.total);
  const means = totals.map((t) => t.mean);
  const spreads = totals.map((t) => t.sd);
  const totalRange = range(means);
  const spreadRange = range(spreads);
  const sd = stat(all.map((s) => s.total))?.sd ?? 0;
  let spreadMin = spreads.length ? Infinity : 0;
  for (const v of spreads) spreadMin = Math.min(spreadMin, v);
  const subjectRanges: Record<string, number> = {};
  const subjectSpreadRanges: Record<string, number> = {};
  for (const sub of subjects) {
    const s = stats((x) => x.subjects[sub]);
    subjectRanges[sub] = range(s.map((x) => x.mean));
    subjectSpreadRanges[sub] = range(s.map((x) => x.sd));
  }
  return {
    totalRange,
    totalRangeSd: sd > 0 ? totalRange / sd : 0,
    totalMeansSd: stat(means)?.sd ?? 0,
    spreadRange,
    spreadRangeSd: sd > 0 ? spreadRange / sd : 0,
    spreadMin,
    subjectRanges,
    subjectSpreadRanges,
  };
}

/**
 * The group each rank position gets in a serpentine (蛇形) draft: deal 1→k, then k→1, …, skipping full groups
 * (sizes may differ by one).
 */
export function serpentineSlots(n: number, sizes: readonly number[]): Int32Array {
  const k = sizes.length;
  const slots = new Int32Array(n);
  const fill = new Int32Array(k);
  let t = 0;
  for (let r = 0; r < n; r++) {
    for (;;) {
      const lap = Math.floor(t / k);
      const pos = t % k;
      const q = lap % 2 === 0 ? pos : k - 1 - pos;
      t++;
      if ((fill[q] ?? 0) < (sizes[q] ?? 0)) {
        fill[q] = (fill[q] ?? 0) + 1;
        slots[r] = q;
        break;
      }
    }
  }
  return slots;
}

/** Serpentine draft: rank by total, deal 1→k then k→1, into groups of the given sizes. */
export function serpentine(students: Student[], sizes: number[]): Student[][] {
  const ranked = students.slice().sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity));
  const slots = serpentineSlots(ranked.length, sizes);
  const groups: Student[][] = sizes.map(() => []);
  for (const [r, s] of ranked.entries()) groups[slots[r] ?? 0]?.push(s);
  return groups;
}

export function randomSplit(students: Student[], sizes: number[], rng: Rng): Student[][] {
  const s = shuffle(rng, students.slice());
  let at = 0;
  return sizes.map((n) => {
    at += n;
    return s.slice(at - n, at);
  });
}
