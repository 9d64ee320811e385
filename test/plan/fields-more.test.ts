/** Fields the first corpus run missed (issue cause 9) and markers accepted on sequence evidence (cause 5). */
import { describe, expect, it } from 'vitest';
import { extractBlocks, extractPlans } from '../../shared/plan/index.ts';
import { readMarkdown } from '../../shared/plan/read/markdown.ts';
import { readHtmlSource } from '../../shared/plan/read/parse5.ts';

const plan = (text: string) => extractPlans(text).document.plans[0];

describe('group size', () => {
  it('reads a run-together field block, a lost dash, a minimum only', () => {
    expect(plan('小组计划书\n小组名称：阳光小组人数:10人活动时间：每周三')?.groupSize).toEqual({ min: 10, max: 10 });
    expect(plan('互助小组方案\n一、分组\n每组5 7人，自由组合。')?.groupSize).toEqual({ min: 5, max: 7 });
    expect(plan('方案\n一、分组\n每个小组不得少于8人。')?.groupSize).toEqual({ min: 8, max: null });
    expect(
      plan('竞赛方案\n一、参赛方式\n以个人或团队形式（队员数量不得超过5人）参加，可邀请1-2名指导教师。')?.groupSize,
    ).toEqual({
      min: null,
      max: 5,
    });
  });
  it("reads a group size stated in a table's cell, as in a lesson plan laid out as one table", () => {
    const doc = {
      source: 'docx' as const,
      blocks: [
        { kind: 'text' as const, text: '宋代文学专题教学简案', emphasis: 'all' as const },
        {
          kind: 'table' as const,
          header: 0,
          rows: [
            [{ lines: ['教学方法'] }, { lines: ['小组合作：以5~6人为一组，分工查阅资料。'] }],
            [{ lines: ['教学时长'] }, { lines: ['2课时'] }],
          ],
        },
      ],
    };
    expect(extractBlocks(doc).document.plans[0]?.groupSize).toEqual({ min: 5, max: 6 });
  });
  it("does not take a board's seats or a quota for a group's size", () => {
    expect(
      plan('社区章程\n第五条 理事会\n总席位不得超过社区志愿者人数的1/5，现暂定5-9人，每一位理事须获得全体成员认可。')
        ?.groupSize,
    ).toBeNull();
    expect(plan('活动方案\n一、分组\n全班分成若干小组，每组4-6人。')?.groupSize).toEqual({ min: 4, max: 6 });
  });
  it('adds up members counted by role', () => {
    expect(plan('团队章程\n一、团队组成\n团队由一名团队负责人和三名队员组成。')?.groupSize).toEqual({ min: 4, max: 4 });
    expect(plan('合作学习方案\n一、分组\n每组由1名组长和4名组员构成。')?.groupSize).toEqual({ min: 5, max: 5 });
    // …and with a bound on the rest: at most 1 + 4, not at most 4.
    expect(plan('征集活动方案\n一、参加对象\n学生团队包括1名负责人和不超过4名的团队成员。')?.groupSize).toEqual({
      min: null,
      max: 5,
    });
  });
  it('reads a team counted by its members ("a three-person team")', () => {
    expect(
      plan('Team Contract\nDecision Making\nWe have a three-person team so majority can decide disputes.')?.groupSize,
    ).toEqual({
      min: 3,
      max: 3,
    });
  });
  it('reads pairs and groups counted in words', () => {
    expect(plan('Lesson Plan\nActivity\nDivide students into pairs and hand out the modules.')?.groupSize).toEqual({
      min: 2,
      max: 2,
    });
    expect(plan('Lesson Plan\nActivity\nStudents work in groups of three or four.')?.groupSize).toEqual({
      min: 3,
      max: 4,
    });
  });
  it('reads a choice of sizes listed out ("groups of 2, 3, or 4")', () => {
    expect(plan('Breakout Rooms\nGrouping\nRandomly assigned groups of 2, 3, or 4.')?.groupSize).toEqual({
      min: 2,
      max: 4,
    });
    expect(plan('Lab Plan\nTeams\nWork in teams of 3 or 4.')?.groupSize).toEqual({ min: 3, max: 4 });
  });
  it('reads an English team-size field', () => {
    expect(plan('Team Charter\nTeam Size: 4 Members\nClient: Independent')?.groupSize).toEqual({ min: 4, max: 4 });
  });
  it("skips an example and the participants' total", () => {
    expect(
      plan('Plan\nGoals\nGroups work well, e.g. a team of 4 students.\nGroup size: 5-6 students.')?.groupSize,
    ).toEqual({
      min: 5,
      max: 6,
    });
    expect(plan('活动方案\n参加人数：40人')?.groupSize).toBeNull();
  });
});

describe('scoring rules', () => {
  it('finds categories stated plainly, one rule a line, and a badge named in quotation marks', () => {
    const p = plan(
      '班级量化方案\n一、评比细则\n学习：上课积极发言加2分。\n纪律：上课讲话扣1分。\n卫生：值日认真加1分。\n二、奖励\n每累计20分可兑换一个“月亮”。',
    );
    expect(p?.scoring?.categories).toEqual(['学习', '纪律', '卫生']);
    expect(p?.scoring?.badge).toEqual({ name: '月亮', every: 20 });
    expect(p?.scoring?.rules).toContain('纪律：上课讲话扣1分。');
  });
});

describe('goals', () => {
  it('a bold goals field that ends in a colon gives the goals listed under it, and is no heading', () => {
    const b = (text: string, more = {}) => ({ kind: 'text' as const, text, ...more });
    const item = { list: { depth: 0, ordered: false, parent: false } };
    const p = extractBlocks({
      source: 'pdf',
      blocks: [
        b('AI in Our Lives', { heading: 1 }),
        b('Lesson Title: Introduction to AI', { emphasis: 'all' }),
        b('Learning Goals: By the end of the lesson, students will be able to:', { emphasis: 'all' }),
        b('Define artificial intelligence in simple terms.', item),
        b('Identify two examples of AI in daily life.', item),
        b('Materials Needed:', { emphasis: 'all' }),
        b('Projector', item),
      ],
    }).document.plans[0];
    expect(p?.goals).toEqual([
      'Define artificial intelligence in simple terms',
      'Identify two examples of AI in daily life',
    ]);
    expect(p?.headings.map((h) => h.text)).toEqual(['Materials Needed']);
  });
  it('a field naming what to achieve is a goal; one saying how goals are set is not', () => {
    expect(
      plan('学习计划\n1. Python的学习\n实现目标：用python实现文档分析功能\n确定目标：每周和老师商量一次')?.goals,
    ).toEqual(['用python实现文档分析功能']);
  });
});

