import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem, hasErrors, parseRosterRows } from '../../shared/roster/index.ts';
import { parseRosterCsv } from '../../shared/roster/csv.ts';
import type { RosterProblem } from '../../shared/roster/types.ts';

const sample = readFileSync('shared/samples/roster.csv');
const codes = (ps: RosterProblem[]) => ps.map((p) => p.code);

describe('encodings', () => {
  it.each([
    ['shared/samples/roster.csv', 'utf-8'],
    ['test/roster/fixtures/roster-gbk.csv', 'gb18030'],
    ['test/roster/fixtures/roster-utf16.csv', 'utf-16le'],
  ])('%s reads as %s with the same students', (path, enc) => {
    const r = parseRosterCsv(readFileSync(path));
    expect(r.encoding).toBe(enc);
    expect(r.roster!.students).toHaveLength(40);
    expect(r.roster!.students[0]!.name).toBe('郑子涵');
    expect(r.roster!.subjects).toEqual(['语文', '数学', '英语']);
  });

  it('an empty file gets its own message, not a missing-header one', () => {
    const r = parseRosterCsv(new Uint8Array());
    expect(r.roster).toBeNull();
    expect(r.problems[0]).toMatchObject({ code: 'empty-file', row: null });
    expect(formatProblem(r.problems[0]!, 'zh')).toContain('文件是空的');
  });

  it('strips a UTF-8 BOM and says so', () => {
    const r = parseRosterCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...sample]));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.roster!.columns[0]!.role).toBe('id');
  });

  it('refuses a binary file (an .xlsx saved under a .csv name) with advice', () => {
    const r = parseRosterCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0]));
    expect(r.roster).toBeNull();
    expect(r.problems[0]!.code).toBe('not-csv');
    expect(r.problems[0]!.message.zh).toContain('另存为 CSV');
  });
});

describe('columns', () => {
  it('recognises Chinese headers, sums subjects into the total, keeps attributes, references and leaders', () => {
    const { roster, problems } = parseRosterCsv(sample);
    expect(hasErrors(problems)).toBe(false);
    const s = roster!.students.find((x) => x.name === '田悦然')!;
    expect(s).toMatchObject({
      id: '2024029',
      gender: 'F',
      total: 139 + 129 + 134,
      subjects: { 语文: 139, 数学: 129, 英语: 134 },
      attributes: { 性格: '温和' },
    });
    const partner = roster!.students.find((x) => x.name === '彭静怡')!;
    expect(s.keepApart).toEqual([partner.id]);
    expect(partner.keepApart).toEqual([s.id]); // symmetric
    expect(roster!.students.filter((x) => x.leaderCandidate)).toHaveLength(3);
    expect(roster!.lang).toBe('zh');
    expect(roster!.headerRow).toBe(1);
  });

  it('recognises English, full-width and mixed-case headers', () => {
    const rows = [
      [
        'ＳＴＵＤＥＮＴ　ＩＤ',
        ' name ',
        'SEX',
        'Total Score',
        'Math',
        'Hobby',
        'Keep Apart',
        'Group',
        'Leader',
        'Phone',
      ],
      ['A1', 'Ann', 'girl', '250', '90', 'chess', '', '2', 'yes', '13800000000'],
      ['A2', 'Bo', 'Male', '200', '70', 'music', 'Ann', '', 'no', '13900000000'],
    ];
    const { roster, problems } = parseRosterRows(rows);
    expect(problems).toEqual([]);
    expect(roster!.columns.map((c) => c.role)).toEqual([
      'id',
      'name',
      'gender',
      'total',
      'subject',
      'attribute',
      'keepApart',
      'pinnedGroup',
      'leader',
      'extra',
    ]);
    expect(roster!.lang).toBe('en');
    expect(roster!.students[0]).toMatchObject({
      id: 'A1',
      gender: 'F',
      total: 250,
      pinnedGroup: 2,
      leaderCandidate: true,
      extra: { Phone: '13800000000' },
    });
    expect(roster!.students[0]!.keepApart).toEqual(['A2']);
  });

  it('uses the 1-based data row number as the id when there is no id column, and finds the header below a title line', () => {
    const rows = [['高一（3）班名单'], ['姓名', '成绩'], ['甲', 90], ['乙', 80]];
    const { roster } = parseRosterRows(rows);
    expect(roster!.headerRow).toBe(2);
    expect(roster!.students.map((s) => [s.id, s.row, s.total])).toEqual([
      ['1', 3, 90],
      ['2', 4, 80],
    ]);
  });

  it('takes numbers, booleans and dates from sheet values as they are', () => {
    const { roster } = parseRosterRows([
      ['学号', '姓名', '数学', '组长', '生日'],
      [1001, '甲', 95.5, true, new Date('2012-03-04T00:00:00Z')],
    ]);
    expect(roster!.students[0]).toMatchObject({
      id: '1001',
      total: 95.5,
      leaderCandidate: true,
      attributes: { 生日: '2012-03-04' },
    });
  });

  it('never treats class, seat or phone numbers as subjects', () => {
    const { roster } = parseRosterRows([
      ['姓名', '班级', '座号', '电话', '数学'],
      ['甲', 3, 12, 13800000000, 88],
    ]);
    expect(roster!.subjects).toEqual(['数学']);
    expect(roster!.students[0]!.extra).toEqual({ 班级: '3', 座号: '12', 电话: '13800000000' });
  });

  it('accepts many ways to write a group number and separators in lists', () => {
    const { roster, problems } = parseRosterRows([
      ['学号', '姓名', '固定组', '同组'],
      ['1', '甲', '第3组', '乙，丙、4'],
      ['2', '乙', 'Group 2', ''],
      ['3', '丙', '１', ''],
      ['4', '丁', '', ''],
    ]);
    expect(codes(problems)).toEqual([]);
    expect(roster!.students.map((s) => s.pinnedGroup)).toEqual([3, 2, 1, null]);
    expect(roster!.students[0]!.keepTogether).toEqual(['2', '3', '4']);
  });
});

