import { describe, expect, it } from 'vitest';
import {
  describePlanFieldItems,
  describePlanFields,
  formatBadgeRule,
  formatGroupSize,
  formatNames,
  formatRole,
  formatScheduleEntry,
  formatSentences,
  PLAN_FIELD_KEYS,
  planFieldItemLabel,
  planFieldLabel,
} from '../../shared/plan/describe.ts';
import type { Plan } from '../../shared/plan/types.ts';
import { formatMix } from '../../shared/settings/mix.ts';

const plan = (over: Partial<Plan> = {}): Plan => ({
  title: '学习互助小组实施方案',
  headings: [],
  schedule: [],
  sessions: [],
  groupSize: null,
  goals: [],
  ...over,
});

/** A plan that states every field, two items where a field is a list. */
const full = plan({
  groupSize: { min: 4, max: 6 },
  mix: [2, 1, 1],
  roles: [
    { name: '组长', duties: '负责组织本组学习' },
    { name: '记录员', duties: '' },
  ],
  goals: ['提高学习效率', '学会合作'],
  sessions: ['相逢是首歌', 'e网情深'],
  scoring: {
    categories: ['学习', '纪律'],
    badge: { name: '月亮', every: 20 },
    rules: ['每得到20分，就可以换一个月亮'],
  },
  place: '二楼音乐治疗室',
  time: '每周三下午',
  participants: '初一（3）班全体学生',
  evaluation: ['组内互评', '教师点评'],
});

describe('formatGroupSize', () => {
  it('gives a range with the unit in Chinese', () => {
    expect(formatGroupSize({ min: 4, max: 6 }, 'zh')).toBe('4–6人');
  });

  it('gives a range in students in English', () => {
    expect(formatGroupSize({ min: 4, max: 6 }, 'en')).toBe('4–6 students');
  });

  it('gives one number when both bounds are equal', () => {
    expect(formatGroupSize({ min: 4, max: 4 }, 'zh')).toBe('4人');
    expect(formatGroupSize({ min: 4, max: 4 }, 'en')).toBe('4 students');
  });

  it('says "student" for one', () => {
    expect(formatGroupSize({ min: 1, max: 1 }, 'en')).toBe('1 student');
    expect(formatGroupSize({ min: 1, max: 1 }, 'zh')).toBe('1人');
  });

  it('gives a lower bound alone as "at least"', () => {
    expect(formatGroupSize({ min: 8, max: null }, 'zh')).toBe('至少8人');
    expect(formatGroupSize({ min: 8, max: null }, 'en')).toBe('at least 8');
  });

  it('gives an upper bound alone as "at most"', () => {
    expect(formatGroupSize({ min: null, max: 6 }, 'zh')).toBe('不超过6人');
    expect(formatGroupSize({ min: null, max: 6 }, 'en')).toBe('at most 6');
  });

  it('gives "" when neither bound is known', () => {
    expect(formatGroupSize({ min: null, max: null }, 'zh')).toBe('');
    expect(formatGroupSize({ min: null, max: null }, 'en')).toBe('');
  });

  it('shows the bounds as the plan gives them, without reordering', () => {
    expect(formatGroupSize({ min: 6, max: 4 }, 'zh')).toBe('6–4人');
  });
});

describe('formatBadgeRule', () => {
  it('says the exchange rule in Chinese', () => {
    expect(formatBadgeRule({ name: '月亮', every: 20 }, 'zh')).toBe('每20分换一个月亮');
  });

  it('says the exchange rule in English', () => {
    expect(formatBadgeRule({ name: 'Moon', every: 20 }, 'en')).toBe('a Moon every 20 points');
  });

  it('uses "an" before a vowel', () => {
    expect(formatBadgeRule({ name: 'Apple', every: 10 }, 'en')).toBe('an Apple every 10 points');
    expect(formatBadgeRule({ name: 'owl', every: 10 }, 'en')).toBe('an owl every 10 points');
  });

  it('says "every point" for a threshold of one', () => {
    expect(formatBadgeRule({ name: 'Star', every: 1 }, 'en')).toBe('a Star every point');
    expect(formatBadgeRule({ name: '星星', every: 1 }, 'zh')).toBe('每1分换一个星星');
  });

  it('keeps a Chinese badge name in the English sentence', () => {
    expect(formatBadgeRule({ name: '月亮', every: 20 }, 'en')).toBe('a 月亮 every 20 points');
  });
});