describe('lead-ins', () => {
  it('a line that asks the reader to look at what follows ("…请参考：") names no section; a label over a list does', () => {
    const doc = readHtmlSource(
      '<body><main><h1>第七届中国R语言会议</h1><h2><strong>七、住宿与交通</strong></h2><p>会场附近的饭馆：</p><blockquote><ul><li>华师大中山北路正门，出门后有很多饭馆；</li><li>出正门左转是环球港。</li></ul></blockquote><p>关于到达会场的交通路线请参考：</p><blockquote><ul><li>从地铁金沙江路站2号口出来，向左走。</li><li>如果是开车，从内环金沙江路出口下来。</li></ul></blockquote><h2><strong>八、联系方式</strong></h2><p>会议邮箱。</p></main></body>',
    );
    expect(extractBlocks(doc).document.plans[0]?.headings.map((h) => h.text)).toEqual([
      '住宿与交通',
      '会场附近的饭馆',
      '联系方式',
    ]);
  });
});

describe('questions in a list', () => {
  it("the last question of a list over the next part's bold name is an item of that list, not a section", () => {
    const b = (text: string, more = {}) => ({ kind: 'text' as const, text, ...more });
    const bullet = { list: { depth: 0, ordered: false, parent: false } };
    const p = extractBlocks({
      source: 'pdf',
      blocks: [
        b('Participant Guide', { heading: 1, size: 1.5 }),
        b('Suggested Angles', { heading: 2, size: 1.2 }),
        b('Attendance Trends', { emphasis: 'all' }),
        b('How has attendance changed across events?', bullet),
        b('Can trends help forecast future attendance?', bullet),
        b('Attendee Segmentation', { emphasis: 'all' }),
        b('Who is attending, and who is not?', bullet),
        b('What are the trends among non-member attendees?', bullet),
        b('Deliverables', { heading: 2, size: 1.2 }),
        b('A report of ten pages at most.'),
      ],
    }).document.plans[0];
    expect(p?.headings.map((h) => h.text)).toEqual([
      'Suggested Angles',
      'Attendance Trends',
      'Attendee Segmentation',
      'Deliverables',
    ]);
  });
});

