/**
 * Ability strata ("mix"): 2:1:1 means in a group of four, two students from the top half of the class by total,
 * one from the third quarter, one from the bottom quarter. A mix is a proportion: each group gets a quota per
 * stratum (size × share, rounded by largest remainder), and stratum j holds exactly the sum of the quotas, taken
 * from the ranking by total. A group whose size equals the mix's sum gets exactly the mix.
 */
export function quotasFor(size: number, mix: number[]): number[] {
  const sum = mix.reduce((a, b) => a + b, 0);
  const raw = mix.map((m) => (size * m) / sum);
  const q = raw.map(Math.floor);
  let left = size - q.reduce((a, b) => a + b, 0);
  // Largest remainder; ties go to the stronger stratum (the order of the mix).
  const order = raw.map((r, j) => ({ j, r: r - Math.floor(r) })).sort((a, b) => b.r - a.r || a.j - b.j);
  for (const { j } of order) {
    if (left <= 0) break;
    q[j] = (q[j] ?? 0) + 1;
    left--;
  }
  return q;
}

export interface Strata {
  /** Per group, per stratum: how many members come from that stratum. */
  quota: number[][];
  /** Stratum of each student (index into the input array); 0 = strongest. */
  stratumOf: number[];
  /** Number of students in each stratum. */
  counts: number[];
}

/** `scores[i]` = total used for ranking (null totals rank as the class median). */
export function assignStrata(scores: number[], sizes: number[], mix: number[] | null | undefined): Strata {
  const m = mix && mix.length > 0 ? mix : [1];
  const quota = sizes.map((s) => quotasFor(s, m));
  const counts = m.map((_, j) => quota.reduce((a, q) => a + (q[j] ?? 0), 0));
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const stratumOf = new Array<number>(scores.length).fill(0);
  let pos = 0;
  for (const [j, c] of counts.entries()) for (let t = 0; t < c; t++) stratumOf[order[pos++] ?? 0] = j;
  return { quota, stratumOf, counts };
}
