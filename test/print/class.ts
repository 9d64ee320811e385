/**
 * A class of 45 as a 班主任 has one, grouped by the engine, and a fortnight of points: what the print tests
 * render. Names are real-looking (and one English name is long, one Chinese name holds markup) so wrapping,
 * type sizes and escaping are all exercised.
 */
import { formGroups } from '../../shared/grouping/index.ts';
import type { Lang } from '../../shared/i18n/localized.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import { type ClassGroups, classFromGrouping } from '../../shared/print/index.ts';
import type { Student } from '../../shared/roster/types.ts';
import { syntheticRoster } from '../support/students.ts';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏'.split(
  '',
);
const GIVEN = [
  '子涵',
  '浩然',
  '雨桐',
  '梓轩',
  '欣怡',
  '宇航',
  '思彤',
  '俊杰',
  '诗涵',
  '一诺',
  '嘉怡',
  '明轩',
  '若汐',
  '天佑',
  '晨阳',
];
const FIRST = [
  'Ava',
  'Liam',
  'Noah',
  'Emma',
  'Olivia',
  'Mia',
  'Lucas',
  'Amelia',
  'Ethan',
  'Harper',
  'Mason',
  'Ella',
  'Logan',
];
const LAST = ['Brown', 'Smith', 'Chen', 'Garcia', 'Wilson', 'Taylor', 'Nguyen', 'Clark', 'Lewis', 'Walker', 'Young'];

/** 45 students with names in the class's language; one with a long name, one whose name looks like markup. */
export const classStudents = (lang: Lang, n = 45): Student[] =>
  syntheticRoster(n, {
    seed: 3,
    subjects: lang === 'zh' ? ['语文', '数学', '英语'] : ['Reading', 'Math', 'Science'],
  }).map((s, i) => ({
    ...s,
    name:
      lang === 'zh'
        ? i === 7
          ? '<b>欧阳</b>娜娜'
          : `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`
        : i === 7
          ? 'Alexandra Fitzgerald-Montgomery'
          : `${FIRST[i % FIRST.length]} ${LAST[(i * 5) % LAST.length]}`,
  }));

export const CLASS_NAME = { zh: '初二(3)班', en: 'Year 8 Maple' } as const;

export const groupedClass = (lang: Lang, n = 45): { klass: ClassGroups; students: Student[] } => {
  const students = classStudents(lang, n);
  const outcome = formGroups(students, { size: 4, seed: 7, lang, timeLimitMs: 200 });
  if (!outcome.ok || !outcome.rounds[0]) throw new Error('the class did not group');
  const klass = classFromGrouping(
    outcome.rounds[0],
    students,
    { className: CLASS_NAME[lang], date: '2026-11-20' },
    new Map([
      [
        lang === 'zh' ? '第1组' : 'Group 1',
        lang === 'zh'
          ? { title: '雄鹰队', motto: '团结互助，勇争第一', goal: '期末每人至少提高5分，全组没有不交作业的' }
          : { title: 'Eagles', motto: 'Help each other, aim high', goal: 'Everyone up five marks by the end of term' },
      ],
    ]),
  );
  return { klass, students };
};

export const NOW = '2026-11-20T08:00:00.000Z'; // a Friday afternoon in Shanghai
export const TZ = 'Asia/Shanghai';

/** Two weeks of awards (this week and the one before) over three categories, a few deductions and one take-back. */
export const fortnight = (klass: ClassGroups, lang: Lang): PointEvent[] => {
  const cats = lang === 'zh' ? ['学习', '纪律', '互助'] : ['Learning', 'Conduct', 'Helping'];
  const members = klass.groups.flatMap((g) => g.members.map((m) => ({ ...m, group: g.name })));
  const events: PointEvent[] = [];
  let n = 0;
  for (let day = 0; day < 12; day++) {
    const base = Date.parse('2026-11-09T01:00:00.000Z') + day * 86_400_000;
    members.forEach((m, i) => {
      if ((i + day) % 3 !== 0) return;
      const points = ((i * 7 + day) % 5) - (i % 11 === 0 ? 3 : 0) + (day >= 7 && i % 4 === 0 ? 3 : 0);
      events.push({
        eventId: `e${++n}`,
        timestamp: new Date(base + i * 60_000).toISOString(),
        studentId: m.id,
        studentName: m.name,
        group: m.group,
        category: cats[(2 * i + day) % 3] ?? '',
        points,
        note: i === 2 && day === 9 ? (lang === 'zh' ? '主动帮同学讲题' : 'explained a problem to a classmate') : '',
        userKey: 'k',
        reverses: null,
        actionId: `e${n}`,
      });
    });
  }
  const first = events.find(
    (e) => e.studentId === members[2]?.id && Date.parse(e.timestamp) > Date.parse('2026-11-16'),
  );
  if (first)
    events.push({
      ...first,
      eventId: `e${++n}`,
      timestamp: new Date(Date.parse(first.timestamp) + 600_000).toISOString(),
      points: -first.points,
      note: lang === 'zh' ? '撤回这条记录' : 'taken back',
      reverses: first.eventId,
      actionId: `e${n}`,
    });
  return events;
};