describe('schedule', () => {
  it('lines that open with a time or a date, one under the other, are a timetable, not fields or headings', () => {
    const b = (text: string, more = {}) => ({ kind: 'text' as const, text, ...more });
    const p = extractBlocks({
      source: 'docx',
      blocks: [
        b('Lesson Plan for CS 1109 Study Group', { emphasis: 'all' }),
        b('Schedule (tentative)', { emphasis: 'all' }),
        b('7:00-7:50 Concepts, problems, and discussion'),
        b('8:30- Questions'),
        b('Calendar', { emphasis: 'all' }),
        b('JUN 29 Introduction, operators and expressions'),
        b('JUL 6 Loops'),
        b('Notes', { emphasis: 'all' }),
        b('9月5日 我们第一次见面，大家都很紧张。'),
      ],
    }).document.plans[0];
    expect(p?.title).toBe('Lesson Plan for CS 1109 Study Group');
    expect(p?.headings.map((h) => h.text)).toEqual(['Schedule (tentative)', 'Calendar', 'Notes']);
    expect(p?.schedule).toEqual([
      { when: '7:00-7:50', items: ['Concepts, problems, and discussion'] },
      { when: '8:30-', items: ['Questions'] },
      { when: 'JUN 29', items: ['Introduction, operators and expressions'] },
      { when: 'JUL 6', items: ['Loops'] },
    ]);
  });
  it('a hack day\'s programme: days written "8th Nov, Fri", each over bullets of clock times with what happens then', () => {
    const p = plan(
      '# Schedule\n\n## 8th Nov, Fri\n\n- 11:00 AM : Hackers Checkin and Lunch\n- 6:30 PM : Introductions\n\n## 9th Nov, Sat\n\n- 6:00 AM: Bird Watching\n- 8:00 AM - Breakfast\n- 9:00 AM - 10:00 AM Inauguration\n',
    );
    expect(p?.headings.map((h) => h.text)).toEqual(['8th Nov, Fri', '9th Nov, Sat']);
    expect(p?.schedule).toEqual([
      { when: '8th Nov, Fri', items: [] },
      { when: '11:00 AM', items: ['Hackers Checkin and Lunch'] },
      { when: '6:30 PM', items: ['Introductions'] },
      { when: '9th Nov, Sat', items: [] },
      { when: '6:00 AM', items: ['Bird Watching'] },
      { when: '8:00 AM', items: ['Breakfast'] },
      { when: '9:00 AM - 10:00 AM', items: ['Inauguration'] },
    ]);
    // The same rows as paragraphs keep the half of the day with their time.
    expect(plan('# Schedule\n\n11:00 AM : Hackers Checkin\n\n6:30 PM : Introductions\n')?.schedule).toEqual([
      { when: '11:00 AM', items: ['Hackers Checkin'] },
      { when: '6:30 PM', items: ['Introductions'] },
    ]);
  });
  it('a day with its hours and time zone ("Monday, June 5, 2023 2pm - 4pm CT") is a day of the programme; a date is no number', () => {
    const p = extractBlocks(
      readMarkdown(
        '# Schedule\n\n**Monday, June 5, 2023 2pm - 4pm CT**\n\n- Introductions and onboarding\n- Computational thinking\n\n**Tuesday, June 6, 2023 9:00am - 2:00pm CT**\n\n- Breakfast\n\n05 Jun 2023\n',
      ),
    ).document.plans[0];
    expect(p?.schedule.map((e) => [e.when, e.items])).toEqual([
      ['Monday, June 5, 2023 2pm - 4pm CT', ['Introductions and onboarding', 'Computational thinking']],
      ['Tuesday, June 6, 2023 9:00am - 2:00pm CT', ['Breakfast']],
    ]);
    expect(p?.headings.map((h) => h.marker)).not.toContain('05');
    // One time alone after a date is when a page was printed, not a day's hours.
    expect(plan('Bylaws\nWednesday, October 15, 2025 9:13 PM\nArticle I Name\nThe name is Friends.')?.schedule).toEqual(
      [],
    );
  });
  it('a span of days or weeks named in the plural ("Days 1–3: Training Sessions", "Weeks 2-8") is a period', () => {
    const p = plan(
      'Programme structure\nDays 1–3: Training Sessions\n- Bayesian statistics\nDay 4: Hackathon\n- Team formation\nWeeks 5 to 6: Projects\n',
    );
    expect(p?.schedule.map((e) => [e.when, e.items[0]])).toEqual([
      ['Days 1–3', 'Training Sessions'],
      ['Day 4', 'Hackathon'],
      ['Weeks 5 to 6', 'Projects'],
    ]);
  });
  it('a Hugo post: its TOML front matter gives the title, and a dotted date with its hour under 时间 is a time', () => {
    const p = plan(
      '+++\ndate = "2018-06-06T19:35:00+08:00"\ntitle = "SJTUG 2018 暑期课堂预告"\n+++\n\n活动 | 时间 | 地点 | 内容\n--- | --- | --- | ---\nTutorial | 07.03 19:00 | 东中院 1-103 | Git 使用教学\nSharing | 07.06 19:00 | 东中院 1-103 | 计算机工作原理漫谈\n',
    );
    expect(p?.title).toBe('SJTUG 2018 暑期课堂预告');
    expect(p?.schedule.map((e) => e.when)).toEqual(['07.03 19:00', '07.06 19:00']);
  });
  it("a day's table headed by its date alone gives that date to each of its slots", () => {
    const p = plan(
      '# 青训营\n\n## 日程\n\n| 9月20日 | | |\n| --- | --- | --- |\n| 09:00 ~ 09:20 | 开班仪式 | |\n| 09:25 ~ 12:00 | Node基础 | |\n\n| 9月21日 | | |\n| --- | --- | --- |\n| 9:00 - 11:00 | 工具 | |\n\n| 时间 | 内容 |\n| --- | --- |\n| 14:00 | 总结 |\n',
    );
    expect(p?.schedule).toEqual([
      { when: '9月20日 09:00 ~ 09:20', items: ['开班仪式'] },
      { when: '9月20日 09:25 ~ 12:00', items: ['Node基础'] },
      { when: '9月21日 9:00 - 11:00', items: ['工具'] },
      { when: '14:00', items: ['总结'] },
    ]);
  });
  it('a timetable captioned in its first row, with weekdays for columns: the caption titles it, each lesson once a row', () => {
    const cell = (...lines: string[]) => ({ lines });
    const caption = cell('支教队初三一班课程表', '任课教师：李老师');
    const p = extractBlocks({
      source: 'docx',
      blocks: [
        {
          kind: 'table',
          header: 0,
          rows: [
            [caption, caption, caption],
            [cell('日期', '课程'), cell('周一'), cell('周二')],
            [cell('到校-08:30'), cell('晨读'), cell('晨读')],
            [cell('08:30-10:00'), cell('英语：李老师'), cell('数学：王老师')],
          ],
        },
      ],
    }).document.plans[0];
    expect(p?.title).toBe('支教队初三一班课程表');
    expect(p?.schedule).toEqual([
      { when: '到校-08:30', items: ['晨读'] },
      { when: '08:30-10:00', items: ['英语', '数学'] },
    ]);
  });
  it('a date column whose dates are joined by words: Week of 10/28 to 11/1, Mon & Fri 11/4 & 11/8', () => {
    expect(
      plan(
        '# Schedule\n\n| Date | Topic |\n| --- | --- |\n| Week of 10/28 to 11/1 | Meet the teams |\n| Mon & Fri 11/4 & 11/8 | Workshop 1 |\n',
      )?.schedule,
    ).toEqual([
      { when: 'Week of 10/28 to 11/1', items: ['Meet the teams'] },
      { when: 'Mon & Fri 11/4 & 11/8', items: ['Workshop 1'] },
    ]);
  });
  it('a time cell with no time in it gives no entry', () => {
    expect(
      plan(
        '# Lesson Plan\n\n| Time | Activity |\n| --- | --- |\n| 0:20 | Introduction |\n| (Break) | Recess |\n| 0:40 | Talk |\n',
      )?.schedule,
    ).toEqual([
      { when: '0:20', items: ['Introduction'] },
      { when: '0:40', items: ['Talk'] },
    ]);
  });
  it('weeks hold days, and each day lists what happens in it', () => {
    expect(
      plan(
        '# 培训计划\n\n## 学习计划\n\n### Week 1\n\n目标：熟悉团队。\n\n### Day 1\n\n- 账号开通\n    - 邮箱\n- 公司介绍\n\n### Day 2\n\n- 开发工具\n',
      )?.schedule,
    ).toEqual([
      { when: 'Week 1', items: [] },
      { when: 'Day 1', items: ['账号开通', '公司介绍'] },
      { when: 'Day 2', items: ['开发工具'] },
    ]);
  });
  it('a week opening the document is a section, and sessions named with their date are entries under it', () => {
    const p = plan(
      '# 第一周\n\n## 实验课（4.16）\n\n1. Jdk安装\n2. Android Studio安装\n\n## 理论课（4.18）\n\n1. 技能图谱\n\n# 第二周\n\n## 实验课（4.23）\n\n1. 控件事件\n',
    );
    expect(p?.title).toBe('');
    expect(p?.headings.map((h) => `${h.level}${h.text}`).slice(0, 3)).toEqual([
      '1第一周',
      '2实验课（4.16）',
      '3Jdk安装',
    ]);
    expect(p?.schedule).toEqual([
      { when: '第一周', items: [] },
      { when: '实验课（4.16）', items: ['Jdk安装', 'Android Studio安装'] },
      { when: '理论课（4.18）', items: ['技能图谱'] },
      { when: '第二周', items: [] },
      { when: '实验课（4.23）', items: ['控件事件'] },
    ]);
  });
  it('a numbered phase named with the span of its days is an entry; a sentence or a level in brackets is not', () => {
    const p = plan(
      '工作计划\n一、项目背景与目标设定（7月1日-7月3日）\n1.项目启动\n2.需求分析与规划\n二、开发实施阶段（7月16日-8月15日）\n三、分组练习 (Level 2)\n1.变量\n四、本学期的考试在系楼 208 室进行（3 月 25 日到 4 月 14 日）',
    );
    expect(p?.schedule).toEqual([
      { when: '项目背景与目标设定（7月1日-7月3日）', items: ['项目启动', '需求分析与规划'] },
      { when: '开发实施阶段（7月16日-8月15日）', items: [] },
    ]);
  });
  it('a month with its year and colon opens a schedule entry; a bare year and month at the end is a signature date', () => {
    expect(
      plan(
        '# 学期计划\n\n## 时间安排\n\n2024年2月：\n\n- 完成开题报告\n\n2024年3月：\n\n- 完成方案\n  - 细分任务\n- 完成开发\n',
      )?.schedule,
    ).toEqual([
      { when: '2024年2月', items: ['完成开题报告'] },
      { when: '2024年3月', items: ['完成方案', '完成开发'] },
    ]);
    expect(plan('班级工作计划\n一、目标\n认真学习。\n五年级（3）班\n2024年9月')?.schedule).toEqual([]);
  });
  it('a deadline column written 12.3（十四周周二） gives dates; a column of bare numbers gives no items', () => {
    expect(
      plan(
        '# 实验安排\n\n| 实验 | 课时 | 验收截止日期 |\n| --- | --- | --- |\n| 实验一 | 2 | 12.3（十四周周二） |\n| 实验二 | 2 | 12.9（十五周周一） |\n',
      )?.schedule,
    ).toEqual([
      { when: '12.3（十四周周二）', items: ['实验一'] },
      { when: '12.9（十五周周一）', items: ['实验二'] },
    ]);
  });
  it('the weeks set after a numbered part are its dates, not part of its name', () => {
    const p = plan(
      '# 课程实验计划\n\n实验一VMware的安装和使用 1-3周\n\n安装虚拟机。\n\n实验二 多核编程 4-6周\n\n编写程序。\n',
    );
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual(['实验一|VMware的安装和使用', '实验二|多核编程']);
    expect(p?.schedule).toEqual([
      { when: '1-3周', items: ['实验一VMware的安装和使用'] },
      { when: '4-6周', items: ['实验二 多核编程'] },
    ]);
  });
  it('a word and an Arabic number counting 1, 2 at line starts numbers its lines; one alone, or 附1, does not', () => {
    const p = plan(
      '# 作业安排的通知\n\n一、博文写作\n\n方式1：从已给命题中选择2个\n\n方式2：自拟命题1个\n\n附1 班委组成\n\n附2 各组组长\n\n电话1：1234\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 一、|博文写作',
      '2 方式1|从已给命题中选择2个',
      '2 方式2|自拟命题1个',
    ]);
    // …and so does one set off by an aside in brackets ("实验1（整张图片vs提取人脸的图片）").
    const q = plan(
      '# 实验计划\n\n实验1（整张图片vs人脸图片）\n\n1. 数据集\n\n实验2（连续帧vs离散帧）\n\n1. 假设检验\n',
    );
    expect(q?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 实验1|（整张图片vs人脸图片）',
      '2 1.|数据集',
      '1 实验2|（连续帧vs离散帧）',
      '2 1.|假设检验',
    ]);
  });
  it('an item named, then its dates ("1. 课程学习： 1.7 - 1.17（10天）"), is an entry of the schedule', () => {
    const p = plan(
      '## 学习计划\n\n1. 课程学习： 1.7 - 1.17（10天）\n2. 绘图学习： 1.26-1.28（3天）\n3. 五、活动时间：2012年3月28日\n',
    );
    expect(p?.schedule.slice(0, 2)).toEqual([
      { when: '1.7 - 1.17', items: ['课程学习'] },
      { when: '1.26-1.28', items: ['绘图学习'] },
    ]);
  });
  it('a word with a number in a bullet numbers it when a colon sets its title after it, not when it is a name', () => {
    const p = plan(
      '# 课程\n\n## 实验日历\n\n- Lab1：LC-3 机器码\n- Lab2：LC-3 汇编\n\n## 读书会\n\n- Cohort 1\n- Cohort 2\n\n实验分数由两部分组成：\n\n- 验收\n- 报告\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |实验日历',
      '2 Lab1|LC-3 机器码',
      '2 Lab2|LC-3 汇编',
      '1 |读书会',
    ]);
  });
  it('a deadline is a date of the schedule', () => {
    expect(plan('Team Charter\nProject Overview\nDeadline: March 24, 2026')?.schedule).toEqual([
      { when: 'March 24, 2026', items: [] },
    ]);
  });
  it('bold time slots under a day are entries of that day, each named by the bold line under it', () => {
    const doc = readMarkdown(
      '# Agenda\n\n**Day 1: Hacking Begins**\n\n**10:00 – 12:00**\n\n**Doors Open & Check-In**\n\nArrive and set up.\n\n**12:00 – 12:30**\n\n**Opening Ceremony**\n\nWelcome.\n\n**Day 2: Demos**\n\n**13:00 – 13:30**\n\n**Judging**\n',
    );
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Day 1',
      '2 10:00 – 12:00',
      '3 Doors Open & Check-In',
      '2 12:00 – 12:30',
      '3 Opening Ceremony',
      '1 Day 2',
      '2 13:00 – 13:30',
      '3 Judging',
    ]);
    expect(p?.schedule).toEqual([
      { when: 'Day 1', items: ['Hacking Begins'] },
      { when: '10:00 – 12:00', items: ['Doors Open & Check-In'] },
      { when: '12:00 – 12:30', items: ['Opening Ceremony'] },
      { when: 'Day 2', items: ['Demos'] },
      { when: '13:00 – 13:30', items: ['Judging'] },
    ]);
  });
  it('a day and its hours, then what happens after a comma, is an entry under the time label of its section', () => {
    const p = plan(
      '程序设计大赛方案\n三、比赛规则\n比赛形式：学生自行组队参赛，每队限1~3人。\n时间安排：\n4月21日9时00分至11时00分，熟悉比赛场地\n4月21日下午2点至6点，正式比赛。\n四、奖励办法\n设一等奖。',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 三、|比赛规则',
      '2 |时间安排',
      '3 |4月21日9时00分至11时00分，熟悉比赛场地',
      '3 |4月21日下午2点至6点，正式比赛',
      '1 四、|奖励办法',
    ]);
    expect(p?.schedule).toEqual([
      { when: '4月21日9时00分至11时00分', items: ['熟悉比赛场地'] },
      { when: '4月21日下午2点至6点', items: ['正式比赛'] },
    ]);
    // A day alone before a comma starts a sentence, not an entry.
    expect(plan('活动方案\n一、安排\n4月21日，我们去参观科技馆。')?.schedule).toEqual([]);
  });
  it('a time that recurs without a date is when the group meets, not an entry', () => {
    expect(plan('团队章程\n一、团队开发\n时间：每周六全天\n二、活动安排\n时间：每周三，3月5日起')?.schedule).toEqual([
      { when: '每周三，3月5日起', items: [] },
    ]);
  });
  it('a phase with its dates or its name in brackets is a schedule entry', () => {
    expect(plan('活动方案\n三、活动安排\n第一阶段（9月1日—9月15日）：组建小组，培训组长。')?.schedule).toEqual([
      { when: '第一阶段（9月1日—9月15日）', items: ['组建小组，培训组长'] },
    ]);
    // A phase named in brackets is a period like a week: heading text the whole name, its numbered items its entry's.
    const p = plan(
      '发展计划\n六、发展计划\n第一阶段（软件研发阶段）\n1、软件研发\n2、签订协议\n第二阶段（试运营）预计半年\n1、推广\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 六、|发展计划',
      '2 |第一阶段（软件研发阶段）',
      '3 1、|软件研发',
      '3 2、|签订协议',
      '2 |第二阶段（试运营）',
      '3 1、|推广',
    ]);
    expect(p?.schedule.map((e) => e.when)).toEqual(['第一阶段（软件研发阶段）', '第二阶段（试运营）']);
    expect(p?.schedule[0]?.items).toEqual(['软件研发', '签订协议']);
  });
});

