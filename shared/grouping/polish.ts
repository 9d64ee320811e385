/**
 * Range polish. The exchange search's profile cost is a smooth stand-in for the ranges; a teacher looks at the worst
 * pair — the range (highest group − lowest) of the mean total, of the groups' own spreads, of each subject. So after
 * the exchange search, narrow those ranges directly (objective.ts: bands Φ and J).
 *
 * Coordinate tightening: each feature in play in turn (the total first, then its spread, then subjects) has its
 * band — around its current midrange — narrowed level by level to SHRINK of its range, while every other feature
 * stays within its cap: its floor (good enough; for a subject half the serpentine draft's range) or what it had,
 * plus SLACK (held exactly, a feature's extreme groups freeze). Spreads are not held until their own turn. Each
 * level descends on Φ (the squared, λ-weighted distance outside the bands) with
 *   · single trades: a member of a group outside a band for a same-stratum free student elsewhere, partners
 *     limited to the slice of the stratum (sorted by total) that does not push the group further out on the total;
 *   · double trades between the same two groups (under the gender rule a boy can leave only if a boy comes back,
 *     or a girl leaves too — single trades alone freeze each group's gender pattern);
 *   · when stuck, kicks (iterated local search): two random trades around the groups still outside, a descent,
 *     kept if Φ did not grow, undone trade by trade otherwise.
 * A feature's turn ends at the first level that cannot be reached; the best state by J is kept. No move breaks a hard rule or adds to a soft penalty, so the
 * polish is safe with a previous grouping and in rotation.
 */
import { COST } from './clock.ts';
import { outside, softSwapDelta } from './objective.ts';
import { type Search, swapAllowed } from './moves.ts';
import { randInt } from './random.ts';
import { serpentineSlots } from './report.ts';
import { lowerBound } from '../util/sorted.ts';

/** Each level narrows the chosen feature's band to this share of its width. */
export const SHRINK = 0.9;
/** A feature held while another is narrowed may widen by this share (held exactly, its extreme groups freeze). */
export const SLACK = 0.05;
/**
 * A subject is good enough at this share of the range a serpentine draft gives it (or at its floor, if wider): the
 * exchange search leaves subjects near a quarter of serpentine's, and a floor at half let the polish undo that.
 */
export const SERPENTINE_SHARE = 0.25;
/** Kicks one level may take: a level that kicks cannot solve must not use up the whole budget. */
export const LEVEL_KICKS = 60;
/** While the means miss their target, held subjects' caps widen by this factor, at most RELAX_STEPS times. */
export const RELAX = 1.25;
export const RELAX_STEPS = 10;
export const RELAX_MOST = 4;
/** J's price of the means' range above its target, per class SD (λ of the total is 1). */
export const MISSED_TARGET = 20;
/** Partners tried per student (and groups per double trade) when a stratum (or the class) is larger than this. */
export const POLISH_WINDOW = 256;
/** Candidate pairs per group pair in a double trade. */
const MAX_PAIRS = 64;
const EPS = 1e-15;

export interface PolishResult {
  /** J before and after. */
  before: number;
  after: number;
  steps: number;
}

export class Polish {
  /** Feature indices in play (the total first when it is), their count, and J's weight λ × unit. */
  private readonly fs: number[] = [];
  private readonly nf: number;
  private readonly lam: Float64Array;
  private readonly center: Float64Array;
  private readonly tau: Float64Array;
  /** Range each feature may keep (good enough), in its own units. */
  private readonly floor: Float64Array;
  /** Range each feature may not exceed while another is narrowed: its floor, or what it had reached. */
  private readonly cap: Float64Array;
  private readonly spread: Uint8Array;
  /** X[i * nf + a]: student i's value of feature fs[a]; D[q * nf + a]: group q's deviation. */
  private readonly X: Float64Array;
  private readonly D: Float64Array;
  /** Φ of each group (kept current) and its part from features other than the total. */
  private readonly phiG: Float64Array;
  private readonly restPhi: Float64Array;
  private readonly hasTotal: boolean;
  // Stuck bookkeeping: a group found stuck need only be retried against groups that changed since.
  private tick = 0;
  private readonly changed: Int32Array;
  private readonly stuckS: Int32Array;
  private readonly stuckD: Int32Array;
  /** Trades since a kick began, so a failed kick is undone trade by trade. */
  private readonly trail: number[] = [];
  private logging = false;
  private kicksLeft: number;
  // Free students of each stratum sorted by total, so a student's useful partners are one slice.
  private readonly byTotal: Int32Array[];
  private readonly totals: Float64Array[];
  private readonly rankOf: Int32Array;
  private readonly pI = new Int32Array(MAX_PAIRS);
  private readonly pJ = new Int32Array(MAX_PAIRS);
  private readonly pT = new Float64Array(MAX_PAIRS);
  private readonly buf: Int32Array;
  steps = 0;

