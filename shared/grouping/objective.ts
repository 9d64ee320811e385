/**
 * What a good grouping is, in one place.
 *
 * Balance. Every student carries standardised features: the total (z) and its square (z², so a group's SD of the
 * total follows from its sums), each subject (z), gender and categorical attributes as 0/1. A group's profile is
 * the mean of its members' features, compared with the class's.
 *   · The exchange search minimises the profile cost Σ_groups [Σ_f (deviation_f / tolerance_f)^P + ((SD − class
 *     SD) / spread tolerance)^P]. With P = 8 the worst groups dominate, a smooth stand-in for the ranges a teacher
 *     reads (the variance criterion, P = 2, of Papenberg & Klau's anticlust flattens groups on average and leaves
 *     wide ranges: measured on the bench's rosters, the subjects' worst range halved with P = 8). Kept as sums per
 *     group, so a trade is scored in O(features).
 *   · The range polish then narrows what a teacher reads — the range (highest − lowest group) of the total's mean,
 *     of its spread and of each subject's mean — through bands: Φ = Σ_groups Σ_features λ_f · (distance outside
 *     the band)², and keeps the state with the least J = Σ_f λ_f · range_f.
 * The emphasis (0 = means closer, 1 = spreads more alike) sets the tolerances and the polish's floor for the means:
 * a roster rarely has both at once (the within-group SD of a group holding the strongest student cannot be small
 * when its mean must equal the class's), so one setting trades them.
 *
 * Soft goals, never traded for balance: the gender rule (each group's count within floor/ceil of size × class
 * share), pairs who already met (rotation), students moved from a previous grouping. They are penalties in the
 * exchange search and may not grow in the polish. Hard rules are not here: the search never breaks them
 * (rules.ts).
 */
import type { Student } from '../roster/types.ts';
import type { BalanceWeights } from './types.ts';

/** Power of the profile cost: the worst groups dominate (a smooth stand-in for the range). groupCost's `power`. */
export const PROFILE_POWER = 8;
/** What a group's mean total off by d cost per member in the variance criterion (its weight, as before): 50 d². */
export const BALANCE_SCALE = 50;

/**
 * Tolerances of the profile cost in class-SD units, at emphasis 0, 0.5 and 1 (log-linear in between): a group this
 * far from the class costs 1, so features are commensurate in the units a teacher is promised. At the default each
 * is half its target range: the total's mean 0.01 (range 0.02), a subject's 0.05 (range 0.1), the SD 0.3 (range
 * 0.6). Measured on the bench's rosters (test/bench/groups.ts): 0.004 for the total did no better.
 */
export const TOLERANCE = {
  total: [0.005, 0.01, 0.05],
  spread: [1, 0.3, 0.15],
  subject: 0.05,
  /** A gender or attribute share (0/1 features). */
  share: 0.5,
} as const;

/**
 * Range-polish weights λ in class-SD units at emphasis 0.5; measured on the bench's rosters (test/bench/groups.ts):
 * the total's mean first, its spread next, subjects after. The emphasis moves weight between means and spreads.
 */
export const POLISH_LAMBDA = { total: 1, spread: 0.06, subject: 0.2 } as const;
/**
 * Ranges that are good enough (class-SD units), a feature below its floor lends its slack to the others. The total's
 * mean at emphasis 0, 0.5 and 1: the teacher-facing target is 0.02 at the default, and the polish stops below it so
 * the slack serves the spread and the subjects; subjects at 0.1; the spread (at emphasis 0.5) at 0.6.
 */
export const POLISH_FLOOR = { total: [0.005, 0.01, 0.1], spread: 0.6, subject: 0.1 } as const;
/** The range of group mean totals a teacher is promised at emphasis 0, 0.5 and 1 (class-SD units). */
export const MEANS_TARGET = [0.01, 0.02, 0.2] as const;

export const DEFAULT_WEIGHTS: BalanceWeights = { total: 1, subjects: 1, gender: 1, attributes: {} };
export const DEFAULT_EMPHASIS = 0.5;

export type FeatureKind = 'total' | 'spread' | 'subject' | 'gender' | 'attribute';

