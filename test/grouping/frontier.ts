/**
 * What is achievable, for the bench: how alike the groups' spreads can be when their means must agree.
 *
 * For groups of four with 2:1:1 (two from the top half, one from the third quarter, one from the bottom), every
 * figure is in class-SD units of the total (population SDs, as report.ts measures them).
 *  · spreadRangeBound: a lower bound on the range of within-group SDs when every group mean lies within ± `half`
 *    of the class mean. The group of the strongest (or weakest) student has the smallest SD it can have when its
 *    partners sit anywhere in their strata (a convex problem: spread the needed sum evenly, clamped to each
 *    stratum's extent); the groups' variances average to at most the class variance, so the smallest SD is at most
 *    √((n − SS)/(n − 4)). Their difference is the bound (Infinity: no group can hold that student with such a
 *    mean). It ignores gender and keep-apart, so it is loose.
 *  · smallestSpreadRange: an exact search (exact cover over the groups of four that keep the mix, the gender rule,
 *    keep-apart, means within a window and SDs within a band) for the narrowest band of SDs on a 0.05 grid; small
 *    classes only (40 students: a few seconds).
 */
import type { Student } from '../../shared/roster/types.ts';
import { assignStrata } from '../../shared/grouping/strata.ts';
import { genderBounds } from '../../shared/grouping/rules.ts';

const MIX = [2, 1, 1];

/** Standardised totals (population SD) and each student's stratum under 2:1:1 in groups of four. */
function standardise(students: readonly Student[]): { z: number[]; stratum: number[] } {
  const t = students.map((s) => s.total ?? 0);
  const n = t.length;
  const mu = t.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(t.reduce((a, b) => a + (b - mu) ** 2, 0) / n) || 1;
  const sizes = Array.from({ length: Math.floor(n / 4) }, () => 4);
  return { z: t.map((v) => (v - mu) / sd), stratum: assignStrata(t, sizes, MIX).stratumOf };
}

/** Least Σ y² with y_j in boxes[j] and Σ y = target (water filling: y_j = clamp(λ)); Infinity if out of reach. */
function leastSquares(boxes: readonly [number, number][], target: number): number {
  let lo = 0;
  let hi = 0;
  for (const [a, b] of boxes) {
    lo += a;
    hi += b;
  }
  if (target < lo - 1e-12 || target > hi + 1e-12) return Infinity;
  const at = (l: number): number => boxes.reduce((s, [a, b]) => s + Math.min(b, Math.max(a, l)), 0);
  let a = -1e3;
  let b = 1e3;
  for (let it = 0; it < 200; it++) {
    const m = (a + b) / 2;
    if (at(m) < target) a = m;
    else b = m;
  }
  const l = (a + b) / 2;
  return boxes.reduce((s, [x, y]) => s + Math.min(y, Math.max(x, l)) ** 2, 0);
}

/** Lower bound on the range of within-group SDs (groups of four, 2:1:1) with group means within ± half. */
export function spreadRangeBound(students: readonly Student[], half: number): number {
  const { z, stratum } = standardise(students);
  const n = z.length;
  const extent = [0, 1, 2].map((j): [number, number] => {
    const v = z.filter((_, i) => stratum[i] === j);
    return [Math.min(...v), Math.max(...v)];
  });
  let bound = 0;
  for (const i of [z.indexOf(Math.max(...z)), z.indexOf(Math.min(...z))]) {
    const slots = [0, 0, 1, 2];
    slots.splice(slots.indexOf(stratum[i] ?? 0), 1);
    const boxes = slots.map((j): [number, number] => extent[j] ?? [0, 0]);
    let ss = Infinity;
    // The group mean m anywhere in the window: SS about m = Σ x² − 4m².
    for (let t = 0; t <= 20; t++) {
      const m = -half + (2 * half * t) / 20;
      ss = Math.min(ss, (z[i] ?? 0) ** 2 + leastSquares(boxes, 4 * m - (z[i] ?? 0)) - 4 * m * m);
    }
    // No group can hold this student with its mean in the window: no grouping at all.
    if (!Number.isFinite(ss)) return Infinity;
    bound = Math.max(bound, Math.sqrt(ss / 4) - Math.sqrt((n - ss) / (n - 4)));
  }
  return bound;
}