describe('markers on sequence evidence', () => {
  it('a formula broken over lines ("1 + exp(θ − β)", "2 +") numbers nothing, and the sections go on past it', () => {
    const p = plan(
      'Final Project\n1 Introduction\nWe study the data.\n2 Part A\nThe model is\n1 + exp(θ − β)\nwhere θ is the ability.\n2 +\nλ‖w‖\n3 Part B\nMore text here.\n4 Advice\nStart early.',
    );
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '1|Introduction',
      '2|Part A',
      '3|Part B',
      '4|Advice',
    ]);
  });
  it('numbers run on into Chinese by a hyphen ("0-思辨", "1-考研") number a site\'s sections when they go on in order', () => {
    const doc = readHtmlSource(
      '<body><main><h1>培养方案</h1><h2>0-思辨</h2><p>先想清楚。</p><h2>1-考研</h2><p>早做准备。</p><h2>2-计算机素养</h2><p>多动手。</p></main></body>',
    );
    expect(extractBlocks(doc).document.plans[0]?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '0-|思辨',
      '1-|考研',
      '2-|计算机素养',
    ]);
  });
  it('a date that opens a line with its day ("10 July 2026, 6:00 PM IST to …") numbers nothing; the sections go on past it', () => {
    const p = plan(
      'Participant Rulebook\n1 Read This First\nWelcome to the hackathon.\n2 Main Rules\nProjects must be built in the window:\n10 July 2026, 6:00 PM IST to 15 July 2026, 6:00 PM IST\nLater commits are not judged.\n3 Submission Instructions\nSubmit a link.\n',
    );
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '1|Read This First',
      '2|Main Rules',
      '3|Submission Instructions',
    ]);
  });
  it('a piece of a formula set in bold on a line of its own ("v∈S", "v + b") names no section', () => {
    const doc = readMarkdown(
      '# Final Project\n\n## Option 2\n\nGiven a user v from a set of users S, our objective is:\n\n**v∈S**\n\nthe sum of the losses, and with\n\n**v + b**\n\nthe output of the layer.\n\n## Advice\n\nStart early.',
    );
    expect(extractBlocks(doc).document.plans[0]?.headings.map((h) => h.text)).toEqual(['Option 2', 'Advice']);
  });
  it('a span of days under item 1. ("2.6-2.7：…") is a dated line, not item 2.', () => {
    const p = plan(
      '寒假计划\n1. 把难点都解决\n1.24-1.27：drain算法改进完成\n2.6-2.7：完成日志的聚类\n2. 每周看两篇论文',
    );
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '1.|把难点都解决',
      '|1.24-1.27',
      '|2.6-2.7',
      '2.|每周看两篇论文',
    ]);
    expect(p?.schedule.map((e) => e.when)).toEqual(['1.24-1.27', '2.6-2.7']);
  });
  it('decimal numbers with a 、 after them run on under their chapter, whatever word follows ("3.3、项目…", "8.3、request…")', () => {
    const p = plan(
      '课程大纲\n第三章、配置式路由与约定式路由\n3.1、配置式路由\n3.2、约定式路由\n3.3、项目路由选型\n3.4、request 方法运行时配置',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 第三章、|配置式路由与约定式路由',
      '2 3.1、|配置式路由',
      '2 3.2、|约定式路由',
      '2 3.3、|项目路由选型',
      '2 3.4、|request 方法运行时配置',
    ]);
    // A number before a word that can be a unit ("期末") goes on from the item before it; alone it is a quantity.
    expect(
      plan('作业及考核\n2.1 上机作业\n分组完成。\n2.2 期末考试\n当场编程。')?.headings.map((h) => h.marker),
    ).toEqual(['2.1', '2.2']);
    // With no mark after it, a number before a unit is a quantity.
    expect(plan('安排\n3.1 开学\n3.3项活动')?.headings.map((h) => h.marker)).not.toContain('3.3');
  });
  it('accepts a part and item number joined by a dash ("1-1：") when they run on, not a date alone', () => {
    const p = plan(
      '课程设计方案\n1、双向数据功能\n1-1：从控制器读取数据\n1-2：为文本域添加数据绑定\n2、导航条效果\n2-1：实现导航条',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 1、|双向数据功能',
      '2 1-1|从控制器读取数据',
      '2 1-2|为文本域添加数据绑定',
      '1 2、|导航条效果',
      '2 2-1|实现导航条',
    ]);
    expect(plan('校历\n一、放假安排\n1-1：元旦放假。')?.headings.map((h) => h.marker)).toEqual(['一、']);
  });
  it('accepts markers that lost their punctuation and word markers no list names when their numbers run 1, 2, 3', () => {
    const p = plan(
      '研修计划\n1跟岗观察\n观察课堂。\n2 体验前\n准备。\n3 交流\nTask01 Read the text\nTask02 Write notes',
    );
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '1|跟岗观察',
      '2|体验前',
      '3|交流',
      'Task01|Read the text',
      'Task02|Write notes',
    ]);
    // A number glued to a noun that opens with a counting word ("1项目简介": 项目, not 1 项) numbers its section; a
    // count stays a count ("3项任务", "2人一组").
    const charter = plan('项目章程\n1项目简介\n本项目是一个系统。\n2项目背景\n背景。\n3时间安排\n共3项任务，2人一组。');
    expect(charter?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual(['1|项目简介', '2|项目背景', '3|时间安排']);
    // A sentence that opens with a day, a comma after its number, numbers nothing ("After day 1, students will:").
    const days = plan(
      '# Bootcamp\n\n## Day 1\n\nAfter day 1, students will:\n\n- Log in\n\n## Day 2\n\nAfter day 2, students will:\n\n- Search\n',
    );
    expect(days?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual(['|Day 1', '|Day 2']);
  });
  it('a word with a Chinese numeral counts as a marker in sequence (实验一, 实验二), a range of word markers does not', () => {
    const p = plan(
      '课程实验计划\n实验一VMware的安装和使用\n安装虚拟机。\n实验二 多核编程\n编写程序。\nDay 16 - Day 17\n复习。',
    );
    // "Day 16 - Day 17" is a span of days: a period of the schedule, not item 16 titled "Day 17".
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '实验一|VMware的安装和使用',
      '实验二|多核编程',
      '|Day 16 - Day 17',
    ]);
  });
  it('a bracketed Chinese numeral after a word counts in sequence too (环节（一）, 环节（二）)', () => {
    const p = plan('五、活动环节\n环节（一）：播放一段短片。\n环节（二）：请同学们讨论。\n六、活动总结');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 五、|活动环节',
      '2 环节（一）|播放一段短片',
      '2 环节（二）|请同学们讨论',
      '1 六、|活动总结',
    ]);
  });
  it('numbers set off by a colon and a space ("1: What is a shell") count in sequence, a ratio does not', () => {
    const p = plan(
      '# Workshop\n\n## Session 1\n\n- 1: What is a shell\n- 2: Moving around\n\n## Session 2\n\n- 3: Editing files\n- Mix 2:1 by level\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |Session 1',
      '2 1:|What is a shell',
      '2 2:|Moving around',
      '1 |Session 2',
      '2 3:|Editing files',
    ]);
  });
  it('Chinese section numbers that lost their 、 count on with those that kept it ("二 …", "三．…", "六 时间的安排")', () => {
    const p = plan(
      '一 课程信息\n课程名称：数据结构。\n二 教学目的\n掌握方法。\n三．课程内容\n分析设计。\n四 考核方法\n平时成绩。\n五 时间的安排\n三周。',
    );
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '一|课程信息',
      '二|教学目的',
      '三．|课程内容',
      '四|考核方法',
      '五|时间的安排',
    ]);
  });
  it('a word and an ordinal count in sequence ("仪式第一项：升国旗"), an aside in brackets after it left out', () => {
    const p = plan(
      '周一升旗仪式方案\n仪式第一项：升国旗\n全体立正。\n仪式第二项：主题晨会\n请同学讲话。\n仪式第三项（视情况而定）：颁奖仪式\n颁奖。',
    );
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '仪式第一项|升国旗',
      '仪式第二项|主题晨会',
      '仪式第三项|颁奖仪式',
    ]);
  });
  it('prize grades (一等奖, 二等奖) are no numbered items', () => {
    expect(plan('奖项设置\n一等奖：5%\n二等奖：15%\n三等奖：25%')?.headings.map((h) => h.marker)).not.toContain('一');
  });
  it('a run already counted may skip one number (a mistyped "Trining 3" between 2 and 4); one line alone may not', () => {
    const p = plan(
      '课程大纲\nTraining 1: Basics\n讲解。\nTraining 2: Types\n练习。\nTrining 3: Style\n练习。\nTraining 4: Pandas\n练习。',
    );
    expect(p?.headings.map((h) => h.marker)).toEqual(['Training 1', 'Training 2', 'Training 4']);
    expect(plan('计划\nTraining 2: Types\n练习。\nTraining 4: Pandas')?.headings).toEqual([]);
  });
  it('a run of word markers may start at 0 (Task00, Task01)', () => {
    const p = plan('# 学习计划\n\n## 任务安排\n\n### Task00：熟悉规则\n\n组队。\n\n### Task01：预备课\n\n练习。\n');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |任务安排',
      '2 Task00|熟悉规则',
      '2 Task01|预备课',
    ]);
  });
  it('a word with a number sign numbers parts when set off from their text ("Rule #1:"), not things named so ("Quiz #1 Due")', () => {
    const rules = plan(
      'Club Rules\nRule #1: No toxicity of any form.\nRule #2 – Respect all hardware.\nRule #3: No eating.',
    );
    expect(rules?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      'Rule #1|No toxicity of any form',
      'Rule #2|Respect all hardware',
      'Rule #3|No eating',
    ]);
    expect(plan('Schedule\nQuiz #1 Due\nReview.\nQuiz #2 Due\nQuiz #3 Due')?.headings.map((h) => h.text)).toEqual([
      'Schedule',
    ]);
    // …and bold type sets it off too, as a PDF's "Rule #1" before the rule.
    const pdf = extractBlocks({
      source: 'pdf',
      blocks: [
        { kind: 'text', text: 'Rules and Guidelines', heading: 1 },
        { kind: 'text', text: 'Rule #1 No toxicity of any form.', emphasis: 'lead', lead: 'Rule #1' },
        { kind: 'text', text: 'Rule #2 Respect all hardware', emphasis: 'lead', lead: 'Rule #2' },
      ],
    }).document.plans[0];
    expect(pdf?.headings.map((h) => h.marker)).toEqual(['Rule #1', 'Rule #2']);
  });
  it('a decimal joined to its text by a dash numbers an exercise ("1.1-gflops"); a range of decimals does not', () => {
    const p = plan(
      '练习：\n1. 基础知识回顾\n1.1-gflops/bandwidth：测量浮点运算能力。\n1.2-设备属性翻译：中英对照。\n2. 代码移植',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |练习',
      '2 1.|基础知识回顾',
      '3 1.1-|gflops/bandwidth',
      '3 1.2-|设备属性翻译',
      '2 2.|代码移植',
    ]);
    expect(plan('安排\n1.1-1.5 复习\n1.6-2.3 讲授')?.headings.map((h) => h.marker)).not.toContain('1.1-');
  });
  it('one such line alone is not a marker, nor a quantity', () => {
    expect(plan('计划\n3人一组，轮流发言。\n2 students share a desk.')?.headings).toEqual([]);
    // Nor a count in English, one after the other: a rubric's bands ("1 point for…", "2 points for…").
    const rubric = plan(
      '# Proposal\n\n## Marking\n\nThe proposal should:\n\n- Outline the data set you intend to use (4pt)\n  - 1 point for showing you can acquire the data\n  - 2 points for exploring the data\n',
    );
    expect(rubric?.headings.map((h) => h.marker)).not.toContain('1');
    expect(rubric?.headings.map((h) => h.marker)).not.toContain('2');
  });
  it('"2.1至2人…" right after item 1. is item 2., not a decimal', () => {
    const p = plan('细则\n一、眼保健操\n1.不得随意走动\n2.1至2人不做扣0.5分，3至4人不做扣1分。');
    expect(p?.headings.map((h) => `${h.level}${h.marker}${h.text.slice(0, 5)}`)).toEqual([
      '1一、眼保健操',
      '21.不得随意走',
      '22.1至2人不',
    ]);
  });
  it('…but "3.3 …" after "3.1 …", "3.2 …" and the items 1. 2. under 3.2 is the next decimal section, over them', () => {
    const p = plan(
      '项目计划书\n三、核心设计原理\n3.1 内存管理模型\n采用引用计数。\n3.2 统一抽象模型\n1. Prim 抽象：可执行逻辑\n2. Closure 抽象：数据结构\n3.3 虚拟机设计\n基于栈。\n四、实现方案\n4.1 技术栈选择\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 三、|核心设计原理',
      '2 3.1|内存管理模型',
      '2 3.2|统一抽象模型',
      '3 1.|Prim 抽象',
      '3 2.|Closure 抽象',
      '2 3.3|虚拟机设计',
      '1 四、|实现方案',
      '2 4.1|技术栈选择',
    ]);
  });
  it('…and so are items 1、2、 under "2.2" when the sections above them are numbered 1、2、 too', () => {
    const p = plan(
      '项目计划书\n1、 引言\n1.1 编写目的\n确保项目有序开展。\n2、 项目概述\n2.1 项目背景\n解决闲置资源浪费。\n2.2 项目功能\n1、用户可以注册并填写必要信息\n2、用户可以上架商品和购买商品\n2.3 项目预算\n设备成本：3台计算机\n3、 实施计划\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 1、|引言',
      '2 1.1|编写目的',
      '1 2、|项目概述',
      '2 2.1|项目背景',
      '2 2.2|项目功能',
      '3 1、|用户可以注册并填写必要信息',
      '3 2、|用户可以上架商品和购买商品',
      '2 2.3|项目预算',
      '1 3、|实施计划',
    ]);
  });
  it('…and so are sections 一、二、 under "2. 功能概述" when "3." goes on after them, with their own 1. 2. lists inside', () => {
    const p = plan(
      '项目计划书\n二、技术方案\n1. 总体架构\n系统采用端云协同架构。\n2. 功能概述\n一、药品智能识别\n拍照即可识别药品。\n二、健康数据接入：\n1. 睡眠质量\n2. 心血管状态\n三、家庭共享\n子女可远程查看。\n3. 关键技术\n4. 其他技术\n三、项目计划\n1. 可行性分析\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 二、|技术方案',
      '2 1.|总体架构',
      '2 2.|功能概述',
      '3 一、|药品智能识别',
      '3 二、|健康数据接入',
      '4 1.|睡眠质量',
      '4 2.|心血管状态',
      '3 三、|家庭共享',
      '2 3.|关键技术',
      '2 4.|其他技术',
      '1 三、|项目计划',
      '2 1.|可行性分析',
    ]);
  });
  it('…but not under an item that carries its own words ("2. 奖项设置：…"): the section after it is its sibling', () => {
    const p = plan(
      '球赛章程\n一、个人赛\n1. 赛程：4月1日至9月30日\n2. 奖项设置：全赛季设置1个个人联赛冠军\n(一)、个人联赛\n1. 赛制\n6轮比赛积分总和决出冠军。\n2. 报分\n赛后上交积分卡。\n3. 奖项\n前三名晋级总决赛。\n二、团队赛\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 一、|个人赛',
      '2 1.|赛程',
      '2 2.|奖项设置',
      '2 (一)、|个人联赛',
      '3 1.|赛制',
      '3 2.|报分',
      '3 3.|奖项',
      '1 二、|团队赛',
    ]);
  });
});

