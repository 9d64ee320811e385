/**
 * Exact feasibility of the hard rules: can the keep-together blocks, pinned students and keep-apart students be
 * placed so that every group keeps its size and its ability-mix quota, and no keep-apart pair shares a group?
 *
 * Only constrained units take part (blocks of two or more, pinned students, students with keep-apart partners):
 * an unconstrained student fits any place left in their stratum, and the places left per stratum always equal the
 * students left in it. A depth-first search over the units (DSATUR order: the unit with the most distinct groups
 * already taken by its keep-apart partners first, pinned units before all) with an explicit stack — never
 * recursion, whose depth would grow with the roster. Groups that hold no unit yet and share a quota are
 * interchangeable, so only the first of them is tried. Work (fit checks) is counted against a budget; running
 * out answers 'not-decided', never a guess.
 */
import { blockPin, type Rules } from './rules.ts';

export interface FeasibilityInput {
  /** Per group, per stratum: places. */
  quota: readonly (readonly number[])[];
  stratumOf: ArrayLike<number>;
  rules: Rules;
  /** A group to try first per student (a previous grouping), or -1. */
  prefer?: ArrayLike<number> | null;
  /** Fit checks allowed before answering 'not-decided'. */
  budget?: number;
}

export type Feasibility =
  | {
      status: 'feasible' /** Group of each student in a constrained unit; -1 for the others. */;
      group: Int32Array;
      work: number;
    }
  | { status: 'infeasible'; work: number }
  | { status: 'not-decided'; work: number };

export const FEASIBILITY_BUDGET = 20_000_000;

/** A unit of the search: one keep-together block with what constrains it. */
interface Unit {
  members: number[];
  /** [stratum, count] pairs. */
  need: [number, number][];
  pin: number;
  /** Units holding a keep-apart partner of a member. */
  apart: number[];
  prefer: number;
  /** Apart partner inside the block itself: never placeable. */
  selfApart: boolean;
}

function constrainedUnits(inp: FeasibilityInput): Unit[] {
  const { rules, stratumOf } = inp;
  const unitOfBlock = new Map<number, number>();
  const units: Unit[] = [];
  for (const [b, members] of rules.blocks.entries()) {
    const pin = blockPin(rules, members);
    const hasApart = members.some((i) => (rules.apart[i]?.length ?? 0) > 0);
    if (members.length < 2 && pin < 0 && !hasApart) continue;
    const need = new Map<number, number>();
    for (const i of members) need.set(stratumOf[i] ?? 0, (need.get(stratumOf[i] ?? 0) ?? 0) + 1);
    const first = members[0] ?? 0;
    unitOfBlock.set(b, units.length);
    units.push({ members, need: [...need], pin, apart: [], prefer: inp.prefer?.[first] ?? -1, selfApart: false });
  }
  for (const u of units) {
    const set = new Set<number>();
    for (const i of u.members)
      for (const p of rules.apart[i] ?? []) {
        const v = unitOfBlock.get(rules.blockOf[p] ?? -1);
        if (v === undefined) continue;
        if (units[v] === u) u.selfApart = true;
        else set.add(v);
      }
    u.apart = [...set];
  }
  return units;
}

/** The search state: places left, where each unit is, and which groups its apart partners took. */
class Placement {
  readonly rem: Int32Array;
  readonly at: Int32Array;
  /** Units placed per group: a group with none is still interchangeable with its twins. */
  readonly used: Int32Array;
  /** taken[u] counts, per group, the placed apart partners of unit u. */
  readonly taken: Map<number, number>[];
  readonly S: number;
  work = 0;

  constructor(
    readonly units: Unit[],
    readonly quota: readonly (readonly number[])[],
  ) {
    this.S = quota[0]?.length ?? 1;
    this.rem = new Int32Array(quota.length * this.S);
    quota.forEach((q, g) => {
      q.forEach((c, j) => {
        this.rem[g * this.S + j] = c;
      });
    });
    this.at = new Int32Array(units.length).fill(-1);
    this.used = new Int32Array(quota.length);
    this.taken = units.map(() => new Map());
  }

  fits(u: number, g: number): boolean {
    this.work++;
    const unit = this.units[u];
    if (!unit || unit.selfApart || (unit.pin >= 0 && unit.pin !== g)) return false;
    if ((this.taken[u]?.get(g) ?? 0) > 0) return false;
    for (const [j, c] of unit.need) if ((this.rem[g * this.S + j] ?? 0) < c) return false;
    return true;
  }

