/**
 * Rosters as teachers really bring them: the inputs that once lost or misread students, each exactly as found,
 * with what the teacher must see instead.
 */
import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '../../shared/roster/csv.ts';
import { formatProblem, hasErrors, parseRosterRows } from '../../shared/roster/index.ts';
import { matchPrevious } from '../../shared/roster/previous.ts';
import type { RosterProblem } from '../../shared/roster/types.ts';

const codes = (ps: readonly RosterProblem[]) => ps.map((p) => p.code);
const zh = (ps: readonly RosterProblem[]) => ps.map((p) => formatProblem(p, 'zh'));
const names = ['郑子涵', '宋浩然', '陈欣怡', '杜梓轩', '田悦然', '彭静怡', '朱晨阳', '何雨桐'];

describe('rows are never merged or dropped', () => {
  it('a CRLF header over LF rows reads all 8 students with their own totals', () => {
    const rows = names.map((n, i) => `${2024001 + i},${n},${i % 2 ? '女' : '男'},${60 + i},${70 + i},${80 + i}`);
    const csv = `学号,姓名,性别,语文,数学,英语\r\n${rows.join('\n')}\n`;
    const { roster, problems } = parseRosterCsv(new TextEncoder().encode(csv));
    expect(hasErrors(problems)).toBe(false);
    expect(roster?.students.map((s) => s.name)).toEqual(names);
    expect(roster?.students.map((s) => s.total)).toEqual(names.map((_, i) => 210 + 3 * i));
  });

  it('LF rows after CR-only line breaks (old Mac Excel) read the same', () => {
    const csv = `学号,姓名,数学\r1,甲,90\n2,乙,80\r\n3,丙,70`;
    expect(parseRosterCsv(csv).roster?.students.map((s) => s.total)).toEqual([90, 80, 70]);
  });

  it("two tab-separated columns ending in a line break (Excel's Unicode text, UTF-16) read as two columns", () => {
    const tsv = `姓名\t总分\r\n${names.map((n, i) => `${n}\t${70 + i}`).join('\r\n')}\r\n`;
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(tsv, (c) => c.charCodeAt(0)).buffer)]);
    const { roster, problems } = parseRosterCsv(bytes);
    expect(hasErrors(problems)).toBe(false);
    expect(roster?.students.map((s) => s.name)).toEqual(names);
    expect(roster?.students.map((s) => s.total)).toEqual(names.map((_, i) => 70 + i));
  });

  it('a comma inside a tab-separated header does not change the separator', () => {
    const tsv = '姓名\t总分\t备注（语文,数学）\n甲\t90\t好\n乙\t80\t\n';
    expect(parseRosterCsv(tsv).roster?.students.map((s) => s.total)).toEqual([90, 80]);
  });

  it('an unterminated quote is an error on its row, not one student holding the class', () => {
    const csv = '学号,姓名,数学\n1,甲,90\n2,"乙,80\n3,丙,70\n4,丁,60\n';
    const { problems } = parseRosterCsv(csv);
    expect(hasErrors(problems)).toBe(true);
    const quote = problems.find((p) => p.code === 'csv-quotes');
    expect(quote?.row).toBe(3);
    expect(formatProblem(quote as RosterProblem, 'zh')).toMatch(/^第3行：这一行的引号没有配对/);
  });

  it('a score cell holding two numbers on two lines is an error, never the number 5152', () => {
    const csv = '学号,姓名,数学\n1,甲,"51\n52"\n2,乙,80\n';
    const { roster, problems } = parseRosterCsv(csv);
    expect(codes(problems)).toContain('not-a-number');
    expect(zh(problems).find((l) => l.includes('不是数字'))).toMatch(/^第2行，C \(数学\)列/);
    expect(roster?.students.map((s) => s.total)).toEqual([null, 80]);
  });

  it('a score with a space inside is an error; "85 分" and "８５" are fine', () => {
    const { roster, problems } = parseRosterRows([
      ['姓名', '数学'],
      ['甲', '8 5'],
      ['乙', '85 分'],
      ['丙', '８５'],
    ]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.row)).toEqual([2]);
    expect(roster?.students.map((s) => s.total)).toEqual([null, 85, 85]);
  });
});