interface Candidates {
  groups: number[][];
  /** Candidate groups of each student. */
  of: number[][];
}

interface Quad {
  members: number[];
  mean: number;
  sd: number;
}

/** Every 2:1:1 group of four that keeps the gender rule and keep-apart, with its mean and SD. */
function quads(students: readonly Student[]): Quad[] {
  const { z, stratum } = standardise(students);
  const n = z.length;
  const boys = students.filter((s) => s.gender === 'M').length;
  const [gLo, gHi] = genderBounds(4, boys / n);
  const index = new Map(students.map((s, i) => [s.id, i]));
  const apart = students.map((s) => new Set(s.keepApart.map((id) => index.get(id))));
  const by = [0, 1, 2].map((j) => z.map((_, i) => i).filter((i) => stratum[i] === j));
  const [top = [], mid = [], low = []] = by;
  const out: Quad[] = [];
  for (let a = 0; a < top.length; a++)
    for (let b = a + 1; b < top.length; b++)
      for (const m of mid)
        for (const w of low) {
          const g = [top[a] ?? 0, top[b] ?? 0, m, w];
          const boysIn = g.filter((i) => students[i]?.gender === 'M').length;
          if (boysIn < gLo || boysIn > gHi || g.some((i) => g.some((j) => apart[i]?.has(j)))) continue;
          const mean = g.reduce((s, i) => s + (z[i] ?? 0), 0) / 4;
          const sd = Math.sqrt(g.reduce((s, i) => s + ((z[i] ?? 0) - mean) ** 2, 0) / 4);
          out.push({ members: g, mean, sd });
        }
  return out;
}

/** The groups with their mean within [c − half, c + half] and their SD within [lo, hi]. */
function candidates(all: readonly Quad[], n: number, c: number, half: number, lo: number, hi: number): Candidates {
  const groups = all.filter((q) => Math.abs(q.mean - c) <= half && q.sd >= lo && q.sd <= hi).map((q) => q.members);
  const of: number[][] = Array.from({ length: n }, () => []);
  for (const [k, g] of groups.entries()) for (const i of g) of[i]?.push(k);
  return { groups, of };
}

/** Exact cover by candidate groups (the student with fewest options first); null when the node budget ran out. */
function cover(c: Candidates, n: number, budget: number): boolean | null {
  const used = new Uint8Array(n);
  let nodes = 0;
  const free = (k: number): boolean => (c.groups[k] ?? []).every((j) => !used[j]);
  const step = (left: number): boolean | null => {
    if (left === 0) return true;
    if (++nodes > budget) return null;
    let pick = -1;
    let fewest = Infinity;
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      const options = (c.of[i] ?? []).filter(free).length;
      if (options === 0) return false;
      if (options < fewest) [fewest, pick] = [options, i];
    }
    let undecided = false;
    for (const k of c.of[pick] ?? []) {
      if (!free(k)) continue;
      const g = c.groups[k] ?? [];
      for (const j of g) used[j] = 1;
      const r = step(left - 1);
      for (const j of g) used[j] = 0;
      if (r) return true;
      if (r === null) undecided = true;
    }
    return undecided ? null : false;
  };
  return step(Math.floor(n / 4));
}

/**
 * The narrowest band of within-group SDs (0.05 grid, bands starting 0.3 … 1.4) with a grouping whose means lie within
 * a window of width `meansRange` (centred on the class mean or off it by a quarter or half of its width). Infinity
 * when none up to 2 was found. n must be a multiple of four.
 */
export function smallestSpreadRange(students: readonly Student[], meansRange: number, budget = 2e5): number {
  const half = meansRange / 2;
  const n = students.length;
  const all = quads(students).filter((q) => Math.abs(q.mean) <= 2 * half);
  for (let w = 0.2; w <= 2 + 1e-9; w += 0.05)
    for (let lo = 0.3; lo <= 1.4 + 1e-9; lo += 0.05)
      for (const c of [0, -half / 2, half / 2, -half, half])
        if (cover(candidates(all, n, c, half, lo, lo + w), n, budget)) return Math.round(w * 100) / 100;
  return Infinity;
}
