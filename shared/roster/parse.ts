/**
 * Rows of cells → Roster. The one code path for CSV (after papaparse) and for sheet values (Apps Script
 * getValues()), so a roster reads the same wherever it comes from. Stages: find the header row → classify
 * columns → read each student → resolve keep-apart / keep-together references → checks across rows.
 */
import { cellText, readGender, readGroupNumber, readNumber, readYesNo, splitList } from './cells.ts';
import { columnLetter, fixedRole, isNeverAttribute, isNeverSubject, isWeakId } from './headers.ts';
import type { Column, Roster, RosterProblem, RosterResult, Student } from './types.ts';
import type { Localized } from '../i18n/localized.ts';

/** How far down to look for the header row: class rosters often start with a title line or two. */
const HEADER_SEARCH_ROWS = 10;

const hasCjk = (s: string): boolean => /[\u3400-\u9fff]/u.test(s);

class Problems {
  list: RosterProblem[] = [];
  add(
    severity: RosterProblem['severity'],
    code: string,
    row: number | null,
    column: Column | null,
    message: Localized,
  ): void {
    this.list.push({ severity, code, row, column: column ? `${column.letter} (${column.header})` : null, message });
  }
}

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((c) => cellText(c) === '');
}

/** The first row (of the first few) that has a name column. */
function findHeaderRow(rows: readonly (readonly unknown[])[]): number {
  return rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.some((c) => fixedRole(cellText(c)) === 'name'));
}

/** A column is numeric when most of its filled cells are numbers; the odd "九十" is then an error to fix. */
function mostlyNumeric(rows: readonly (readonly unknown[])[], col: number): boolean {
  let filled = 0;
  let numeric = 0;
  for (const row of rows) {
    const v = row[col];
    if (cellText(v) === '') continue;
    filled++;
    const r = readNumber(v);
    if (r.ok && r.value !== null) numeric++;
  }
  return filled > 0 && numeric / filled >= 0.5;
}

function classify(header: readonly unknown[], data: readonly (readonly unknown[])[], problems: Problems): Column[] {
  const columns: Column[] = [];
  const taken = new Set<string>();
  const width = Math.max(header.length, ...data.map((r) => r.length));
  for (let i = 0; i < width; i++) {
    const text = cellText(header[i]);
    const col: Column = { index: i, header: text || columnLetter(i), letter: columnLetter(i), role: 'extra' };
    const role = text ? fixedRole(text) : null;
    if (!text) {
      if (data.some((r) => cellText(r[i]) !== ''))
        problems.add('warning', 'no-column-header', null, col, {
          zh: '这一列有内容但没有表头，已原样保留，不参与分组。若要使用，请在第一行写上列名。',
          en: 'This column has data but no header: kept as is, not used for grouping. Add a header to use it.',
        });
    } else if (role && !taken.has(role)) {
      col.role = role;
      taken.add(role);
    } else if (role) {
      problems.add('warning', 'duplicate-column', null, col, {
        zh: `已经有一列被当作“${text}”使用，这一列原样保留。`,
        en: `Another column already serves as "${text}"; this one is kept as is.`,
      });
    } else if (isNeverSubject(text) || isNeverAttribute(text)) {
      col.role = 'extra';
    } else if (mostlyNumeric(data, i)) {
      col.role = 'subject';
    } else if (data.some((r) => cellText(r[i]) !== '')) {
      col.role = 'attribute';
    }
    columns.push(col);
  }
  if (!taken.has('id')) {
    const weak = columns.find((c) => c.role === 'extra' && isWeakId(c.header));
    if (weak) weak.role = 'id';
  }
  return columns;
}

const scoreMsg = (raw: string): Localized => ({
  zh: `“${raw}”不是数字。请填阿拉伯数字（如 92），缺考或没有成绩就留空。`,
  en: `"${raw}" is not a number. Write digits (e.g. 92); leave the cell empty when there is no score.`,
});

