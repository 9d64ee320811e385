/**
 * Hard rules from the roster (keep-apart, keep-together, pins) and the checks that find contradictions BEFORE
 * solving, so the teacher is told exactly which rules clash and for whom, instead of getting a silent compromise.
 */
import type { Student } from '../roster/types.ts';
import type { Conflict } from './types.ts';

export interface Rules {
  /** Together-block index of each student (union-find over keepTogether). */
  blockOf: number[];
  /** Members of each block (student indices). */
  blocks: number[][];
  /** Keep-apart partners of each student (student indices, symmetric, no self). */
  apart: number[][];
  /** 0-based pinned group per student, or -1. */
  pin: number[];
}

const who = (s: Student): string => `${s.name}（${s.id}）`;
const whoEn = (s: Student): string => `${s.name} (${s.id})`;
const listZh = (ss: Student[]): string => ss.map(who).join('、');
const listEn = (ss: Student[]): string => ss.map(whoEn).join(', ');

export function buildRules(students: Student[]): Rules {
  const n = students.length;
  const index = new Map<string, number>();
  for (const [i, s] of students.entries()) index.set(s.id, i);
  const parent = students.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  students.forEach((s, i) => {
    for (const id of s.keepTogether) {
      const j = index.get(id);
      if (j !== undefined && j !== i) parent[find(i)] = find(j);
    }
  });
  const blockIdOfRoot = new Map<number, number>();
  const blocks: number[][] = [];
  const blockOf = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let b = blockIdOfRoot.get(r);
    if (b === undefined) {
      b = blocks.length;
      blockIdOfRoot.set(r, b);
      blocks.push([]);
    }
    blocks[b]!.push(i);
    blockOf[i] = b;
  }
  const apartSets = students.map(() => new Set<number>());
  students.forEach((s, i) => {
    for (const id of s.keepApart) {
      const j = index.get(id);
      if (j !== undefined && j !== i) {
        apartSets[i]!.add(j);
        apartSets[j]!.add(i);
      }
    }
  });
  return {
    blockOf,
    blocks,
    apart: apartSets.map((set) => [...set].sort((a, b) => a - b)),
    pin: students.map((s) => (s.pinnedGroup === null ? -1 : s.pinnedGroup - 1)),
  };
}

/** A set of mutually keep-apart blocks larger than k: found greedily (the graphs are small and sparse). */
function largeApartClique(rules: Rules, k: number): number[] | null {
  const nb = rules.blocks.length;
  const adj = rules.blocks.map(() => new Set<number>());
  rules.apart.forEach((ps, i) => {
    for (const j of ps) {
      const a = rules.blockOf[i]!;
      const b = rules.blockOf[j]!;
      if (a !== b) adj[a]!.add(b);
    }
  });
  for (let b = 0; b < nb; b++) {
    if (adj[b]!.size < k) continue;
    const clique = [b];
    const cand = [...adj[b]!].sort((x, y) => adj[y]!.size - adj[x]!.size);
    for (const c of cand) if (clique.every((m) => adj[m]!.has(c))) clique.push(c);
    if (clique.length > k) return clique;
  }
  return null;
}

export interface CheckInput {
  students: Student[];
  rules: Rules;
  sizes: number[];
  /** Per group, per stratum quota; stratumOf per student (one stratum when there is no mix). */
  quota: number[][];
  stratumOf: number[];
  mixLabel: string | null;
}