  constructor(
    private readonly s: Search,
    kicks: number,
  ) {
    const { feat, st } = s;
    for (let f = 0; f < feat.F; f++) if ((feat.lambda[f] ?? 0) > 0) this.fs.push(f);
    this.hasTotal = feat.totalFeature >= 0 && this.fs[0] === feat.totalFeature;
    this.nf = this.fs.length;
    this.lam = Float64Array.from(this.fs, (f) => (feat.lambda[f] ?? 0) * (feat.unit[f] ?? 1));
    const serp = serpentineRanges(s);
    this.floor = Float64Array.from(this.fs, (f) =>
      feat.kind[f] === 'subject'
        ? Math.max(feat.floor[f] ?? 0, SERPENTINE_SHARE * (serp[f] ?? 0))
        : (feat.floor[f] ?? 0),
    );
    this.cap = new Float64Array(this.nf);
    this.spread = Uint8Array.from(this.fs, (f) => (feat.kind[f] === 'spread' ? 1 : 0));
    this.center = new Float64Array(this.nf);
    this.tau = new Float64Array(this.nf);
    this.X = new Float64Array(st.n * this.nf);
    for (let i = 0; i < st.n; i++)
      for (const [a, f] of this.fs.entries()) this.X[i * this.nf + a] = feat.x[i * feat.F + f] ?? 0;
    this.D = new Float64Array(st.k * this.nf);
    this.phiG = new Float64Array(st.k);
    this.restPhi = new Float64Array(st.k);
    this.changed = new Int32Array(st.k);
    this.stuckS = new Int32Array(st.k).fill(-1);
    this.stuckD = new Int32Array(st.k).fill(-1);
    this.kicksLeft = kicks;
    const T = this.hasTotal ? feat.totalFeature : -1;
    const key = (i: number): number => (T >= 0 ? (feat.x[i * feat.F + T] ?? 0) : 0);
    this.byTotal = s.pool.map((p) => Int32Array.from(p).sort((a, b) => key(a) - key(b)));
    this.totals = this.byTotal.map((p) => Float64Array.from(p, key));
    this.rankOf = new Int32Array(st.n);
    for (const p of this.byTotal)
      for (const [r, i] of p.entries()) {
        this.rankOf[i] = r;
      }
    let largest = 0;
    for (const z of st.sizes) largest = Math.max(largest, z);
    this.buf = new Int32Array(largest);
  }

  /** Run the polish from the current state; the best state (by J) is left loaded. */
  run(): PolishResult {
    const res: PolishResult = { before: 0, after: 0, steps: 0 };
    if (this.nf === 0 || this.s.st.k < 2) return res;
    this.refreshAll();
    res.before = this.J();
    this.best = res.before;
    this.bestG = Int32Array.from(this.s.st.g);
    // Each feature in turn (the total first), narrowed level by level while the others stay within their
    // allowance; two passes, so slack one feature gained can serve another.
    // Spreads are not held until their own turn: z² moves far with every trade of a strong or weak student, so a
    // held spread freezes the total; the spread's turn then narrows it with the total held.
    for (let a = 0; a < this.nf; a++)
      this.cap[a] = this.spread[a] ? Infinity : Math.max(this.floor[a] ?? 0, this.range(a) * (1 + SLACK));
    for (let pass = 0; pass < 2; pass++)
      for (let a = 0; a < this.nf && !this.stopped(); a++) {
        this.narrow(a);
        // The means come first: while they miss their target, the held subjects give way a little at a time.
        for (let t = 0; a === 0 && this.meansMissed() && t < RELAX_STEPS && this.relaxSubjects(); t++) this.narrow(a);
        // From now on the feature holds what it reached (or its floor, if it got below).
        this.cap[a] = Math.max(this.floor[a] ?? 0, this.range(a) * (1 + SLACK));
      }
    res.after = this.J();
    res.steps = this.steps;
    return res;
  }