export function parseRosterRows(rows: readonly (readonly unknown[])[]): RosterResult {
  const problems = new Problems();
  const h = findHeaderRow(rows);
  if (h < 0) {
    problems.add('error', 'no-header', null, null, {
      zh: '找不到表头行：名单的第一行（或前几行之一）需要有一列叫“姓名”（也可以是“名字”“Name”）。',
      en: 'No header row found: the first row (or one of the first few) needs a column named "Name" (or 姓名).',
    });
    return { roster: null, problems: problems.list };
  }
  const header = rows[h] ?? [];
  const data = rows.slice(h + 1);
  const columns = classify(header, data, problems);
  const by = (role: Column['role']) => columns.find((c) => c.role === role) ?? null;
  const idCol = by('id');
  const nameCol = by('name');
  if (!nameCol) throw new Error('roster: the header row has no name column'); // findHeaderRow chose it for one
  const genderCol = by('gender');
  const totalCol = by('total');
  const apartCol = by('keepApart');
  const togetherCol = by('keepTogether');
  const pinCol = by('pinnedGroup');
  const leaderCol = by('leader');
  const subjectCols = columns.filter((c) => c.role === 'subject');
  const attributeCols = columns.filter((c) => c.role === 'attribute');
  const extraCols = columns.filter((c) => c.role === 'extra');

  const students: Student[] = [];
  const rawRefs = new Map<Student, { apart: string[]; together: string[] }>();
  data.forEach((cells, k) => {
    const row = h + k + 2; // 1-based, as the teacher sees it
    if (isBlankRow(cells)) return;
    const name = cellText(cells[nameCol.index]);
    if (name === '') {
      problems.add('error', 'empty-name', row, nameCol, {
        zh: '姓名是空的。请填上姓名，或删除这一行。',
        en: 'The name is empty. Fill it in or delete this row.',
      });
    }
    let id = String(k + 1);
    if (idCol) {
      id = cellText(cells[idCol.index]);
      if (id === '')
        problems.add('error', 'empty-id', row, idCol, {
          zh: `${name || '这位学生'}的${idCol.header}是空的。请补上，每个学生都要有不同的${idCol.header}。`,
          en: `${name || 'This student'} has no ${idCol.header}. Fill it in: every student needs a different one.`,
        });
    }
    let gender: Student['gender'] = null;
    if (genderCol) {
      const g = readGender(cells[genderCol.index]);
      if (g.ok) gender = g.value;
      else
        problems.add('warning', 'unknown-gender', row, genderCol, {
          zh: `不认识的性别“${cellText(cells[genderCol.index])}”，请写“男”或“女”。这位学生暂不计入男女比例。`,
          en: `Unknown gender "${cellText(cells[genderCol.index])}": write M or F. This student is left out of the gender balance.`,
        });
    }
    const readScore = (col: Column): number | null => {
      const r = readNumber(cells[col.index]);
      if (r.ok) return r.value;
      problems.add('error', 'not-a-number', row, col, scoreMsg(cellText(cells[col.index])));
      return null;
    };
    const subjects: Record<string, number | null> = {};
    for (const c of subjectCols) subjects[c.header] = readScore(c);
    let total = totalCol ? readScore(totalCol) : null;
    const marks = Object.values(subjects);
    if (total === null && marks.length > 0 && marks.every((m) => m !== null))
      total = (marks as number[]).reduce((a, b) => a + b, 0);
    if (total === null && (totalCol || subjectCols.length > 0) && name !== '') {
      const col = totalCol ?? subjectCols.find((c) => subjects[c.header] === null) ?? null;
      if (!problems.list.some((p) => p.row === row && p.code === 'not-a-number'))
        problems.add('warning', 'missing-score', row, col, {
          zh: `${name}没有${totalCol ? totalCol.header : '完整的各科成绩'}，分组时按全班平均水平处理。`,
          en: `${name} has no ${totalCol ? totalCol.header : 'complete subject scores'}; grouped as an average student.`,
        });
    }
    let pinnedGroup: number | null = null;
    if (pinCol) {
      const p = readGroupNumber(cells[pinCol.index]);
      if (p.ok) pinnedGroup = p.value;
      else
        problems.add('error', 'bad-group-number', row, pinCol, {
          zh: `“${cellText(cells[pinCol.index])}”不是组号。请写组的序号，如 3 或“第3组”，不固定就留空。`,
          en: `"${cellText(cells[pinCol.index])}" is not a group number. Write e.g. 3; leave it empty when not pinned.`,
        });
    }
    let leaderCandidate = false;
    if (leaderCol) {
      const y = readYesNo(cells[leaderCol.index]);
      if (y.ok) leaderCandidate = y.value;
      else
        problems.add('warning', 'bad-yes-no', row, leaderCol, {
          zh: `“${cellText(cells[leaderCol.index])}”看不出是否可当组长，请写“是”或留空。暂按“否”处理。`,
          en: `"${cellText(cells[leaderCol.index])}" is not yes or no: write "yes" or leave it empty. Taken as no.`,
        });
    }
    const attributes: Record<string, string> = {};
    for (const c of attributeCols) attributes[c.header] = cellText(cells[c.index]);
    const extra: Record<string, string> = {};
    for (const c of extraCols) extra[c.header] = cellText(cells[c.index]);
    const student: Student = {
      row,
      id,
      name,
      gender,
      total,
      subjects,
      attributes,
      keepApart: [],
      keepTogether: [],
      pinnedGroup,
      leaderCandidate,
      extra,
    };
    students.push(student);
    rawRefs.set(student, {
      apart: apartCol ? splitList(cells[apartCol.index]) : [],
      together: togetherCol ? splitList(cells[togetherCol.index]) : [],
    });
  });

  checkDuplicateIds(students, idCol, problems);
  resolveReferences(students, rawRefs, { apartCol, togetherCol }, problems);

  if (students.length === 0)
    problems.add('error', 'no-students', null, null, {
      zh: '表头下面没有学生。请在表头下面每行填一位学生。',
      en: 'There are no students below the header row. Add one student per row.',
    });
  const headerTexts = columns
    .filter((c) => c.role !== 'extra' || cellText(header[c.index]) !== '')
    .map((c) => c.header);
  const roster: Roster = {
    students,
    columns,
    subjects: subjectCols.map((c) => c.header),
    attributes: attributeCols.map((c) => c.header),
    lang: headerTexts.some(hasCjk) ? 'zh' : 'en',
    headerRow: h + 1,
  };
  return { roster, problems: problems.list };
}

