/**
 * Rows of cells → Roster. The one code path for CSV (after papaparse) and for sheet values (Apps Script
 * getValues(), with getDisplayValues() for text), so a roster reads the same wherever it comes from. Stages: find
 * the header row → classify columns → read each student (skipping summary rows, setting aside students who left)
 * → resolve keep-apart / keep-together references → checks across rows.
 * Linear in the size of the sheet: no spreads of row-sized arrays, no per-row scans of earlier problems.
 */
import type { Localized } from '../i18n/localized.ts';
import {
  cellText,
  isSummaryLabel,
  readGender,
  readGroupNumber,
  readNumber,
  readYesNo,
  saysDeparted,
  splitReferences,
} from './cells.ts';
import { columnLetter, fixedRole, isNeverAttribute, isNeverSubject, isStatusColumn, isWeakId } from './headers.ts';
import { nameList, problemOf } from './names.ts';
import type {
  Column,
  Departed,
  IdSource,
  Roster,
  RosterProblem,
  RosterReadOptions,
  RosterResult,
  Student,
} from './types.ts';

/** How far down to look for the header row: class rosters often start with a title line or two. */
const HEADER_SEARCH_ROWS = 10;

/** Beyond this many subject columns, balancing each one means little: the total is balanced, and the teacher told. */
export const MAX_BALANCED_SUBJECTS = 50;

type Rows = readonly (readonly unknown[])[];

const hasCjk = (s: string): boolean => /[\u3400-\u9fff]/u.test(s);

class Problems {
  list: RosterProblem[] = [];
  /** Rows with a number error, so a missing total is not reported twice for them. */
  badNumberRows = new Set<number>();
  add(
    severity: RosterProblem['severity'],
    code: string,
    row: number | null,
    column: Column | null,
    message: Localized,
  ): void {
    this.list.push(problemOf(severity, code, row, column, message));
  }
}

/** The first row (of the first few) that has a name column. */
function findHeaderRow(rows: Rows): number {
  return rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.some((c) => fixedRole(cellText(c)) === 'name'));
}

function widthOf(header: readonly unknown[], data: Rows): number {
  let width = header.length;
  for (const r of data) if (r.length > width) width = r.length;
  return width;
}