describe('formatRole', () => {
  it('gives the name and duties with a Chinese colon', () => {
    expect(formatRole({ name: '组长', duties: '负责组织本组学习' }, 'zh')).toBe('组长：负责组织本组学习');
  });

  it('gives the name and duties with an English colon', () => {
    expect(formatRole({ name: 'Leader', duties: 'runs the meeting' }, 'en')).toBe('Leader: runs the meeting');
  });

  it('gives the name alone when there are no duties', () => {
    expect(formatRole({ name: '记录员', duties: '' }, 'zh')).toBe('记录员');
    expect(formatRole({ name: '记录员', duties: '  ' }, 'en')).toBe('记录员');
  });
});

describe('formatNames', () => {
  it('joins with 、 in Chinese', () => {
    expect(formatNames(['学习', '纪律', '卫生'], 'zh')).toBe('学习、纪律、卫生');
  });

  it('joins with commas in English', () => {
    expect(formatNames(['Study', 'Discipline'], 'en')).toBe('Study, Discipline');
  });

  it('gives one name alone and none as ""', () => {
    expect(formatNames(['学习'], 'zh')).toBe('学习');
    expect(formatNames([], 'en')).toBe('');
  });
});

describe('formatSentences', () => {
  it('joins with ； in Chinese', () => {
    expect(formatSentences(['提高学习效率', '学会合作'], 'zh')).toBe('提高学习效率；学会合作');
  });

  it('joins with semicolons in English', () => {
    expect(formatSentences(['Read, then share', 'Listen'], 'en')).toBe('Read, then share; Listen');
  });

  it('gives "" for no items', () => {
    expect(formatSentences([], 'zh')).toBe('');
  });

  it('adds no separator after an item that already ends a sentence', () => {
    expect(formatSentences(['每得到20分，就可以换一个月亮。', '每周评比一次'], 'zh')).toBe(
      '每得到20分，就可以换一个月亮。每周评比一次',
    );
    expect(formatSentences(['每周评比一次！', '每周评比一次'], 'en')).toBe('每周评比一次！每周评比一次');
    expect(formatSentences(['Groups meet weekly.', 'Roles rotate'], 'en')).toBe('Groups meet weekly. Roles rotate');
    expect(formatSentences(['1. 甲.', '乙'], 'zh')).toBe('1. 甲. 乙');
  });
});

describe('formatScheduleEntry', () => {
  it('gives the time, a Chinese colon and the items', () => {
    expect(formatScheduleEntry({ when: '三月份', items: ['组建小组', '选出组长'] }, 'zh')).toBe(
      '三月份：组建小组；选出组长',
    );
  });

  it('gives the time, an English colon and the items', () => {
    expect(formatScheduleEntry({ when: 'Week 3', items: ['first review', 'swap roles'] }, 'en')).toBe(
      'Week 3: first review; swap roles',
    );
  });

  it('gives the time alone when nothing is scheduled', () => {
    expect(formatScheduleEntry({ when: '20xx.6.10—20xx.7.10', items: [] }, 'zh')).toBe('20xx.6.10—20xx.7.10');
  });
});

describe('planFieldLabel and planFieldItemLabel', () => {
  it('name every field in both languages', () => {
    for (const key of PLAN_FIELD_KEYS)
      for (const lang of ['zh', 'en'] as const) {
        expect(planFieldLabel(key, lang), `${key} ${lang}`).not.toBe('');
        expect(planFieldItemLabel(key, lang), `${key} ${lang}`).not.toBe('');
      }
  });

  it('name a list field in the plural and one of its items in the singular in English', () => {
    expect(planFieldLabel('goals', 'en')).toBe('Goals');
    expect(planFieldItemLabel('goals', 'en')).toBe('Goal');
    expect(planFieldLabel('categories', 'en')).toBe('Scoring categories');
    expect(planFieldItemLabel('categories', 'en')).toBe('Scoring category');
  });

  it('use the same word for both in Chinese', () => {
    for (const key of PLAN_FIELD_KEYS) expect(planFieldItemLabel(key, 'zh')).toBe(planFieldLabel(key, 'zh'));
  });

  it('give the teacher-facing Chinese names', () => {
    expect(PLAN_FIELD_KEYS.map((k) => planFieldLabel(k, 'zh'))).toEqual([
      '小组人数',
      '能力搭配',
      '角色',
      '目标',
      '活动',
      '评比项目',
      '奖励规则',
      '评比规则',
      '地点',
      '时间',
      '参加人员',
      '评价',
    ]);
  });
});

