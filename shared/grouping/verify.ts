/**
 * Checks the hard rules on a finished grouping — used by formGroups before answering (a broken rule is never
 * returned silently) and by the tests and the benchmark.
 */
import type { Student } from '../roster/types.ts';

export interface HardRuleInput {
  students: Student[];
  /** Member ids per group. */
  groups: string[][];
  /** Per group, per stratum quota and each student's stratum (by id); omit when there is no mix rule. */
  quota?: number[][];
  stratumOf?: Map<string, number>;
  /** Check the gender rule (floor/ceil of size × class share). */
  gender?: boolean;
}

export function genderBounds(size: number, share: number): [number, number] {
  const v = size * share;
  // Guard against 0.5 × 4 = 1.9999999 style rounding.
  const e = 1e-9;
  return [Math.floor(v + e), Math.ceil(v - e)];
}

const gcatOf = (s: Student): number => (s.gender === 'M' ? 0 : s.gender === 'F' ? 1 : 2);

/** Returns a list of broken rules in plain English (empty = all hold). */
export function brokenRules(inp: HardRuleInput): string[] {
  const out: string[] = [];
  const byId = new Map(inp.students.map((s) => [s.id, s]));
  const groupOf = new Map<string, number>();
  for (const [q, g] of inp.groups.entries())
    for (const id of g) {
      if (groupOf.has(id)) out.push(`${id} placed twice`);
      groupOf.set(id, q);
    }
  for (const s of inp.students) if (!groupOf.has(s.id)) out.push(`${s.id} not placed`);
  if (groupOf.size !== inp.students.length) out.push('unknown ids placed');
  const sizes = inp.groups.map((g) => g.length);
  if (sizes.length && Math.max(...sizes) - Math.min(...sizes) > 1)
    out.push(`sizes differ by more than one: ${sizes.join(',')}`);
  for (const s of inp.students) {
    const q = groupOf.get(s.id);
    for (const a of s.keepApart) if (byId.has(a) && groupOf.get(a) === q) out.push(`${s.id} and ${a} must be apart`);
    for (const t of s.keepTogether)
      if (byId.has(t) && groupOf.get(t) !== q) out.push(`${s.id} and ${t} must be together`);
    if (s.pinnedGroup !== null && q !== s.pinnedGroup - 1) out.push(`${s.id} pinned to ${s.pinnedGroup}`);
  }
  if (inp.quota && inp.stratumOf) {
    inp.groups.forEach((g, q) => {
      const c = inp.quota![q]!.map(() => 0);
      for (const id of g) c[inp.stratumOf!.get(id)!]!++;
      if (c.some((v, j) => v !== inp.quota![q]![j]))
        out.push(`group ${q + 1} mix ${c.join(':')} ≠ ${inp.quota![q]!.join(':')}`);
    });
  }
  if (inp.gender) {
    const n = inp.students.length;
    const share = [0, 0, 0];
    for (const s of inp.students) share[gcatOf(s)]! += 1 / n;
    inp.groups.forEach((g, q) => {
      const c = [0, 0, 0];
      for (const id of g) c[gcatOf(byId.get(id)!)]!++;
      c.forEach((v, cat) => {
        const [lo, hi] = genderBounds(g.length, share[cat]!);
        if (v < lo || v > hi) out.push(`group ${q + 1} gender ${['M', 'F', '?'][cat]} = ${v}, allowed ${lo}–${hi}`);
      });
    });
  }
  return out;
}
