import { describe, expect, it } from 'vitest';
import { sheetToGroups } from '../../shared/grouping/sheet.ts';
import { formGroupsRequest, open, ROSTER_ZH } from './helpers.ts';

describe('reading the current grouping back from the Groups sheet', () => {
  it('follows the members table, a blank group cell meaning "same group as above", until a blank row', () => {
    const values = [
      ['互助分组', '2026-11-23 09:00'],
      [],
      ['小组', '学号', '姓名', '角色'],
      ['第1组', 'S1', '甲', '组长'],
      ['', 'S2', '乙', ''],
      ['第2组', 'S3', '丙', ''],
      ['第1组', 'S4', '丁', ''], // rows need not be sorted
      ['', '', '', ''],
      ['小组统计'],
      ['第9组', 'X', 'not a member', ''],
    ];
    expect(sheetToGroups(values)).toEqual([
      {
        name: '第1组',
        members: [
          { id: 'S1', name: '甲', role: '组长' },
          { id: 'S2', name: '乙', role: '' },
          { id: 'S4', name: '丁', role: '' },
        ],
      },
      { name: '第2组', members: [{ id: 'S3', name: '丙', role: '' }] },
    ]);
    expect(
      sheetToGroups([
        ['Group', 'Student ID', 'Name'],
        ['Group 1', 7, 'Ann'],
      ]),
    ).toEqual([{ name: 'Group 1', members: [{ id: '7', name: 'Ann', role: '' }] }]);
    expect(sheetToGroups([['姓名'], ['甲']])).toBeNull();
  });

  it('a student moved by editing the group cell is scored in the new group', async () => {
    const s = await open({ workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    s.call('formGroupsRun', formGroupsRequest);
    const sheet = s.si.workbook.sheet('分组');
    const values = sheet.values();
    const header = values.findIndex((r) => r[0] === '小组' && r[1] === '学号');
    const moved = values[header + 1]!;
    const target = values.slice(header + 1).find((r) => r[0] !== moved[0])![0] as string;
    sheet.write(header + 2, 1, target); // the teacher types another group name in the cell
    const st = s.call('scoringState');
    const group = st.groups.find((g: { name: string }) => g.name === target);
    expect(group.members.map((m: { id: string }) => m.id)).toContain(moved[1]);
    const r = s.call('awardPoints', { studentIds: [moved[1]], category: '学习', points: 2 });
    expect(r.entries[0].group).toBe(target);
  });
});
