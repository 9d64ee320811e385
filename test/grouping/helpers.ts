import type { Student } from '../../shared/roster/types.ts';

/** A student with sensible defaults; override what the test is about. */
export function student(id: string, over: Partial<Student> = {}): Student {
  return {
    row: 2,
    id,
    name: `名${id}`,
    gender: null,
    total: null,
    subjects: {},
    attributes: {},
    keepApart: [],
    keepTogether: [],
    pinnedGroup: null,
    leaderCandidate: false,
    extra: {},
    ...over,
  };
}

/** n students with distinct totals n*10 … 10 (S1 strongest). */
export function ranked(n: number, over: (i: number) => Partial<Student> = () => ({})): Student[] {
  return Array.from({ length: n }, (_, i) =>
    student(`S${i + 1}`, { total: (n - i) * 10, gender: i % 2 ? 'F' : 'M', ...over(i) }),
  );
}
