/**
 * The search state shared by the exchange search (solve.ts) and the range polish (polish.ts): who is in which
 * group, each group's feature sums, gender counts, and the cost change of trading two students — the balance part
 * in O(features) from the sums, the rule penalties (keep-apart, gender, repeated pairs, moves away from a previous
 * grouping) in O(degree). One swap of two students from the same stratum keeps every size and mix quota.
 */
import type { Features } from './objective.ts';

export interface StateInput {
  feat: Features;
  sizes: number[];
  group: Int32Array;
  apart: number[][];
  gcat: number[];
  gLo: number[][];
  gHi: number[][];
  /** Pairs that already met (rotation), as a symmetric lookup; null when not used. */
  met: ((i: number, j: number) => number) | null;
  metWeight: number;
  /** Previous group per student (-1 = newcomer); null when not used. */
  prev: number[] | null;
  moveWeight: number;
}

/** Penalty for one broken hard rule: far above any balance gain. */
export const HARD = 1e4;
/**
 * Penalty per student off the gender rule's bounds. One swap changes at most four such counts, so even four
 * together weigh less than one keep-apart pair: the search never trades a teacher's explicit rule for gender.
 */
export const GENDER = HARD / 8;

export interface SearchState {
  readonly n: number;
  readonly k: number;
  readonly F: number;
  /** Group of each student (mutated by apply/load). */
  readonly g: Int32Array;
  /** E[q * F + f]: group q's sum of feature f minus size × class mean. */
  readonly E: Float64Array;
  readonly members: number[][];
  /** Change of the full cost (balance + penalties) if students i and j trade groups. */
  delta(i: number, j: number): number;
  /** Change of the rule penalties only (hard rules, repeated pairs, moves). */
  penaltyDelta(i: number, j: number): number;
  apply(i: number, j: number): void;
  /** Replace the whole assignment (e.g. go back to the best one found). */
  load(group: ArrayLike<number>): void;
  cost(): number;
  /** Rule penalties of the current assignment (0 = every hard rule holds, nobody moved, no repeated pair). */
  penalty(): number;
}

