import { describe, expect, it } from 'vitest';
import { formGroupsRequest, open, ROSTER_ZH } from './helpers.ts';

// The layout itself (groupingToSheet, sheetToGroups) is tested in test/grouping/sheet.test.ts.
describe('reading the current grouping back from the Groups sheet', () => {
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
    const group = st.groups.find((g: { name: string }) => g.name === target)!;
    expect(group.members.map((m: { id: string }) => m.id)).toContain(moved[1]);
    const r = s.call('awardPoints', { studentIds: [moved[1]], category: '学习', points: 2 });
    expect(r.entries[0]!.group).toBe(target);
  });
});
