/**
 * Range polish. The variance criterion flattens group means on average; a teacher looks at the worst pair — the
 * range (highest group mean − lowest). So after the exchange search, narrow the range of the mean totals directly
 * while every subject keeps its range within a bound — by default half of what the classroom serpentine (蛇形)
 * draft gives on the same roster (serpentineBounds).
 *
 * Band tightening: every group's mean total must lie within ±τ of the class mean, and each subject's within ±half
 * its bound. Φ = Σ_groups Σ_features (distance outside the band)², so only groups outside a band can lower it and
 * any swap is scored in O(features). Each level sets τ to 0.9 × the widest deviation now and descends on Φ with
 *   · single trades: a member of a group outside the band for a same-stratum student elsewhere (keeps sizes and
 *     the mix), partners limited to the slice of the stratum, sorted by total, that does not push the group
 *     further out;
 *   · two trades between the same two groups at once (under the gender rule a boy can leave only if a boy comes
 *     back, or a girl leaves too — single trades alone freeze each group's gender pattern);
 *   · when stuck, kicks (iterated local search): two random trades around the groups still outside, a descent,
 *     kept if Φ did not grow.
 * A level that cannot be reached ends the polish. No move may add a rule penalty (a broken hard rule, a student
 * moved further from a previous grouping, a repeated pair in rotation), so the polish is safe with those too. The
 * state kept is the best by J = range(total) + LAMBDA × Σ subject excess over its bound, among states where no
 * subject is wider than its bound or, if it already was, than before. The deadline is checked inside the loops.
 */
import { serpentineSlots } from './report.ts';
import { COST_MS, workClock, type WorkClock } from './clock.ts';
import type { Features } from './objective.ts';
import type { SearchState } from './state.ts';
import { randInt, type Rng } from './random.ts';

/** Weight of a subject's excess over its bound against the total's range (both in class-SD units). */
export const LAMBDA = 2;
/** Default subject bound: this share of the serpentine draft's range. */
export const SERPENTINE_SHARE = 0.5;
/** Each tightening asks every group's mean total to lie within this share of the current widest deviation. */
export const SHRINK = 0.9;
/** Partners tried per student (and groups per double trade) when a stratum (or the class) is larger than this. */
export const WINDOW = 256;
/** A kick trades a student with one at most this share of the stratum away in the ranking by total (1 = any). */
export const KICK_REACH = 1;

export interface PolishInput {
  state: SearchState;
  feat: Features;
  sizes: number[];
  /** Movable students of each stratum (the swap partners that keep the mix). */
  pool: number[][];
  stratumOf: number[];
  /** Students that may not move (pinned, keep-together blocks). */
  fixed: Uint8Array;
  /** Largest allowed range per feature, z units; Infinity = not guarded. The total's entry is ignored. */
  bounds: Float64Array;
  rng: Rng;
  /** Virtual time (clock.elapsed(), see clock.ts) at which to stop. */
  deadline: number;
  /** The solve's work clock; a fresh one when polishing alone (tests). */
  clock?: WorkClock;
  /** Iterated-local-search kicks (restarts from the best state); deterministic for a seed if time allows. */
  kicks: number;
}

export interface PolishResult {
  /** J before and after (see above). */
  before: number;
  after: number;
  steps: number;
  outOfTime: boolean;
}

/** Per subject: share × the range of group means (z units) that a serpentine draft by score gives; others Infinity. */
export function serpentineBounds(feat: Features, sizes: number[], share = SERPENTINE_SHARE): Float64Array {
  const { F, x, score, kind } = feat;
  const n = score.length;
  const k = sizes.length;
  const ranked = score.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  const slots = serpentineSlots(n, sizes);
  const group = new Int32Array(n);
  ranked.forEach((i, r) => {
    group[i] = slots[r]!;
  });
  const sums = new Float64Array(k * F);
  for (let i = 0; i < n; i++) for (let f = 0; f < F; f++) sums[group[i]! * F + f]! += x[i * F + f]!;
  const bounds = new Float64Array(F).fill(Infinity);
  for (let f = 0; f < F; f++) {
    if (kind[f] !== 'subject') continue;
    let mx = -Infinity;
    let mn = Infinity;
    for (let q = 0; q < k; q++) {
      if (sizes[q]! === 0) continue;
      const v = sums[q * F + f]! / sizes[q]!;
      if (v > mx) mx = v;
      if (v < mn) mn = v;
    }
    bounds[f] = (mx - mn) * share;
  }
  return bounds;
}

