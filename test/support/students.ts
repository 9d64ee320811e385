/**
 * Test factories for `Student` (one set for every test and benchmark):
 * - `student(id, over)`: one student with neutral defaults; override what the test is about.
 * - `ranked(n)`: n students with distinct totals, strongest first.
 * - `syntheticRoster(n, opts)`: a seeded class: a latent ability drives three subjects (correlated about 0.6–0.7, as
 *   real marks are), totals are their sum, genders roughly half and half, a few keep-apart pairs among the strongest
 *   students (the classic "don't put the top two together"), optionally a categorical attribute.
 */
import { makeRng, type Rng } from '../../shared/grouping/random.ts';
import type { Student } from '../../shared/roster/types.ts';

/** A student with neutral defaults (no marks, no gender, no rules); override what the test is about. */
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

/** n students S1 … Sn with distinct totals n*10 … 10 (S1 strongest), genders alternating M, F. */
export function ranked(n: number, over: (i: number) => Partial<Student> = () => ({})): Student[] {
  return Array.from({ length: n }, (_, i) =>
    student(`S${i + 1}`, { total: (n - i) * 10, gender: i % 2 ? 'F' : 'M', ...over(i) }),
  );
}

export interface SyntheticOptions {
  seed?: number;
  /** Keep-apart pairs among the top students (default 2 for 24+ students). */
  apartPairs?: number;
  attribute?: boolean;
  subjects?: string[];
}

function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A seeded synthetic class of n students S0001 … (data rows 2 …), the same for the same options. */
export function syntheticRoster(n: number, opts: SyntheticOptions = {}): Student[] {
  const rng = makeRng(opts.seed ?? 1);
  const subjects = opts.subjects ?? ['语文', '数学', '英语'];
  const students: Student[] = [];
  for (let i = 0; i < n; i++) {
    const ability = normal(rng);
    const marks: Record<string, number | null> = {};
    for (const s of subjects)
      marks[s] = Math.max(0, Math.min(150, Math.round(100 + 18 * (0.8 * ability + 0.6 * normal(rng)))));
    const total = Object.values(marks).reduce<number>((a, b) => a + (b ?? 0), 0);
    students.push(
      student(`S${String(i + 1).padStart(4, '0')}`, {
        row: i + 2,
        name: `学生${i + 1}`,
        gender: rng() < 0.5 ? 'M' : 'F',
        total,
        subjects: marks,
        attributes: opts.attribute ? { 性格: rng() < 0.4 ? '外向' : '内向' } : {},
      }),
    );
  }
  const pairs = opts.apartPairs ?? (n >= 24 ? 2 : 0);
  const top = students.slice().sort((a, b) => b.total! - a.total!);
  for (let p = 0; p < pairs && 2 * p + 1 < top.length; p++) {
    const a = top[2 * p]!;
    const b = top[2 * p + 1]!;
    a.keepApart.push(b.id);
    b.keepApart.push(a.id);
  }
  return students;
}
