/** Plans written for these tests (not the fixtures): the rules must hold beyond the labelled documents. */
import { describe, it, expect } from 'vitest';
import { extractPlans } from '../../shared/plan/index.ts';

const CLASS_PLAN = `首页 > 工作计划 > 班级工作计划
四年级（2）班学习小组合作实施方案
发布时间：2024-09-01  来源：网络
一、指导思想
为了培养学生的合作意识，提高课堂效率，特制定本方案。
二、小组的组建
1．分组原则：按照“组内异质、组间同质”的原则，每组6人，按2:2:2搭配（优、中、学困生各两名）。
2．小组角色：
组长：负责组织本组的学习和纪律。
记录员：负责记录本组每天的得分。
三、评价办法
（一）每天对每个小组的学习、纪律、卫生情况进行评比，每周汇总一次。
（二）每得到20分，就可以换一个月亮；集满5个月亮评为“星级小组”。
四、活动安排
9月：组建小组，培训组长。
10月：开展“小老师”活动。
五、预期目标
1、学生的合作能力明显提高。
2、班级学习氛围更加浓厚。
上一篇：班主任工作计划`;

const ENGLISH_PLAN = `Peer Study Group Plan

Goals
1. Help every student keep up with weekly homework.
2. Build confidence in speaking English.

Group size: 4-5 students per group.

Week 1: Forming groups and choosing roles
Week 2: Reading circles

Step 1. Teacher forms balanced groups.
Step 2. Each group elects a leader.
a) Leaders meet weekly.
b) Leaders report to the teacher.`;

describe('plans beyond the fixtures', () => {
  it('reads a class group plan: outline, size, mix, roles, scoring, schedule, goals; drops page chrome', () => {
    const r = extractPlans(CLASS_PLAN);
    const [p] = r.document.plans;
    expect(r.document.plans).toHaveLength(1);
    expect(p?.title).toBe('四年级（2）班学习小组合作实施方案');
    expect(p?.headings.map((h) => `${h.level}${h.marker}${h.text}`)).toEqual([
      '1一、指导思想', '1二、小组的组建', '21．分组原则', '22．小组角色', '1三、评价办法',
      '2（一）每天对每个小组的学习、纪律、卫生情况进行评比，每周汇总一次', '2（二）每得到20分，就可以换一个月亮',
      '1四、活动安排', '29月', '210月', '1五、预期目标', '21、学生的合作能力明显提高', '22、班级学习氛围更加浓厚',
    ]);
    expect(p?.groupSize).toEqual({ min: 6, max: 6 });
    expect(p?.mix).toEqual([2, 2, 2]);
    expect(p?.roles?.map((x) => x.name)).toEqual(['组长', '记录员']);
    expect(p?.scoring?.categories).toEqual(['学习', '纪律', '卫生']);
    expect(p?.scoring?.badge).toEqual({ name: '月亮', every: 20 });
    expect(p?.schedule).toEqual([
      { when: '9月', items: ['组建小组，培训组长'] },
      { when: '10月', items: ['开展“小老师”活动'] },
    ]);
    expect(p?.goals).toEqual(['学生的合作能力明显提高', '班级学习氛围更加浓厚']);
    expect(r.removed.map((x) => x.reason)).toEqual(['site navigation', 'page metadata', 'site navigation']);
  });

  it('reads an English plan: labelled sections, weeks as schedule, steps with lettered sub-items', () => {
    const [p] = extractPlans(ENGLISH_PLAN).document.plans;
    expect(p?.title).toBe('Peer Study Group Plan');
    expect(p?.headings.map((h) => `${h.level} ${h.marker} ${h.text}`)).toEqual([
      '1  Goals', '2 1. Help every student keep up with weekly homework', '2 2. Build confidence in speaking English',
      '1  Week 1', '1  Week 2', '1 Step 1 Teacher forms balanced groups', '1 Step 2 Each group elects a leader',
      '2 a) Leaders meet weekly', '2 b) Leaders report to the teacher',
    ]);
    expect(p?.goals).toEqual(['Help every student keep up with weekly homework', 'Build confidence in speaking English']);
    expect(p?.groupSize).toEqual({ min: 4, max: 5 });
    expect(p?.schedule.map((s) => s.when)).toEqual(['Week 1', 'Week 2']);
  });
});
