/**
 * The hard rules, in one place: sizes, the ability-mix quotas, keep-apart, keep-together and pins. Read from the
 * roster (buildRules), checked for plain contradictions before any search (plainConflicts), kept by every search
 * move (tradeKeepsApart: sizes and quotas are kept by construction, pins and blocks by what may move), and
 * verified on the finished grouping (brokenRules). Everything returns typed data; explain.ts words it.
 */
import type { Student } from '../roster/types.ts';
import type { BrokenRule, Conflict, StudentRef } from './types.ts';

export interface Rules {
  /** Keep-together block of each student (union-find over keepTogether); blocks of one are ordinary students. */
  blockOf: Int32Array;
  blocks: number[][];
  /** Keep-apart partners of each student (student indices, symmetric, no self, sorted). */
  apart: number[][];
  /** 0-based pinned group per student, or -1. */
  pin: Int32Array;
}

/** Students as messages name them, with the id only where two students share a name. */
export function studentRefs(students: readonly Student[]): StudentRef[] {
  const count = new Map<string, number>();
  for (const s of students) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  return students.map((s) => ((count.get(s.name) ?? 0) > 1 ? { id: s.id, name: s.name, homonym: true } : s));
}

const at = <T>(a: readonly T[], i: number): T => {
  const v = a[i];
  if (v === undefined) throw new RangeError(`index ${i} outside 0..${a.length - 1}`);
  return v;
};

/** The rules as pairs and pins by student index: what a minimal conflict is made of (diagnose.ts). */
export interface RuleList {
  together: [number, number][];
  apart: [number, number][];
  /** [student, 0-based group]. */
  pins: [number, number][];
}

/** Every rule of the roster once (a pair listed by both students counts once; unknown ids were reported by the roster reader). */
export function listRules(students: readonly Student[]): RuleList {
  const index = new Map<string, number>();
  for (const [i, s] of students.entries()) index.set(s.id, i);
  const pairs = (key: 'keepApart' | 'keepTogether'): [number, number][] => {
    const seen = new Set<string>();
    const out: [number, number][] = [];
    for (const [i, s] of students.entries())
      for (const id of s[key]) {
        const j = index.get(id);
        if (j === undefined || j === i) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        if (seen.has(`${a},${b}`)) continue;
        seen.add(`${a},${b}`);
        out.push([a, b]);
      }
    return out;
  };
  const pins: [number, number][] = [];
  for (const [i, s] of students.entries()) if (s.pinnedGroup !== null) pins.push([i, s.pinnedGroup - 1]);
  return { together: pairs('keepTogether'), apart: pairs('keepApart'), pins };
}

export function buildRules(students: readonly Student[]): Rules {
  return rulesFrom(students.length, listRules(students));
}

/** Blocks (union-find over keep-together, no recursion: a chain may be as long as the class), partners and pins. */
export function rulesFrom(n: number, list: RuleList): Rules {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    for (let y = x; parent[y] !== r; ) {
      const next = parent[y] ?? r;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  for (const [a, b] of list.together) parent[find(a)] = find(b);
  const blockOfRoot = new Map<number, number>();
  const blocks: number[][] = [];
  const blockOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let b = blockOfRoot.get(r);
    if (b === undefined) {
      b = blocks.length;
      blockOfRoot.set(r, b);
      blocks.push([]);
    }
    at(blocks, b).push(i);
    blockOf[i] = b;
  }
  const apart: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of list.apart) {
    at(apart, a).push(b);
    at(apart, b).push(a);
  }
  for (const p of apart) p.sort((x, y) => x - y);
  const pin = new Int32Array(n).fill(-1);
  for (const [i, g] of list.pins) pin[i] = g;
  return { blockOf, blocks, apart, pin };
}

/** The group a block is pinned to (any member's pin), or -1. Differing pins are a plain conflict. */
export function blockPin(rules: Rules, block: readonly number[]): number {
  for (const i of block) {
    const p = rules.pin[i] ?? -1;
    if (p >= 0) return p;
  }
  return -1;
}