/** A column is numeric when most of its filled cells are numbers; the odd "九十" is then an error to fix. */
function mostlyNumeric(rows: Rows, col: number): boolean {
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

/** A column that counts 0 or 1, 2, 3… down its filled rows (at least five) is a row counter, not a score. */
function countsRows(rows: Rows, col: number): boolean {
  let expected: number | null = null;
  let seen = 0;
  for (const row of rows) {
    if (cellText(row[col]) === '') continue;
    const r = readNumber(row[col]);
    if (!r.ok || r.value === null) return false;
    if (expected === null) {
      if (r.value !== 0 && r.value !== 1) return false;
    } else if (r.value !== expected) return false;
    expected = r.value + 1;
    seen++;
  }
  return seen >= 5;
}

function classify(header: readonly unknown[], data: Rows, problems: Problems): Column[] {
  const columns: Column[] = [];
  const taken = new Set<string>();
  const byHeader = new Map<string, Column>();
  const width = widthOf(header, data);
  for (let i = 0; i < width; i++) {
    const text = cellText(header[i]);
    const col: Column = { index: i, header: text || columnLetter(i), letter: columnLetter(i), role: 'extra' };
    columns.push(col);
    if (!text) {
      if (data.some((r) => cellText(r[i]) !== ''))
        problems.add('warning', 'no-column-header', null, col, {
          zh: '这一列有内容但没有表头，已原样保留，不参与分组。若要使用，请在第一行写上列名。',
          en: 'This column has data but no header: kept as is, not used for grouping. Add a header to use it.',
        });
      continue;
    }
    const same = byHeader.get(text);
    if (same) {
      // Two columns with one name: which holds the real scores? Only the teacher knows, so nothing is guessed.
      problems.add('error', 'duplicate-header', null, col, {
        zh: `${same.letter}列和${col.letter}列的表头都是“${text}”。请给其中一列改个名字（如“${text}2”）或删掉多余的一列。`,
        en: `Columns ${same.letter} and ${col.letter} are both headed "${text}". Rename one (e.g. "${text} 2") or delete the extra one.`,
      });
      continue;
    }
    byHeader.set(text, col);
    const role = fixedRole(text);
    if (role && !taken.has(role)) {
      col.role = role;
      taken.add(role);
    } else if (role) {
      problems.add('warning', 'duplicate-column', null, col, {
        zh: `已经有一列被当作“${text}”使用，这一列原样保留。`,
        en: `Another column already serves as "${text}"; this one is kept as is.`,
      });
    } else if (isWeakId(text) || isNeverSubject(text) || isNeverAttribute(text) || isStatusColumn(text)) {
      col.role = 'extra';
    } else if (mostlyNumeric(data, i)) {
      if (countsRows(data, i)) {
        col.role = 'extra';
        problems.add('warning', 'row-counter-column', null, col, {
          zh: `“${text}”这一列是从1往下数的编号，不是成绩，没有计入总分。`,
          en: `"${text}" counts 1, 2, 3… down the rows: it is a row number, not a score, and is not added to the total.`,
        });
      } else col.role = 'subject';
    } else if (data.some((r) => cellText(r[i]) !== '')) {
      col.role = 'attribute';
    }
  }
  if (!taken.has('id')) {
    const counter = columns.find((c) => c.role === 'extra' && (isWeakId(c.header) || countsRows(data, c.index)));
    if (counter) counter.role = 'id';
  }
  const subjects = columns.filter((c) => c.role === 'subject').length;
  if (subjects > MAX_BALANCED_SUBJECTS)
    problems.add('warning', 'too-many-subjects', null, null, {
      zh: `名单里有${subjects}列成绩，太多了，逐科均衡没有意义：分组只按总分均衡。`,
      en: `The roster has ${subjects} score columns, too many to balance one by one: groups are balanced on the total only.`,
    });
  return columns;
}

const scoreMsg = (raw: string, why: 'not-a-number' | 'too-large'): Localized =>
  why === 'too-large'
    ? {
        zh: `“${raw.slice(0, 20)}${raw.length > 20 ? '…' : ''}”太大了，不像成绩。请检查是不是粘贴错了。`,
        en: `"${raw.slice(0, 20)}${raw.length > 20 ? '…' : ''}" is too large to be a score. Check what was pasted here.`,
      }
    : {
        zh: `“${raw}”不是数字。请填阿拉伯数字（如 92），缺考或没有成绩就留空。`,
        en: `"${raw}" is not a number. Write digits (e.g. 92); leave the cell empty when there is no score.`,
      };

/** What the teacher sees in a cell: the sheet's display text when given, else the value's text. */
type TextAt = (cells: readonly unknown[], dataIndex: number, col: Column) => string;

export function parseRosterRows(rows: Rows, options: RosterReadOptions = {}): RosterResult {
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
  const display = options.display;
  const textAt: TextAt = (cells, k, col) => {
    const shown = display?.[h + 1 + k]?.[col.index];
    return shown !== undefined ? cellText(shown) : cellText(cells[col.index]);
  };
  const columns = classify(header, data, problems);
  const nameCol = columns.find((c) => c.role === 'name');
  if (!nameCol) throw new Error('roster: the header row has no name column'); // findHeaderRow chose it for one
  const cols = rosterColumns(columns, nameCol);
  const idCol = cols.id;
  const idSource: IdSource =
    idCol === null ? 'row' : isWeakId(idCol.header) || !fixedRole(idCol.header) ? 'counter' : 'column';
  const statusCols = columns.filter((c) => isStatusColumn(c.header));

  const students: Student[] = [];
  const departed: Departed[] = [];
  const rawRefs = new Map<Student, RawRefs>();
  const genderCol = cols.gender;
  const noGender: Student[] = [];
  const summaryRows: number[] = [];
  data.forEach((cells, k) => {
    const row = h + k + 2; // 1-based, as the teacher sees it
    if (cells.every((c) => cellText(c) === '')) return;
    const name = textAt(cells, k, nameCol);
    const idText = idCol ? textAt(cells, k, idCol) : '';
    if (isSummaryLabel(name) || (idCol && isSummaryLabel(idText))) {
      summaryRows.push(row);
      return;
    }
    const student = readStudent(cells, k, row, name, idText, cols, textAt, problems);
    const status = statusCols.map((c) => textAt(cells, k, c)).find(saysDeparted);
    if (status !== undefined) departed.push({ row, id: student.id, name, status });
    if (status !== undefined && !options.keepDeparted) return;
    if (genderCol && cellText(cells[genderCol.index]) === '') noGender.push(student);
    students.push(student);
    rawRefs.set(student, {
      apart: columnText(cells, k, cols.keepApart, textAt),
      together: columnText(cells, k, cols.keepTogether, textAt),
    });
  });

  if (summaryRows.length > 0)
    problems.add('warning', 'summary-row', null, nameCol, {
      zh: `第${summaryRows.join('、')}行是统计行（平均分、合计之类），不是学生，已跳过。`,
      en: `Row${summaryRows.length > 1 ? 's' : ''} ${summaryRows.join(', ')} ${summaryRows.length > 1 ? 'are summary rows' : 'is a summary row'} (average, total…), not students: skipped.`,
    });
  if (departed.length > 0) {
    const who = (lang: 'zh' | 'en') =>
      nameList(
        departed.map((d) => `${d.name}${lang === 'zh' ? `（${d.status}）` : ` (${d.status})`}`),
        lang,
      );
    problems.add(
      'warning',
      'departed',
      null,
      statusCols[0] ?? null,
      options.keepDeparted
        ? {
            zh: `${departed.length}名学生的状态写着已离开，但按您的选择仍参加分组：${who('zh')}。`,
            en: `${departed.length} student(s) are marked as having left but are kept, as you chose: ${who('en')}.`,
          }
        : {
            zh: `未分组：${who('zh')}。他们的状态写着已离开，不参加分组和积分；要让他们参加，请清除状态，或在分组时选择保留他们。`,
            en: `Not grouped: ${who('en')}. Their status says they left, so they are not grouped or scored; to include them, clear the status or choose to keep them when forming groups.`,
          },
    );
  }
  if (noGender.length > 0)
    problems.add('warning', 'missing-gender', null, genderCol, {
      zh: `${noGender.length}名学生没有填性别：${nameList(
        noGender.map((s) => s.name),
        'zh',
      )}。男女比例只按其余学生均衡。`,
      en: `${noGender.length} student(s) have no gender: ${nameList(
        noGender.map((s) => s.name),
        'en',
      )}. The gender balance counts the others only.`,
    });

  checkDuplicateIds(students, idCol, problems);
  resolveReferences(
    students,
    rawRefs,
    { apartCol: cols.keepApart, togetherCol: cols.keepTogether, idSource },
    problems,
  );

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
    departed,
    idSource,
    columns,
    subjects: columns.filter((c) => c.role === 'subject').map((c) => c.header),
    attributes: columns.filter((c) => c.role === 'attribute').map((c) => c.header),
    lang: headerTexts.some(hasCjk) ? 'zh' : 'en',
    headerRow: h + 1,
  };
  return { roster, problems: problems.list };
}

