/**
 * Names that look like numbers, booleans, dates or times stay exactly as the teacher typed them everywhere the
 * add-on writes them: the groups sheet, the points log, the tallies and the sidebar's data.
 */
import { describe, expect, it } from 'vitest';
import { LOG_COL } from '../../shared/points/log.ts';
import { open, formulasIn } from './helpers.ts';

const NAMES = ['001', 'TRUE', '3.5', '50%', '1,234', '2024-01-02', '12:30', '=1+1'];

describe('names that look like other types', () => {
  it('stay text in the groups sheet, the log, the tallies and the sidebar', async () => {
    // Typed with a leading apostrophe, as a teacher keeps "001" a name in Sheets.
    const rows = [['学号', '姓名', '数学'], ...NAMES.map((n, i) => [`S${i + 1}`, `'${n}`, 60 + i * 3])];
    const s = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: rows } } });
    const r = s.call('formGroupsRun', { by: 'size', value: 4, mix: 'none', seed: 1 });
    expect(r.ok).toBe(true);
    const groupsSheet = s.si.workbook.sheet(r.sheetName).values();
    const inGroups = groupsSheet.flat().filter((c) => NAMES.includes(String(c)));
    for (const n of NAMES) expect(inGroups).toContain(n);
    expect(groupsSheet.flat().filter((c) => typeof c !== 'string' && NAMES.map(Number).includes(Number(c)))).toEqual(
      [],
    );

    const st = s.call('scoringState');
    const members: { id: string; name: string }[] = st.groups.flatMap(
      (g: { members: { id: string; name: string }[] }) => g.members,
    );
    expect(members.map((m) => m.name).sort()).toEqual([...NAMES].sort());
    for (const m of members)
      expect(s.call('awardPoints', { studentIds: [m.id], category: '学习', points: 2 }).ok).toBe(true);
    const logNames = s.si.workbook
      .sheet('积分记录')
      .values()
      .slice(1)
      .map((row) => row[LOG_COL.name]);
    expect(logNames.sort()).toEqual([...NAMES].sort());
    expect(formulasIn(s.si.workbook.sheet('积分记录'))).toEqual([]);

    expect(s.call('updateTallies').ok).toBe(true);
    const tallies = s.si.workbook.sheet('积分汇总').values().flat();
    for (const n of NAMES) expect(tallies).toContain(n);
  });
});
