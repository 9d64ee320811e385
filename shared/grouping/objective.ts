/**
 * The balance objective (anticlustering, Papenberg & Klau 2021): for every feature, the squared distance of each
 * group's mean from the class mean, weighted by group size — the "variance" criterion. Features are standardised
 * (z-scores) so total and subjects weigh alike; adding the squared total z as a feature is the k-plus idea: groups
 * then match the class spread, not only its mean, so no group is homogeneous. Gender and categorical attributes
 * enter as 0/1 indicator features.
 *
 * Kept as sums per group so a swap of two students changes the objective in O(features) time.
 */
import type { Student } from '../roster/types.ts';
import type { BalanceWeights } from './types.ts';

/** Internal emphasis of the total over each subject, and of the k-plus spread term. */
export const TOTAL_EMPHASIS = 50;
export const SPREAD_WEIGHT = 0.05;

export const DEFAULT_WEIGHTS: BalanceWeights = { total: 1, subjects: 1, gender: 1, attributes: {} };

/** What a feature measures: the polish narrows the total's range and bounds each subject's. */
export type FeatureKind = 'total' | 'spread' | 'subject' | 'gender' | 'attribute';

export interface Features {
  /** Number of features per student. */
  F: number;
  /** x[i * F + f]: standardised value of feature f for student i. */
  x: Float64Array;
  /** Class mean of each feature. */
  mu: Float64Array;
  w: Float64Array;
  kind: FeatureKind[];
  /** Ranking score per student (total, or subject sum, or 0; missing = class median). */
  score: number[];
  /** Index of the standardised total among the features, or -1. */
  totalFeature: number;
  /** True when some student had no total (ranked at the median). */
  missingTotals: string[];
}

function median(v: number[]): number {
  if (v.length === 0) return 0;
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Standardise a column; missing values become the mean (contribute nothing). */
function zColumn(values: (number | null)[]): number[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return values.map(() => 0);
  const mean = known.reduce((a, b) => a + b, 0) / known.length;
  const sd = Math.sqrt(known.reduce((a, b) => a + (b - mean) ** 2, 0) / known.length) || 1;
  return values.map((v) => (v === null || !Number.isFinite(v) ? 0 : (v - mean) / sd));
}

export function subjectNames(students: Student[]): string[] {
  const seen = new Set<string>();
  for (const s of students) for (const k of Object.keys(s.subjects)) seen.add(k);
  return [...seen];
}

export function buildFeatures(students: Student[], weights: BalanceWeights): Features {
  const n = students.length;
  const subjects = subjectNames(students);
  const totals = students.map((s) => s.total);
  const cols: { v: number[]; w: number; kind: FeatureKind }[] = [];
  if (weights.total > 0) {
    const z = zColumn(totals);
    // The total is what teachers compare first, so it leads; subjects share the rest of the weight.
    cols.push({ v: z, w: weights.total * TOTAL_EMPHASIS, kind: 'total' });
    cols.push({ v: z.map((t) => t * t), w: weights.total * SPREAD_WEIGHT, kind: 'spread' });
  }
  if (weights.subjects > 0)
    for (const sub of subjects)
      cols.push({
        v: zColumn(students.map((s) => s.subjects[sub] ?? null)),
        w: weights.subjects / Math.max(1, subjects.length),
        kind: 'subject',
      });
  if (weights.gender > 0)
    cols.push({ v: students.map((s) => (s.gender === 'M' ? 1 : 0)), w: weights.gender, kind: 'gender' });
  for (const [attr, w] of Object.entries(weights.attributes)) {
    if (!(w > 0)) continue;
    const values = [...new Set(students.map((s) => s.attributes[attr] ?? ''))].filter((v) => v !== '');
    for (const val of values)
      cols.push({ v: students.map((s) => ((s.attributes[attr] ?? '') === val ? 1 : 0)), w, kind: 'attribute' });
  }
  const F = cols.length;
  const x = new Float64Array(n * F);
  const mu = new Float64Array(F);
  const w = new Float64Array(F);
  cols.forEach((c, f) => {
    w[f] = c.w;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      x[i * F + f] = c.v[i]!;
      sum += c.v[i]!;
    }
    mu[f] = n ? sum / n : 0;
  });
  const known = totals.filter((t): t is number => t !== null);
  const med = median(known);
  const subjSum = (s: Student): number | null => {
    const v = Object.values(s.subjects).filter((x): x is number => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) : null;
  };
  const score = students.map((s) => s.total ?? (known.length ? med : (subjSum(s) ?? 0)));
  const missingTotals = known.length ? students.filter((s) => s.total === null).map((s) => s.id) : [];
  return { F, x, mu, w, kind: cols.map((c) => c.kind), score, missingTotals, totalFeature: weights.total > 0 ? 0 : -1 };
}

/** Full objective for an assignment (used to check the incremental deltas and to compare restarts). */
export function balanceObjective(feat: Features, group: ArrayLike<number>, sizes: number[]): number {
  const { F, x, mu, w } = feat;
  const k = sizes.length;
  const S = new Float64Array(k * F);
  for (let i = 0; i < group.length; i++) for (let f = 0; f < F; f++) S[group[i]! * F + f]! += x[i * F + f]!;
  let obj = 0;
  for (let g = 0; g < k; g++) {
    const s = sizes[g]!;
    if (s === 0) continue;
    for (let f = 0; f < F; f++) {
      const e = S[g * F + f]! - s * mu[f]!;
      obj += (w[f]! * e * e) / s;
    }
  }
  return obj;
}