export interface Features {
  /** Number of features per student. */
  F: number;
  /** x[i * F + f]: standardised value of feature f for student i. */
  x: Float64Array;
  /** Class mean of each feature. */
  mu: Float64Array;
  /** 1 / tolerance of each feature's group mean in the profile cost (0 = not in it; the spread has its own). */
  inv: Float64Array;
  /** 1 / tolerance of a group's SD of the total in the profile cost. */
  sdInv: number;
  /** Score per student of a group whose normalised deviation is 1 (profileScore). */
  scale: number;
  /** The class SD of the standardised total (1, less for missing totals): what every group's SD aims at. */
  sdCentre: number;
  /** The range of group mean totals to reach (class-SD units, from the emphasis): the polish pays dearly above it. */
  meansTarget: number;
  /** Range-polish weight λ of each feature (0 = not narrowed by the polish). */
  lambda: Float64Array;
  /** Range a feature may keep in the polish (its own units): good enough, so its slack can serve the others. */
  floor: Float64Array;
  /** Spread features are z²: their range is turned into class-SD units of within-group SD by this factor (½). */
  unit: Float64Array;
  kind: FeatureKind[];
  /** Ranking score per student (total, or subject sum, or 0; missing = class median). */
  score: number[];
  /** Index of the standardised total among the features, and of its square (the spread), or -1. */
  totalFeature: number;
  spreadFeature: number;
  /** Students with no total (ranked at the median). */
  missingTotals: number[];
}

function median(v: number[]): number {
  if (v.length === 0) return 0;
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Standardise a column; missing values become the mean (contribute nothing). */
function zColumn(values: (number | null | undefined)[]): number[] {
  let sum = 0;
  let count = 0;
  for (const v of values)
    if (typeof v === 'number' && Number.isFinite(v)) {
      sum += v;
      count++;
    }
  if (count === 0) return values.map(() => 0);
  const mean = sum / count;
  let ss = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / count) || 1;
  return values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? (v - mean) / sd : 0));
}

export function subjectNames(students: readonly Student[]): string[] {
  const seen = new Set<string>();
  for (const s of students) for (const k of Object.keys(s.subjects)) seen.add(k);
  return [...seen];
}

const clamp01 = (e: number): number => Math.min(1, Math.max(0, Number.isFinite(e) ? e : DEFAULT_EMPHASIS));

/** A setting given at emphasis 0, 0.5 and 1, log-linear in between. */
export function along(emphasis: number, at: readonly [number, number, number]): number {
  const e = clamp01(emphasis);
  const [a, b] = e <= 0.5 ? [at[0], at[1]] : [at[1], at[2]];
  const t = e <= 0.5 ? e / 0.5 : (e - 0.5) / 0.5;
  return a * (b / a) ** t;
}

/** Means against spreads in the polish: emphasis 0 → spreads weigh ¼ of the default, 1 → 4×. */
export const spreadFactor = (emphasis: number): number => 4 ** (2 * clamp01(emphasis) - 1);

interface Column {
  v: number[];
  inv: number;
  lambda: number;
  floor: number;
  unit: number;
  kind: FeatureKind;
}

const shareColumn = (v: number[], weight: number, kind: FeatureKind): Column => ({
  v,
  inv: weight / TOLERANCE.share,
  lambda: 0,
  floor: 0,
  unit: 1,
  kind,
});

function balanceColumns(students: readonly Student[], weights: BalanceWeights, emphasis: number): Column[] {
  const subjects = subjectNames(students);
  const spread = spreadFactor(emphasis);
  const cols: Column[] = [];
  if (weights.total > 0) {
    const z = zColumn(students.map((s) => s.total));
    // The total is what teachers compare first, so it leads; subjects share the rest of the weight.
    cols.push({
      v: z,
      inv: weights.total / along(emphasis, TOLERANCE.total),
      lambda: POLISH_LAMBDA.total,
      floor: along(emphasis, POLISH_FLOOR.total),
      unit: 1,
      kind: 'total',
    });
    cols.push({
      v: z.map((t) => t * t),
      inv: 0,
      lambda: POLISH_LAMBDA.spread * spread,
      // z² units: twice the range of within-group SDs.
      floor: (2 * POLISH_FLOOR.spread) / spread,
      unit: 0.5,
      kind: 'spread',
    });
  }
  if (weights.subjects > 0)
    for (const sub of subjects) {
      const z = zColumn(students.map((s) => s.subjects[sub]));
      const inv = weights.subjects / TOLERANCE.subject;
      cols.push({ v: z, inv, lambda: POLISH_LAMBDA.subject, floor: POLISH_FLOOR.subject, unit: 1, kind: 'subject' });
    }
  if (weights.gender > 0)
    cols.push(
      shareColumn(
        students.map((s) => (s.gender === 'M' ? 1 : 0)),
        weights.gender,
        'gender',
      ),
    );
  for (const [attr, w] of Object.entries(weights.attributes)) {
    if (!(w > 0)) continue;
    const values = [...new Set(students.map((s) => s.attributes[attr] ?? ''))].filter((v) => v !== '');
    for (const val of values)
      cols.push(
        shareColumn(
          students.map((s) => ((s.attributes[attr] ?? '') === val ? 1 : 0)),
          w,
          'attribute',
        ),
      );
  }
  return cols;
}