export interface PlainCheck {
  refs: readonly StudentRef[];
  rules: Rules;
  sizes: readonly number[];
  /** Per group, per stratum quota; stratumOf per student (one stratum when there is no mix). */
  quota: readonly (readonly number[])[];
  stratumOf: ArrayLike<number>;
  /** The mix as written (2:1:1), or null without a mix rule. */
  mix: string | null;
}

/** A chain of keep-together links from a to b inside one block (breadth-first, no recursion). */
function togetherChain(students: readonly Student[], block: readonly number[], a: number, b: number): number[] {
  const index = new Map(block.map((i) => [at(students, i).id, i]));
  const from = new Map<number, number>([[a, a]]);
  const queue = [a];
  for (let h = 0; h < queue.length; h++) {
    const i = at(queue, h);
    if (i === b) break;
    const links = [...at(students, i).keepTogether.map((id) => index.get(id))];
    for (const j of block) if (at(students, j).keepTogether.includes(at(students, i).id)) links.push(j);
    for (const j of links)
      if (j !== undefined && !from.has(j)) {
        from.set(j, i);
        queue.push(j);
      }
  }
  const path = [b];
  for (let i = b; i !== a; ) {
    i = from.get(i) ?? a;
    path.push(i);
  }
  return path.reverse();
}

/**
 * Contradictions that need no search: a pin beyond the last group, a block larger than its group, together and
 * apart at once, a block pinned to two groups, more pinned to a group than it holds, apart students pinned to one
 * group, a block or a group's pins against the mix. The exact check (feasible.ts) catches everything else.
 */
export function plainConflicts(students: readonly Student[], inp: PlainCheck): Conflict[] {
  const { refs, rules, sizes, quota, stratumOf } = inp;
  const k = sizes.length;
  const out: Conflict[] = [];
  let maxSize = 0;
  for (const s of sizes) if (s > maxSize) maxSize = s;
  const who = (ix: readonly number[]): StudentRef[] => ix.map((i) => at(refs, i));
  const stratum = (i: number): number => stratumOf[i] ?? 0;
  const capOf = (g: number, j: number): number => at(at(quota, g), j);

  for (const [i, p] of rules.pin.entries())
    if (p >= k) out.push({ kind: 'pin-out-of-range', student: at(refs, i), group: p + 1, groups: k });

  for (const block of rules.blocks) {
    if (block.length < 2) continue;
    const pins = [...new Set(block.map((i) => rules.pin[i] ?? -1).filter((p) => p >= 0 && p < k))];
    if (pins.length > 1)
      out.push({
        kind: 'together-pins',
        students: who(block.filter((i) => (rules.pin[i] ?? -1) >= 0)),
        groups: pins.map((p) => p + 1),
      });
    const pinned = pins.length === 1 ? at(pins, 0) : -1;
    const limit = pinned >= 0 ? at(sizes, pinned) : maxSize;
    if (block.length > limit)
      out.push({ kind: 'together-too-large', students: who(block), limit, group: pinned >= 0 ? pinned + 1 : null });
    for (const i of block)
      for (const j of at(rules.apart, i))
        if (j > i && rules.blockOf[j] === rules.blockOf[i])
          out.push({
            kind: 'together-apart',
            a: at(refs, i),
            b: at(refs, j),
            chain: who(togetherChain(students, block, i, j)),
          });
    if (inp.mix === null) continue;
    const per = new Map<number, number[]>();
    for (const i of block) per.set(stratum(i), [...(per.get(stratum(i)) ?? []), i]);
    for (const [j, members] of per) {
      let cap = 0;
      for (let g = 0; g < k; g++) if (pinned < 0 || g === pinned) cap = Math.max(cap, capOf(g, j));
      if (members.length > cap)
        out.push({
          kind: 'mix-impossible',
          students: who(members),
          band: j + 1,
          cap,
          mix: inp.mix,
          group: pinned >= 0 ? pinned + 1 : null,
        });
    }
  }

  // Bucket pins by group first: scanning every student per group is O(n·k), seconds for a grade of 10,000.
  const pinnedTo = new Map<number, number[]>();
  for (const [i, p] of rules.pin.entries()) if (p >= 0 && p < k) pinnedTo.set(p, [...(pinnedTo.get(p) ?? []), i]);
  for (const [g, pinned] of [...pinnedTo].sort((a, b) => a[0] - b[0])) {
    const withBlocks = [...new Set(pinned.flatMap((i) => at(rules.blocks, rules.blockOf[i] ?? 0)))];
    if (withBlocks.length > at(sizes, g))
      out.push({ kind: 'pin-overfull', group: g + 1, places: at(sizes, g), students: who(withBlocks) });
    for (const i of pinned)
      for (const j of at(rules.apart, i))
        if (j > i && rules.pin[j] === g) out.push({ kind: 'pin-apart', a: at(refs, i), b: at(refs, j), group: g + 1 });
    if (inp.mix === null) continue;
    for (const [j, cap] of at(quota, g).entries()) {
      const inStratum = withBlocks.filter((i) => stratum(i) === j);
      // A block over the cap was reported above already.
      const blockOver = inStratum.some((i) => at(rules.blocks, rules.blockOf[i] ?? 0).length > 1);
      if (inStratum.length > cap && !blockOver)
        out.push({ kind: 'mix-impossible', students: who(inStratum), band: j + 1, cap, mix: inp.mix, group: g + 1 });
    }
  }
  return out;
}