  /** Narrow feature a level by level while the others stay within their caps; the best state by J is loaded. */
  private narrow(a: number): void {
    while (!this.stopped() && this.range(a) > (this.floor[a] ?? 0)) {
      this.setBands(a);
      if (!this.level()) break;
      this.keepIfBest();
    }
    this.keepIfBest();
    this.load(this.bestG);
  }

  private meansMissed(): boolean {
    return this.hasTotal && this.range(0) > this.s.feat.meansTarget;
  }

  /** Widen the caps of the subjects by RELAX (never past RELAX_MOST × their floor); false when none could widen. */
  private relaxSubjects(): boolean {
    let any = false;
    for (let b = 1; b < this.nf; b++) {
      if (this.s.feat.kind[this.fs[b] ?? 0] !== 'subject') continue;
      const most = Math.max(RELAX_MOST * (this.floor[b] ?? 0), this.range(b));
      const next = Math.min(most, (this.cap[b] ?? 0) * RELAX);
      if (next > (this.cap[b] ?? 0) + 1e-12) {
        this.cap[b] = next;
        any = true;
      }
    }
    return any;
  }

  private best = Infinity;
  private bestG = new Int32Array(0);

  private keepIfBest(): void {
    const j = this.J();
    if (j < this.best - 1e-12) {
      this.best = j;
      this.bestG = Int32Array.from(this.s.st.g);
    }
  }

  private stopped(): boolean {
    return this.s.clock.done() || this.s.clock.wallCapped();
  }

  /**
   * Bands around each feature's midrange: feature `alone` narrowed to SHRINK of its range, every other as wide as
   * its range now or its floor, whichever is wider (a feature already good enough lends its slack).
   */
  private setBands(alone: number): void {
    for (let b = 0; b < this.nf; b++) {
      const [lo, hi] = this.extent(b);
      const half = (hi - lo) / 2;
      this.center[b] = (lo + hi) / 2;
      this.tau[b] = b === alone ? half * SHRINK : Math.max(half, (this.cap[b] ?? 0) / 2) + 1e-12;
    }
    this.forget();
    for (let q = 0; q < this.s.st.k; q++) this.updatePhi(q);
  }

  private extent(a: number): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    for (let q = 0; q < this.s.st.k; q++) {
      const v = this.D[q * this.nf + a] ?? 0;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return [lo, hi];
  }

  private range(a: number): number {
    const [lo, hi] = this.extent(a);
    return hi - lo;
  }

  /** J = Σ λ × (range − floor)⁺ over the features in play (class-SD units); the total counts from 0. */
  J(): number {
    let j = 0;
    for (let a = 0; a < this.nf; a++) {
      const free = a === 0 && this.hasTotal ? 0 : (this.floor[a] ?? 0);
      j += (this.lam[a] ?? 0) * Math.max(0, this.range(a) - free);
    }
    // Means above their target are paid for dearly: no spread or subject gain is worth them.
    if (this.hasTotal) j += MISSED_TARGET * Math.max(0, this.range(0) - this.s.feat.meansTarget);
    return j;
  }

  private refresh(q: number): void {
    for (let a = 0; a < this.nf; a++) this.D[q * this.nf + a] = this.s.st.dev(q, this.fs[a] ?? 0);
    this.updatePhi(q);
  }

  private refreshAll(): void {
    for (let q = 0; q < this.s.st.k; q++) this.refresh(q);
  }

  private updatePhi(q: number): void {
    let rest = 0;
    const o = q * this.nf;
    const first = this.hasTotal ? 1 : 0;
    for (let a = first; a < this.nf; a++) {
      const l = this.lam[a] ?? 0;
      rest += l * l * outside((this.D[o + a] ?? 0) - (this.center[a] ?? 0), this.tau[a] ?? 0);
    }
    this.restPhi[q] = rest;
    const t = this.hasTotal
      ? (this.lam[0] ?? 0) ** 2 * outside((this.D[o] ?? 0) - (this.center[0] ?? 0), this.tau[0] ?? 0)
      : 0;
    this.phiG[q] = t + rest;
  }

  private phi(): number {
    let p = 0;
    for (const v of this.phiG) p += v;
    return p;
  }

  private load(group: Int32Array): void {
    this.s.st.load(group);
    this.refreshAll();
  }

  private forget(): void {
    this.stuckS.fill(-1);
    this.stuckD.fill(-1);
  }

