/**
 * Header recognition: which column is the id, the name, the gender… Teachers write headers in Chinese or English,
 * in full-width or half-width letters, with stray spaces and colons; we compare a folded form against synonyms.
 */
import { foldWidth } from '../sheet-text.ts';
import { cellText } from './cells.ts';
import type { ColumnRole } from './types.ts';

/**
 * Fold width and case, drop invisible characters, spaces, underscores, hyphens, dots, colons and a trailing "(…)"
 * unit such as "(分)".
 */
export function normalizeHeader(header: string): string {
  return foldWidth(cellText(header))
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]\s*$/u, '')
    .replace(/[\s_\-.:：*]+/gu, '');
}

type FixedRole = Exclude<ColumnRole, 'subject' | 'attribute' | 'extra'>;

const SYNONYMS: Record<FixedRole, string[]> = {
  id: ['学号', '编号', '学籍号', '考号', '学生编号', '学生号', 'id', 'studentid', 'studentno', 'studentnumber'],
  name: ['姓名', '名字', '学生姓名', '学生', '名称', 'name', 'studentname', 'student', 'fullname'],
  gender: ['性别', 'gender', 'sex'],
  total: ['总分', '总成绩', '成绩', '分数', '总计', '合计', '得分', 'score', 'total', 'totalscore', 'overall'],
  keepApart: ['不同组', '不能同组', '不同组的人', '分开', '不要同组', 'keepapart', 'apart', 'notwith', 'separatefrom'],
  keepTogether: ['同组', '一起', '必须同组', '同组的人', 'keeptogether', 'together', 'with'],
  pinnedGroup: ['固定组', '指定组', '固定分组', '组号', 'group', 'pinnedgroup', 'fixedgroup', 'pin'],
  leader: ['组长', '组长候选', '可当组长', '组长人选', 'leader', 'leadercandidate', 'canlead'],
};

/**
 * Row counters (序号, No., #): the id only when there is no real id column, and never a score. A counter is
 * renumbered when a student leaves, so it cannot match students across groupings (see Roster.idSource).
 */
const WEAK_ID = ['序号', '顺序号', '行号', '#', 'no', 'nr', 'number', 'index', 'sn', 's/n'];

/** Columns whose text may say a student has left (转出, 休学, transferred…). */
const STATUS = [
  '状态',
  '学籍状态',
  '在校状态',
  '在读状态',
  '学生状态',
  '备注',
  '说明',
  'status',
  'state',
  'remark',
  'remarks',
  'note',
  'notes',
];

/**
 * Numeric columns that are not scores: class numbers, ages, seat numbers, ranks, phone numbers. Kept and passed
 * through, never balanced as a subject.
 */
const NOT_A_SUBJECT = [
  '班级',
  '班',
  '年级',
  '座号',
  '座位号',
  '年龄',
  '电话',
  '手机',
  '手机号',
  '联系电话',
  '家长电话',
  '排名',
  '名次',
  '班级排名',
  '年级排名',
  '身份证号',
  '学年',
  'class',
  'grade',
  'seat',
  'age',
  'phone',
  'mobile',
  'tel',
  'rank',
  'ranking',
  'year',
];

/** Text columns that are notes, not categories to balance. */
const NOT_AN_ATTRIBUTE = [
  '备注',
  '说明',
  '地址',
  '家庭住址',
  '家长',
  '家长姓名',
  '邮箱',
  '电子邮件',
  'remark',
  'remarks',
  'note',
  'notes',
  'comment',
  'comments',
  'address',
  'email',
  'parent',
];

const lookup = new Map<string, FixedRole>();
for (const [role, words] of Object.entries(SYNONYMS) as [FixedRole, string[]][])
  for (const w of words) lookup.set(normalizeHeader(w), role);

export function fixedRole(header: string): FixedRole | null {
  return lookup.get(normalizeHeader(header)) ?? null;
}

export const isWeakId = (header: string): boolean => WEAK_ID.includes(normalizeHeader(header));
export const isStatusColumn = (header: string): boolean => STATUS.includes(normalizeHeader(header));
export const isNeverSubject = (header: string): boolean => NOT_A_SUBJECT.includes(normalizeHeader(header));
export const isNeverAttribute = (header: string): boolean => NOT_AN_ATTRIBUTE.includes(normalizeHeader(header));

/** Spreadsheet column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