/** The columns by the role they play, found once (a row is read with these, never by searching the columns). */
interface RosterColumns {
  name: Column;
  id: Column | null;
  gender: Column | null;
  total: Column | null;
  pinnedGroup: Column | null;
  leader: Column | null;
  keepApart: Column | null;
  keepTogether: Column | null;
  subjects: Column[];
  attributes: Column[];
  extras: Column[];
}

const rosterColumns = (columns: readonly Column[], name: Column): RosterColumns => {
  const by = (role: Column['role']) => columns.find((c) => c.role === role) ?? null;
  return {
    name,
    id: by('id'),
    gender: by('gender'),
    total: by('total'),
    pinnedGroup: by('pinnedGroup'),
    leader: by('leader'),
    keepApart: by('keepApart'),
    keepTogether: by('keepTogether'),
    subjects: columns.filter((c) => c.role === 'subject'),
    attributes: columns.filter((c) => c.role === 'attribute'),
    extras: columns.filter((c) => c.role === 'extra'),
  };
};

type Reference = ReturnType<typeof splitReferences>[number];
type RawRefs = { apart: Reference[]; together: Reference[] };

const columnText = (cells: readonly unknown[], k: number, col: Column | null, textAt: TextAt): Reference[] =>
  col ? splitReferences(textAt(cells, k, col)) : [];