  /** Trade i and j and keep both groups' deviations current (no clock, no log: also used to undo). */
  private trade(i: number, j: number): void {
    const A = this.s.st.g[i] ?? 0;
    const B = this.s.st.g[j] ?? 0;
    this.s.st.swap(i, j);
    this.refresh(A);
    this.refresh(B);
  }

  /** A counted move: trade, log it during a kick, stamp both groups as changed. */
  private apply(i: number, j: number): void {
    this.s.clock.spend(COST.move);
    const A = this.s.st.g[i] ?? 0;
    const B = this.s.st.g[j] ?? 0;
    this.trade(i, j);
    if (this.logging) this.trail.push(i, j);
    this.tick++;
    this.changed[A] = this.tick;
    this.changed[B] = this.tick;
    this.steps++;
  }

  /**
   * Φ change if group A gains the difference of students j (and j2) over i (and i2) and B loses it; Infinity when
   * it cannot beat `best` (decided by the total alone when neither group is out on another feature).
   */
  private phiTrade(A: number, B: number, best: number, i: number, j: number, i2: number, j2: number): number {
    this.s.clock.spend(COST.polishEval);
    const { nf, X, D } = this;
    const iA = 1 / (this.s.st.sizes[A] ?? 1);
    const iB = 1 / (this.s.st.sizes[B] ?? 1);
    let d = 0;
    let a = 0;
    if (this.hasTotal) {
      let dd = (X[j * nf] ?? 0) - (X[i * nf] ?? 0);
      if (i2 >= 0) dd += (X[j2 * nf] ?? 0) - (X[i2 * nf] ?? 0);
      d = this.bandChange(0, D[A * nf] ?? 0, D[B * nf] ?? 0, dd * iA, dd * iB);
      if (d - (this.restPhi[A] ?? 0) - (this.restPhi[B] ?? 0) >= best) return Infinity;
      a = 1;
    }
    for (; a < nf; a++) {
      let e = (X[j * nf + a] ?? 0) - (X[i * nf + a] ?? 0);
      if (i2 >= 0) e += (X[j2 * nf + a] ?? 0) - (X[i2 * nf + a] ?? 0);
      if (e !== 0) d += this.bandChange(a, D[A * nf + a] ?? 0, D[B * nf + a] ?? 0, e * iA, e * iB);
    }
    return d;
  }

  /** Φ change of feature a when A's deviation rises by up and B's falls by down. */
  private bandChange(a: number, vA: number, vB: number, up: number, down: number): number {
    const c = this.center[a] ?? 0;
    const t = this.tau[a] ?? 0;
    const l = this.lam[a] ?? 0;
    return l * l * (outside(vA - c + up, t) - outside(vA - c, t) + outside(vB - c - down, t) - outside(vB - c, t));
  }

  /** True if i and j may trade with no broken rule and no soft penalty added. */
  private allowed(i: number, j: number): boolean {
    return softSwapDelta(this.s.goals, this.s.st, i, j) <= 0 && swapAllowed(this.s, i, j);
  }

  /** The slice [from, to) of i's stratum (sorted by total) whose trade keeps A no further out on the total. */
  private slice(i: number, A: number): [number, number] {
    const tv = this.totals[this.s.stratumOf[i] ?? 0] ?? new Float64Array(0);
    if (!this.hasTotal) return [0, tv.length];
    const v = (this.D[A * this.nf] ?? 0) - (this.center[0] ?? 0);
    const m = Math.max(Math.abs(v), this.tau[0] ?? 0);
    const xi = this.X[i * this.nf] ?? 0;
    const s = this.s.st.sizes[A] ?? 1;
    return [lowerBound(tv, xi + s * (-m - v) - 1e-12), lowerBound(tv, xi + s * (m - v) + 1e-12)];
  }

  /** Best single trade for student i among partners of groups changed since `since`; applied if Φ drops. */
  private single(i: number, since: number): boolean {
    const st = this.s.st;
    const A = st.g[i] ?? 0;
    const cands = this.byTotal[this.s.stratumOf[i] ?? 0] ?? new Int32Array(0);
    const [from, to] = this.slice(i, A);
    const L = to - from;
    const span = Math.min(L, POLISH_WINDOW);
    const off = L > POLISH_WINDOW ? randInt(this.s.rng, L) : 0;
    let best = -EPS;
    let bj = -1;
    for (let t = 0; t < span; t++) {
      const j = cands[from + ((off + t) % L)] ?? i;
      const B = st.g[j] ?? A;
      if (B === A || (this.changed[B] ?? 0) <= since) continue;
      const d = this.phiTrade(A, B, best, i, j, -1, -1);
      if (d < best && this.allowed(i, j)) {
        best = d;
        bj = j;
      }
    }
    if (bj < 0) return false;
    this.apply(i, bj);
    return true;
  }