describe('typed numbers and decimal numbering', () => {
  const outline = (text: string) => plan(text)?.headings.map((h) => `${h.level}${h.marker}|${h.text}`);
  it('numbers typed into bullets number the items, across the bullets they sit under', () => {
    expect(
      outline(
        '# 班规\n\n## 个人处罚\n\n- **出勤**\n  - 1 迟到 -2\n  - 2 旷课 -3\n- **其它**\n  - 3 顶撞班委 -2\n  - 4 班委不作为 -3\n',
      ),
    ).toEqual(['1|个人处罚', '2|出勤', '31|迟到 -2', '32|旷课 -3', '2|其它', '33|顶撞班委 -2', '34|班委不作为 -3']);
  });
  it('a word with a number in a bullet names a thing, it does not number it', () => {
    expect(outline('# Book club\n\n## Cohorts\n\n- Cohort 1 (started 2021)\n- Cohort 2 (started 2022)\n')).toEqual([
      '1|Cohorts',
    ]);
  });
  it('reads decimal numbering that goes on in order, and nests it under its item', () => {
    expect(outline('小组计划\n1 背景\n1.1 目标\n1.2 内容\n2 安排\n2.1 时间\n3.1 地点说明\n')).toEqual([
      '11|背景',
      '21.1|目标',
      '21.2|内容',
      '12|安排',
      '22.1|时间',
      '23.1|地点说明',
    ]);
    // A clause under a numbered section, numbered from the section's own number, is its clause, alone or not in turn;
    // a section's number before a name of a kind of document ("3.2 比赛规则") numbers the section: it is no new title.
    expect(
      outline('比赛手册\n3.1 概述\n一场比赛。\n3.1.1 比赛时间\n三分钟。\n3.2 比赛规则\n3.2.5 机器人动作\n'),
    ).toEqual(['13.1|概述', '23.1.1|比赛时间', '13.2|比赛规则', '23.2.5|机器人动作']);
  });
  it('dates and quantities written with a dot are not numbering', () => {
    expect(
      outline('班级工作计划\n一、工作安排\n9.1 开学典礼\n10.1 国庆放假\n11.1 期中考试\n二、要求\n1.5 小时以内完成作业'),
    ).toEqual(['1一、|工作安排', '1二、|要求']);
  });
  it('a range with one tilde stays a range in Markdown', () => {
    expect(outline('# 细则\n\n1. 讲题加1~3分;协助加2~5分\n2. 迟到扣1分\n')).toEqual([
      '11.|讲题加1~3分',
      '12.|迟到扣1分',
    ]);
  });
});