export function makeState(inp: StateInput): SearchState {
  const { feat, sizes, apart, gcat, gLo, gHi, met, metWeight, prev, moveWeight } = inp;
  const { F, x, mu, w } = feat;
  const n = inp.group.length;
  const k = sizes.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  const g = Int32Array.from(inp.group);
  const E = new Float64Array(k * F);
  const cnt = new Int32Array(k * 3);

  const rebuild = (): void => {
    E.fill(0);
    cnt.fill(0);
    for (const m of members) m.length = 0;
    for (let i = 0; i < n; i++) {
      const gi = g[i]!;
      members[gi]!.push(i);
      cnt[gi * 3 + gcat[i]!]!++;
      for (let f = 0; f < F; f++) E[gi * F + f]! += x[i * F + f]!;
    }
    for (let q = 0; q < k; q++) for (let f = 0; f < F; f++) E[q * F + f]! -= sizes[q]! * mu[f]!;
  };
  // Plain comparisons, not Math.max: this is the hottest function, and a global lookup per call is slow where
  // the bundle runs in a sandboxed context (node vm in the add-on tests).
  const gViol = (q: number, c: number, v: number): number => {
    const under = gLo[q]![c]! - v;
    const over = v - gHi[q]![c]!;
    return under > 0 ? under : Math.max(over, 0);
  };

  const penalty = (): number => {
    let c = 0;
    for (let q = 0; q < k; q++) for (let cc = 0; cc < 3; cc++) c += GENDER * gViol(q, cc, cnt[q * 3 + cc]!);
    for (let i = 0; i < n; i++) {
      for (const p of apart[i]!) if (p > i && g[p] === g[i]) c += HARD;
      if (prev && prev[i]! >= 0 && prev[i] !== g[i]) c += moveWeight;
    }
    if (met)
      for (const m of members)
        for (let a = 0; a < m.length; a++) for (let b = a + 1; b < m.length; b++) c += metWeight * met(m[a]!, m[b]!);
    return c;
  };

  const cost = (): number => {
    let c = 0;
    for (let q = 0; q < k; q++) {
      const s = sizes[q]!;
      if (s > 0) for (let f = 0; f < F; f++) c += (w[f]! * E[q * F + f]! ** 2) / s;
    }
    return c + penalty();
  };

  const penaltyDelta = (i: number, j: number): number => {
    const A = g[i]!;
    const B = g[j]!;
    let d = 0;
    const ci = gcat[i]!;
    const cj = gcat[j]!;
    if (ci !== cj) {
      const a = cnt[A * 3 + ci]!;
      const a2 = cnt[A * 3 + cj]!;
      const b = cnt[B * 3 + cj]!;
      const b2 = cnt[B * 3 + ci]!;
      d +=
        GENDER *
        (gViol(A, ci, a - 1) -
          gViol(A, ci, a) +
          gViol(A, cj, a2 + 1) -
          gViol(A, cj, a2) +
          gViol(B, cj, b - 1) -
          gViol(B, cj, b) +
          gViol(B, ci, b2 + 1) -
          gViol(B, ci, b2));
    }
    const ai = apart[i]!;
    for (let t = 0; t < ai.length; t++) {
      const p = ai[t]!;
      if (p === j) continue;
      if (g[p] === A) d -= HARD;
      else if (g[p] === B) d += HARD;
    }
    const aj = apart[j]!;
    for (let t = 0; t < aj.length; t++) {
      const p = aj[t]!;
      if (p === i) continue;
      if (g[p] === B) d -= HARD;
      else if (g[p] === A) d += HARD;
    }
    if (prev) {
      const pi = prev[i]!;
      const pj = prev[j]!;
      if (pi >= 0) d += moveWeight * ((B !== pi ? 1 : 0) - (A !== pi ? 1 : 0));
      if (pj >= 0) d += moveWeight * ((A !== pj ? 1 : 0) - (B !== pj ? 1 : 0));
    }
    if (met) {
      let m = 0;
      for (const o of members[A]!) if (o !== i) m += met(j, o) - met(i, o);
      for (const o of members[B]!) if (o !== j) m += met(i, o) - met(j, o);
      d += metWeight * m;
    }
    return d;
  };

  const delta = (i: number, j: number): number => {
    const A = g[i]!;
    const B = g[j]!;
    const sA = sizes[A]!;
    const sB = sizes[B]!;
    let d = 0;
    const xi = i * F;
    const xj = j * F;
    const eA = A * F;
    const eB = B * F;
    for (let f = 0; f < F; f++) {
      const dd = x[xj + f]! - x[xi + f]!;
      d += w[f]! * ((dd * (2 * E[eA + f]! + dd)) / sA - (dd * (2 * E[eB + f]! - dd)) / sB);
    }
    return d + penaltyDelta(i, j);
  };

  const apply = (i: number, j: number): void => {
    const A = g[i]!;
    const B = g[j]!;
    for (let f = 0; f < F; f++) {
      const dd = x[j * F + f]! - x[i * F + f]!;
      E[A * F + f]! += dd;
      E[B * F + f]! -= dd;
    }
    cnt[A * 3 + gcat[i]!]!--;
    cnt[A * 3 + gcat[j]!]!++;
    cnt[B * 3 + gcat[j]!]!--;
    cnt[B * 3 + gcat[i]!]!++;
    const mA = members[A]!;
    const mB = members[B]!;
    mA[mA.indexOf(i)] = j;
    mB[mB.indexOf(j)] = i;
    g[i] = B;
    g[j] = A;
  };

  const load = (group: ArrayLike<number>): void => {
    for (let i = 0; i < n; i++) g[i] = group[i]!;
    rebuild();
  };

  rebuild();
  return { n, k, F, g, E, members, delta, penaltyDelta, apply, load, cost, penalty };
}
