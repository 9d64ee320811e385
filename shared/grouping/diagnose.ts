/**
 * Why rules that the exact check (feasible.ts) proved impossible cannot hold, as the smallest story a teacher can
 * act on:
 *   1. students who must all be apart from each other and outnumber the groups (a clique in the keep-apart graph,
 *      found exactly among the students with at least k partners);
 *   2. otherwise a minimal set of rules: each rule is dropped in turn and stays dropped if the rest still cannot
 *      hold (deletion filter), so every rule left is needed for the conflict.
 * Each check is budgeted; when the budget runs out the set found so far is still a proven conflict, only perhaps
 * not the smallest.
 */
import type { Conflict, StudentRef } from './types.ts';
import { decideFeasibility } from './feasible.ts';
import { rulesFrom, type RuleList } from './rules.ts';

export interface DiagnoseInput {
  refs: readonly StudentRef[];
  sizes: readonly number[];
  /** Quotas and strata with the mix rule; without it everyone is one stratum with the group sizes as quota. */
  quota: readonly (readonly number[])[];
  stratumOf: ArrayLike<number>;
  mix: string | null;
  list: RuleList;
  /** Work (fit checks) for the whole diagnosis. */
  budget: number;
}

/** A keep-apart clique of k + 1 students (k = groups), or null. Iterative search over the k-core. */
export function apartClique(n: number, apart: readonly [number, number][], k: number, budget = 1e6): number[] | null {
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [a, b] of apart) {
    adj[a]?.add(b);
    adj[b]?.add(a);
  }
  // k-core: a member of a clique of k + 1 has at least k partners; peel the others off.
  const alive = new Uint8Array(n).fill(1);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if ((adj[i]?.size ?? 0) < k) queue.push(i);
  for (let h = 0; h < queue.length; h++) {
    const i = queue[h] ?? 0;
    if (!alive[i]) continue;
    alive[i] = 0;
    for (const j of adj[i] ?? []) {
      adj[j]?.delete(i);
      if (alive[j] && (adj[j]?.size ?? 0) < k) queue.push(j);
    }
  }
  let work = 0;
  // Depth-first over (clique, candidates) with an explicit stack; candidates only grow the clique.
  const stack: { clique: number[]; cand: number[] }[] = [];
  for (let i = 0; i < n; i++)
    if (alive[i]) stack.push({ clique: [i], cand: [...(adj[i] ?? [])].filter((j) => j > i && alive[j]) });
  while (stack.length) {
    const top = stack.pop();
    if (!top) break;
    if (top.clique.length === k + 1) return top.clique;
    if (top.clique.length + top.cand.length < k + 1 || ++work > budget) continue;
    for (const [t, c] of top.cand.entries()) {
      const rest = top.cand.slice(t + 1).filter((d) => adj[c]?.has(d));
      stack.push({ clique: [...top.clique, c], cand: rest });
    }
  }
  return null;
}

/** Still impossible with these rules (undecided counts as possible: then the rule is kept). */
function stillImpossible(inp: DiagnoseInput, list: RuleList, withMix: boolean, budget: number): boolean {
  const n = inp.refs.length;
  const quota = withMix ? inp.quota : inp.sizes.map((s) => [s]);
  const stratumOf = withMix ? inp.stratumOf : new Int32Array(n);
  return decideFeasibility({ quota, stratumOf, rules: rulesFrom(n, list), budget }).status === 'infeasible';
}

export function diagnose(inp: DiagnoseInput): Conflict {
  const { refs, list } = inp;
  const k = inp.sizes.length;
  const clique = apartClique(refs.length, list.apart, k);
  if (clique) return { kind: 'apart-clique', students: clique.map((i) => refs[i] ?? { id: '', name: '' }), groups: k };

  // Deletion filter: the mix first (a conflict that holds without it is not about the mix), then pins, keep-
  // together links and keep-apart pairs; each check gets a share of the budget.
  let cur: RuleList = { together: [...list.together], apart: [...list.apart], pins: [...list.pins] };
  let withMix = inp.mix !== null;
  const checks = 1 + cur.together.length + cur.apart.length + cur.pins.length;
  const each = Math.max(1e4, Math.floor(inp.budget / checks));
  if (withMix && stillImpossible(inp, cur, false, each)) withMix = false;
  for (const key of ['pins', 'together', 'apart'] as const) {
    for (let t = 0; t < cur[key].length; ) {
      const fewer = { ...cur, [key]: cur[key].filter((_, u) => u !== t) };
      if (stillImpossible(inp, fewer, withMix, each)) cur = fewer;
      else t++;
    }
  }
  const small = apartClique(refs.length, cur.apart, k);
  if (small && cur.together.length === 0 && cur.pins.length === 0)
    return { kind: 'apart-clique', students: small.map((i) => refs[i] ?? { id: '', name: '' }), groups: k };
  const ref = (i: number): StudentRef => refs[i] ?? { id: '', name: '' };
  return {
    kind: 'rules-conflict',
    groups: k,
    sizes: [...inp.sizes],
    rules: [
      ...cur.apart.map(([a, b]) => ({ kind: 'apart' as const, a: ref(a), b: ref(b) })),
      ...cur.together.map(([a, b]) => ({ kind: 'together' as const, a: ref(a), b: ref(b) })),
      ...cur.pins.map(([i, g]) => ({ kind: 'pin' as const, student: ref(i), group: g + 1 })),
      ...(withMix && inp.mix ? [{ kind: 'mix' as const, mix: inp.mix }] : []),
    ],
  };
}