/**
 * True when moving `outA` from group A to B and `outB` from B to A leaves every keep-apart pair apart. Sizes and
 * quotas hold because the two sides match stratum for stratum; pins and blocks because only free units move.
 */
export function tradeKeepsApart(
  group: Int32Array,
  apart: readonly (readonly number[])[],
  outA: readonly number[],
  A: number,
  outB: readonly number[],
  B: number,
): boolean {
  const moving = (p: number, side: readonly number[]): boolean => side.includes(p);
  for (const i of outA)
    for (const p of apart[i] ?? []) {
      const gp = group[p];
      if ((gp === B && !moving(p, outB)) || (gp === A && moving(p, outA))) return false;
    }
  for (const j of outB)
    for (const p of apart[j] ?? []) {
      const gp = group[p];
      if ((gp === A && !moving(p, outA)) || (gp === B && moving(p, outB))) return false;
    }
  return true;
}

export interface VerifyInput {
  students: readonly Student[];
  /** Member ids per group. */
  groups: readonly (readonly string[])[];
  /** Per group, per stratum quota and each student's stratum (by id); omit when there is no mix rule. */
  quota?: readonly (readonly number[])[];
  stratumOf?: ReadonlyMap<string, number>;
  /** Also report the gender goal (floor/ceil of size × class share). */
  gender?: boolean;
}

export function genderBounds(size: number, share: number): [number, number] {
  const v = size * share;
  // Guard against 0.5 × 4 = 1.9999999 style rounding.
  const e = 1e-9;
  return [Math.floor(v + e), Math.ceil(v - e)];
}

/** Gender category: 0 = M, 1 = F, 2 = not given. */
export const genderCategory = (s: Student): number => (s.gender === 'M' ? 0 : s.gender === 'F' ? 1 : 2);