describe('titles and labels in Markdown', () => {
  const outline = (text: string) => plan(text)?.headings.map((h) => `${h.level}${h.marker}|${h.text}`);
  it('the title in two languages at the top is the title, not two headings', () => {
    const p = plan(
      '---\ntitle: "ESL 课堂规则"\n---\n\n# Class Rules for ESL\n# ESL 课堂规则\n\n## 0. No Electronics\n\ntext\n\n## 1. Be Prepared\n\ntext\n',
    );
    expect(p?.title).toBe('ESL 课堂规则');
    expect(
      outline('# Class Rules for ESL\n# ESL 课堂规则\n\n## 0. No Electronics\n\ntext\n\n## 1. Be Prepared\n'),
    ).toEqual(['10.|No Electronics', '11.|Be Prepared']);
  });
  it('a title above a second one in the same script is the title over a part; a title spaced a character a line reads as one', () => {
    const p = plan(
      '# 培训计划\n\n# 后端新同事学习计划\n\n欢迎加入。\n\n## 学习目标\n\n- 了解团队\n\n## 学习计划\n\n### Week 1\n\n### Day 1\n\n- 账号开通\n\n### Day 2\n\n- 开发工具\n\n### Week 2\n\n### Day 6\n\n- 代码规范\n',
    );
    expect(p?.title).toBe('培训计划');
    expect(p?.headings.map((h) => `${h.level}${h.text}`)).toEqual([
      '1后端新同事学习计划',
      '2学习目标',
      '2学习计划',
      '3Week 1',
      '4Day 1',
      '4Day 2',
      '3Week 2',
      '4Day 6',
    ]);
    expect(plan('# 策\n# 划\n# 书\n\n## 第一部分 项目介绍\n\n正文。\n')?.title).toBe('策划书');
  });
  it('an article heading that is only its number is a heading; a bare number left with nothing under it is not', () => {
    expect(
      outline(
        '# 章程\n\n## 第一章 总则\n\n### 第一条 名称\n\n名称。\n\n### 第二条\n\n本社团是学生组织。\n\n## 第二章\n',
      ),
    ).toEqual(['1第一章|总则', '2第一条|名称', '2第二条|']);
  });
  it('a note that ends by introducing a list heads the items listed under it', () => {
    expect(outline('# 课程安排\n\n注：4个学时为一个单元，各单元内容如下：\n\n1. 统计描述\n2. 假设检验\n')).toEqual([
      '1|注',
      '21.|统计描述',
      '22.|假设检验',
    ]);
  });
  it('a bold line that introduces a list, or is a sentence, names no section', () => {
    expect(
      outline(
        '# 规则\n\n- **违反以下任意规则需在反思板上签名：**\n  1. 上课迟到\n  2. 离开教室\n- **Missing homework results in detention.**<br>\n  **未完成作业将留堂。**\n',
      ),
    ).toEqual(['11.|上课迟到', '12.|离开教室']);
  });
});