describe('describePlanFields', () => {
  it('gives every stated field once, in display order', () => {
    expect(describePlanFields(full, 'zh').map((f) => f.key)).toEqual([...PLAN_FIELD_KEYS]);
  });

  it('gives each value in Chinese', () => {
    expect(describePlanFields(full, 'zh')).toEqual([
      { key: 'groupSize', label: '小组人数', value: '4–6人' },
      { key: 'mix', label: '能力搭配', value: '2:1:1' },
      { key: 'roles', label: '角色', value: '组长：负责组织本组学习；记录员' },
      { key: 'goals', label: '目标', value: '提高学习效率；学会合作' },
      { key: 'sessions', label: '活动', value: '相逢是首歌；e网情深' },
      { key: 'categories', label: '评比项目', value: '学习、纪律' },
      { key: 'badge', label: '奖励规则', value: '每20分换一个月亮' },
      { key: 'rules', label: '评比规则', value: '每得到20分，就可以换一个月亮' },
      { key: 'place', label: '地点', value: '二楼音乐治疗室' },
      { key: 'time', label: '时间', value: '每周三下午' },
      { key: 'participants', label: '参加人员', value: '初一（3）班全体学生' },
      { key: 'evaluation', label: '评价', value: '组内互评；教师点评' },
    ]);
  });

  it('gives English labels and notation around the plan text', () => {
    const en = describePlanFields(full, 'en');
    expect(en.find((f) => f.key === 'groupSize')).toEqual({
      key: 'groupSize',
      label: 'Group size',
      value: '4–6 students',
    });
    expect(en.find((f) => f.key === 'roles')?.value).toBe('组长: 负责组织本组学习; 记录员');
    expect(en.find((f) => f.key === 'categories')).toEqual({
      key: 'categories',
      label: 'Scoring categories',
      value: '学习, 纪律',
    });
    expect(en.find((f) => f.key === 'badge')?.value).toBe('a 月亮 every 20 points');
  });

  it('formats the ability mix with formatMix', () => {
    for (const lang of ['zh', 'en'] as const)
      expect(describePlanFields(plan({ mix: [2, 2, 2] }), lang)).toEqual([
        { key: 'mix', label: planFieldLabel('mix', lang), value: formatMix([2, 2, 2], lang) },
      ]);
  });

  it('gives nothing for a plan that states nothing', () => {
    expect(describePlanFields(plan(), 'zh')).toEqual([]);
    expect(describePlanFields(plan({ scoring: { categories: [], badge: null, rules: [] } }), 'en')).toEqual([]);
  });

  it('leaves out an empty mix (the plan states none) rather than calling it 无', () => {
    expect(describePlanFields(plan({ mix: [] }), 'zh')).toEqual([]);
    expect(describePlanFields(plan({ mix: null }), 'zh')).toEqual([]);
  });

  it('leaves out a group size without bounds', () => {
    expect(describePlanFields(plan({ groupSize: { min: null, max: null } }), 'zh')).toEqual([]);
  });

  it('leaves out blank items, and a field whose items are all blank', () => {
    const p = plan({ goals: ['  ', '学会合作', ''], sessions: [' '], place: '', time: null });
    expect(describePlanFields(p, 'zh')).toEqual([{ key: 'goals', label: '目标', value: '学会合作' }]);
  });

  it('keeps the plan text as written (no trimming inside a value)', () => {
    expect(describePlanFields(plan({ place: ' 操场 ' }), 'zh')).toEqual([
      { key: 'place', label: '地点', value: ' 操场 ' },
    ]);
  });
});

describe('describePlanFieldItems', () => {
  it('gives one entry per item of a list field, with the item label', () => {
    const goals = describePlanFieldItems(full, 'en').filter((f) => f.key === 'goals');
    expect(goals).toEqual([
      { key: 'goals', label: 'Goal', value: '提高学习效率' },
      { key: 'goals', label: 'Goal', value: '学会合作' },
    ]);
  });

  it('gives one entry for a single-valued field', () => {
    const zh = describePlanFieldItems(full, 'zh');
    expect(zh.filter((f) => f.key === 'groupSize')).toEqual([{ key: 'groupSize', label: '小组人数', value: '4–6人' }]);
    expect(zh.filter((f) => f.key === 'badge')).toEqual([
      { key: 'badge', label: '奖励规则', value: '每20分换一个月亮' },
    ]);
  });

  it('gives each role with its duties as one item', () => {
    expect(describePlanFieldItems(full, 'zh').filter((f) => f.key === 'roles')).toEqual([
      { key: 'roles', label: '角色', value: '组长：负责组织本组学习' },
      { key: 'roles', label: '角色', value: '记录员' },
    ]);
  });

  it('keeps the display order and agrees with describePlanFields on which fields are stated', () => {
    const items = describePlanFieldItems(full, 'zh');
    expect(items).toHaveLength(17);
    expect([...new Set(items.map((f) => f.key))]).toEqual(describePlanFields(full, 'zh').map((f) => f.key));
  });

  it('gives nothing for a plan that states nothing', () => {
    expect(describePlanFieldItems(plan(), 'en')).toEqual([]);
  });
});