export function polishRanges(inp: PolishInput): PolishResult {
  const { state, feat, sizes, pool, stratumOf, fixed, bounds, rng, deadline } = inp;
  const clock = inp.clock ?? workClock(Math.max(0, deadline));
  const { F, x, w } = feat;
  const { E, g, members, k } = state;
  const T = feat.totalFeature;
  const res: PolishResult = { before: 0, after: 0, steps: 0, outOfTime: false };
  if (T < 0 || k < 2) return res;
  // Features in play: the total first, then every guarded subject.
  const fs: number[] = [T];
  for (let f = 0; f < F; f++) if (f !== T && Number.isFinite(bounds[f]!) && w[f]! > 0) fs.push(f);
  const nf = fs.length;
  const tau = new Float64Array(nf);
  for (let a = 1; a < nf; a++) tau[a] = bounds[fs[a]!]! / 2;
  const dev = (q: number, f: number): number => E[q * F + f]! / sizes[q]!;
  const h2 = (v: number, t: number): number => {
    const e = (v < 0 ? -v : v) - t;
    return e > 0 ? e * e : 0;
  };
  // Subjects' part of Φ per group, kept current: a swap between two groups with none cannot lower it, so the
  // total's part alone decides most candidates in O(1).
  const subjPhi = new Float64Array(k);
  const updSubj = (q: number): void => {
    let p = 0;
    for (let a = 1; a < nf; a++) p += h2(dev(q, fs[a]!), tau[a]!);
    subjPhi[q] = p;
  };
  const updAll = (): void => {
    for (let q = 0; q < k; q++) updSubj(q);
  };
  // Bookkeeping so a kick costs little: a group found stuck (no improving move with any partner) need only be
  // retried against groups that changed since. Every move ticks the clock and stamps the two groups.
  let tick = 0;
  const changed = new Int32Array(k);
  const stuckS = new Int32Array(k).fill(-1);
  const stuckD = new Int32Array(k).fill(-1);
  // Trades since the last snapshot, so a failed kick is undone trade by trade (no rebuild, no allocation).
  const trail: number[] = [];
  let logging = false;
  // Swap two students and keep both groups' deviations and subject penalties current.
  const trade = (i: number, j: number): void => {
    const A = g[i]!;
    const B = g[j]!;
    state.apply(i, j);
    updDev(A);
    updDev(B);
    updSubj(A);
    updSubj(B);
  };
  const apply = (i: number, j: number): void => {
    clock.spend(COST_MS.polishMove);
    const A = g[i]!;
    const B = g[j]!;
    trade(i, j);
    if (logging) trail.push(i, j);
    tick++;
    changed[A] = tick;
    changed[B] = tick;
  };
  const forget = (): void => {
    stuckS.fill(-1);
    stuckD.fill(-1);
  };
  const load = (group: Int32Array): void => {
    state.load(group);
    for (let q = 0; q < k; q++) updDev(q);
    updAll();
  };
  const groupPhi = (q: number): number => h2(D[q * nf]!, tau[0]!) + subjPhi[q]!;
  const phi = (): number => {
    let p = 0;
    for (let q = 0; q < k; q++) p += groupPhi(q);
    return p;
  };
  const maxAbs = (f: number): number => {
    let m = 0;
    for (let q = 0; q < k; q++) m = Math.max(m, Math.abs(dev(q, f)));
    return m;
  };
  /** Range of the group means of feature f, as deviations from the class mean. */
  const range = (f: number): number => {
    let mx = -Infinity;
    let mn = Infinity;
    for (let q = 0; q < k; q++) {
      const v = dev(q, f);
      if (v > mx) mx = v;
      if (v < mn) mn = v;
    }
    return mx - mn;
  };
  const J = (): number => {
    let j = 0;
    for (let a = 0; a < nf; a++) {
      const f = fs[a]!;
      j += a === 0 ? range(f) : LAMBDA * Math.max(0, range(f) - bounds[f]!);
    }
    return j;
  };
  // The features in play, packed per student, and each group's deviations (kept current on every move).
  const X = new Float64Array(state.n * nf);
  for (let i = 0; i < state.n; i++) for (let a = 0; a < nf; a++) X[i * nf + a] = x[i * F + fs[a]!]!;
  const D = new Float64Array(k * nf);
  const inv = sizes.map((z) => 1 / z);
  const updDev = (q: number): void => {
    for (let a = 0; a < nf; a++) D[q * nf + a] = dev(q, fs[a]!);
  };
  // Φ change when group A gains dd on each feature (i2/j2 = -1 for a single trade) and group B loses it;
  // Infinity when it cannot beat `best` (decided by the total alone when neither group is out on a subject).
  const phiMove = (A: number, B: number, best: number, i: number, j: number, i2: number, j2: number): number => {
    clock.spend(COST_MS.polishEval);
    const iA = inv[A]!;
    const iB = inv[B]!;
    const oA = A * nf;
    const oB = B * nf;
    let dd = X[j * nf]! - X[i * nf]!;
    if (i2 >= 0) dd += X[j2 * nf]! - X[i2 * nf]!;
    const t0 = tau[0]!;
    const vA0 = D[oA]!;
    const vB0 = D[oB]!;
    let d = h2(vA0 + dd * iA, t0) - h2(vA0, t0) + h2(vB0 - dd * iB, t0) - h2(vB0, t0);
    if (d - subjPhi[A]! - subjPhi[B]! >= best) return Infinity;
    for (let a = 1; a < nf; a++) {
      const t = tau[a]!;
      const vA = D[oA + a]!;
      const vB = D[oB + a]!;
      let e = X[j * nf + a]! - X[i * nf + a]!;
      if (i2 >= 0) e += X[j2 * nf + a]! - X[i2 * nf + a]!;
      d += h2(vA + e * iA, t) - h2(vA, t) + h2(vB - e * iB, t) - h2(vB, t);
    }
    return d;
  };
  let checks = 0;
  const late = (): boolean => {
    if (res.outOfTime) return true;
    if (clock.elapsed() > deadline || ((checks++ & 63) === 0 && clock.wallCapped())) res.outOfTime = true;
    return res.outOfTime;
  };
  const EPS = 1e-15;

  // Movable students of each stratum sorted by total, so a student's useful partners are one slice.
  const byTotal = pool.map((p) => Int32Array.from(p).sort((a, b) => x[a * F + T]! - x[b * F + T]!));
  const rankOf = new Int32Array(x.length / F);
  for (const p of byTotal)
    p.forEach((i, r) => {
      rankOf[i] = r;
    });
  const totals = byTotal.map((p) => Float64Array.from(p, (i) => x[i * F + T]!));
  const lowerBound = (v: Float64Array, t: number): number => {
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (v[m]! < t) lo = m + 1;
      else hi = m;
    }
    return lo;
  };

  // Best single swap for student i; applied if it lowers Φ. Partners are limited to those that do not push
  // i's group further out on the total (a slice of the sorted stratum).
  const single = (i: number, since: number): boolean => {
    const A = g[i]!;
    const s = stratumOf[i]!;
    const cands = byTotal[s]!;
    const tv = totals[s]!;
    const v = dev(A, T);
    const m = Math.max(Math.abs(v), tau[0]!);
    const xi = x[i * F + T]!;
    const from = lowerBound(tv, xi + sizes[A]! * (-m - v) - 1e-12);
    const to = lowerBound(tv, xi + sizes[A]! * (m - v) + 1e-12);
    const L = to - from;
    const span = Math.min(L, WINDOW);
    const off = L > WINDOW ? randInt(rng, L) : 0;
    let best = -EPS;
    let bj = -1;
    for (let t = 0; t < span; t++) {
      const j = cands[from + ((off + t) % L)]!;
      const B = g[j]!;
      if (B === A || changed[B]! <= since) continue;
      const d = phiMove(A, B, best, i, j, -1, -1);
      if (d < best && state.penaltyDelta(i, j) <= 0) {
        best = d;
        bj = j;
      }
    }
    if (bj < 0) return false;
    apply(i, bj);
    return true;
  };

  // Two trades between the same two groups at once. Under the gender rule (two boys and two girls in every four)
  // a boy may trade with a girl only if a girl trades back, so single swaps alone freeze each group's gender
  // pattern per stratum.
  const MAX_PAIRS = 64;
  const pI = new Int32Array(MAX_PAIRS);
  const pJ = new Int32Array(MAX_PAIRS);
  const pT = new Float64Array(MAX_PAIRS);
  const double = (A: number, since: number): boolean => {
    let best = -EPS;
    let m0 = -1;
    let m1 = -1;
    let m2 = -1;
    let m3 = -1;
    const span = Math.min(k, WINDOW);
    const off = k > WINDOW ? randInt(rng, k) : 0;
    const vA = D[A * nf]!;
    const sA = sizes[A]!;
    for (let t = 0; t < span; t++) {
      const B = (off + t) % k;
      if (B === A || changed[B]! <= since) continue;
      let np = 0;
      for (const i of members[A]!) {
        if (fixed[i]) continue;
        for (const j of members[B]!)
          if (np < MAX_PAIRS && !fixed[j] && stratumOf[j] === stratumOf[i]) {
            pI[np] = i;
            pJ[np] = j;
            pT[np] = X[j * nf]! - X[i * nf]!;
            np++;
          }
      }
      // When only A's total is out, the two trades together must bring it in: a cheap test before the rest.
      const onlyTotalA = subjPhi[A]! === 0 && subjPhi[B]! === 0 && h2(D[B * nf]!, tau[0]!) === 0;
      for (let p = 0; p < np; p++)
        for (let q = p + 1; q < np; q++) {
          const i = pI[p]!;
          const j = pJ[p]!;
          const i2 = pI[q]!;
          const j2 = pJ[q]!;
          if (i === i2 || j === j2) continue;
          if (onlyTotalA) {
            const step = (pT[p]! + pT[q]!) / sA;
            if (vA > 0 ? step >= 0 || step <= -2 * vA : step <= 0 || step >= -2 * vA) continue;
          }
          const d = phiMove(A, B, best, i, j, i2, j2);
          if (d >= best) continue;
          const pen1 = state.penaltyDelta(i, j);
          state.apply(i, j);
          const pen2 = state.penaltyDelta(i2, j2);
          state.apply(i, j); // undo
          if (pen1 + pen2 > 0) continue;
          best = d;
          m0 = i;
          m1 = j;
          m2 = i2;
          m3 = j2;
        }
    }
    if (m0 < 0) return false;
    apply(m0, m1);
    apply(m2, m3);
    return true;
  };

  // Descend on Φ: only groups outside the band can lower it, so only their members are tried. Single swaps
  // first; two-trade moves only when no single swap helps anywhere.
  const buf = new Int32Array(Math.max(...sizes));
  const exhaustiveS = pool.every((p) => p.length <= WINDOW);
  const exhaustiveD = k <= WINDOW;
  const descend = (): void => {
    let moved = true;
    while (moved && !late()) {
      moved = false;
      for (let A = 0; A < k; A++) {
        if (groupPhi(A) <= 0) continue;
        const since = stuckS[A]! >= changed[A]! ? stuckS[A]! : -1;
        let any = false;
        const size = members[A]!.length;
        for (let t = 0; t < size; t++) buf[t] = members[A]![t]!;
        for (let t = 0; t < size; t++) {
          const i = buf[t]!;
          if (fixed[i] || g[i] !== A) continue;
          if (single(i, any ? -1 : since)) {
            any = true;
            res.steps++;
            if (groupPhi(A) <= 0) break;
          }
        }
        if (any) moved = true;
        else if (exhaustiveS) stuckS[A] = tick;
        if (late()) return;
      }
      if (moved) continue;
      for (let A = 0; A < k && !moved; A++) {
        if (groupPhi(A) <= 0) continue;
        const since = stuckD[A]! >= changed[A]! ? stuckD[A]! : -1;
        if (double(A, since)) {
          moved = true;
          res.steps++;
        } else if (exhaustiveD) stuckD[A] = tick;
        if (late()) return;
      }
    }
  };

  for (let q = 0; q < k; q++) updDev(q);
  updAll();
  res.before = J();
  let best = res.before;
  let bestG = Int32Array.from(g);
  // A state may be kept only if no subject's range is wider than its bound or, when it was already wider, than
  // it was before the polish: the polish never makes a subject worse than the exchange search left it.
  const cap = fs.map((f) => Math.max(bounds[f]!, range(f)) + 1e-12);
  const keepIfBest = (): void => {
    const j = J();
    if (j < best - 1e-12 && fs.every((f, a) => a === 0 || range(f) <= cap[a]!)) {
      best = j;
      bestG = Int32Array.from(g);
    }
  };
  let kicks = inp.kicks;
  // One level: descend within the bands now in tau; kick when stuck. True when every group got inside.
  const markChanged = new Int32Array(k);
  const markS = new Int32Array(k);
  const markD = new Int32Array(k);
  const level = (): boolean => {
    forget();
    descend();
    keepIfBest();
    let p = phi();
    while (p > 0 && kicks > 0 && !late()) {
      kicks--;
      markChanged.set(changed);
      markS.set(stuckS);
      markD.set(stuckD);
      trail.length = 0;
      logging = true;
      kick();
      descend();
      logging = false;
      const p2 = phi();
      if (p2 <= p) {
        p = p2;
        keepIfBest();
      } else {
        // Back to where every group outside the band was stuck, and restore what was known then.
        while (trail.length) {
          const j = trail.pop()!;
          const i = trail.pop()!;
          trade(i, j);
        }
        changed.set(markChanged);
        stuckS.set(markS);
        stuckD.set(markD);
      }
    }
    return p <= 0;
  };
  // Tighten the total's band step by step (each subject kept within half its bound of the class mean).
  while (!late()) {
    const width = maxAbs(T);
    if (width <= 1e-12) break;
    tau[0] = width * SHRINK;
    if (!level()) break;
  }
  load(bestG);
  res.after = J();
  return res;

  // Two random same-stratum swaps between a group outside the band and any other group (rules kept).
  function kick(): void {
    const out: number[] = [];
    for (let q = 0; q < k; q++) if (groupPhi(q) > 0) out.push(q);
    for (let s = 0; s < 2 && out.length; s++) {
      const A = out[randInt(rng, out.length)]!;
      const i = members[A]![randInt(rng, members[A]!.length)]!;
      const cands = byTotal[stratumOf[i]!]!;
      if (fixed[i] || cands.length < 2) continue;
      // A near neighbour by total: a small step that the descent can build on, not a fresh start.
      const reach = Math.max(2, Math.round(cands.length * KICK_REACH));
      const at = rankOf[i]! + (rng() < 0.5 ? -1 : 1) * (1 + randInt(rng, reach));
      const j = cands[Math.max(0, Math.min(cands.length - 1, at))]!;
      const B = g[j]!;
      if (B === A) continue;
      const pen = state.penaltyDelta(i, j);
      if (pen <= 0) {
        apply(i, j);
        continue;
      }
      // A trade that breaks a rule (a boy for a girl) goes through only with a second trade that mends it.
      state.apply(i, j);
      let mended = false;
      for (const i2 of members[A]!) {
        if (i2 === j || fixed[i2]) continue;
        for (const j2 of members[B]!)
          if (j2 !== i && !fixed[j2] && stratumOf[j2] === stratumOf[i2] && state.penaltyDelta(i2, j2) + pen <= 0) {
            state.apply(i, j); // undo, then do both through the bookkeeping
            apply(i, j);
            apply(i2, j2);
            mended = true;
            break;
          }
        if (mended) break;
      }
      if (!mended) state.apply(i, j); // undo
    }
  }
}
