/**
 * The starting assignment: pins and keep-together blocks first, then (with a previous grouping) everyone who can
 * stay where they were, then the rest by a serpentine (蛇形) draft within each ability stratum — the classroom
 * method, which already respects the mix quotas. Keep-apart partners and gender caps are avoided where a seat
 * allows it; whatever is left is repaired by the solver, which treats those rules as heavy penalties.
 */
import type { Rules } from './constraints.ts';

export interface StartInput {
  k: number;
  sizes: number[];
  quota: number[][];
  stratumOf: number[];
  score: number[];
  rules: Rules;
  /** Gender category per student: 0 = M, 1 = F, 2 = unknown. */
  gcat: number[];
  /** Upper bound per group per gender category. */
  gHi: number[][];
  /** Previous group per student (-1 = newcomer), or null. */
  prev: number[] | null;
  /** Extra tie-break order for the draft (e.g. a seeded shuffle), by student index. */
  order: number[];
}

export interface Start {
  group: Int32Array;
  /** Students the solver must not move (pinned, or in a keep-together block of two or more). */
  fixed: Uint8Array;
}

export function startAssignment(inp: StartInput): Start {
  const { k, sizes, quota, stratumOf, rules, gcat, gHi, prev } = inp;
  const n = stratumOf.length;
  const group = new Int32Array(n).fill(-1);
  const fixed = new Uint8Array(n);
  const remQ = quota.map((q) => [...q]);
  const remS = [...sizes];
  const gCnt = sizes.map(() => [0, 0, 0]);

  const fitsQuota = (unit: number[], g: number): boolean => {
    if (unit.length > remS[g]!) return false;
    if (unit.length === 1) return remQ[g]![stratumOf[unit[0]!]!]! > 0;
    const need = new Map<number, number>();
    for (const i of unit) need.set(stratumOf[i]!, (need.get(stratumOf[i]!) ?? 0) + 1);
    for (const [j, c] of need) if (c > remQ[g]![j]!) return false;
    return true;
  };
  const apartOk = (unit: number[], g: number): boolean =>
    unit.every((i) => rules.apart[i]!.every((p) => group[p] !== g));
  const genderOk = (unit: number[], g: number): boolean => {
    const add = [0, 0, 0];
    for (const i of unit) add[gcat[i]!]!++;
    return add.every((a, c) => a === 0 || gCnt[g]![c]! + a <= gHi[g]![c]!);
  };
  const place = (unit: number[], g: number): void => {
    for (const i of unit) {
      group[i] = g;
      remQ[g]![stratumOf[i]!]!--;
      remS[g]!--;
      gCnt[g]![gcat[i]!]!++;
    }
  };
  // Best group among candidates: all rules, then without gender, then without keep-apart, then only capacity.
  const choose = (unit: number[], count: number, cand: (t: number) => number): number => {
    const tests: ((g: number) => boolean)[] = [
      (g) => fitsQuota(unit, g) && apartOk(unit, g) && genderOk(unit, g),
      (g) => fitsQuota(unit, g) && apartOk(unit, g),
      (g) => fitsQuota(unit, g),
      (g) => remS[g]! >= unit.length,
    ];
    for (const test of tests)
      for (let t = 0; t < count; t++) {
        const g = cand(t);
        if (test(g)) return g;
      }
    return -1;
  };
  const fromList = (list: number[]) => (t: number) => list[t]!;
  const allGroups = Array.from({ length: k }, (_, g) => g);

  // 1. Pinned units (a block goes where any member is pinned).
  const pending: number[][] = [];
  for (const block of rules.blocks) {
    const pin = block.map((i) => rules.pin[i]!).find((p) => p >= 0 && p < k);
    if (block.length > 1 || pin !== undefined) for (const i of block) fixed[i] = 1;
    if (pin !== undefined) {
      const g = remS[pin]! >= block.length ? pin : choose(block, k, fromList(allGroups));
      place(block, g < 0 ? pin : g);
    } else pending.push(block);
  }
  // 2. With a previous grouping: stay put when the seat is still there.
  let rest = pending;
  if (prev) {
    rest = [];
    for (const unit of pending) {
      const g = prev[unit[0]!]!;
      if (g >= 0 && g < k && fitsQuota(unit, g) && apartOk(unit, g) && genderOk(unit, g)) place(unit, g);
      else rest.push(unit);
    }
  }
  // 3. Blocks of two or more, largest first, into the emptiest fitting group.
  const multi = rest.filter((u) => u.length > 1).sort((a, b) => b.length - a.length);
  for (const unit of multi) {
    const byRoom = [...allGroups].sort((a, b) => remS[b]! - remS[a]! || a - b);
    place(unit, Math.max(0, choose(unit, k, fromList(byRoom))));
  }
  // 4. Singles: students with keep-apart partners first, then a serpentine draft within each stratum.
  const singles = rest.filter((u) => u.length === 1).map((u) => u[0]!);
  const rank = new Map<number, number>();
  for (const [r, i] of inp.order.entries()) rank.set(i, r);
  singles.sort(
    (a, b) =>
      (rules.apart[b]!.length > 0 ? 1 : 0) - (rules.apart[a]!.length > 0 ? 1 : 0) ||
      stratumOf[a]! - stratumOf[b]! ||
      inp.score[b]! - inp.score[a]! ||
      rank.get(a)! - rank.get(b)!,
  );
  const snake: number[] = [...allGroups, ...[...allGroups].reverse()];
  const pos = quota[0]!.map(() => 0);
  for (const i of singles) {
    const j = stratumOf[i]!;
    const L = snake.length;
    const at = (t: number): number => snake[(pos[j]! + t) % L]!;
    const g = choose([i], L, at);
    place([i], g);
    let t = 0;
    while (at(t) !== g) t++;
    pos[j] = (pos[j]! + t + 1) % L;
  }
  return { group, fixed };
}
