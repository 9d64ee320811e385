/** The 分组/Groups sheet layout (shared/grouping/sheet.ts): built from a grouping, read back by sheetToGroups. */
import { describe, expect, it } from 'vitest';
import { formGroups } from '../../shared/grouping/index.ts';
import { groupingToSheet, sheetToGroups } from '../../shared/grouping/sheet.ts';
import type { Grouping } from '../../shared/grouping/types.ts';
import { ranked } from '../support/students.ts';

const students = ranked(10, (i) => (i === 0 ? { name: '=HYPERLINK("x")' } : {}));
const meta = { createdAt: '2026-11-23 09:00', seed: 7, sheetRosterName: '名单' };

const grouping = (lang: 'zh' | 'en'): Grouping => {
  const outcome = formGroups(students, { size: 4, seed: 7, lang, timeLimitMs: 50 });
  if (!outcome.ok || !outcome.rounds[0]) throw new Error('no grouping');
  return outcome.rounds[0];
};

describe('groupingToSheet', () => {
  it('writes a members table that sheetToGroups reads back as the same grouping', () => {
    for (const lang of ['zh', 'en'] as const) {
      const g = grouping(lang);
      const back = sheetToGroups(groupingToSheet(g, students, lang, meta).rows);
      expect(back?.map((x) => x.name)).toEqual(g.groups.map((x) => x.name));
      expect(back?.map((x) => x.members.map((m) => m.id))).toEqual(g.groups.map((x) => x.members.map((m) => m.id)));
    }
  });

  it('keeps untrusted text as text: a name that looks like a formula gets the apostrophe', () => {
    const cells = groupingToSheet(grouping('zh'), students, 'zh', meta).rows.flat();
    expect(cells).toContain(`'=HYPERLINK("x")`);
    expect(cells).not.toContain('=HYPERLINK("x")');
  });

  it('marks header rows and one seat box per group, all inside the layout, with no holes in the seat rows', () => {
    const g = grouping('en');
    const layout = groupingToSheet(g, students, 'en', meta);
    expect(layout.rows[0]?.slice(0, 2)).toEqual(['Huzhu grouping', "'2026-11-23 09:00"]);
    expect(layout.seatBoxes).toHaveLength(g.groups.length);
    for (const r of layout.headerRows) expect(r).toBeGreaterThanOrEqual(1);
    for (const r of layout.headerRows) expect(r).toBeLessThanOrEqual(layout.rows.length);
    for (const b of layout.seatBoxes) expect(b.row + b.rows - 1).toBeLessThanOrEqual(layout.rows.length);
    for (const row of layout.rows) for (const c of row) expect(c).toBeDefined();
  });
});

describe('sheetToGroups', () => {
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
  });

  it('reads the English header and numeric ids', () => {
    expect(
      sheetToGroups([
        ['Group', 'Student ID', 'Name'],
        ['Group 1', 7, 'Ann'],
      ]),
    ).toEqual([{ name: 'Group 1', members: [{ id: '7', name: 'Ann', role: '' }] }]);
  });

  it('gives null for a sheet without a members table', () => {
    expect(sheetToGroups([['姓名'], ['甲']])).toBeNull();
  });
});