export function findConflicts(inp: CheckInput): Conflict[] {
  const { students, rules, sizes, quota, stratumOf } = inp;
  const k = sizes.length;
  const out: Conflict[] = [];
  const maxSize = Math.max(...sizes);
  const ids = (ix: number[]): string[] => ix.map((i) => students[i]!.id);
  const ss = (ix: number[]): Student[] => ix.map((i) => students[i]!);

  rules.pin.forEach((p, i) => {
    if (p !== -1 && (p < 0 || p >= k)) {
      const s = students[i]!;
      out.push({
        code: 'pin-out-of-range',
        students: [s.id],
        message: {
          zh: `${who(s)}被指定到第${p + 1}组，但只有${k}个组：请改成1到${k}之间的组号，或清空。`,
          en: `${whoEn(s)} is pinned to group ${p + 1}, but there are only ${k} groups: use a group number from 1 to ${k}, or clear it.`,
        },
      });
    }
  });

  rules.blocks.forEach((block) => {
    if (block.length < 2) return;
    const pins = [...new Set(block.map((i) => rules.pin[i]!).filter((p) => p !== -1))];
    if (pins.length > 1) {
      const pinned = block.filter((i) => rules.pin[i] !== -1);
      out.push({
        code: 'together-pins',
        students: ids(pinned),
        message: {
          zh: `${listZh(ss(pinned))}必须同组，但被指定到不同的组（${pins.map((p) => `第${p + 1}组`).join('、')}）。`,
          en: `${listEn(ss(pinned))} must be together but are pinned to different groups (${pins.map((p) => p + 1).join(', ')}).`,
        },
      });
    }
    const limit = pins.length === 1 && pins[0]! >= 0 && pins[0]! < k ? sizes[pins[0]!]! : maxSize;
    if (block.length > limit) {
      out.push({
        code: 'together-too-large',
        students: ids(block),
        message: {
          zh: `${listZh(ss(block))}必须同组，共${block.length}人，但一组最多${limit}人：请拆开“同组”规则或把组调大。`,
          en: `${listEn(ss(block))} must all be together (${block.length} students), but a group holds at most ${limit}: split the keep-together rule or use larger groups.`,
        },
      });
    }
    for (const i of block)
      for (const j of rules.apart[i]!)
        if (j > i && rules.blockOf[j] === rules.blockOf[i]) {
          out.push({
            code: 'together-apart',
            students: ids([i, j]),
            message: {
              zh: `${who(students[i]!)}和${who(students[j]!)}既要同组（通过“同组”规则相连）又要分开：请删掉其中一条。`,
              en: `${whoEn(students[i]!)} and ${whoEn(students[j]!)} must be both together (linked by keep-together rules) and apart: remove one of the rules.`,
            },
          });
        }
    if (inp.mixLabel) {
      const per = new Map<number, number>();
      for (const i of block) per.set(stratumOf[i]!, (per.get(stratumOf[i]!) ?? 0) + 1);
      for (const [j, c] of per) {
        const cap = Math.max(...quota.map((q) => q[j]!));
        if (c > cap) {
          const inStratum = block.filter((i) => stratumOf[i] === j);
          out.push({
            code: 'mix-impossible',
            students: ids(inStratum),
            message: {
              zh: `${listZh(ss(inStratum))}必须同组，但他们都在第${j + 1}档（按总分），按${inp.mixLabel}搭配一组最多${cap}人来自这一档。`,
              en: `${listEn(ss(inStratum))} must be together, but all are in ability band ${j + 1} (by total) and the ${inp.mixLabel} mix allows at most ${cap} per group from that band.`,
            },
          });
        }
      }
    }
  });

  // Pins: too many for one group, pinned keep-apart pairs, pinned against the mix.
  // Bucket pins by group first: scanning every student per group is O(n·k), seconds for a grade of 10,000.
  const pinnedTo = new Map<number, number[]>();
  rules.pin.forEach((p, i) => {
    if (p >= 0 && p < k) pinnedTo.set(p, [...(pinnedTo.get(p) ?? []), i]);
  });
  for (const [g, pinned] of [...pinnedTo].sort((a, b) => a[0] - b[0])) {
    const withBlocks = [...new Set(pinned.flatMap((i) => rules.blocks[rules.blockOf[i]!]!))];
    if (withBlocks.length > sizes[g]!) {
      out.push({
        code: 'pin-overfull',
        students: ids(withBlocks),
        message: {
          zh: `第${g + 1}组只有${sizes[g]}个位置，却有${withBlocks.length}人被指定（或随同组规则）到这一组：${listZh(ss(withBlocks))}。`,
          en: `Group ${g + 1} has ${sizes[g]} places but ${withBlocks.length} students are pinned (or tied by keep-together) to it: ${listEn(ss(withBlocks))}.`,
        },
      });
    }
    for (const i of pinned)
      for (const j of rules.apart[i]!)
        if (j > i && rules.pin[j] === g)
          out.push({
            code: 'pin-apart',
            students: ids([i, j]),
            message: {
              zh: `${who(students[i]!)}和${who(students[j]!)}要分开，却都被指定到第${g + 1}组。`,
              en: `${whoEn(students[i]!)} and ${whoEn(students[j]!)} must be apart but are both pinned to group ${g + 1}.`,
            },
          });
    if (inp.mixLabel) {
      const q = quota[g]!;
      q.forEach((cap, j) => {
        const inStratum = withBlocks.filter((i) => stratumOf[i] === j);
        if (inStratum.length > cap)
          out.push({
            code: 'mix-impossible',
            students: ids(inStratum),
            message: {
              zh: `${listZh(ss(inStratum))}都在第${j + 1}档（按总分）并被指定到第${g + 1}组，但按${inp.mixLabel}搭配这一组只能有${cap}人来自这一档。`,
              en: `${listEn(ss(inStratum))} are all in ability band ${j + 1} (by total) and pinned to group ${g + 1}, but the ${inp.mixLabel} mix allows only ${cap} from that band there.`,
            },
          });
      });
    }
  }

  const clique = largeApartClique(rules, k);
  if (clique) {
    const members = clique.map((b) => rules.blocks[b]![0]!);
    out.push({
      code: 'keep-apart-impossible',
      students: ids(members),
      message: {
        zh: `${listZh(ss(members))}这${members.length}人必须两两分开，但只有${k}个组：请减少“分开”规则或增加组数。`,
        en: `${listEn(ss(members))}: these ${members.length} students must all be apart from each other, but there are only ${k} groups. Remove some keep-apart rules or make more groups.`,
      },
    });
  }
  return out;
}
