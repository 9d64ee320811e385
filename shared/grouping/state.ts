/**
 * The search state: who is in which group, each group's feature sums (as deviations from size × class mean) and
 * gender counts, kept current through trades. A trade sends some students from group A to B and as many, stratum
 * for stratum, from B to A, so sizes and mix quotas never change. What a trade is worth is objective.ts's
 * business; whether it is allowed, rules.ts's.
 */
import type { Features } from './objective.ts';

export class GroupState {
  readonly n: number;
  readonly k: number;
  readonly F: number;
  /** Group of each student. */
  readonly g: Int32Array;
  /** E[q * F + f]: group q's sum of feature f minus size × class mean. */
  readonly E: Float64Array;
  /** cnt[q * 3 + c]: members of gender category c in group q. */
  readonly cnt: Int32Array;
  readonly members: number[][];

  constructor(
    readonly feat: Features,
    readonly sizes: readonly number[],
    readonly gcat: ArrayLike<number>,
    group: ArrayLike<number>,
  ) {
    this.n = group.length;
    this.k = sizes.length;
    this.F = feat.F;
    this.g = Int32Array.from(group);
    this.E = new Float64Array(this.k * this.F);
    this.cnt = new Int32Array(this.k * 3);
    this.members = Array.from({ length: this.k }, () => []);
    this.rebuild();
  }

  /** Group q's mean deviation of feature f from the class mean. */
  dev(q: number, f: number): number {
    return (this.E[q * this.F + f] ?? 0) / (this.sizes[q] ?? 1);
  }

  private rebuild(): void {
    const { F, feat, E, cnt, g } = this;
    E.fill(0);
    cnt.fill(0);
    for (const m of this.members) m.length = 0;
    for (let i = 0; i < this.n; i++) {
      const q = g[i] ?? 0;
      this.members[q]?.push(i);
      cnt[q * 3 + (this.gcat[i] ?? 2)] = (cnt[q * 3 + (this.gcat[i] ?? 2)] ?? 0) + 1;
      for (let f = 0; f < F; f++) E[q * F + f] = (E[q * F + f] ?? 0) + (feat.x[i * F + f] ?? 0);
    }
    for (let q = 0; q < this.k; q++)
      for (let f = 0; f < F; f++) E[q * F + f] = (E[q * F + f] ?? 0) - (this.sizes[q] ?? 0) * (feat.mu[f] ?? 0);
  }

  /** Move one student from their group to `to` (half of a trade: sums and counts only). */
  private shift(i: number, to: number): void {
    const { F, E, cnt } = this;
    const from = this.g[i] ?? 0;
    const x = this.feat.x;
    for (let f = 0; f < F; f++) {
      const v = x[i * F + f] ?? 0;
      E[from * F + f] = (E[from * F + f] ?? 0) - v;
      E[to * F + f] = (E[to * F + f] ?? 0) + v;
    }
    const c = this.gcat[i] ?? 2;
    cnt[from * 3 + c] = (cnt[from * 3 + c] ?? 0) - 1;
    cnt[to * 3 + c] = (cnt[to * 3 + c] ?? 0) + 1;
    const list = this.members[from];
    const dest = this.members[to];
    if (list && dest) {
      list.splice(list.indexOf(i), 1);
      dest.push(i);
    }
    this.g[i] = to;
  }

  /** Students i and j trade groups. */
  swap(i: number, j: number): void {
    const A = this.g[i] ?? 0;
    const B = this.g[j] ?? 0;
    this.shift(i, B);
    this.shift(j, A);
  }

  /** `outA` (all in one group) and `outB` (all in another) trade groups. */
  trade(outA: readonly number[], outB: readonly number[]): void {
    const A = this.g[outA[0] ?? 0] ?? 0;
    const B = this.g[outB[0] ?? 0] ?? 0;
    for (const i of outA) this.shift(i, B);
    for (const j of outB) this.shift(j, A);
  }

  /** Replace the whole assignment (e.g. go back to the best one found). */
  load(group: ArrayLike<number>): void {
    for (let i = 0; i < this.n; i++) this.g[i] = group[i] ?? 0;
    this.rebuild();
  }

  /** dd[f] = what group A gains on feature f if `outA` and `outB` trade (B loses as much). */
  gain(outA: readonly number[], outB: readonly number[], dd: Float64Array): Float64Array {
    const { F } = this;
    const x = this.feat.x;
    dd.fill(0);
    for (const j of outB) for (let f = 0; f < F; f++) dd[f] = (dd[f] ?? 0) + (x[j * F + f] ?? 0);
    for (const i of outA) for (let f = 0; f < F; f++) dd[f] = (dd[f] ?? 0) - (x[i * F + f] ?? 0);
    return dd;
  }
}