  /** Candidate same-stratum pairs (free A member, free B member) into pI/pJ/pT; returns their count. */
  private pairs(A: number, B: number): number {
    const { s, nf, X } = this;
    let np = 0;
    for (const i of s.st.members[A] ?? []) {
      if (!s.free[i]) continue;
      for (const j of s.st.members[B] ?? [])
        if (np < MAX_PAIRS && s.free[j] && s.stratumOf[j] === s.stratumOf[i]) {
          this.pI[np] = i;
          this.pJ[np] = j;
          this.pT[np] = (X[j * nf] ?? 0) - (X[i * nf] ?? 0);
          np++;
        }
    }
    return np;
  }

  /** Both trades allowed in turn, adding no soft penalty together. */
  private doubleAllowed(i: number, j: number, i2: number, j2: number): boolean {
    const { s } = this;
    if (!swapAllowed(s, i, j)) return false;
    const pen1 = softSwapDelta(s.goals, s.st, i, j);
    s.st.swap(i, j);
    const ok = swapAllowed(s, i2, j2) && pen1 + softSwapDelta(s.goals, s.st, i2, j2) <= 0;
    s.st.swap(i, j);
    return ok;
  }

  /** Best two trades at once between group A and one other group; applied if Φ drops. */
  private double(A: number, since: number): boolean {
    const st = this.s.st;
    let best = -EPS;
    const m = [-1, -1, -1, -1];
    const span = Math.min(st.k, POLISH_WINDOW);
    const off = st.k > POLISH_WINDOW ? randInt(this.s.rng, st.k) : 0;
    for (let t = 0; t < span; t++) {
      const B = (off + t) % st.k;
      if (B === A || (this.changed[B] ?? 0) <= since) continue;
      const np = this.pairs(A, B);
      const onlyTotal = this.onlyTotalOut(A, B);
      for (let p = 0; p < np; p++)
        for (let q = p + 1; q < np; q++) {
          const [i, j, i2, j2] = [this.pI[p] ?? 0, this.pJ[p] ?? 0, this.pI[q] ?? 0, this.pJ[q] ?? 0];
          if (i === i2 || j === j2 || (onlyTotal && !this.bringsTotalIn(A, (this.pT[p] ?? 0) + (this.pT[q] ?? 0))))
            continue;
          const d = this.phiTrade(A, B, best, i, j, i2, j2);
          if (d >= best || !this.doubleAllowed(i, j, i2, j2)) continue;
          best = d;
          m.splice(0, 4, i, j, i2, j2);
        }
    }
    const [i, j, i2, j2] = m as [number, number, number, number];
    if (i < 0) return false;
    this.apply(i, j);
    this.apply(i2, j2);
    return true;
  }

  /** Only A's total is outside its band (a cheap test then rules out most double trades). */
  private onlyTotalOut(A: number, B: number): boolean {
    if (!this.hasTotal || (this.restPhi[A] ?? 0) !== 0 || (this.restPhi[B] ?? 0) !== 0) return false;
    return (this.phiG[B] ?? 0) === 0;
  }

  /** Whether a change of A's summed total by `delta` moves its mean toward the band, not past the far side. */
  private bringsTotalIn(A: number, delta: number): boolean {
    const v = (this.D[A * this.nf] ?? 0) - (this.center[0] ?? 0);
    const step = delta / (this.s.st.sizes[A] ?? 1);
    return v > 0 ? step < 0 && step > -2 * v : step > 0 && step < -2 * v;
  }

  /** Single trades for the members of one group outside a band; true if any was made. */
  private improveGroup(A: number): boolean {
    const st = this.s.st;
    const since = (this.stuckS[A] ?? -1) >= (this.changed[A] ?? 0) ? (this.stuckS[A] ?? -1) : -1;
    let any = false;
    const members = st.members[A] ?? [];
    const size = members.length;
    for (let t = 0; t < size; t++) this.buf[t] = members[t] ?? 0;
    for (let t = 0; t < size; t++) {
      const i = this.buf[t] ?? 0;
      if (!this.s.free[i] || st.g[i] !== A) continue;
      if (this.single(i, any ? -1 : since)) {
        any = true;
        if ((this.phiG[A] ?? 0) <= 0) break;
      }
    }
    if (!any && this.exhaustiveSingles()) this.stuckS[A] = this.tick;
    return any;
  }

