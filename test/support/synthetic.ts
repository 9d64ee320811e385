/**
 * Seeded synthetic rosters for tests and the benchmark: a latent ability drives three subjects (correlated about
 * 0.6–0.7, as real marks are), totals are their sum, genders roughly half and half, a few keep-apart pairs among the
 * strongest students (the classic "don't put the top two together"), optionally a categorical attribute.
 */
import type { Student } from '../../shared/roster/types.ts';
import { makeRng, type Rng } from '../../shared/grouping/random.ts';

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
    students.push({
      row: i + 2,
      id: `S${String(i + 1).padStart(4, '0')}`,
      name: `学生${i + 1}`,
      gender: rng() < 0.5 ? 'M' : 'F',
      total,
      subjects: marks,
      attributes: opts.attribute ? { 性格: rng() < 0.4 ? '外向' : '内向' } : {},
      keepApart: [],
      keepTogether: [],
      pinnedGroup: null,
      leaderCandidate: false,
      extra: {},
    });
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