describe('bold run-in phrases', () => {
  it('a bold role before a name is no heading; a bold phrase before a sentence is', () => {
    const lead = (text: string, l: string) => ({ kind: 'text' as const, text, emphasis: 'lead' as const, lead: l });
    const p = extractBlocks({
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'Team Contract' },
        lead('Code Reviewer Gerard Dizon', 'Code Reviewer'),
        { kind: 'text', text: '(Gives feedback on code.)' },
        lead('Consequences In the occurrence of a missed deadline the team meets.', 'Consequences'),
      ],
    }).document.plans[0];
    expect(p?.headings.map((h) => h.text)).toEqual(['Consequences']);
  });
});

describe('Word numbering among typed numbers', () => {
  it("Word's automatic 一、 ranks among typed 1、 paragraphs by its numbering", () => {
    const doc = {
      source: 'docx' as const,
      blocks: [
        { kind: 'text' as const, text: '考核方案' },
        { kind: 'text' as const, text: '一、 考核题目', list: { depth: 0, ordered: true, parent: false } },
        { kind: 'text' as const, text: '《选课系统》' },
        { kind: 'text' as const, text: '二、 考核内容', list: { depth: 0, ordered: true, parent: false } },
        { kind: 'text' as const, text: '1、考核要求：' },
        { kind: 'text' as const, text: '2、考核方式：' },
      ],
    };
    const p = extractBlocks(doc).document.plans[0];
    expect(p?.headings.map((h) => `${h.level}${h.marker}${h.text}`)).toEqual([
      '1一、考核题目',
      '1二、考核内容',
      '21、考核要求',
      '22、考核方式',
    ]);
  });
});