function checkDuplicateIds(students: Student[], idCol: Column | null, problems: Problems): void {
  if (!idCol) return;
  const first = new Map<string, Student>();
  for (const s of students) {
    if (s.id === '') continue;
    const earlier = first.get(s.id);
    if (earlier)
      problems.add('error', 'duplicate-id', s.row, idCol, {
        zh: `${idCol.header}“${s.id}”和第${earlier.row}行（${earlier.name}）重复。每个学生的${idCol.header}必须不同。`,
        en: `${idCol.header} "${s.id}" is also used on row ${earlier.row} (${earlier.name}). Every student needs a different one.`,
      });
    else first.set(s.id, s);
  }
}

/**
 * Keep-apart / keep-together cells name other students by id or by name. An id wins; a name must match exactly
 * one student. The relation is made symmetric, so it holds whichever of the two rows the teacher filled in.
 */
function resolveReferences(
  students: Student[],
  raw: Map<Student, { apart: string[]; together: string[] }>,
  cols: { apartCol: Column | null; togetherCol: Column | null },
  problems: Problems,
): void {
  const byId = new Map(students.map((s) => [s.id, s]));
  const byName = new Map<string, Student[]>();
  for (const s of students) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const link = (a: Student, b: Student, key: 'keepApart' | 'keepTogether') => {
    if (!a[key].includes(b.id)) a[key].push(b.id);
    if (!b[key].includes(a.id)) b[key].push(a.id);
  };
  for (const s of students) {
    const refs = raw.get(s) ?? { apart: [], together: [] };
    for (const [key, list, col] of [
      ['keepApart', refs.apart, cols.apartCol],
      ['keepTogether', refs.together, cols.togetherCol],
    ] as const) {
      for (const ref of list) {
        const byIdMatch = byId.get(ref);
        const matches = byIdMatch ? [byIdMatch] : (byName.get(ref) ?? []);
        if (matches.length === 0) {
          problems.add('error', 'unknown-reference', s.row, col, {
            zh: `“${ref}”对不上名单里的任何学生。请检查姓名或学号是否写错。`,
            en: `"${ref}" matches no student in the roster. Check the spelling of the name or id.`,
          });
        } else if (matches.length > 1) {
          problems.add('error', 'ambiguous-reference', s.row, col, {
            zh: `名单里有${matches.length}个“${ref}”（第${matches.map((m) => m.row).join('、')}行）。请改写学号，指明是哪一位。`,
            en: `${matches.length} students are called "${ref}" (rows ${matches.map((m) => m.row).join(', ')}). Write the student id instead.`,
          });
        } else if (matches[0] === s) {
          problems.add('warning', 'self-reference', s.row, col, {
            zh: `${s.name}写的是自己，已忽略。`,
            en: `${s.name} refers to themselves; ignored.`,
          });
        } else if (matches[0]) {
          link(s, matches[0], key);
        }
      }
    }
  }
  for (const s of students) {
    const both = s.keepApart.filter((id) => s.keepTogether.includes(id));
    for (const id of both) {
      const other = byId.get(id);
      if (other && s.row < other.row)
        problems.add('error', 'apart-and-together', s.row, cols.apartCol, {
          zh: `${s.name}和${other.name}（第${other.row}行）既要“不同组”又要“同组”，请删掉其中一个。`,
          en: `${s.name} and ${other.name} (row ${other.row}) are both kept apart and kept together: remove one.`,
        });
    }
  }
}