  private exhaustiveSingles(): boolean {
    return this.s.pool.every((p) => p.length <= POLISH_WINDOW);
  }

  /** Descend on Φ: single trades for every group outside a band; double trades only when no single helps. */
  private descend(): void {
    const k = this.s.st.k;
    let moved = true;
    while (moved && !this.stopped()) {
      moved = false;
      for (let A = 0; A < k && !this.stopped(); A++) if ((this.phiG[A] ?? 0) > 0 && this.improveGroup(A)) moved = true;
      for (let A = 0; A < k && !moved && !this.stopped(); A++) {
        if ((this.phiG[A] ?? 0) <= 0) continue;
        const since = (this.stuckD[A] ?? -1) >= (this.changed[A] ?? 0) ? (this.stuckD[A] ?? -1) : -1;
        if (this.double(A, since)) moved = true;
        else if (k <= POLISH_WINDOW) this.stuckD[A] = this.tick;
      }
    }
  }

  /** One level: descend, then kick while outside (LEVEL_KICKS at most). True when every group got inside its bands. */
  private level(): boolean {
    this.descend();
    let p = this.phi();
    const marks = [Int32Array.from(this.changed), Int32Array.from(this.stuckS), Int32Array.from(this.stuckD)];
    for (let t = 0; t < LEVEL_KICKS && p > 0 && this.kicksLeft > 0 && !this.stopped(); t++) {
      this.kicksLeft--;
      marks[0]?.set(this.changed);
      marks[1]?.set(this.stuckS);
      marks[2]?.set(this.stuckD);
      this.trail.length = 0;
      this.logging = true;
      this.kick();
      this.descend();
      this.logging = false;
      const p2 = this.phi();
      if (p2 <= p) p = p2;
      else this.undoKick(marks);
    }
    return p <= 0;
  }

  /** Back to where the kick began, with what was known about stuck groups then. */
  private undoKick(marks: Int32Array[]): void {
    for (let t = this.trail.length - 2; t >= 0; t -= 2) this.trade(this.trail[t] ?? 0, this.trail[t + 1] ?? 0);
    this.trail.length = 0;
    this.changed.set(marks[0] ?? this.changed);
    this.stuckS.set(marks[1] ?? this.stuckS);
    this.stuckD.set(marks[2] ?? this.stuckD);
  }

  /** Two random allowed same-stratum trades between a group outside a band and a near neighbour by total. */
  private kick(): void {
    const st = this.s.st;
    const out: number[] = [];
    for (let q = 0; q < st.k; q++) if ((this.phiG[q] ?? 0) > 0) out.push(q);
    for (let t = 0; t < 2 && out.length; t++) {
      const A = out[randInt(this.s.rng, out.length)] ?? 0;
      const members = st.members[A] ?? [];
      const i = members[randInt(this.s.rng, members.length)] ?? 0;
      const cands = this.byTotal[this.s.stratumOf[i] ?? 0] ?? new Int32Array(0);
      if (!this.s.free[i] || cands.length < 2) continue;
      const step = (this.s.rng() < 0.5 ? -1 : 1) * (1 + randInt(this.s.rng, Math.max(2, cands.length)));
      const j = cands[Math.max(0, Math.min(cands.length - 1, (this.rankOf[i] ?? 0) + step))] ?? i;
      if (st.g[j] !== A && this.allowed(i, j)) this.apply(i, j);
    }
  }
}

/** Per feature: the range of group means a serpentine draft by score gives (the classroom baseline). */
function serpentineRanges(s: Search): Float64Array {
  const { feat, st } = s;
  const { F, x, score } = feat;
  const ranked = score.map((_, i) => i).sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b);
  const slots = serpentineSlots(ranked.length, st.sizes);
  const sums = new Float64Array(st.k * F);
  for (const [r, i] of ranked.entries()) {
    const q = slots[r] ?? 0;
    for (let f = 0; f < F; f++) sums[q * F + f] = (sums[q * F + f] ?? 0) + (x[i * F + f] ?? 0);
  }
  const out = new Float64Array(F);
  for (let f = 0; f < F; f++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let q = 0; q < st.k; q++) {
      const v = (sums[q * F + f] ?? 0) / (st.sizes[q] ?? 1);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    out[f] = hi - lo;
  }
  return out;
}
