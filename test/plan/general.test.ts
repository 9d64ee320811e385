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

const PDF_PLAN = `学习互助小组工作计划
第一部分 基本情况
本班共有学生48人，其中男生25人，女生23人。学生学习基础参差不齐，两
极分化现象比较明显，部分学生缺乏学习的主动性。
第二部分 工作目标
⑴通过互助小组，使每名学生都有提高；
⑵学困生的及格率提高10个百分点；
第三部分 具体措施
一、科学分组。全班分为8个小组，每组6人，组内设组长一名，副组长一名
。分组时兼顾成绩、性别和性格。
二、明确职责。一是组长负责检查作业；二是副组长负责纪律；三是组员之
间互相帮助。
三、加强评价。
1.每周评选一次优秀小组。
第四部分 时间安排
9月：分组，培训组长
10月—11月：开展互助活动`;

const COLLECTION = `小学数学学习小组活动方案（精选3篇）
【第一篇】
数学学习小组活动方案
一、
活动目的
提高学生的计算能力。
二、活动时间：每周三下午
- 1 -
数学学习小组活动方案
三、活动内容
1、口算比赛
【第二篇】
一、小组目标：人人会说解题思路。
二、小组人数：4-6人
【第三篇】
本篇没有编号，只有一段话。`;

describe('plans beyond the fixtures', () => {
  it('reads a PDF copy: 第一部分 above 一、 above 一是, ⑴ goals, months under a schedule part', () => {
    const [p] = extractPlans(PDF_PLAN).document.plans;
    expect(p?.headings.map((h) => `${h.level}${h.marker}${h.text}`)).toEqual([
      '1第一部分基本情况',
      '1第二部分工作目标',
      '2⑴通过互助小组，使每名学生都有提高',
      '2⑵学困生的及格率提高10个百分点',
      '1第三部分具体措施',
      '2一、科学分组',
      '2二、明确职责',
      '3一是组长负责检查作业',
      '3二是副组长负责纪律',
      '3三是组员之间互相帮助',
      '2三、加强评价',
      '31.每周评选一次优秀小组',
      '1第四部分时间安排',
      '29月',
      '210月—11月',
    ]);
    expect(p?.goals).toEqual(['通过互助小组，使每名学生都有提高', '学困生的及格率提高10个百分点']);
    expect(p?.groupSize).toEqual({ min: 6, max: 6 });
  });

  it('reads a collection whose part markers stand alone, with a marker broken from its heading and a running title', () => {
    const r = extractPlans(COLLECTION);
    const plans = r.document.plans;
    expect(plans.map((p) => p.title)).toEqual(['【第一篇】 数学学习小组活动方案', '【第二篇】', '【第三篇】']);
    expect(plans[0]?.headings.map((h) => `${h.level}${h.marker}${h.text}`)).toEqual([
      '1一、活动目的',
      '1二、活动时间',
      '1三、活动内容',
      '21、口算比赛',
    ]);
    expect(plans[0]?.goals).toEqual(['提高学生的计算能力']);
    expect(plans[0]?.time).toBe('每周三下午');
    expect(plans[1]?.goals).toEqual(['人人会说解题思路']);
    expect(plans[1]?.groupSize).toEqual({ min: 4, max: 6 });
    expect(plans[2]?.headings).toEqual([]);
    expect(r.removed).toEqual([{ line: 8, text: '- 1 -', reason: 'page number' }]);
  });

  it('reads a class group plan: outline, size, mix, roles, scoring, schedule, goals; drops page chrome', () => {
    const r = extractPlans(CLASS_PLAN);
    const [p] = r.document.plans;
    expect(r.document.plans).toHaveLength(1);
    expect(p?.title).toBe('四年级（2）班学习小组合作实施方案');
    expect(p?.headings.map((h) => `${h.level}${h.marker}${h.text}`)).toEqual([
      '1一、指导思想',
      '1二、小组的组建',
      '21．分组原则',
      '22．小组角色',
      '1三、评价办法',
      '2（一）每天对每个小组的学习、纪律、卫生情况进行评比，每周汇总一次',
      '2（二）每得到20分，就可以换一个月亮',
      '1四、活动安排',
      '29月',
      '210月',
      '1五、预期目标',
      '21、学生的合作能力明显提高',
      '22、班级学习氛围更加浓厚',
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
      '1  Goals',
      '2 1. Help every student keep up with weekly homework',
      '2 2. Build confidence in speaking English',
      '1 Week 1 Forming groups and choosing roles',
      '1 Week 2 Reading circles',
      // A word marker is copied as written, its full stop with it, as "1." keeps its point.
      '1 Step 1. Teacher forms balanced groups',
      '1 Step 2. Each group elects a leader',
      '2 a) Leaders meet weekly',
      '2 b) Leaders report to the teacher',
    ]);
    expect(p?.goals).toEqual([
      'Help every student keep up with weekly homework',
      'Build confidence in speaking English',
    ]);
    expect(p?.groupSize).toEqual({ min: 4, max: 5 });
    expect(p?.schedule.map((s) => s.when)).toEqual(['Week 1', 'Week 2']);
  });
  it('reads a course outline whose parts are labels with Latin words in them, each over its days', () => {
    const text = [
      '课程安排：共 6 天。',
      '',
      '介绍 IT 行业及 HTML：',
      '第一天：了解 IT 行业',
      '第二天：HTML 标签',
      '',
      'CSS：',
      '第三天：选择器',
      '第四天：盒模型',
    ].join('\n');
    const [p] = extractPlans(text).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 介绍 IT 行业及 HTML',
      '2 第一天',
      '2 第二天',
      '1 CSS',
      '2 第三天',
      '2 第四天',
    ]);
  });

  it('reads questions and answers: a question over "答：" heads its answer, and "答" names nothing', () => {
    const text = [
      '兴趣班介绍',
      '',
      '首要问题，什么是“网页制作”？',
      '答：',
      '很多人以为编程就是编程。',
      '',
      '常见问题解答：',
      '1. 学完能找到工作吗？',
      '答：第一，几乎不可能。',
      '第二，要靠自己多练。',
      '2. 需要提前做什么准备？',
      '答：带好电脑。',
    ].join('\n');
    const [p] = extractPlans(text).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker} ${h.text}`)).toEqual([
      '1  首要问题，什么是“网页制作”',
      '1  常见问题解答',
      '2 1. 学完能找到工作吗',
      '3 第一 几乎不可能',
      '3 第二 要靠自己多练',
      '2 2. 需要提前做什么准备',
    ]);
  });
  it('reads plain text whose lists are numbered afresh at each depth and nested by how far they are set in', () => {
    const text = [
      '第一天',
      '1. Node.js 基本知识',
      '    1. 安装 Node.js',
      '    2. require',
      '        1. 三种模块',
      '        2. 查找规则',
      '    3. module.exports',
      '2. 实战',
      '第二天',
      '1. 异步流程控制',
      '\t1. Callback',
      '\t2. Promise',
    ].join('\n');
    const [p] = extractPlans(text).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker} ${h.text}`)).toEqual([
      '1  第一天',
      '2 1. Node.js 基本知识',
      '3 1. 安装 Node.js',
      '3 2. require',
      '4 1. 三种模块',
      '4 2. 查找规则',
      '3 3. module.exports',
      '2 2. 实战',
      '1  第二天',
      '2 1. 异步流程控制',
      '3 1. Callback',
      '3 2. Promise',
    ]);
  });
  it('keeps the ")" a plain text typed after its numbers where the text is read as Markdown for its marks', () => {
    const text = [
      '# Course outline',
      '',
      'Boards:',
      '',
      '1) qemux86',
      '2) beaglebone',
      '',
      '## Slides',
      '',
      '* Intro',
    ].join('\n');
    const [p] = extractPlans(text).document.plans;
    expect(p?.headings.filter((h) => h.marker).map((h) => `${h.marker} ${h.text}`)).toEqual([
      '1) qemux86',
      '2) beaglebone',
    ]);
  });
  it('reads an outline typed with tabs: a phrase over lines set in further heads them, and nests as it is set in', () => {
    const heads = (text: string) => extractPlans(text).document.plans[0]?.headings.map((h) => `${h.level} ${h.text}`);
    const outline = [
      'Introduction to Big Data',
      '\tsetup github accounts',
      'Ingestion',
      '\tHadoop CLI (class work)',
      '\tSqoop',
      '\t\tImporting tables into HDFS',
      '\t\tExporting a parquet file',
      'Processing',
      '\tPig',
      '\t\tprocessing the Movielens dataset',
    ];
    const expected = ['1 Introduction to Big Data', '1 Ingestion', '2 Sqoop', '1 Processing', '2 Pig'];
    // As plain text, and as text that shows Markdown's marks (a fenced block), read with its line breaks.
    expect(heads(outline.join('\n'))).toEqual(expected);
    const bulleted = outline.map((l) => l.replace(/^\t\t/, '\t\t- '));
    expect(heads([...bulleted, '', '```', 'hdfs dfs -ls', '```'].join('\n'))).toEqual(expected);
  });
  it('puts the weeks a phase runs for inside that phase', () => {
    const text = [
      'Phase 1 - Research',
      'Week 1-2: Conduct secondary research.',
      'Week 3-4: Talk to children.',
      'Phase 2 - Design',
      'Week 5-6: Design a structure.',
      '第一阶段 调研',
      '第1周：访谈',
      '第二阶段 设计',
      '第2周：设计',
    ].join('\n');
    const [p] = extractPlans(text).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker} ${h.text}`)).toEqual([
      '1 Phase 1 Research',
      '2 Week 1-2 Conduct secondary research',
      '2 Week 3-4 Talk to children',
      '1 Phase 2 Design',
      '2 Week 5-6 Design a structure',
      '1 第一阶段 调研',
      '2  第1周',
      '1 第二阶段 设计',
      '2  第2周',
    ]);
  });
  it('reads "i." after "h." as the ninth letter, and "i)" before "ii)" as a Roman one', () => {
    const text = [
      '3. Event Day Logistics',
      'g. Workshop Schedule',
      'h. Mentoring and Asking for Help',
      'i. Overnight Accomodations',
      'j. Submission and Judging',
      '4. Rules',
      'h) Late work',
      'i) first exception',
      'ii) second exception',
    ].join('\n');
    const [p] = extractPlans(text).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}`)).toEqual([
      '1 3.',
      '2 g.',
      '2 h.',
      '2 i.',
      '2 j.',
      '1 4.',
      '2 h)',
      '3 i)',
      '3 ii)',
    ]);
  });
});