function readStudent(
  cells: readonly unknown[],
  k: number,
  row: number,
  name: string,
  idText: string,
  cols: RosterColumns,
  textAt: TextAt,
  problems: Problems,
): Student {
  const nameCol = cols.name;
  const idCol = cols.id;
  if (name === '')
    problems.add('error', 'empty-name', row, nameCol, {
      zh: '姓名是空的。请填上姓名，或删除这一行。',
      en: 'The name is empty. Fill it in or delete this row.',
    });
  let id = String(k + 1);
  if (idCol) {
    id = idText;
    if (id === '')
      problems.add('error', 'empty-id', row, idCol, {
        zh: `${name || '这位学生'}的${idCol.header}是空的。请补上，每个学生都要有不同的${idCol.header}。`,
        en: `${name || 'This student'} has no ${idCol.header}. Fill it in: every student needs a different one.`,
      });
  }
  const genderCol = cols.gender;
  let gender: Student['gender'] = null;
  if (genderCol) {
    const g = readGender(cells[genderCol.index]);
    if (g.ok) gender = g.value;
    else
      problems.add('warning', 'unknown-gender', row, genderCol, {
        zh: `${name}的性别“${textAt(cells, k, genderCol)}”看不懂，请写“男”或“女”。暂不计入男女比例。`,
        en: `${name}: unknown gender "${textAt(cells, k, genderCol)}"; write M or F. Left out of the gender balance for now.`,
      });
  }
  const readScore = (col: Column): number | null => {
    const r = readNumber(cells[col.index]);
    if (r.ok) return r.value;
    problems.badNumberRows.add(row);
    problems.add('error', r.why, row, col, scoreMsg(textAt(cells, k, col), r.why));
    return null;
  };
  const subjectCols = cols.subjects;
  const totalCol = cols.total;
  const subjects: Record<string, number | null> = {};
  for (const c of subjectCols) subjects[c.header] = readScore(c);
  let total = totalCol ? readScore(totalCol) : null;
  const marks = Object.values(subjects);
  if (total === null && marks.length > 0 && marks.every((m) => m !== null))
    total = marks.reduce<number>((a, b) => a + (b ?? 0), 0);
  if (total === null && (totalCol || subjectCols.length > 0) && name !== '' && !problems.badNumberRows.has(row)) {
    const col = totalCol ?? subjectCols.find((c) => subjects[c.header] === null) ?? null;
    problems.add('warning', 'missing-score', row, col, {
      zh: `${name}没有${totalCol ? totalCol.header : '完整的各科成绩'}，分组时按全班中等水平安排，其他规则照常。`,
      en: `${name} has no ${totalCol ? totalCol.header : 'complete subject scores'}: placed as a middle student; the other rules still apply.`,
    });
  }
  const pinCol = cols.pinnedGroup;
  let pinnedGroup: number | null = null;
  if (pinCol) {
    const p = readGroupNumber(cells[pinCol.index]);
    if (p.ok) pinnedGroup = p.value;
    else
      problems.add('error', 'bad-group-number', row, pinCol, {
        zh: `“${textAt(cells, k, pinCol)}”不是组号。请写组的序号，如 3 或“第3组”，不固定就留空。`,
        en: `"${textAt(cells, k, pinCol)}" is not a group number. Write e.g. 3; leave it empty when not pinned.`,
      });
  }
  const leaderCol = cols.leader;
  let leaderCandidate = false;
  if (leaderCol) {
    const y = readYesNo(cells[leaderCol.index]);
    if (y.ok) leaderCandidate = y.value;
    else
      problems.add('warning', 'bad-yes-no', row, leaderCol, {
        zh: `“${textAt(cells, k, leaderCol)}”看不出是否可当组长，请写“是”或留空。暂按“否”处理。`,
        en: `"${textAt(cells, k, leaderCol)}" is not yes or no: write "yes" or leave it empty. Taken as no.`,
      });
  }
  const attributes: Record<string, string> = {};
  for (const c of cols.attributes) attributes[c.header] = textAt(cells, k, c);
  const extra: Record<string, string> = {};
  for (const c of cols.extras) extra[c.header] = textAt(cells, k, c);
  return {
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

interface ReferenceColumns {
  apartCol: Column | null;
  togetherCol: Column | null;
  idSource: IdSource;
}

/**
 * Keep-apart / keep-together cells name other students by id or by name. An id wins (a real id column only: a
 * row counter is no way to name a child); a name must match exactly one student. A part that matches no one as
 * a whole ("张三 李四") is read word by word, so English names keep their spaces ("Liam Smith"). The relation is
 * made symmetric, so it holds whichever of the two rows the teacher filled in.
 */
function resolveReferences(
  students: Student[],
  raw: Map<Student, RawRefs>,
  cols: ReferenceColumns,
  problems: Problems,
): void {
  const byId = new Map(students.map((s) => [s.id, s]));
  const byName = new Map<string, Student[]>();
  for (const s of students) {
    const list = byName.get(s.name);
    if (list) list.push(s);
    else byName.set(s.name, [s]);
  }
  const find = (ref: string): Student[] => {
    const hit = cols.idSource === 'column' ? byId.get(ref) : undefined;
    return hit ? [hit] : (byName.get(ref) ?? []);
  };
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
      for (const part of list) {
        // The whole part first ("Liam Smith"); else its words, if every one names someone ("张三 李四"); else
        // the whole part is what the teacher wrote wrong.
        const whole = { ref: part.whole, matches: find(part.whole) };
        const words = part.words.map((w) => ({ ref: w, matches: find(w) }));
        const readings =
          whole.matches.length === 0 && words.length > 1 && words.every((w) => w.matches.length > 0) ? words : [whole];
        for (const { ref, matches } of readings) {
          const [only] = matches;
          if (!only) {
            problems.add('error', 'unknown-reference', s.row, col, {
              zh: `${s.name}这一行写的“${ref}”对不上名单里的任何学生。请检查姓名或学号是否写错。`,
              en: `${s.name}'s row names "${ref}", who is not on the roster. Check the spelling of the name or id.`,
            });
          } else if (matches.length > 1) {
            problems.add('error', 'ambiguous-reference', s.row, col, {
              zh: `名单里有${matches.length}个“${ref}”（第${matches.map((m) => m.row).join('、')}行）。请改写学号，指明是哪一位。`,
              en: `${matches.length} students are called "${ref}" (rows ${matches.map((m) => m.row).join(', ')}). Write the student id instead.`,
            });
          } else if (only === s) {
            problems.add('warning', 'self-reference', s.row, col, {
              zh: `${s.name}写的是自己，已忽略。`,
              en: `${s.name} refers to themselves; ignored.`,
            });
          } else link(s, only, key);
        }
      }
    }
  }
  for (const s of students) {
    for (const id of s.keepApart) {
      const other = byId.get(id);
      if (other && s.keepTogether.includes(id) && s.row < other.row)
        problems.add('error', 'apart-and-together', s.row, cols.apartCol, {
          zh: `${s.name}和${other.name}（第${other.row}行）既要“不同组”又要“同组”，请删掉其中一个。`,
          en: `${s.name} and ${other.name} (row ${other.row}) are both kept apart and kept together: remove one.`,
        });
    }
  }
}