describe('序号 and other row counters', () => {
  const rows = (list: string[]) => [
    ['序号', '姓名', '性别', '语文', '数学', '英语'],
    ...list.map((n, i) => [String(i + 1), n, i % 2 ? '女' : '男', String(90 - i), String(80 + i), String(70 + i)]),
  ];

  it('序号 is the id (a row counter), never a subject added into the total', () => {
    const { roster, problems } = parseRosterRows(rows(names));
    expect(hasErrors(problems)).toBe(false);
    expect(roster?.subjects).toEqual(['语文', '数学', '英语']);
    expect(roster?.idSource).toBe('counter');
    expect(roster?.students[2]).toMatchObject({ id: '3', name: '陈欣怡', total: 88 + 82 + 72 });
  });

  it('a numeric column that counts 1…N down the rows is not a subject, and the teacher is told', () => {
    const { roster, problems } = parseRosterRows([
      ['学号', '姓名', '座次', '数学'],
      ...names.map((n, i) => [`S${i}`, n, i + 1, 60 + ((i * 7) % 30)]),
    ]);
    expect(roster?.subjects).toEqual(['数学']);
    expect(zh(problems)).toContain('C (座次)列：“座次”这一列是从1往下数的编号，不是成绩，没有计入总分。');
  });

  it('after a student leaves, an earlier grouping follows names, not renumbered 序号', () => {
    const before = parseRosterRows(rows(names)).roster;
    const after = parseRosterRows(rows(names.filter((n) => n !== '宋浩然'))).roster;
    if (!before || !after) throw new Error('rosters expected');
    // The earlier grouping as the groups sheet stores it: id (the old 序号) and name of each member.
    const previous = [before.students.slice(0, 4), before.students.slice(4)].map((g) =>
      g.map((s) => ({ id: s.id, name: s.name })),
    );
    const matched = matchPrevious(previous, after);
    const nameOf = new Map(after.students.map((s) => [s.id, s.name]));
    expect(matched.groups.map((g) => g.map((id) => nameOf.get(id)))).toEqual([
      ['郑子涵', '陈欣怡', '杜梓轩'],
      ['田悦然', '彭静怡', '朱晨阳', '何雨桐'],
    ]);
  });

  it('with a real 学号 column an earlier grouping follows ids, and duplicate names are said', () => {
    const roster = parseRosterRows([
      ['学号', '姓名'],
      ['A1', '王芳'],
      ['A2', '王芳'],
      ['A3', '李雷'],
    ]).roster;
    if (!roster) throw new Error('roster expected');
    expect(roster.idSource).toBe('column');
    const byId = matchPrevious([[{ id: 'A2', name: '王芳' }, { name: '李雷' }]], roster);
    expect(byId.groups).toEqual([['A2', 'A3']]);
    const byName = matchPrevious([[{ name: '王芳' }]], roster);
    expect(byName.groups).toEqual([[]]);
    expect(byName.warnings[0]?.zh).toContain('同名的学生（王芳）');
  });
});

describe('headers', () => {
  it('two 数学 columns are an error naming both columns, not a silently wrong total', () => {
    const { problems } = parseRosterRows([
      ['姓名', '数学', '语文', '数学'],
      ['甲', 90, 80, 70],
    ]);
    expect(hasErrors(problems)).toBe(true);
    expect(zh(problems)).toContain(
      'D (数学)列：B列和D列的表头都是“数学”。请给其中一列改个名字（如“数学2”）或删掉多余的一列。',
    );
  });

  it('zero-width and other invisible characters in headers and names are ignored', () => {
    const { roster, problems } = parseRosterRows([
      ['\u200b姓名', '数\u200b学', '性别\ufeff'],
      ['张\u200d三', 90, '男'],
    ]);
    expect(problems).toEqual([]);
    expect(roster?.subjects).toEqual(['数学']);
    expect(roster?.students[0]).toMatchObject({ name: '张三', gender: 'M', total: 90 });
  });
});