export function buildFeatures(
  students: readonly Student[],
  weights: BalanceWeights,
  emphasis = DEFAULT_EMPHASIS,
): Features {
  const n = students.length;
  const cols = balanceColumns(students, weights, emphasis);
  const F = cols.length;
  const x = new Float64Array(n * F);
  const mu = new Float64Array(F);
  for (const [f, c] of cols.entries()) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = c.v[i] ?? 0;
      x[i * F + f] = v;
      sum += v;
    }
    mu[f] = n ? sum / n : 0;
  }
  const known: number[] = [];
  for (const s of students) if (s.total !== null) known.push(s.total);
  const med = median(known);
  const subjSum = (s: Student): number | null => {
    const v = Object.values(s.subjects).filter((x): x is number => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) : null;
  };
  const score = students.map((s) => s.total ?? (known.length ? med : (subjSum(s) ?? 0)));
  const missingTotals: number[] = [];
  if (known.length) for (const [i, s] of students.entries()) if (s.total === null) missingTotals.push(i);
  const hasTotal = weights.total > 0;
  return {
    F,
    x,
    mu,
    inv: Float64Array.from(cols, (c) => c.inv),
    sdInv: hasTotal ? weights.total / along(emphasis, TOLERANCE.spread) : 0,
    scale: BALANCE_SCALE * along(emphasis, TOLERANCE.total) ** 2,
    meansTarget: along(emphasis, MEANS_TARGET),
    sdCentre: hasTotal ? Math.sqrt(Math.max(0, (mu[1] ?? 0) - (mu[0] ?? 0) ** 2)) : 0,
    lambda: Float64Array.from(cols, (c) => c.lambda),
    floor: Float64Array.from(cols, (c) => c.floor),
    unit: Float64Array.from(cols, (c) => c.unit),
    kind: cols.map((c) => c.kind),
    score,
    missingTotals,
    totalFeature: hasTotal ? 0 : -1,
    spreadFeature: hasTotal ? 1 : -1,
  };
}

/** u^8, by multiplication (the hot path: Math.pow is slower). */
const power = (u: number): number => {
  const u2 = u * u;
  const u4 = u2 * u2;
  return u4 * u4;
};

/**
 * Profile cost of group q (size `size`) from its sums E (sum − size × class mean), after it gains `sign` × dd on
 * every feature (dd null: as it is).
 */
export function groupCost(
  feat: Features,
  E: Float64Array,
  q: number,
  size: number,
  dd: Float64Array | null,
  sign: number,
): number {
  const { F, inv, mu } = feat;
  const T = feat.totalFeature;
  const P = feat.spreadFeature;
  let c = 0;
  let m1 = 0;
  let m2 = 0;
  for (let f = 0; f < F; f++) {
    const dev = ((E[q * F + f] ?? 0) + (dd ? sign * (dd[f] ?? 0) : 0)) / size;
    const u = dev * (inv[f] ?? 0);
    if (u !== 0) c += power(u);
    if (f === T) m1 = dev + (mu[f] ?? 0);
    else if (f === P) m2 = dev + (mu[f] ?? 0);
  }
  if (P >= 0) c += power((Math.sqrt(Math.max(0, m2 - m1 * m1)) - feat.sdCentre) * feat.sdInv);
  return c;
}

