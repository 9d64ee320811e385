import { describe, expect, it } from 'vitest';
import { formGroups } from '../../shared/grouping/index.ts';
import { ranked, student } from './helpers.ts';

const conflictsOf = (out: ReturnType<typeof formGroups>) => (out.ok ? [] : out.conflicts);

describe('conflicts are reported before solving, naming the students', () => {
  it('five students who must all be apart cannot fit in three groups', () => {
    const ids = ['S1', 'S2', 'S3', 'S4', 'S5'];
    const students = ranked(12, (i) => (i < 5 ? { keepApart: ids.filter((x) => x !== `S${i + 1}`) } : {}));
    const c = conflictsOf(formGroups(students, { groups: 3 }));
    expect(c.map((x) => x.code)).toContain('keep-apart-impossible');
    const k = c.find((x) => x.code === 'keep-apart-impossible')!;
    expect([...k.students].sort()).toEqual(ids);
    expect(k.message.zh).toContain('名S1（S1）');
    expect(k.message.zh).toContain('3个组');
    expect(k.message.en).toContain('only 3 groups');
  });
  it('a pin beyond the last group says which student and how many groups there are', () => {
    const students = ranked(8, (i) => (i === 2 ? { pinnedGroup: 5 } : {}));
    const c = conflictsOf(formGroups(students, { size: 4 }));
    expect(c).toHaveLength(1);
    expect(c[0]!.code).toBe('pin-out-of-range');
    expect(c[0]!.students).toEqual(['S3']);
    expect(c[0]!.message.zh).toContain('第5组');
    expect(c[0]!.message.en).toContain('only 2 groups');
  });
  it('a keep-together block larger than a group', () => {
    const students = ranked(12, (i) => (i < 5 ? { keepTogether: ['S1'] } : {}));
    const c = conflictsOf(formGroups(students, { size: 4 }));
    expect(c.map((x) => x.code)).toContain('together-too-large');
    expect(c.find((x) => x.code === 'together-too-large')!.students.sort()).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
  });
  it('together and apart at once (through a chain of together rules)', () => {
    const students = ranked(8, (i) =>
      i === 0 ? { keepTogether: ['S2'], keepApart: ['S3'] } : i === 1 ? { keepTogether: ['S3'] } : {},
    );
    const c = conflictsOf(formGroups(students, { size: 4 }));
    const t = c.find((x) => x.code === 'together-apart')!;
    expect(t.students).toEqual(['S1', 'S3']);
    expect(t.message.en).toContain('both together');
  });
  it('two top students kept together break a 1:1 pairing (one strong, one struggling per pair)', () => {
    const students = ranked(8, (i) => (i === 0 ? { keepTogether: ['S2'] } : {}));
    const c = conflictsOf(formGroups(students, { size: 2, mix: [1, 1] }));
    const m = c.find((x) => x.code === 'mix-impossible')!;
    expect(m.students.sort()).toEqual(['S1', 'S2']);
    expect(m.message.zh).toContain('1:1');
  });
  it('the same student together in different pinned groups', () => {
    const students = ranked(8, (i) =>
      i === 0 ? { keepTogether: ['S2'], pinnedGroup: 1 } : i === 1 ? { pinnedGroup: 2 } : {},
    );
    expect(conflictsOf(formGroups(students, { size: 4 })).map((x) => x.code)).toContain('together-pins');
  });
  it('two keep-apart students pinned to the same group', () => {
    const students = ranked(8, (i) =>
      i === 0 ? { keepApart: ['S2'], pinnedGroup: 1 } : i === 1 ? { pinnedGroup: 1 } : {},
    );
    expect(conflictsOf(formGroups(students, { size: 4 })).map((x) => x.code)).toContain('pin-apart');
  });
  it('bad sizes and empty rosters are refused with a message in both languages', () => {
    const c1 = conflictsOf(formGroups([], { size: 4 }));
    expect(c1[0]!.code).toBe('size-invalid');
    const c2 = conflictsOf(formGroups(ranked(5), { groups: 9 }));
    expect(c2[0]!.message.zh).toContain('1到5');
    const c3 = conflictsOf(formGroups(ranked(5), { size: 0 }));
    expect(c3[0]!.code).toBe('size-invalid');
  });
  it('duplicate ids are refused', () => {
    const c = conflictsOf(formGroups([student('A', { total: 1 }), student('A', { total: 2 })], { size: 2 }));
    expect(c[0]!.code).toBe('duplicate-id');
  });
  it('rules that can hold produce groups', () => {
    const students = ranked(12, (i) =>
      i === 0 ? { keepApart: ['S2'], pinnedGroup: 3 } : i === 4 ? { keepTogether: ['S12'] } : {},
    );
    const out = formGroups(students, { size: 4, mix: [2, 1, 1] });
    expect(out.ok).toBe(true);
  });
});
