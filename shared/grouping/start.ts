/**
 * The starting assignment, which already keeps every hard rule: the constrained students (blocks, pins, keep-apart)
 * where the exact feasibility search put them (feasible.ts), then — with a previous grouping — every other student
 * who can stay where they were, then the rest by a serpentine (蛇形) draft within each ability stratum (the
 * classroom method, which keeps the mix quotas), avoiding gender caps where a place allows it.
 */
export interface StartInput {
  sizes: readonly number[];
  quota: readonly (readonly number[])[];
  stratumOf: ArrayLike<number>;
  score: readonly number[];
  /** Group per student from the feasibility search (-1 = not constrained, still to place). */
  placed: Int32Array;
  /** Gender category per student (0 = M, 1 = F, 2 = unknown) and the upper bound per group and category. */
  gcat: ArrayLike<number>;
  gHi: readonly (readonly number[])[];
  /** Previous group per student (-1 = newcomer), or null. */
  prev: ArrayLike<number> | null;
  /** Tie-break order for the draft (a seeded shuffle of the student indices). */
  order: readonly number[];
}

/** How far along the snake a student looks for a place that keeps the gender cap. */
const GENDER_LOOK = 64;

export function startAssignment(inp: StartInput): Int32Array {
  const { sizes, quota, stratumOf, gcat, gHi, prev } = inp;
  const k = sizes.length;
  const S = quota[0]?.length ?? 1;
  const group = Int32Array.from(inp.placed);
  const remQ = new Int32Array(k * S);
  for (let g = 0; g < k; g++) for (let j = 0; j < S; j++) remQ[g * S + j] = quota[g]?.[j] ?? 0;
  const gCnt = new Int32Array(k * 3);
  const place = (i: number, g: number): void => {
    group[i] = g;
    remQ[g * S + (stratumOf[i] ?? 0)] = (remQ[g * S + (stratumOf[i] ?? 0)] ?? 0) - 1;
    gCnt[g * 3 + (gcat[i] ?? 2)] = (gCnt[g * 3 + (gcat[i] ?? 2)] ?? 0) + 1;
  };
  for (let i = 0; i < group.length; i++) {
    const g = group[i] ?? -1;
    if (g >= 0) {
      group[i] = -1;
      place(i, g);
    }
  }
  const fits = (i: number, g: number): boolean => (remQ[g * S + (stratumOf[i] ?? 0)] ?? 0) > 0;
  const genderOk = (i: number, g: number): boolean => {
    const c = gcat[i] ?? 2;
    return (gCnt[g * 3 + c] ?? 0) + 1 <= (gHi[g]?.[c] ?? Infinity);
  };
  // With a previous grouping: stay put when the place is still there.
  if (prev)
    for (let i = 0; i < group.length; i++) {
      const g = prev[i] ?? -1;
      if (group[i] === -1 && g >= 0 && g < k && fits(i, g) && genderOk(i, g)) place(i, g);
    }
  // The rest: strongest first within each stratum, dealt 1→k then k→1.
  const rank = new Int32Array(group.length);
  for (const [r, i] of inp.order.entries()) rank[i] = r;
  const rest: number[] = [];
  for (let i = 0; i < group.length; i++) if (group[i] === -1) rest.push(i);
  rest.sort(
    (a, b) =>
      (stratumOf[a] ?? 0) - (stratumOf[b] ?? 0) ||
      (inp.score[b] ?? 0) - (inp.score[a] ?? 0) ||
      (rank[a] ?? 0) - (rank[b] ?? 0),
  );
  const pos = new Int32Array(S);
  const L = 2 * k;
  const snake = (t: number): number => (t < k ? t : L - 1 - t);
  for (const i of rest) {
    const j = stratumOf[i] ?? 0;
    const from = pos[j] ?? 0;
    let chosen = -1;
    let t = 0;
    // First a near place that keeps the gender cap (a short look: a grade has thousands of groups), else the
    // next place of the stratum.
    for (t = 0; t < Math.min(L, GENDER_LOOK) && chosen < 0; t++) {
      const g = snake((from + t) % L);
      if (fits(i, g) && genderOk(i, g)) chosen = g;
    }
    for (t = 0; t < L && chosen < 0; t++) {
      const g = snake((from + t) % L);
      if (fits(i, g)) chosen = g;
    }
    if (chosen < 0) throw new Error('start: no place left in the stratum (quotas do not add up)');
    place(i, chosen);
    let step = 0;
    while (snake((from + step) % L) !== chosen) step++;
    pos[j] = (from + step + 1) % L;
  }
  return group;
}