describe('problems name the row, the column and what to do', () => {
  it('an empty name, a duplicate id and "九十" in a score column are errors', () => {
    const { problems } = parseRosterRows([
      ['学号', '姓名', '数学'],
      ['1', '甲', '90'],
      ['2', '', '80'],
      ['1', '丙', '九十'],
    ]);
    expect(hasErrors(problems)).toBe(true);
    const lines = problems.map((p) => formatProblem(p, 'zh'));
    expect(lines).toContain('第3行，B (姓名)列：姓名是空的。请填上姓名，或删除这一行。');
    expect(lines.some((l) => l.startsWith('第4行，A (学号)列：学号“1”和第2行（甲）重复'))).toBe(true);
    expect(lines.some((l) => l.startsWith('第4行，C (数学)列：“九十”不是数字'))).toBe(true);
    expect(formatProblem(problems.find((p) => p.code === 'not-a-number')!, 'en')).toMatch(
      /^Row 4, column C \(数学\): "九十" is not a number/,
    );
  });

  it('a keep-apart name that matches nobody, or two people, is an error naming the rows', () => {
    const { problems } = parseRosterRows([
      ['学号', '姓名', '不同组'],
      ['1', '王芳', '李雷'],
      ['2', '张伟', ''],
      ['3', '张伟', ''],
      ['4', '韩梅', '张伟'],
    ]);
    const unknown = problems.find((p) => p.code === 'unknown-reference')!;
    expect(unknown).toMatchObject({ row: 2, column: 'C (不同组)' });
    expect(unknown.message.zh).toContain('李雷');
    const amb = problems.find((p) => p.code === 'ambiguous-reference')!;
    expect(amb.row).toBe(5);
    expect(amb.message.zh).toContain('第3、4行');
  });

  it('an id resolves even when names repeat', () => {
    const { roster, problems } = parseRosterRows([
      ['学号', '姓名', '不同组'],
      ['1', '张伟', ''],
      ['2', '张伟', ''],
      ['3', '韩梅', '2'],
    ]);
    expect(hasErrors(problems)).toBe(false);
    expect(roster!.students[2]!.keepApart).toEqual(['2']);
  });

  it('a missing header row is an error that says which column is needed', () => {
    const { roster, problems } = parseRosterRows([
      ['1', '甲', '90'],
      ['2', '乙', '80'],
    ]);
    expect(roster).toBeNull();
    expect(problems[0]).toMatchObject({ code: 'no-header', row: null });
    expect(formatProblem(problems[0]!, 'en')).toContain('"Name"');
  });

  it('a header without students is an error; blank rows are skipped silently', () => {
    expect(codes(parseRosterRows([['姓名', '数学'], ['', ''], []]).problems)).toEqual(['no-students']);
    const r = parseRosterRows([
      ['姓名', '数学'],
      ['甲', 1],
      ['', ''],
      ['乙', 2],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.roster!.students.map((s) => s.row)).toEqual([2, 4]);
  });

  it('unknown genders and missing scores are warnings, not errors', () => {
    const { roster, problems } = parseRosterRows([
      ['姓名', '性别', '数学'],
      ['甲', '未知', ''],
      ['乙', '女', '80'],
    ]);
    expect(hasErrors(problems)).toBe(false);
    expect(codes(problems).sort()).toEqual(['missing-score', 'unknown-gender']);
    expect(roster!.students[0]).toMatchObject({ gender: null, total: null });
  });

  it('a student both kept apart from and kept together with another is a conflict to fix', () => {
    const { problems } = parseRosterRows([
      ['姓名', '不同组', '同组'],
      ['甲', '乙', '乙'],
      ['乙', '', ''],
    ]);
    expect(codes(problems)).toContain('apart-and-together');
  });
});