describe('students who left and summary rows', () => {
  const rows = [
    ['学号', '姓名', '数学', '备注'],
    ['1', '郑子涵', 90, ''],
    ['2', '朱晨阳', 85, '已转学'],
    ['3', '陈欣怡', 80, '转学来的'],
    ['4', '杜梓轩', 75, '休学'],
    ['', '平均分', 82.5, ''],
    ['5', 'Tom', 70, 'transferred'],
  ];

  it('are not grouped by default, and the teacher sees who and why', () => {
    const { roster, problems } = parseRosterRows(rows);
    expect(roster?.students.map((s) => s.name)).toEqual(['郑子涵', '陈欣怡']);
    expect(roster?.departed.map((d) => [d.name, d.status])).toEqual([
      ['朱晨阳', '已转学'],
      ['杜梓轩', '休学'],
      ['Tom', 'transferred'],
    ]);
    const lines = zh(problems);
    expect(lines.some((l) => l.includes('未分组：朱晨阳（已转学）、杜梓轩（休学）、Tom（transferred）'))).toBe(true);
    expect(lines).toContain('B (姓名)列：第6行是统计行（平均分、合计之类），不是学生，已跳过。');
    expect(hasErrors(problems)).toBe(false);
  });

  it('are kept when the teacher asks', () => {
    const { roster } = parseRosterRows(rows, { keepDeparted: true });
    expect(roster?.students.map((s) => s.name)).toEqual(['郑子涵', '朱晨阳', '陈欣怡', '杜梓轩', 'Tom']);
  });

  it('summary rows in English are skipped too', () => {
    const { roster } = parseRosterRows([
      ['Name', 'Math'],
      ['Ann', 90],
      ['Average', 90],
      ['TOTAL:', 90],
    ]);
    expect(roster?.students.map((s) => s.name)).toEqual(['Ann']);
  });
});

describe('missing values are named', () => {
  it('students without gender are listed once, and the gender balance ignores them', () => {
    const { problems } = parseRosterRows([
      ['姓名', '性别', '数学'],
      ['甲', '男', 90],
      ['乙', '', 80],
      ['丙', '', 70],
    ]);
    expect(zh(problems)).toContain('B (性别)列：2名学生没有填性别：乙、丙。男女比例只按其余学生均衡。');
  });

  it('a student without a score is named and placed by the other rules', () => {
    const { problems } = parseRosterRows([
      ['姓名', '数学'],
      ['甲', 90],
      ['乙', ''],
    ]);
    expect(zh(problems)).toContain('第3行，B (数学)列：乙没有完整的各科成绩，分组时按全班中等水平安排，其他规则照常。');
  });
});

describe('keep-apart and keep-together with English names', () => {
  it('a name with a space matches as a whole; several names in one cell still split', () => {
    const { roster, problems } = parseRosterRows([
      ['Name', 'Keep apart', 'Keep together'],
      ['Liam Smith', 'Emma Brown, Noah Lee', ''],
      ['Emma Brown', '', 'Olivia  Jones'],
      ['Noah Lee', '', ''],
      ['Olivia Jones', '', ''],
      ['张三', '', '李四 王五'],
      ['李四', '', ''],
      ['王五', '', ''],
    ]);
    expect(problems).toEqual([]);
    const byName = new Map(roster?.students.map((s) => [s.name, s]));
    const ids = (...ns: string[]) => ns.map((n) => byName.get(n)?.id);
    expect(byName.get('Liam Smith')?.keepApart).toEqual(ids('Emma Brown', 'Noah Lee'));
    expect(byName.get('Emma Brown')?.keepTogether).toEqual(ids('Olivia Jones'));
    expect(byName.get('张三')?.keepTogether).toEqual(ids('李四', '王五'));
  });

  it('an unknown name says whose row it is on', () => {
    const { problems } = parseRosterRows([
      ['Name', 'Keep apart'],
      ['Liam Smith', 'Emma Bown'],
      ['Emma Brown', ''],
    ]);
    expect(formatProblem(problems[0] as RosterProblem, 'en')).toBe(
      `Row 2, column B (Keep apart): Liam Smith's row names "Emma Bown", who is not on the roster. Check the spelling of the name or id.`,
    );
  });
});

