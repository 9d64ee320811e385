/**
 * Rotation: over several rounds students should meet new peers. Pairs who already shared a group are counted and
 * the solver pays a penalty for putting them together again.
 */
export interface MetPairs {
  add(group: ArrayLike<number>): void;
  count(i: number, j: number): number;
}

export function metPairs(n: number): MetPairs {
  // Dense matrix for classes (fast O(1) lookup); a map for a whole grade.
  const dense = n <= 3000 ? new Uint8Array(n * n) : null;
  const sparse = new Map<number, number>();
  return {
    add(group) {
      const by = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        const g = group[i] ?? -1;
        const list = by.get(g) ?? [];
        list.push(i);
        by.set(g, list);
      }
      for (const m of by.values())
        for (let a = 0; a < m.length; a++)
          for (let b = a + 1; b < m.length; b++) {
            const i = m[a] ?? 0;
            const j = m[b] ?? 0;
            if (dense) {
              const c = Math.min(255, (dense[i * n + j] ?? 0) + 1);
              dense[i * n + j] = c;
              dense[j * n + i] = c;
            } else
              sparse.set(
                Math.min(i, j) * n + Math.max(i, j),
                (sparse.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0) + 1,
              );
          }
    },
    count(i, j) {
      return dense ? (dense[i * n + j] ?? 0) : (sparse.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0);
    },
  };
}

/** How many pairs in this grouping had already met in earlier rounds. */
export function repeatedPairs(groups: number[][], met: MetPairs): number {
  let r = 0;
  for (const m of groups)
    for (let a = 0; a < m.length; a++)
      for (let b = a + 1; b < m.length; b++) r += met.count(m[a] ?? 0, m[b] ?? 0) > 0 ? 1 : 0;
  return r;
}
