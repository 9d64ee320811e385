import { describe, it, expect } from 'vitest';
import { extractPlans } from '../../shared/plan/index.ts';
import { extractGroupSize } from '../../shared/plan/group-size.ts';
import { extractMix } from '../../shared/plan/mix.ts';
import { extractScoring } from '../../shared/plan/scoring.ts';
import { isGoalHeading } from '../../shared/plan/goals.ts';

const plan = (text: string) => {
  const p = extractPlans(text).document.plans[0];
  if (!p) throw new Error('no plan');
  return p;
};

describe('schedule', () => {
  it('a time field saying how long ("时间：3个月至半年期内") gives no entry; one saying when does', () => {
    expect(
      plan('活动计划\n一、短期规划\n时间：3个月至半年期内\n二、活动时间\n时间：2017 年 4 月 18 日').schedule,
    ).toEqual([{ when: '2017 年 4 月 18 日', items: [] }]);
  });
  it('reads month lines with their items, inline items and ranges', () => {
    const p = plan(
      [
        '三、具体工作安排',
        '三月份：',
        '1、拟定本学期教研工作计划。',
        '2、英语教研组成员会议，布置新学期工作。',
        '五月份、三年级英语观摩课。',
        '六月份—七月份',
        '1、五年级英语观摩课。',
        '七月份：校本培训、实施总结',
      ].join('\n'),
    );
    expect(p.schedule).toEqual([
      { when: '三月份', items: ['拟定本学期教研工作计划', '英语教研组成员会议，布置新学期工作'] },
      { when: '五月份', items: ['三年级英语观摩课'] },
      { when: '六月份—七月份', items: ['五年级英语观摩课'] },
      { when: '七月份', items: ['校本培训、实施总结'] },
    ]);
    expect(p.headings.filter((h) => h.marker === '').map((h) => [h.text, h.level])).toEqual([
      ['三月份', 2],
      ['五月份', 2],
      ['六月份—七月份', 2],
      ['七月份', 2],
    ]);
  });
  it('reads time fields and bare date spans, but not times in prose or placeholders', () => {
    const p = plan(
      [
        '时间：8月9日—12日，每天15:00——16:15',
        '地点：二楼音乐治疗室',
        '20xx.6.10—20xx.7.10',
        '中心将八月份定为活动月，利用每周三下午活动课进行训练。',
        '活动时间：',
        '三、活动时间[具体时间]',
        '五、活动时间：2012年3月28日',
      ].join('\n'),
    );
    expect(p.schedule).toEqual([
      { when: '8月9日—12日，每天15:00——16:15', items: [] },
      { when: '20xx.6.10—20xx.7.10', items: [] },
      { when: '2012年3月28日', items: [] },
    ]);
    expect(p.place).toBe('二楼音乐治疗室');
    expect(p.time).toBe('8月9日—12日，每天15:00——16:15');
  });
  it('reads dated lines with a colon', () => {
    expect(plan('二、日程\n2024年9月2日：分组\n9月9日—13日：组长培训').schedule).toEqual([
      { when: '2024年9月2日', items: ['分组'] },
      { when: '9月9日—13日', items: ['组长培训'] },
    ]);
  });
  it('reads week lines', () => {
    expect(plan('第1周：分组与破冰\n第2周：学习方法交流').schedule).toEqual([
      { when: '第1周', items: ['分组与破冰'] },
      { when: '第2周', items: ['学习方法交流'] },
    ]);
  });
});

describe('sessions', () => {
  it('lists numbered meetings in order, titles only', () => {
    expect(plan('第一节：网虫相聚之相逢是首歌\n第二节□e网情深\n第四节：穿越“生死网”').sessions).toEqual([
      '网虫相聚之相逢是首歌',
      'e网情深',
      '穿越“生死网”',
    ]);
    expect(plan('Session 1: Getting to know each other\nSession 2: Trust building').sessions).toEqual([
      'Getting to know each other',
      'Trust building',
    ]);
  });
});

describe('group size', () => {
  it.each([
    ['小组人数：6-8人', { min: 6, max: 8 }],
    ['每个学习互助小组的人数一般以4-6人为宜,也可以一对一。', { min: 4, max: 6 }],
    ['建立本班的“学习小组”，前后位四个同学为一组，选出小组的组长。', { min: 4, max: 4 }],
    ['将五名学生分为一个小组，每个小组设组长一名。', { min: 5, max: 5 }],
    ['每个小组成员最好不超过5人。', { min: null, max: 5 }],
    ['每组6人，按2:2:2搭配。', { min: 6, max: 6 }],
    ['两人一组，互相检查作业。', { min: 2, max: 2 }],
    ['每组人数为5人。', { min: 5, max: 5 }],
    ['以4人为一组。', { min: 4, max: 4 }],
    ['每组4至6名学生。', { min: 4, max: 6 }],
    ['计划6队，每队5或6人（视选手规模）。', { min: 5, max: 6 }],
    ['Session structure: Form pairs, one tutor leads each pair.', { min: 2, max: 2 }],
    ['上机作业采用分组的形式, 每个小组1∼6人, 自由组队.', { min: 1, max: 6 }],
    ['Minimum 2 members and Maximum 4 members are allowed in a team.', { min: 2, max: 4 }],
    ['Teams have a maximum size of 3.', { min: null, max: 3 }],
    ['The maximum team size is 5 people.', { min: null, max: 5 }],
  ])('%s', (text, size) => {
    expect(plan(text).groupSize).toEqual(size);
  });
  it('is null for counts of other things, and the first statement wins', () => {
    expect(plan('活动次数：六次\n8511宿舍全体').groupSize).toBeNull();
    expect(extractGroupSize(['小组人数：6-8人。', '每组4人。'])).toEqual({ min: 6, max: 8 });
    expect(extractGroupSize(['全班45人分成若干小组。'])).toBeNull();
    // A range of people that is not about a team: the committee's.
    expect(extractGroupSize(['A minimum of 3 members and a maximum of 9 members serve on the board.'])).toBeNull();
  });
});

