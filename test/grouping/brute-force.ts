import type { Student } from '../../shared/roster/types.ts';
import { makeRng } from '../../shared/grouping/random.ts';
import { student } from '../support/students.ts';

/** Every assignment, student by student (recursion is fine here: at most 12 deep), checking each rule as it goes. */
export function bruteForce(
  students: Student[],
  sizes: number[],
  quota: number[][],
  stratumOf: number[],
): number[] | null {
  const n = students.length;
  const k = sizes.length;
  const group = new Array<number>(n).fill(-1);
  const left = quota.map((q) => [...q]);
  const ok = (i: number, g: number): boolean => {
    const s = students[i]!;
    if (s.pinnedGroup !== null && s.pinnedGroup - 1 !== g) return false;
    if ((left[g]![stratumOf[i]!] ?? 0) <= 0) return false;
    for (let j = 0; j < i; j++) {
      const o = students[j]!;
      const apart = s.keepApart.includes(o.id) || o.keepApart.includes(s.id);
      const together = s.keepTogether.includes(o.id) || o.keepTogether.includes(s.id);
      if (apart && group[j] === g) return false;
      if (together && group[j] !== g) return false;
    }
    return true;
  };
  const go = (i: number): boolean => {
    if (i === n) return true;
    for (let g = 0; g < k; g++) {
      if (!ok(i, g)) continue;
      group[i] = g;
      left[g]![stratumOf[i]!]!--;
      if (go(i + 1)) return true;
      left[g]![stratumOf[i]!]!++;
      group[i] = -1;
    }
    return false;
  };
  return go(0) ? group : null;
}

/** A random small roster with random rules (the benchmark's refusal-rate sample; the property test uses fast-check). */
export function randomSmallRoster(seed: number): { students: Student[]; size: number; mix: number[] | null } {
  const rng = makeRng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
  const n = int(4, 12);
  const students = Array.from({ length: n }, (_, i) =>
    student(`P${i}`, { total: int(0, 300) + i / 100, gender: rng() < 0.5 ? 'M' : 'F' }),
  );
  const pick = (): Student => students[int(0, n - 1)] as Student;
  for (let t = int(0, 8); t > 0; t--) {
    const [a, b] = [pick(), pick()];
    if (a !== b) a.keepApart.push(b.id);
  }
  for (let t = int(0, 2); t > 0; t--) {
    const [a, b] = [pick(), pick()];
    if (a !== b) a.keepTogether.push(b.id);
  }
  for (let t = int(0, 2); t > 0; t--) pick().pinnedGroup = int(1, 3);
  const mixes: (number[] | null)[] = [null, [2, 1, 1], [1, 1], [2, 2, 2]];
  return { students, size: int(2, 5), mix: mixes[int(0, 3)] ?? null };
}