describe('names that look like numbers, dates or booleans stay as the sheet shows them', () => {
  it('uses the display text for names and ids', () => {
    const looks = ['001', 'TRUE', '3.5', '50%', '1,234', '2024-01-02', '12:30'];
    const stored = [1, true, 3.5, 0.5, 1234, new Date(Date.UTC(2024, 0, 2)), new Date(Date.UTC(1899, 11, 30, 12, 30))];
    const values = [['学号', '姓名', '数学'], ...stored.map((v, i) => [i + 1, v, 80])];
    const display = [['学号', '姓名', '数学'], ...looks.map((t, i) => [String(i + 1), t, '80'])];
    const { roster, problems } = parseRosterRows(values, { display });
    expect(problems).toEqual([]);
    expect(roster?.students.map((s) => s.name)).toEqual(looks);
  });
});

describe('odd values', () => {
  it('a 400-digit score, Infinity and NaN are row/column errors', () => {
    const { problems } = parseRosterRows([
      ['姓名', '数学'],
      ['甲', '9'.repeat(400)],
      ['乙', 'Infinity'],
      ['丙', Number.NaN],
      ['丁', 'NaN'],
      ...['戊', '己', '庚', '辛', '壬'].map((n, i) => [n, 90 - i]),
    ]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'too-large'],
      [3, 'not-a-number'],
      [4, 'not-a-number'],
      [5, 'not-a-number'],
    ]);
    expect(zh(problems)[0]).toMatch(/^第2行，B \(数学\)列：“9{20}…”太大了，不像成绩/);
  });

  it('UTF-16 without a byte-order mark is read, not called an .xlsx', () => {
    const text = `学号,姓名,数学\n1,张三,90\n2,Liam Smith,80\n`;
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    for (const [bytes, enc] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const r = parseRosterCsv(bytes);
      expect(r.encoding).toBe(enc);
      expect(r.roster?.students.map((s) => s.name)).toEqual(['张三', 'Liam Smith']);
    }
  });

  it('says what a binary file is: an .xlsx, an old .xls or a PDF', () => {
    const msg = (bytes: number[]) => parseRosterCsv(new Uint8Array([...bytes, 0, 0, 1, 2])).problems[0]?.message.zh;
    expect(msg([0x50, 0x4b, 0x03, 0x04])).toContain('.xlsx');
    expect(msg([0xd0, 0xcf, 0x11, 0xe0])).toContain('.xls');
    expect(msg([0x25, 0x50, 0x44, 0x46])).toContain('PDF');
  });
});

describe('scale', () => {
  it('reads 200,000 students without a stack overflow, every one of them', () => {
    const lines = ['学号,姓名,性别,数学'];
    for (let i = 0; i < 200_000; i++) lines.push(`${i},学生${i},${i % 2 ? '女' : '男'},${i % 100}`);
    const { roster, problems } = parseRosterCsv(lines.join('\n'));
    expect(hasErrors(problems)).toBe(false);
    expect(roster?.students).toHaveLength(200_000);
    expect(roster?.students[199_999]).toMatchObject({ id: '199999', total: 99 });
  });

  it('thousands of score columns: read, and balanced on the total with a warning', () => {
    const header = ['姓名', ...Array.from({ length: 5000 }, (_, i) => `科目${i}`)];
    const row = (n: string, base: number) => [n, ...Array.from({ length: 5000 }, (_, i) => (base + i) % 100)];
    const { roster, problems } = parseRosterRows([header, row('甲', 1), row('乙', 2), row('丙', 3)]);
    expect(roster?.subjects).toHaveLength(5000);
    expect(codes(problems)).toEqual(['too-many-subjects']);
  });
});