describe('goals', () => {
  it('takes the items under a goal heading, and not goals nested in them', () => {
    const p = plan(
      '二、工作目标:\n1、教师培训目标:切实抓好建设。\n2、教学管理目标:狠抓常规管理。\n三、主要工作\n1、加强建设。',
    );
    expect(p.goals).toEqual(['教师培训目标', '教学管理目标']);
  });
  it('takes the first sentence of a paragraph under a goal heading, or the text after an inline label', () => {
    expect(plan('（一）总目标\n让成员合理上网，丰富课余生活。促使成员全面发展。').goals).toEqual([
      '让成员合理上网，丰富课余生活',
    ]);
    expect(plan('小组目标：提高组员的人际交往能力。').goals).toEqual(['提高组员的人际交往能力']);
    expect(plan('一、活动目的：为缅怀雷锋，弘扬和谐的社会氛围。').goals).toEqual(['为缅怀雷锋，弘扬和谐的社会氛围']);
  });
  it('knows goal headings from items about setting targets', () => {
    expect(isGoalHeading('本班学生奋斗目标')).toBe(true);
    expect(isGoalHeading('Objectives')).toBe(true);
    expect(isGoalHeading('定目标')).toBe(false);
    expect(plan('二、活动目的\n三、活动时间').goals).toEqual([]);
  });
});

describe('extras: roles, mix, scoring, participants, evaluation', () => {
  it('reads group roles with their duties', () => {
    expect(
      plan(
        '(4)各负责人的职责。\n组长:全面负责本小组日常管理工作;\n学科组长:负责本学科学习任务的分配;\n协调记录组长:负责记录本小组成员的各种表现。',
      ).roles,
    ).toEqual([
      { name: '组长', duties: '全面负责本小组日常管理工作' },
      { name: '学科组长', duties: '负责本学科学习任务的分配' },
      { name: '协调记录组长', duties: '负责记录本小组成员的各种表现' },
    ]);
  });
  it('reads the ability mix but not clock times', () => {
    expect(extractMix(['成员的组成按照2:2(每组优生两名、学困生两名)搭配。'])).toEqual([2, 2]);
    expect(extractMix(['每组六人，按2:2:2分层搭配。'])).toEqual([2, 2, 2]);
    expect(extractMix(['每天15:00开始，小组活动。'])).toBeNull();
  });
  it('reads scoring categories and the badge exchange rate', () => {
    const s = extractScoring(['班主任每周对每个小组的学习、纪律、卫生情况进行评比。', '每得到20分，就可以换一月亮。']);
    expect(s).toEqual({
      categories: ['学习', '纪律', '卫生'],
      badge: { name: '月亮', every: 20 },
      rules: ['班主任每周对每个小组的学习、纪律、卫生情况进行评比。', '每得到20分，就可以换一月亮。'],
    });
    expect(extractScoring(['认真学习。'])).toBeUndefined();
  });
  it('reads participants and evaluation items', () => {
    const p = plan('五、参与人员：全体同学\n六、小组评价\n1、学校定期评估。\n2、小组成员互评。');
    expect(p.participants).toBe('全体同学');
    expect(p.evaluation).toEqual(['学校定期评估', '小组成员互评']);
  });
  it('goals under goal sub-labels (总目标 / 具体目标) are their paragraph and items, not the labels; a label with its goal after a colon stays one', () => {
    const lines =
      '小组计划书\n三、小组目标\n（一）总目标\n帮助组员适应初中生活。\n（二）具体目标\n1、组员相互认识。\n2、组员学会时间管理。\n四、招募方法';
    const goals = ['帮助组员适应初中生活', '组员相互认识', '组员学会时间管理'];
    expect(plan(lines).goals).toEqual(goals);
    expect(plan(lines.replace(/\n/g, '')).goals).toEqual(goals);
    expect(plan('教研计划\n二、工作目标:\n1、教师培训目标:切实抓好建设。\n2、教学管理目标:狠抓常规。').goals).toEqual([
      '教师培训目标',
      '教学管理目标',
    ]);
  });
});