/** Full profile cost of an assignment (checks the incremental deltas; compares states). */
export function balanceObjective(feat: Features, group: ArrayLike<number>, sizes: readonly number[]): number {
  const { F, x, mu } = feat;
  const k = sizes.length;
  const E = new Float64Array(k * F);
  for (let i = 0; i < group.length; i++) {
    const q = group[i] ?? 0;
    for (let f = 0; f < F; f++) E[q * F + f] = (E[q * F + f] ?? 0) + (x[i * F + f] ?? 0);
  }
  let obj = 0;
  for (let q = 0; q < k; q++) {
    const s = sizes[q] ?? 0;
    if (s === 0) continue;
    for (let f = 0; f < F; f++) E[q * F + f] = (E[q * F + f] ?? 0) - s * (mu[f] ?? 0);
    obj += groupCost(feat, E, q, s, null, 1);
  }
  return obj;
}

/**
 * The profile cost in the units the soft goals are priced in: the power mean of the groups' costs, turned back into
 * squared deviations and scaled as the variance criterion weighed a group's mean total (BALANCE_SCALE × size × d²).
 * So when every group's mean total is off by d the score is the same as before, and a student moved from a previous
 * grouping (MOVE_WEIGHT) or a repeated pair (MET_WEIGHT) is worth what it was; only the worst groups now count more.
 */
export function profileScore(feat: Features, cost: number, groups: number, students: number): number {
  if (groups === 0) return 0;
  return feat.scale * students * Math.sqrt(Math.sqrt(Math.max(0, cost) / groups));
}

/** Change of the profile cost when group A gains `dd` on every feature and group B loses it. */
export function balanceDelta(
  feat: Features,
  E: Float64Array,
  A: number,
  sA: number,
  B: number,
  sB: number,
  dd: Float64Array,
): number {
  return (
    groupCost(feat, E, A, sA, dd, 1) +
    groupCost(feat, E, B, sB, dd, -1) -
    groupCost(feat, E, A, sA, null, 1) -
    groupCost(feat, E, B, sB, null, 1)
  );
}

/** Penalty for one student outside the gender rule's bounds: far above any balance gain. */
export const GENDER = 1250;
/** Penalty per repeated pair (rotation) and per student moved from a previous grouping. */
export const MET_WEIGHT = 2;
export const MOVE_WEIGHT = 50;

export interface SoftGoals {
  /** Gender category per student (0 = M, 1 = F, 2 = not given) and bounds per group and category. */
  gcat: ArrayLike<number>;
  gLo: readonly (readonly number[])[];
  gHi: readonly (readonly number[])[];
  /** Pairs that already met (rotation), as a symmetric lookup; null when not used. */
  met: ((i: number, j: number) => number) | null;
  /** Previous group per student (-1 = newcomer); null when not used. */
  prev: ArrayLike<number> | null;
}

/** How far count v of category c in group q lies outside its bounds. */
export function genderExcess(goals: SoftGoals, q: number, c: number, v: number): number {
  const under = (goals.gLo[q]?.[c] ?? 0) - v;
  const over = v - (goals.gHi[q]?.[c] ?? v);
  return under > 0 ? under : Math.max(over, 0);
}

/** A band penalty: squared distance of v outside ±t. */
export const outside = (v: number, t: number): number => {
  const e = (v < 0 ? -v : v) - t;
  return e > 0 ? e * e : 0;
};

/** What soft goals need of the search state. */
export interface Placed {
  readonly g: Int32Array;
  readonly cnt: Int32Array;
  readonly members: readonly (readonly number[])[];
  readonly k: number;
}

