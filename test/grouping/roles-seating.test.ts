import { describe, expect, it } from 'vitest';
import { assignRoles, DEFAULT_ROLE_NAMES, subjectRoleName } from '../../shared/grouping/roles.ts';
import { centreOut, seatGroup } from '../../shared/grouping/seating.ts';
import { student } from '../support/students.ts';

const four = [
  student('A', { total: 300, subjects: { 语文: 100, 数学: 100, 英语: 100 } }),
  student('B', { total: 270, subjects: { 语文: 95, 数学: 80, 英语: 95 } }),
  student('C', { total: 240, subjects: { 语文: 70, 数学: 90, 英语: 80 } }),
  student('D', { total: 200, subjects: { 语文: 60, 数学: 70, 英语: 70 } }),
];
const subjects = ['语文', '数学', '英语'];

describe('roles', () => {
  it('without a leader candidate the leader is the strongest; subject roles spread over the others (one role each)', () => {
    const m = assignRoles(four, subjects, DEFAULT_ROLE_NAMES.zh, 'zh');
    expect(m.map((x) => x.role)).toEqual(['组长', '语文组长', '数学组长', '英语组长']);
  });
  it('one subject leader per subject, each the best in it among members still without a role', () => {
    const m = assignRoles(
      [...four, student('E', { total: 150, subjects: { 语文: 50, 数学: 50, 英语: 30 } })],
      subjects,
      DEFAULT_ROLE_NAMES.zh,
      'zh',
    );
    const holder = (sub: string) => m.find((x) => x.roles.some((r) => r.subject === sub))!.id;
    expect([holder('语文'), holder('数学'), holder('英语')]).toEqual(['B', 'C', 'D']);
    expect(m.find((x) => x.id === 'E')!.role).toBe('记录员');
  });
  it('a leader candidate is preferred; roles display joined with 、 when someone must hold two', () => {
    const withCand = four.map((s) => (s.id === 'B' ? { ...s, leaderCandidate: true } : s));
    const m = assignRoles(withCand, subjects, DEFAULT_ROLE_NAMES.zh, 'zh');
    expect(m.find((x) => x.id === 'B')!.role).toBe('组长');
    expect(m.find((x) => x.id === 'A')!.role).toBe('语文组长');
    expect(m.filter((x) => x.roles.some((r) => r.key === 'leader'))).toHaveLength(1);
    const pair = assignRoles(four.slice(0, 2), subjects, DEFAULT_ROLE_NAMES.zh, 'zh');
    expect(pair.map((x) => x.role)).toEqual(['组长、数学组长', '语文组长、英语组长']);
  });
  it('English names and custom role names', () => {
    const m = assignRoles(four, subjects, DEFAULT_ROLE_NAMES.en, 'en');
    expect(m.map((x) => x.role)).toEqual(['Leader', '语文 leader', '数学 leader', '英语 leader']);
    expect(subjectRoleName('{subject}代表', '数学', 'zh')).toBe('数学代表');
    expect(subjectRoleName('学科组长', '数学', 'zh')).toBe('数学组长');
    expect(subjectRoleName('Subject leader', 'Math', 'en')).toBe('Math leader');
    const custom = assignRoles(four, [], { leader: '队长', subjectLeader: '学科长', recorder: '书记' }, 'zh');
    expect(custom.find((x) => x.id === 'A')!.role).toBe('队长');
    expect(custom.filter((x) => x.role === '书记')).toHaveLength(1);
  });
  it('every group has exactly one leader', () => {
    const m = assignRoles(four.slice(0, 1), subjects, DEFAULT_ROLE_NAMES.zh, 'zh');
    expect(m[0]!.roles.filter((r) => r.key === 'leader')).toHaveLength(1);
  });
});

describe('seating', () => {
  it('2×2 for four, 2×3 for six, front row first, every member seated once', () => {
    const m4 = assignRoles(four, subjects, DEFAULT_ROLE_NAMES.zh, 'zh');
    const s4 = seatGroup(m4);
    expect(s4.map((r) => r.length)).toEqual([2, 2]);
    expect(s4.flat().sort()).toEqual(['A', 'B', 'C', 'D']);
    const six = [...four, student('E', { total: 150 }), student('F', { total: 100 })];
    const s6 = seatGroup(assignRoles(six, subjects, DEFAULT_ROLE_NAMES.zh, 'zh'));
    expect(s6.map((r) => r.length)).toEqual([3, 3]);
    expect(s6.flat().filter((x) => x !== null)).toHaveLength(6);
  });
  it('subject leaders sit in the central column of a 2×3 layout', () => {
    const six = [...four, student('E', { total: 150 }), student('F', { total: 100 })];
    const s6 = seatGroup(assignRoles(six, ['语文', '数学'], DEFAULT_ROLE_NAMES.zh, 'zh'));
    expect([s6[0]![1], s6[1]![1]].sort()).toEqual(['B', 'C']); // 语文 and 数学 leaders; A leads the group
  });
  it('five members: the empty seat is at the back', () => {
    const five = [...four, student('E', { total: 150 })];
    const s5 = seatGroup(assignRoles(five, subjects, DEFAULT_ROLE_NAMES.zh, 'zh'));
    expect(s5[0]!.every((x) => x !== null)).toBe(true);
    expect(s5[1]!.filter((x) => x === null)).toHaveLength(1);
  });
  it('centreOut orders columns from the middle', () => {
    expect(centreOut(3)).toEqual([1, 0, 2]);
    expect(centreOut(1)).toEqual([0]);
  });
});
