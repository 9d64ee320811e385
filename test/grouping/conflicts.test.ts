import { describe, expect, it } from 'vitest';
import { explainConflict, formGroups } from '../../shared/grouping/index.ts';
import type { Conflict } from '../../shared/grouping/types.ts';
import { ranked, student } from '../support/students.ts';

const conflictsOf = (out: ReturnType<typeof formGroups>): Conflict[] => (out.ok ? [] : out.conflicts);
const kinds = (out: ReturnType<typeof formGroups>) => conflictsOf(out).map((c) => c.kind);
const one = <K extends Conflict['kind']>(out: ReturnType<typeof formGroups>, kind: K) => {
  const c = conflictsOf(out).find((x) => x.kind === kind);
  if (!c) throw new Error(`no ${kind} in ${JSON.stringify(conflictsOf(out))}`);
  return c as Extract<Conflict, { kind: K }>;
};

describe('a refusal names the smallest conflict, in the teacher’s words', () => {
  it('five students who must all be apart cannot fit in three groups: one sentence with their names', () => {
    const ids = ['S1', 'S2', 'S3', 'S4', 'S5'];
    const students = ranked(12, (i) => (i < 5 ? { keepApart: ids.filter((x) => x !== `S${i + 1}`) } : {}));
    const out = formGroups(students, { groups: 3 });
    const c = one(out, 'apart-clique');
    // Smallest: four of them already outnumber the three groups.
    expect(c.students).toHaveLength(4);
    expect(c.groups).toBe(3);
    const zh = explainConflict(c, 'zh');
    expect(zh).toMatch(/^名S\d(、名S\d)*和名S\d这4人两两不能同组，但全班只有3个组/);
    expect(zh).not.toMatch(/[a-z]{3,}/); // no English inside Chinese
    expect(explainConflict(c, 'en')).toContain('only 3 groups');
  });
  it('a seven-student keep-apart cycle of cliques in six groups is told as one group of seven, not a list of pairs', () => {
    const seven = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'];
    const students = ranked(24, (i) => (i < 7 ? { keepApart: seven.filter((x) => x !== `S${i + 1}`) } : {}));
    const c = one(formGroups(students, { size: 4, mix: [2, 1, 1] }), 'apart-clique');
    expect(c.students.map((s) => s.id).sort()).toEqual(seven);
    const zh = explainConflict(c, 'zh');
    expect(zh).toContain('这7人两两不能同组，但全班只有6个组');
    expect(zh).not.toContain('must');
  });
  it('names only, with the id where two students share a name', () => {
    const students = ranked(6, (i) => ({
      name: i < 2 ? '王明' : `名S${i + 1}`,
      ...(i === 0 ? { keepApart: ['S2'], pinnedGroup: 1 } : i === 1 ? { pinnedGroup: 1 } : {}),
    }));
    const c = one(formGroups(students, { size: 3 }), 'pin-apart');
    expect(explainConflict(c, 'zh')).toBe('王明（S1）和王明（S2）要分开，却都被指定到第1组。');
  });
  it('a satisfiable roster that a greedy start refuses is grouped: 11 students, a keep-together pair, five keep-apart pairs', () => {
    // S1+S2 together; S1..S3 apart from S4..S5 and S3 apart from S6, in three groups of 4/4/3.
    const apart: Record<string, string[]> = { S1: ['S4', 'S5'], S3: ['S4', 'S5', 'S6'] };
    const students = ranked(11, (i) => ({
      keepApart: apart[`S${i + 1}`] ?? [],
      ...(i === 0 ? { keepTogether: ['S2'] } : {}),
    }));
    for (const seed of [1, 2, 3, 'x']) expect(formGroups(students, { size: 4, seed }).ok).toBe(true);
  });
  it('rules that cannot hold together for no simple reason: the minimal set, each rule once, grouped by student', () => {
    // Groups of two (1:1): S1 and S2 are both strong, so neither can be with another strong student; S1 must be
    // with S3 (strong) — impossible by the mix alone. Drop the mix and it holds.
    const students = ranked(8, (i) => (i === 0 ? { keepTogether: ['S3'] } : {}));
    const c = conflictsOf(formGroups(students, { size: 2, mix: [1, 1] }))[0]!;
    expect(c.kind).toBe('mix-impossible');
    expect(explainConflict(c, 'zh')).toContain('1:1');
  });
  it('a pin beyond the last group says which student and how many groups there are', () => {
    const students = ranked(8, (i) => (i === 2 ? { pinnedGroup: 5 } : {}));
    const c = one(formGroups(students, { size: 4 }), 'pin-out-of-range');
    expect(c.student.id).toBe('S3');
    expect(explainConflict(c, 'zh')).toContain('第5组');
    expect(explainConflict(c, 'en')).toContain('only 2 groups');
  });
  it('a keep-together block larger than a group', () => {
    const students = ranked(12, (i) => (i < 5 ? { keepTogether: ['S1'] } : {}));
    const c = one(formGroups(students, { size: 4 }), 'together-too-large');
    expect(c.students.map((s) => s.id).sort()).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
  });
  it('together and apart at once (through a chain of together rules), with the chain', () => {
    const students = ranked(8, (i) =>
      i === 0 ? { keepTogether: ['S2'], keepApart: ['S3'] } : i === 1 ? { keepTogether: ['S3'] } : {},
    );
    const t = one(formGroups(students, { size: 4 }), 'together-apart');
    expect([t.a.id, t.b.id]).toEqual(['S1', 'S3']);
    expect(t.chain.map((s) => s.id)).toEqual(['S1', 'S2', 'S3']);
    expect(explainConflict(t, 'zh')).toContain('名S1—名S2—名S3');
  });
  it('the same student together in different pinned groups; apart students pinned together', () => {
    const a = ranked(8, (i) =>
      i === 0 ? { keepTogether: ['S2'], pinnedGroup: 1 } : i === 1 ? { pinnedGroup: 2 } : {},
    );
    expect(kinds(formGroups(a, { size: 4 }))).toContain('together-pins');
    const b = ranked(8, (i) => (i === 0 ? { keepApart: ['S2'], pinnedGroup: 1 } : i === 1 ? { pinnedGroup: 1 } : {}));
    expect(kinds(formGroups(b, { size: 4 }))).toContain('pin-apart');
  });
  it('a conflict of several kinds of rules lists exactly the rules needed, in one language', () => {
    // Pairs of two (no mix): S1 pinned to 1, S2 pinned to 2, S3 must be apart from both, and S4..S6 fill
    // groups 3–4 with S4 apart from S3 and S5 apart from S3 and S6 apart from S3: S3 has nowhere to go.
    const students = ranked(8, (i) =>
      i === 0
        ? { pinnedGroup: 1 }
        : i === 1
          ? { pinnedGroup: 2 }
          : i === 2
            ? { keepApart: ['S1', 'S2', 'S4', 'S5', 'S6', 'S7', 'S8'] }
            : {},
    );
    const c = conflictsOf(formGroups(students, { size: 2, mix: null }))[0]!;
    expect(['rules-conflict', 'apart-clique']).toContain(c.kind);
    const zh = explainConflict(c, 'zh');
    expect(zh).toContain('名S3');
    expect(zh).not.toMatch(/must|apart/);
  });
  it('bad sizes, empty rosters and duplicate ids are refused in words', () => {
    expect(kinds(formGroups([], { size: 4 }))).toEqual(['no-students']);
    const g = one(formGroups(ranked(5), { groups: 9 }), 'groups-invalid');
    expect(explainConflict(g, 'zh')).toContain('1到5');
    expect(kinds(formGroups(ranked(5), { size: 0 }))).toEqual(['size-invalid']);
    expect(kinds(formGroups([student('A', { total: 1 }), student('A', { total: 2 })], { size: 2 }))).toEqual([
      'duplicate-id',
    ]);
  });
  it('rules that can hold produce groups', () => {
    const students = ranked(12, (i) =>
      i === 0 ? { keepApart: ['S2'], pinnedGroup: 3 } : i === 4 ? { keepTogether: ['S12'] } : {},
    );
    expect(formGroups(students, { size: 4, mix: [2, 1, 1] }).ok).toBe(true);
  });
});