  place(u: number, g: number, sign: 1 | -1): void {
    const unit = this.units[u];
    if (!unit) return;
    for (const [j, c] of unit.need) this.rem[g * this.S + j] = (this.rem[g * this.S + j] ?? 0) - sign * c;
    this.used[g] = (this.used[g] ?? 0) + sign;
    this.at[u] = sign > 0 ? g : -1;
    for (const v of unit.apart) {
      const m = this.taken[v];
      if (m) m.set(g, (m.get(g) ?? 0) + sign);
    }
  }

  /** Distinct groups taken by placed apart partners (DSATUR's saturation). */
  saturation(u: number): number {
    let s = 0;
    for (const c of this.taken[u]?.values() ?? []) if (c > 0) s++;
    return s;
  }
}

/** Next unit: pinned first, then the most saturated, then most partners, then largest; -1 when all are placed. */
function pickUnit(p: Placement): number {
  let best = -1;
  let key = -1;
  for (const [u, unit] of p.units.entries()) {
    if (p.at[u] !== -1) continue;
    // One number orders the four criteria (each below 2^12 in any class; beyond, the order is only a heuristic).
    const k =
      (unit.pin >= 0 ? 2 ** 36 : 0) +
      Math.min(p.saturation(u), 4095) * 2 ** 24 +
      Math.min(unit.apart.length, 4095) * 2 ** 12 +
      Math.min(unit.members.length, 4095);
    if (k > key) {
      best = u;
      key = k;
    }
  }
  return best;
}

/** Groups to try for unit u, best first: its preferred group, then the roomiest; twins of an empty group once. */
function candidates(p: Placement, u: number): number[] {
  const k = p.quota.length;
  const seenBlank = new Set<string>();
  const out: number[] = [];
  for (let g = 0; g < k; g++) {
    if (!p.fits(u, g)) continue;
    if (p.used[g] === 0) {
      const twin = (p.quota[g] ?? []).join(':');
      if (seenBlank.has(twin)) continue;
      seenBlank.add(twin);
    }
    out.push(g);
  }
  const room = (g: number): number => {
    let r = 0;
    for (let j = 0; j < p.S; j++) r += p.rem[g * p.S + j] ?? 0;
    return r;
  };
  const prefer = p.units[u]?.prefer ?? -1;
  return out.sort((a, b) => (b === prefer ? 1 : 0) - (a === prefer ? 1 : 0) || room(b) - room(a) || a - b);
}

/** After placing u: every unplaced apart partner must still have a group. */
function partnersStillFit(p: Placement, u: number): boolean {
  const k = p.quota.length;
  for (const v of p.units[u]?.apart ?? []) {
    if (p.at[v] !== -1) continue;
    let any = false;
    for (let g = 0; g < k && !any; g++) any = p.fits(v, g);
    if (!any) return false;
  }
  return true;
}

interface Frame {
  u: number;
  cands: number[];
  next: number;
}

export function decideFeasibility(inp: FeasibilityInput): Feasibility {
  const budget = inp.budget ?? FEASIBILITY_BUDGET;
  const units = constrainedUnits(inp);
  const p = new Placement(units, inp.quota);
  const stack: Frame[] = [];
  for (;;) {
    const u = pickUnit(p);
    if (u < 0) break;
    stack.push({ u, cands: candidates(p, u), next: 0 });
    // Advance: place the top frame's next candidate, backtracking through exhausted frames.
    for (;;) {
      const f = stack[stack.length - 1];
      if (!f) return { status: 'infeasible', work: p.work };
      if (p.work > budget) return { status: 'not-decided', work: p.work };
      const was = p.at[f.u] ?? -1;
      if (was >= 0) p.place(f.u, was, -1);
      const g = f.cands[f.next++];
      if (g === undefined) {
        stack.pop();
        continue;
      }
      p.place(f.u, g, 1);
      if (partnersStillFit(p, f.u)) break;
    }
  }
  const group = new Int32Array(inp.stratumOf.length).fill(-1);
  for (const [u, unit] of units.entries()) for (const i of unit.members) group[i] = p.at[u] ?? -1;
  return { status: 'feasible', group, work: p.work };
}