/** Change of the soft penalties if students i (group A) and j (group B) trade groups: the exchange's hot path. */
export function softSwapDelta(goals: SoftGoals, st: Placed, i: number, j: number): number {
  const A = st.g[i] ?? 0;
  const B = st.g[j] ?? 0;
  let d = 0;
  const ci = goals.gcat[i] ?? 2;
  const cj = goals.gcat[j] ?? 2;
  if (ci !== cj) {
    const a = st.cnt[A * 3 + ci] ?? 0;
    const a2 = st.cnt[A * 3 + cj] ?? 0;
    const b = st.cnt[B * 3 + cj] ?? 0;
    const b2 = st.cnt[B * 3 + ci] ?? 0;
    d +=
      GENDER *
      (genderExcess(goals, A, ci, a - 1) -
        genderExcess(goals, A, ci, a) +
        genderExcess(goals, A, cj, a2 + 1) -
        genderExcess(goals, A, cj, a2) +
        genderExcess(goals, B, cj, b - 1) -
        genderExcess(goals, B, cj, b) +
        genderExcess(goals, B, ci, b2 + 1) -
        genderExcess(goals, B, ci, b2));
  }
  const prev = goals.prev;
  if (prev) {
    const pi = prev[i] ?? -1;
    const pj = prev[j] ?? -1;
    if (pi >= 0) d += MOVE_WEIGHT * ((B !== pi ? 1 : 0) - (A !== pi ? 1 : 0));
    if (pj >= 0) d += MOVE_WEIGHT * ((A !== pj ? 1 : 0) - (B !== pj ? 1 : 0));
  }
  const met = goals.met;
  if (met) {
    let m = 0;
    for (const o of st.members[A] ?? []) if (o !== i) m += met(j, o) - met(i, o);
    for (const o of st.members[B] ?? []) if (o !== j) m += met(i, o) - met(j, o);
    d += MET_WEIGHT * m;
  }
  return d;
}

/** Change of the soft penalties if `outA` (group A) and `outB` (group B) trade groups (blocks, double trades). */
export function softTradeDelta(goals: SoftGoals, st: Placed, outA: readonly number[], outB: readonly number[]): number {
  const A = st.g[outA[0] ?? 0] ?? 0;
  const B = st.g[outB[0] ?? 0] ?? 0;
  const net = [0, 0, 0];
  for (const j of outB) net[goals.gcat[j] ?? 2] = (net[goals.gcat[j] ?? 2] ?? 0) + 1;
  for (const i of outA) net[goals.gcat[i] ?? 2] = (net[goals.gcat[i] ?? 2] ?? 0) - 1;
  let d = 0;
  for (let c = 0; c < 3; c++) {
    const v = net[c] ?? 0;
    if (v === 0) continue;
    const a = st.cnt[A * 3 + c] ?? 0;
    const b = st.cnt[B * 3 + c] ?? 0;
    d +=
      GENDER *
      (genderExcess(goals, A, c, a + v) -
        genderExcess(goals, A, c, a) +
        genderExcess(goals, B, c, b - v) -
        genderExcess(goals, B, c, b));
  }
  const prev = goals.prev;
  if (prev) {
    for (const i of outA)
      if ((prev[i] ?? -1) >= 0) d += MOVE_WEIGHT * ((B !== prev[i] ? 1 : 0) - (A !== prev[i] ? 1 : 0));
    for (const j of outB)
      if ((prev[j] ?? -1) >= 0) d += MOVE_WEIGHT * ((A !== prev[j] ? 1 : 0) - (B !== prev[j] ? 1 : 0));
  }
  const met = goals.met;
  if (met) {
    let m = 0;
    const staysA = (st.members[A] ?? []).filter((o) => !outA.includes(o));
    const staysB = (st.members[B] ?? []).filter((o) => !outB.includes(o));
    for (const i of outA) for (const o of staysB) m += met(i, o);
    for (const i of outA) for (const o of staysA) m -= met(i, o);
    for (const j of outB) for (const o of staysA) m += met(j, o);
    for (const j of outB) for (const o of staysB) m -= met(j, o);
    d += MET_WEIGHT * m;
  }
  return d;
}

/** All soft penalties of the current state (0 = gender rule kept, nobody moved, no repeated pair). */
export function softPenalty(goals: SoftGoals, st: Placed): number {
  let c = 0;
  for (let q = 0; q < st.k; q++)
    for (let x = 0; x < 3; x++) c += GENDER * genderExcess(goals, q, x, st.cnt[q * 3 + x] ?? 0);
  const prev = goals.prev;
  if (prev) for (let i = 0; i < st.g.length; i++) if ((prev[i] ?? -1) >= 0 && prev[i] !== st.g[i]) c += MOVE_WEIGHT;
  const met = goals.met;
  if (met)
    for (const m of st.members)
      for (let a = 0; a < m.length; a++)
        for (let b = a + 1; b < m.length; b++) c += MET_WEIGHT * met(m[a] ?? 0, m[b] ?? 0);
  return c;
}