/** Every rule the grouping breaks (empty = all hold): the final check before groups reach a teacher. */
export function brokenRules(inp: VerifyInput): BrokenRule[] {
  const out: BrokenRule[] = [];
  const refs = studentRefs(inp.students);
  const refById = new Map(inp.students.map((s, i) => [s.id, at(refs, i)]));
  const groupOf = new Map<string, number>();
  const times = new Map<string, number>();
  for (const [q, g] of inp.groups.entries())
    for (const id of g) {
      times.set(id, (times.get(id) ?? 0) + 1);
      groupOf.set(id, q);
      if (!refById.has(id)) out.push({ kind: 'unknown-member', id });
    }
  for (const [i, s] of inp.students.entries()) {
    const t = times.get(s.id) ?? 0;
    if (t !== 1) out.push({ kind: 'placed', student: at(refs, i), times: t });
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of inp.groups) {
    lo = Math.min(lo, g.length);
    hi = Math.max(hi, g.length);
  }
  if (hi - lo > 1) out.push({ kind: 'sizes', sizes: inp.groups.map((g) => g.length) });
  for (const [i, s] of inp.students.entries()) {
    const q = groupOf.get(s.id);
    for (const a of s.keepApart) {
      const ref = refById.get(a);
      // Each pair once, however many of the two listed it.
      if (ref && q !== undefined && groupOf.get(a) === q && (s.id < a || !listsBack(inp.students, a, s.id)))
        out.push({ kind: 'apart', a: at(refs, i), b: ref, group: q + 1 });
    }
    for (const t of s.keepTogether) {
      const ref = refById.get(t);
      if (ref && groupOf.get(t) !== q) out.push({ kind: 'together', a: at(refs, i), b: ref });
    }
    if (s.pinnedGroup !== null && q !== s.pinnedGroup - 1)
      out.push({ kind: 'pin', student: at(refs, i), group: s.pinnedGroup, placed: q === undefined ? null : q + 1 });
  }
  const { quota, stratumOf } = inp;
  if (quota && stratumOf)
    for (const [q, g] of inp.groups.entries()) {
      const want = quota[q] ?? [];
      const c = want.map(() => 0);
      for (const id of g) {
        const j = stratumOf.get(id);
        if (j !== undefined) c[j] = (c[j] ?? 0) + 1;
      }
      if (c.some((v, j) => v !== want[j])) out.push({ kind: 'mix', group: q + 1, counts: c, quota: [...want] });
    }
  if (inp.gender) out.push(...genderDeviations(inp.students, inp.groups));
  return out;
}

const listsBack = (students: readonly Student[], id: string, other: string): boolean =>
  students.some((s) => s.id === id && s.keepApart.includes(other));

/** Groups whose count of boys, girls or not-given lies outside floor/ceil of size × the class share. */
export function genderDeviations(
  students: readonly Student[],
  groups: readonly (readonly string[])[],
): Extract<BrokenRule, { kind: 'gender' }>[] {
  const out: Extract<BrokenRule, { kind: 'gender' }>[] = [];
  const n = students.length;
  const share = [0, 0, 0];
  const cat = new Map<string, number>();
  for (const s of students) {
    const c = genderCategory(s);
    cat.set(s.id, c);
    share[c] = (share[c] ?? 0) + 1 / n;
  }
  for (const [q, g] of groups.entries()) {
    const c = [0, 0, 0];
    for (const id of g) {
      const x = cat.get(id) ?? 2;
      c[x] = (c[x] ?? 0) + 1;
    }
    for (const [x, v] of c.entries()) {
      const [min, max] = genderBounds(g.length, share[x] ?? 0);
      if (v < min || v > max)
        out.push({ kind: 'gender', group: q + 1, gender: x === 0 ? 'M' : x === 1 ? 'F' : '?', count: v, min, max });
    }
  }
  return out;
}

/** True when students i (group A) and j (group B) may trade: neither lands beside a keep-apart partner. */
export function swapKeepsApart(
  group: Int32Array,
  apart: readonly (readonly number[])[],
  i: number,
  j: number,
): boolean {
  const ai = apart[i];
  const aj = apart[j];
  if (ai?.length) {
    const B = group[j];
    for (const p of ai) if (p !== j && group[p] === B) return false;
  }
  if (aj?.length) {
    const A = group[i];
    for (const p of aj) if (p !== i && group[p] === A) return false;
  }
  return true;
}
