/** The extractor on structured blocks: levels from evidence, tables, labels, bodies, and counted work. */
import { describe, expect, it } from 'vitest';
import type { Block, BlockDocument, TextBlock } from '../../shared/plan/blocks.ts';
import { extractBlocks, extractPlans } from '../../shared/plan/index.ts';
import { assignLevels } from '../../shared/plan/levels.ts';
import { normalizeText } from '../../shared/plan/normalize.ts';
import { markdownChunks, readMarkdown } from '../../shared/plan/read/markdown.ts';
import { readHtmlSource } from '../../shared/plan/read/parse5.ts';
import { structuredLevels } from '../../shared/plan/structure-levels.ts';
import { readText } from '../../shared/plan/read/text.ts';
import { settleTitle } from '../../shared/plan/read/title.ts';
import { readTableBlock } from '../../shared/plan/tables.ts';
import { isTimeValue } from '../../shared/plan/when.ts';
import { work } from '../../shared/plan/work.ts';

/** An item of a Word list as the Word reader gives it: the number Word shows, at the top level. */
const item = (n: number, text: string): Block => ({
  kind: 'text',
  text: `${n}. ${text}`,
  list: { depth: 0, ordered: true, marker: `${n}.`, parent: false },
});

/** A line as a reader gives it, with its evidence. */
const textLine = (text: string, extra: Partial<TextBlock> = {}): Block => ({ kind: 'text', text, ...extra });

const outline = (md: string) =>
  extractPlans(md).document.plans[0]?.headings.map((h) => `${h.level} ${h.marker}${h.marker ? ' ' : ''}${h.text}`);

describe('levels from structure', () => {
  it('nests headings by rank, however many ranks are skipped, and lists one below the line that introduced them', () => {
    expect(
      structuredLevels([
        { style: 'label', value: 1, text: 'A', rank: 2 },
        { style: '1.', value: 1, text: 'a', list: 0 },
        { style: '1.', value: 1, text: 'b', list: 1 },
        { style: 'label', value: 1, text: 'B', rank: 4 },
        { style: 'label', value: 1, text: 'note' },
        { style: '1.', value: 1, text: 'c', list: 0 },
        { style: 'label', value: 1, text: 'C', rank: 2 },
      ]),
    ).toEqual([1, 2, 3, 2, 3, 4, 1]);
  });

  it('decimal numbers set as headings and the decimal clauses under them are two series, each read as numbers', () => {
    const md =
      '# Constitution\n\n## 0.1 Society Name\n\n1.1 The name shall be HackSoc.\n\n## 0.2 Aims\n\n1.1 The aims are:\n\n1.2 To host hackathons.\n\n## 0.3 Members\n\n1.1 Members follow the rules.\n';
    const heads = extractPlans(md).document.plans[0]?.headings.filter((h) => h.level === 1);
    expect(heads?.map((h) => [h.marker, h.text])).toEqual([
      ['0.1', 'Society Name'],
      ['0.2', 'Aims'],
      ['0.3', 'Members'],
    ]);
  });

  it('a section number typed straight before its name is a number, a count or a measure after it is not', () => {
    const text = [
      '1.项目概述',
      '1.1编写目的',
      '1.2项目的背景',
      '1.3项目的目标',
      '2.范围计划',
      '2.1WPS任务分解图',
      '3.成本计划',
      '3.1预算估计',
      '项目资金总预算为人民币10万元，每天工作1.5小时，共需2.5万元。',
      '3.2预算使用要求',
    ].join('\n');
    const heads = extractPlans(text).document.plans[0]?.headings;
    expect(heads?.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 1.|项目概述',
      '2 1.1|编写目的',
      '2 1.2|项目的背景',
      '2 1.3|项目的目标',
      '1 2.|范围计划',
      '2 2.1|WPS任务分解图',
      '1 3.|成本计划',
      '2 3.1|预算估计',
      '2 3.2|预算使用要求',
    ]);
    // Alone, "1.5小时" and "2.5万元" open sentences, not sections; nor does a version number run into its name.
    const loose = extractPlans(
      '一、安排\n1.5小时用于分组讨论。\n2.5万元用于购买器材。\n3.5GHz处理器的电脑一台。',
    ).document;
    expect(loose.plans[0]?.headings.map((h) => h.text)).toEqual(['安排']);
  });

  it('the last item of a list holds a list of its own as the items before it did ("1. 首页 / 1》头部 … 2. 购物车页 / 1》头部")', () => {
    const text = ['1. 商品页', '1) 头部', '2) 主体', '2. 购物车页', '1) 头部', '2) 主体'].join('\n');
    const heads = extractPlans(text).document.plans[0]?.headings;
    expect(heads?.map((h) => `${h.level} ${h.marker}`)).toEqual(['1 1.', '2 1)', '2 2)', '1 2.', '2 1)', '2 2)']);
  });

  it('a chapter named by its number alone holds its articles; an article number alone takes the next line as its text', () => {
    const zh = extractPlans(
      '学生会章程\n第一章\n第一条 本会名称为学生会。\n第二条\n本会宗旨是服务同学。\n第二章\n第三条 会员。\n3、',
    ).document.plans[0]?.headings;
    expect(zh?.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 第一章|',
      '2 第一条|本会名称为学生会',
      '2 第二条|本会宗旨是服务同学',
      '1 第二章|',
      '2 第三条|会员',
    ]);
    const md = extractPlans(
      '# Code of Conduct\n\n**Chapter I**\n\n**Article I: Definitions**\n\nText.\n\n**Article II: Members**\n\nText.\n\n**Chapter II**\n\n**Article I: Reporting**\n\nText.\n',
    ).document.plans[0]?.headings;
    expect(md?.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 Chapter I|',
      '2 Article I|Definitions',
      '2 Article II|Members',
      '1 Chapter II|',
      '2 Article I|Reporting',
    ]);
  });

  it('clauses numbered by hand five deep in plain text are clauses of their own', () => {
    const text = [
      '1. Name',
      '1.1. The name of this club shall be the Cast.',
      '2. Membership',
      '2.1. Members shall be aged 18 years or older.',
      '2.2. Responsibilities of members',
      '2.2.1. Participate in membership meetings.(see Article 6)',
      '2.2.1.1. All active members must attend at least one membership meeting per year.',
      '2.2.1.2. Excused absences shall be granted by the Directors for any reasonable cause.',
      '2.2.1.2.1. An excused absence shall reduce quorum by one.',
      '2.2.1.2.2. An absence without excuse shall be noted.',
      '2.2.2. Be a member of one or more departments.',
      '3. Officers',
      '3.1. The officers shall be elected each year.',
    ].join('\n');
    const [p] = extractPlans(text).document.plans;
    // Every clause is a heading of its own, none run into the one before.
    expect(p?.headings.map((h) => h.marker)).toEqual(text.split('\n').map((l) => l.slice(0, l.indexOf(' '))));
  });

  it("a part's number alone as a heading ('## Part 1', '### Lesson 00') is the part's name; an article's stays its number", () => {
    const md = '# Bootcamp\n\n## Part 1\n\n- 學習版本控制\n- 學習網路基本知識\n\n## Part 2\n\n- 學習 CSS\n';
    expect(outline(md)).toEqual(['1 Part 1', '1 Part 2']);
    const [p] = extractPlans('# Bylaws\n\n## Article I\n\nThe name is the Club.\n').document.plans;
    expect(p?.headings.map((h) => [h.marker, h.text])).toEqual([['Article I', '']]);
  });

  it("a Markdown heading's anchor written after it ('{#agenda}', Docusaurus's comment) is no part of its name", () => {
    const md =
      '# Developer meeting\n\n## Details {/* #details */}\n\nAt 13:00.\n\n## Agenda {#agenda .unnumbered}\n\n1. News\n';
    expect(outline(md)).toEqual(['1 Details', '1 Agenda', '2 1. News']);
  });

  it('a Markdown heading written without its space ("##课程性质") is a heading of its depth, its hashes syntax', () => {
    expect(outline('# 课程安排\n\n## 概述\n\n正文。\n\n##课程性质\n\n1. 课程长度\n2. 时间\n')).toEqual([
      '1 概述',
      '1 课程性质',
      '2 1. 课程长度',
      '2 2. 时间',
    ]);
    // …and a chapter so written is a section, not the document's title.
    const plan = extractPlans(
      '#第一章 初识深度学习#\n\n### 重点\n\n1. 起源\n\n#第二章 感知机#\n\n### 重点\n\n1. 原理\n',
    ).document.plans[0];
    expect(plan?.title).toBe('');
    expect(plan?.headings.map((h) => `${h.level} ${h.text}`).slice(0, 2)).toEqual(['1 初识深度学习', '2 重点']);
  });

  it('an unspaced heading ends at its line though the text under it follows without a blank; a version line is none', () => {
    const md =
      '# 班级管理制度\n###版本:V1.0\n\n#一.\t学习制度\n为营造良好的学习氛围，特制定以下制度。\n\n#二.\t班委会制度\n班委会负责班级的日常工作。\n';
    expect(outline(md)).toEqual(['1 一. 学习制度', '1 二. 班委会制度']);
    // …and two such headings on consecutive lines, inside a paragraph or an HTML block, are two headings.
    const run =
      '# 管理制度\n\n##一、工作组职责\n###1. 平台研发\n研发平台产品。\n\n<br>\n##二、岗位职责##\n###2. 架构师\n完成总体设计。\n';
    expect(outline(run)).toEqual(['1 一、 工作组职责', '2 1. 平台研发', '1 二、 岗位职责', '2 2. 架构师']);
  });

  it("a Word charter converted to Markdown: chapters as one-item lists ('1.  总则') hold the articles after them", () => {
    const md =
      '**研究会章程**\n\n1.  总则\n\n第一条 本会的名称是研究会。\n\n第二条 本会是学术性社会组织。\n\n2.  业务范围\n\n第三条 本会的业务范围：\n\n（一）开展学术交流；\n\n（二）举办培训。\n\n3.  会员\n\n第四条 本会的会员分为个人会员。\n';
    const [p] = extractBlocks(readMarkdown(md)).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker} ${h.text}`)).toEqual([
      '1 1. 总则',
      '2 第一条 本会的名称是研究会',
      '2 第二条 本会是学术性社会组织',
      '1 2. 业务范围',
      '2 第三条 本会的业务范围',
      '3 （一） 开展学术交流',
      '3 （二） 举办培训',
      '1 3. 会员',
      '2 第四条 本会的会员分为个人会员',
    ]);
  });

  it('one missed heading moves only its own section', () => {
    const md = '# Plan\n\n## Goals\n\n1. a\n2. b\n\n### Detail\n\n1. c\n\n## Steps\n\n1. d\n';
    expect(outline(md)).toEqual(['1 Goals', '2 1. a', '2 2. b', '2 Detail', '3 1. c', '1 Steps', '2 1. d']);
  });

  it('sections met side by side in week 1 stay siblings when a later week writes one of them a rank higher', () => {
    const week = (n: number, topic: string, h: string) =>
      `## Week ${n}\n\n### ${topic}\n\n${h} Learning Objectives\n\nLearn.\n\n#### Outline\n\nSteps.\n\n#### Tools\n\nGit.\n\n`;
    expect(
      outline(`# Bootcamp\n\n${week(1, 'How the Web Works', '####')}${week(2, 'Programming Fundamentals', '###')}`),
    ).toEqual([
      '1 Week 1',
      '2 How the Web Works',
      '3 Learning Objectives',
      '3 Outline',
      '3 Tools',
      '1 Week 2',
      '2 Programming Fundamentals',
      '3 Learning Objectives',
      '3 Outline',
      '3 Tools',
    ]);
    // The other way round: a section written a rank lower than before nests where it is written.
    const md =
      '# Project\n\n## Part 1\n\n### Display\n\nText.\n\n### Submit\n\nText.\n\n## Part 2\n\n### Display\n\nText.\n\n#### Submit\n\nText.\n';
    expect(outline(md)).toEqual(['1 Part 1', '2 Display', '2 Submit', '1 Part 2', '2 Display', '3 Submit']);
  });

  it('a handbook numbered "1.0", "1.1", "6.1.1": the whole numbers hold their decimals, "6.1.1" is inside "6.1" though set alike', () => {
    const md =
      '# Handbook\n\n## **1.0 WHAT IS FIRST?**\n\nText.\n\n### **1.1 Competition**\n\nText.\n\n### **1.2 Core Values**\n\nText.\n\n## **2.0 ABOUT THE TEAM**\n\nText.\n\n### **2.1 Primary Goal**\n\nText.\n\n### **2.2 Travel Roles**\n\nThe roles are these.\n\n### **2.2.1 Safety Captain**\n\nText.\n\n### **2.2.2 Pit Crew**\n\nText.\n\n## **3.0 FINAL NOTES**\n\nText.\n';
    expect(outline(md)).toEqual([
      '1 1.0 WHAT IS FIRST',
      '2 1.1 Competition',
      '2 1.2 Core Values',
      '1 2.0 ABOUT THE TEAM',
      '2 2.1 Primary Goal',
      '2 2.2 Travel Roles',
      '3 2.2.1 Safety Captain',
      '3 2.2.2 Pit Crew',
      '1 3.0 FINAL NOTES',
    ]);
  });

  it("a page's own title under a briefer front-matter title is a title too, not a section holding the whole page", () => {
    const md =
      '---\ntitle: Team Handbook\n---\n\n# Team 695 Robotics Handbook (2024-2025)\n\n## Attendance\n\nText.\n\n## Travel\n\nText.\n';
    const plan = extractPlans(md).document.plans[0];
    expect(plan?.title).toBe('Team Handbook');
    expect(outline(md)).toEqual(['1 Attendance', '1 Travel']);
    // …but a first heading with a rival of its rank is a section among its peers.
    const peers = '---\ntitle: Team Handbook\n---\n\n# Attendance\n\n## Days\n\nText.\n\n# Travel\n\nText.\n';
    expect(outline(peers)).toEqual(['1 Attendance', '2 Days', '1 Travel']);
  });

  it("a team contract: a label glued to a sentence's stop is cut off; the names under 'Signatures' are who signed", () => {
    const md =
      '# Team 16\n\n## 5. Team Purpose\n\nWe do all that we are required to do before the due date.Code of Conduct:\n\n- Arrive on time\n- Respect others\n\n## Members\n\nI agree to abide by its terms.\n\n### Signatures\n\n***Drake Axelrod***\n\n***Johan Axell***\n\n***张晓明***\n\n### Footer\n\nText.\n';
    expect(outline(md)).toEqual(['1 5. Team Purpose', '2 Code of Conduct', '1 Members', '2 Signatures', '2 Footer']);
    // With a space after the stop, the words may lead into the list: no cut.
    const lead = '# Rules\n\n## Meetings\n\nWe meet weekly. We agree to these rules:\n\n- Arrive on time\n- Be kind\n';
    expect(outline(lead)).toEqual(['1 Meetings']);
  });

  it("a PDF's dates at the margin, each with what happens then set in to its right, are a timetable, not headings", () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        textLine('All Star Program', { heading: 1 }),
        textLine('Dates of the Selection Process', { emphasis: 'all' }),
        textLine('10/15/2013', { emphasis: 'all' }),
        textLine('Deadline for coaches to submit player ratings for their', { emphasis: 'all', indent: 5 }),
        textLine('recreational teams.', { indent: 5 }),
        textLine('10/26/2013', { emphasis: 'all' }),
        textLine('Coaches invite the players to try out.', { emphasis: 'all', indent: 5 }),
        textLine('11/10/2013', { emphasis: 'all' }),
        textLine('First tryouts at Sun View Elementary.', { emphasis: 'all', indent: 5 }),
      ],
    };
    const plan = extractBlocks(doc).document.plans[0];
    expect(plan?.headings.map((h) => h.text)).toEqual(['Dates of the Selection Process']);
    expect(plan?.schedule.map((e) => `${e.when}|${e.items.join('/')}`)).toEqual([
      '10/15/2013|Deadline for coaches to submit player ratings for their recreational teams',
      '10/26/2013|Coaches invite the players to try out',
      '11/10/2013|First tryouts at Sun View Elementary',
    ]);
  });

  it("a timeline's step numbers drawn in badges over their headings number the steps; one number alone is no step", () => {
    const step = (n: number, name: string) =>
      `<div class="step"><div class="step-circle">${n}</div><div><h4>${name}</h4><span>按时完成这一步的各项要求。</span></div></div>`;
    const md = `# 招新指南\n\n## 招新流程\n\n<div class="timeline">\n${step(1, '报名')}\n${step(2, '笔试')}\n${step(3, '面试')}\n</div>\n`;
    expect(outline(md)).toEqual(['1 招新流程', '2 1 报名', '2 2 笔试', '2 3 面试']);
    expect(outline(`# 指南\n\n## 流程\n\n<div>${step(3, '面试')}</div>\n`)).toEqual(['1 流程', '2 面试']);
  });

  it("a form's blanks set as headings ('Group:' / 'Members:', 'Score: ___ / 45') are fields; a section over its first part is not", () => {
    const rubric = extractBlocks({
      source: 'pdf',
      blocks: [
        textLine('Final Project Rubric', { heading: 1 }),
        textLine('Group:', { heading: 2 }),
        textLine('Members:', { heading: 2 }),
        textLine('Implementation (45%)', { heading: 2 }),
        textLine('Score: ___ / 45', { heading: 2 }),
        textLine('Code well-written and documented'),
        textLine('Teamwork (5%)', { heading: 2 }),
        textLine('Score: ___ / 5', { heading: 2 }),
        textLine('Everyone contributed'),
      ],
    }).document.plans[0];
    expect(rubric?.headings.map((h) => h.text)).toEqual(['Implementation (45%)', 'Teamwork (5%)']);
    expect(
      outline('# 集训队章程\n\n## 权利和义务：\n\n### 权利：\n\n- 使用机房。\n\n### 义务：\n\n- 参加训练。\n'),
    ).toEqual(['1 权利和义务', '2 权利', '2 义务']);
  });

  it('a numbering first met set in under an item of another is inside it, whatever their usual ranks', () => {
    expect(
      assignLevels([
        { style: '(一)', value: 1, text: '章节目录', opens: true },
        { style: 'A.', value: 1, text: '导言' },
        { style: '第章', value: 1, text: '宏观经济的科学', indent: 2 },
        { style: '第章', value: 2, text: '数据', indent: 2 },
        { style: 'A.', value: 2, text: '古典理论' },
        { style: '第章', value: 3, text: '国民收入', indent: 2 },
        { style: '(一)', value: 2, text: '课程安排', opens: true },
      ]),
    ).toEqual([1, 2, 3, 3, 2, 3, 1]);
  });

  it("a week's line naming its chapters keeps them as what it takes; the title in the other language is part of it", () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: '宏观经济学课程大纲', heading: 1 },
        { kind: 'text', text: 'Macroeconomics Syllabus', heading: 2 },
        { kind: 'text', text: '课程安排：' },
        { kind: 'text', text: '第1周：第一章，以及第二章开个头。' },
        { kind: 'text', text: '第2周：第二章。' },
        { kind: 'text', text: '第4周：第四章，第五章开头。' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('宏观经济学课程大纲');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |课程安排',
      '2 |第1周',
      '2 |第2周',
      '2 |第4周',
    ]);
    expect(p?.schedule).toEqual([
      { when: '第1周', items: ['第一章，以及第二章开个头'] },
      { when: '第2周', items: ['第二章'] },
      { when: '第4周', items: ['第四章，第五章开头'] },
    ]);
  });

  it('a label right under a unit named by a word and its number is part of it; the next unit is its sibling', () => {
    expect(
      assignLevels([
        { style: 'w:实验', value: 3, text: '完成 OpenMPI 的安装' },
        { style: 'label', value: 1, text: '考核方法' },
        { style: '1)', value: 1, text: 'MPI程序能运行' },
        { style: 'w:实验', value: 4, text: 'HPL安装和测试' },
        { style: 'label', value: 1, text: '考核方法' },
      ]),
    ).toEqual([1, 2, 3, 1, 2]);
  });

  it("Word's lists of one style each, all at their first level, nest by their numbering: 一、 over 1、 over (1)", () => {
    const item = (text: string): Block => ({
      kind: 'text',
      text,
      list: { depth: 0, ordered: true, parent: false },
    });
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '安卓大作业：电话本应用' },
        item('一、 开发环境的约定'),
        item('1、 操作系统不限制。'),
        item('2、 代码库：请在群里告知账号。'),
        item('二、 分工安排'),
        item('1、 A同学：写通讯录界面'),
        item('(1) 有搜索功能。'),
        item('(2) 能显示名字、电话。'),
        item('2、 B同学：做通话记录界面。'),
        item('三、 计划完成日期'),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}`)).toEqual([
      '1 一、',
      '2 1、',
      '2 2、',
      '1 二、',
      '2 1、',
      '3 (1)',
      '3 (2)',
      '2 2、',
      '1 三、',
    ]);
  });

  it('a bold run-in title names its item; bold words that open a running sentence do not', () => {
    const doc: BlockDocument = {
      source: 'html',
      blocks: [
        { kind: 'text', text: 'Syllabus', heading: 1 },
        { kind: 'text', text: 'Learning Objectives', heading: 2 },
        ...[
          'Design and implement efficient pipelines using modern conventions',
          'Integrate multiple data sources (APIs + databases) into workflows',
          'Clean the data. Validate each field.',
        ].map(
          (text, k): Block => ({
            kind: 'text',
            text,
            emphasis: 'lead',
            lead: ['Design and implement', 'Integrate multiple data sources', 'Clean the data.'][k] ?? '',
            list: { depth: 0, ordered: true, parent: false, marker: `${k + 1}.` },
          }),
        ),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.slice(1).map((h) => h.text)).toEqual([
      'Design and implement efficient pipelines using modern conventions',
      'Integrate multiple data sources (APIs + databases) into workflows',
      'Clean the data',
    ]);
  });

  it("a syllabus's first heading names it over its sections, though its appendices at the back are set larger", () => {
    const line = (text: string, heading?: number): Block => ({ kind: 'text', text, ...(heading ? { heading } : {}) });
    const doc = (last: string): BlockDocument => ({
      source: 'pdf',
      blocks: [
        line('《自动规划》课程教学大纲', 2),
        line('课程代码：B58A1050'),
        line('一、 课程目标'),
        line('本课程讲授自动规划的基础知识。'),
        line(last, 1),
        line('成绩清单。'),
      ],
    });
    const syllabus = extractBlocks(doc('附录 1-自动规划课程成绩详细清单和评分标准')).document.plans[0];
    expect(syllabus?.title).toBe('《自动规划》课程教学大纲');
    expect(syllabus?.headings.map((h) => h.text)).toEqual(['课程目标', '附录 1-自动规划课程成绩详细清单和评分标准']);
    // A larger heading that is a part of the document, not an appendix, leaves the first one a section.
    expect(extractBlocks(doc('课程实验安排与要求')).document.plans[0]?.title).toBe('');
  });

  it('a bold word glued into a Chinese title, or one with an aside holding a stop, leaves the whole title', () => {
    const md = (s: string) => extractBlocks(readMarkdown(s)).document.plans[0];
    const p = md(
      '# 培训安排\n\n1. **NEP**机器学习势函数的基础知识（樊哲勇；1小时）\n2. **GPUMD**&**NEP**相关软件的安装与经典案例分析（第二天）\n3. **答疑**：学员提问，讲师解答。\n',
    );
    expect(p?.headings.map((h) => h.text)).toEqual([
      'NEP机器学习势函数的基础知识（樊哲勇；1小时）',
      'GPUMD&NEP相关软件的安装与经典案例分析（第二天）',
      '答疑',
    ]);
  });

  it("a first top-rank heading titles the document over sibling sections of its rank (a README's name); a lower one does not", () => {
    const md = (s: string) => extractBlocks(readMarkdown(s)).document.plans[0];
    const readme = md(
      'buildyourownlisp\n================\n\nSeattle.rb Study Group\n\nTentative Schedule\n==================\n\n* Week 1: Chapter 1\n',
    );
    expect(readme?.title).toBe('buildyourownlisp');
    expect(readme?.headings.map((h) => h.text)).not.toContain('buildyourownlisp');
    const sections = md('## 使用平台\n\nvjudge\n\n## 讲师名单\n\n张三\n');
    expect(sections?.title).toBe('');
    expect(sections?.headings.map((h) => h.text)).toEqual(['使用平台', '讲师名单']);
  });

  it("a session's number set in bold over its slots names the session whole; an article's number stays its marker", () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'New Perspectives on Substitutes', heading: 1 },
        { kind: 'text', text: 'Friday June 2, 2023', heading: 2 },
        { kind: 'text', text: 'Session 1', emphasis: 'all' },
        { kind: 'text', text: '1:30pm-2:15pm: first talk' },
        { kind: 'text', text: 'Session 2', emphasis: 'all' },
        { kind: 'text', text: '3:30pm-4:15pm: second talk' },
        { kind: 'text', text: 'Article IV', emphasis: 'all' },
        { kind: 'text', text: 'Meetings are held monthly.' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual(
      expect.arrayContaining(['2 |Session 1', '2 |Session 2']),
    );
    expect(p?.headings.some((h) => h.marker === '' && h.text === 'Article IV')).toBe(false);
  });

  it('an article numbered on a line of its own over its name in bold body type is one heading: "Article I Name"', () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: 'Data Science Student Society', heading: 1 },
        { kind: 'text', text: 'Article I', heading: 2 },
        { kind: 'text', text: 'Name', emphasis: 'all' },
        { kind: 'text', text: 'SECTION 1. The formal name of the organization shall be the Society.' },
        { kind: 'text', text: 'Article II', heading: 2 },
        { kind: 'text', text: 'Purpose', emphasis: 'all' },
        { kind: 'text', text: 'The Society is an interdisciplinary academic organization.' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 Article I|Name',
      '2 SECTION 1.|The formal name of the organization shall be the Society',
      '1 Article II|Purpose',
    ]);
  });

  it("a PDF's cover ending in who issues it, when and its web address: its first line is the title, the rest no sections", () => {
    const h = (text: string, heading: number): Block => ({ kind: 'text', text, heading });
    const text = (t: string): Block => ({ kind: 'text', text: t });
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        h('第二十二届全国大学生机器人大赛', 2),
        h('ROBOCON', 2),
        h('主题与规则', 2),
        h('吴哥之花', 1),
        h('全国大学生机器人大赛组委会', 3),
        h('2022年9月', 3),
        h('http://www.cnrobocon.net', 4),
        text('修订历史见官网。'),
        h('主题背景', 2),
        text('吴哥窟是柬埔寨的国宝。'),
        h('比赛概要', 2),
        text('每队两台机器人。'),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('第二十二届全国大学生机器人大赛');
    expect(p?.headings.map((x) => `${x.level} ${x.text}`)).toEqual(['1 主题背景', '1 比赛概要']);
    // Without the issuer's date and address, the lines at the top are the document's own.
    const plain = { ...doc, blocks: doc.blocks.filter((b) => b.kind !== 'text' || !/2022年9月|http/.test(b.text)) };
    expect(extractBlocks(plain).document.plans[0]?.headings.map((x) => x.text)).toContain('吴哥之花');
  });

  it('prompts set in bold, each over the answers listed under it, name those answers, sentences or not', () => {
    const prompt = (text: string): Block => ({ kind: 'text', text, emphasis: 'all' });
    const answer = (text: string): Block => ({
      kind: 'text',
      text,
      indent: 2,
      list: { depth: 1, ordered: false, parent: false },
    });
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: 'Group Contract', heading: 1 },
        prompt('Availability of group members, when do you all have deadlines from other modules.'),
        answer('Most of the group has deadlines in early April.'),
        prompt('How and when you are going to meet.'),
        answer('weekly on Fridays at 12noon.'),
        answer('online when we cannot meet.'),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Availability of group members, when do you all have deadlines from other modules',
      '1 How and when you are going to meet',
    ]);
    // One bold sentence over a list is a lead-in, not a section.
    const one: BlockDocument = { ...doc, blocks: doc.blocks.slice(0, 3) };
    expect(extractBlocks(one).document.plans[0]?.headings).toEqual([]);
  });

  it('a number run on to a word inside a list item is what the sentence is about; items run together are split', () => {
    const bullet = (text: string): Block => ({ kind: 'text', text, list: { depth: 0, ordered: false, parent: false } });
    const doc: BlockDocument = {
      source: 'markdown',
      title: '作业',
      blocks: [
        { kind: 'text', text: '作业内容', heading: 2 },
        bullet('围绕课程第三讲：对象存储技术主题，按照实验说明进行实验，编纂实验报告'),
        bullet('评分：1.按时提交；2.内容完整；3.格式规范'),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '|作业内容',
      '1.|按时提交',
      '2.|内容完整',
      '3.|格式规范',
    ]);
  });

  it('a table of contents made of links to the page is navigation; a language switch over the title is furniture', () => {
    const doc = readMarkdown(
      [
        'Lang: [**简体中文**](#zh-cn) | [**English**](#en-us)',
        '',
        '# 社区章程',
        '',
        '- [**第一章 总则**](#chapter-1)',
        '    - [*第一条 名称*](#article-1)',
        '- [**第二章 组织**](#chapter-2)',
        '',
        '## 第 一 章 总则',
        '',
        '### 第 一 条 名称',
        '',
        '#### 1.1 社区名称',
        '',
        '##### 1.1.1 全称',
        '',
        '###### 1.1.1.1 简称',
        '',
        '###### 1.1.1.2 英文名',
        '',
        '##### 1.1.2 别称',
        '',
        '#### 1.2 社区地址',
        '',
        '## 第 二 章 组织',
        '',
      ].join('\n'),
    );
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('社区章程');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 第 一 章|总则',
      '2 第 一 条|名称',
      '3 1.1|社区名称',
      '4 1.1.1|全称',
      '5 1.1.1.1|简称',
      '5 1.1.1.2|英文名',
      '4 1.1.2|别称',
      '3 1.2|社区地址',
      '1 第 二 章|组织',
    ]);
  });

  it('a Markdown plan naming its parts with bare phrases over paragraphs, three or more, has them as its sections', () => {
    const md = [
      'Java 基础',
      '',
      '掌握java 语法，java 核心类库，异常处理，泛型等，此类书籍很多。',
      '',
      'Maven',
      '',
      '熟练使用，学会排包，依赖管理，推荐书籍：Maven实战。',
      '',
      'Spring',
      '',
      '如何使用，理解 ioc, aop 的原理，spring框架设计。',
    ].join('\n');
    const heads = (text: string) =>
      extractBlocks(readMarkdown(text)).document.plans[0]?.headings.map((h) => `${h.level} ${h.text}`);
    expect(heads(md)).toEqual(['1 Java 基础', '1 Maven', '1 Spring']);
    // Two are not yet a pattern: a short line over a paragraph may be anything.
    expect(heads(md.split('\n').slice(0, 7).join('\n'))).toEqual([]);
  });
  it('a course schedule: weeks over weekdays with their dates, what each part of the day holds their items', () => {
    const md = [
      '### 第一周',
      '#### 周五 （2022.06.17）',
      '上午: Go语言编程应用介绍',
      '',
      '下午: C#基础',
      '### 第二周',
      '#### 周一 （2022.06.20）',
      '上午: 微服务架构落地',
      '#### 周二 （2022.06.21）',
      '上午: 运维系统介绍',
      '#### 周三 （2022.06.22）',
      '上午: 应用接口设计规范',
    ].join('\n');
    const [p] = extractPlans(md).document.plans;
    // 周一, 周二, 周三 name days: no numbered list.
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |第一周',
      '2 |周五 （2022.06.17）',
      '1 |第二周',
      '2 |周一 （2022.06.20）',
      '2 |周二 （2022.06.21）',
      '2 |周三 （2022.06.22）',
    ]);
    expect(p?.schedule.filter((e) => e.when.startsWith('周'))).toEqual([
      { when: '周五 （2022.06.17）', items: ['Go语言编程应用介绍', 'C#基础'] },
      { when: '周一 （2022.06.20）', items: ['微服务架构落地'] },
      { when: '周二 （2022.06.21）', items: ['运维系统介绍'] },
      { when: '周三 （2022.06.22）', items: ['应用接口设计规范'] },
    ]);
  });
  it("a numbered list set out in a table's columns is a list, read across the rows or down the columns; a table of data is not", () => {
    const cell = (t: string) => ({ lines: [t] });
    const doc = (rows: string[][]): BlockDocument => ({
      source: 'pdf',
      blocks: [
        { kind: 'text', text: '四、 競賽進行方式', heading: 2 },
        { kind: 'text', text: '本次活動「合作店家」：' },
        { kind: 'table', header: 0, rows: rows.map((r) => r.map(cell)) },
        { kind: 'text', text: '五、 重要時程', heading: 2 },
      ],
    });
    const headings = (rows: string[][]) =>
      extractBlocks(doc(rows)).document.plans[0]?.headings.map((h) => `${h.level} ${h.marker}${h.text}`);
    expect(
      headings([
        ['1. 忠義號', '2. 川業肉圓'],
        ['3. 雲水食堂', '4. 坐坐吧'],
        ['5. 一肥仔', ''],
      ]),
    ).toEqual([
      '1 四、競賽進行方式',
      '2 本次活動「合作店家」',
      '3 1.忠義號',
      '3 2.川業肉圓',
      '3 3.雲水食堂',
      '3 4.坐坐吧',
      '3 5.一肥仔',
      '1 五、重要時程',
    ]);
    expect(
      headings([
        ['1. 忠義號', '4. 坐坐吧'],
        ['2. 川業肉圓', '5. 一肥仔'],
        ['3. 雲水食堂', ''],
      ])?.length,
    ).toBe(8);
    // Numbers that do not run on in either order: a table.
    expect(
      headings([
        ['1. 報名', '3月1日'],
        ['2. 初賽', '4月1日'],
      ])?.length,
    ).toBe(3);
  });

  it("a journal club's meetings: each heading a date, broken before the paper read then, is the date; dates alone are the schedule", () => {
    const paper = (who: string) =>
      `<a href="https://pubmed.example/1">${who} (2021). Connecting brain and behavior in clinical neuroscience: a network approach. Neuroscience Reviews, 130, 81-90.</a>`;
    const doc = readHtmlSource(
      `<body><main><h1>Journal Club</h1><p>We meet weekly.</p><h2>Presentations</h2>
      <h3>October 18, 2021<br>${paper('Blanken, T. F.')}</h3><p>[Recording and materials]</p>
      <h3>August 4, 2021<br>${paper('Fox, M. D.')}</h3><p>[Recording and materials]</p>
      <h3>Room 101<br>Level 1</h3></main></body>`,
    );
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Presentations',
      '2 October 18, 2021',
      '2 August 4, 2021',
      // A name broken over two short lines is one name.
      '2 Room 101 Level 1',
    ]);
    expect(p?.schedule.map((e) => e.when)).toEqual(['October 18, 2021', 'August 4, 2021']);
    // One date heading alone is the document's date, not a meeting of a series.
    const one = readHtmlSource('<body><main><h1>Minutes</h1><h2>March 3, 2020</h2><p>Present: all.</p></main></body>');
    expect(extractBlocks(one).document.plans[0]?.schedule).toEqual([]);
  });

  it('bold "name: what it is" lines each over a paragraph of their own name parts, cut at the colon; over fields they are fields', () => {
    const para = 'Start your journey by structuring your idea with the Lean Canvas framework; this round is optional.';
    const doc = (blocks: Block[]): BlockDocument => ({
      source: 'pdf',
      blocks: [{ kind: 'text', text: 'Official Rules', heading: 1 }, ...blocks],
    });
    const rounds = doc([
      { kind: 'text', text: 'COMPETITION DETAILS', emphasis: 'all' },
      { kind: 'text', text: 'Optional Round: Idea Submission', emphasis: 'all' },
      { kind: 'text', text: para },
      { kind: 'text', text: 'Required Round: Minimum Viable Product (MVP) Submission', emphasis: 'all' },
      { kind: 'text', text: para },
    ]);
    expect(extractBlocks(rounds).document.plans[0]?.headings.map((h) => h.text)).toEqual([
      'COMPETITION DETAILS',
      'Optional Round',
      'Required Round',
    ]);
    const fields = doc([
      { kind: 'text', text: 'Lesson Title: Introduction to AI', emphasis: 'all' },
      { kind: 'text', text: 'Grade Level: 7', emphasis: 'all' },
      { kind: 'text', text: para },
    ]);
    expect(extractBlocks(fields).document.plans[0]?.headings).toEqual([]);
  });

  it("a marking scheme's parts named with their weight ('用戶 18%') over what they hold are its sections, two or more", () => {
    const md = (parts: string[]) =>
      extractPlans(`# 大作业\n\n## 功能点与评分说明\n\n${parts.join('\n\n')}\n`).document.plans[0]?.headings.map(
        (h) => h.text,
      );
    const scheme = ['用戶 18%', '注册与登录：', '1. 注册帐号 2%', '信息发布 15%', '发布信息内容：', '1. 纯文字 2%'];
    expect(md(scheme)).toEqual([
      '功能点与评分说明',
      '用戶 18%',
      '注册与登录',
      '注册帐号 2%',
      '信息发布 15%',
      '发布信息内容',
      '纯文字 2%',
    ]);
    // One alone is a line of the text.
    expect(md(scheme.slice(0, 3))).toEqual(['功能点与评分说明', '注册与登录', '注册帐号 2%']);
  });

  it('bullets each a date and what happens then are entries of the schedule, not sections; "Week 1:" bullets number weeks', () => {
    const md = [
      '# Population Biology',
      '## Schedule',
      '* Thurs Jan 5: Introduction',
      '* Fri Jan 6: Geometric growth. Assignment 1 is assigned',
      '* 3月12日：分组与破冰',
      '## Reading plan',
      '* Week 1: Chapter 1',
      '* Week 2: Chapter 2 & 3',
      '## Grading',
    ].join('\n');
    const [p] = extractPlans(md).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |Schedule',
      '1 |Reading plan',
      '2 Week 1|Chapter 1',
      '2 Week 2|Chapter 2 & 3',
      '1 |Grading',
    ]);
    expect(p?.schedule.slice(0, 3)).toEqual([
      { when: 'Thurs Jan 5', items: ['Introduction'] },
      { when: 'Fri Jan 6', items: ['Geometric growth. Assignment 1 is assigned'] },
      { when: '3月12日', items: ['分组与破冰'] },
    ]);
  });

  it('a short question over a list of bullets names it ("What should I do?"), where two or more do', () => {
    const md = [
      '# Working in Groups',
      '',
      "## I understand everything we're supposed to be doing",
      '',
      'What should I do?',
      '',
      '-   Ask your teammates if they have questions',
      '-   Practice patience.',
      '',
      'What should I avoid doing?',
      '',
      '-   Saying "This is easy."',
      '',
      '## Things to Remember',
      '',
      'Be kind.',
    ].join('\n');
    expect(extractBlocks(readMarkdown(md)).document.plans[0]?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      "1 I understand everything we're supposed to be doing",
      '2 What should I do',
      '2 What should I avoid doing',
      '1 Things to Remember',
    ]);
  });
  it("criteria numbered Q1. Q2. over their checkboxes are items, dot and all; an FAQ's Q1 / A1 and a formula are not", () => {
    const rubric = [
      '# Peer Assessment Rubric',
      '',
      'Q1. **Understanding of team dynamics (5 points):**',
      '   - [ ] Consistently demonstrates a deep understanding (5 points).',
      '',
      'Q2. **Communication and collaboration (5 points):**',
      '   - [ ] Communicates effectively (5 points).',
    ].join('\n');
    const heads = (md: string) =>
      extractBlocks(readMarkdown(md)).document.plans[0]?.headings.map((h) => `${h.marker}|${h.text}`);
    expect(heads(rubric)).toEqual([
      'Q1.|Understanding of team dynamics (5 points)',
      'Q2.|Communication and collaboration (5 points)',
    ]);
    const faq = [
      '# 常见问题',
      '',
      'Q1 播放器最小化了，怎么重新打开？',
      '',
      'A1 右键点击图标。',
      '',
      'Q2 放错了音乐怎么办？',
      '',
      'A2 先关闭音响。',
    ];
    expect(heads(faq.join('\n'))).toEqual([]);
    const formulas = ['# 正运动学', '', 'P1 = (l1 cos θ1, l1 sin θ1)', '', 'P2 = (l1 cos θ1 + l2 cos θ2, l1 sin θ1)'];
    expect(heads(formulas.join('\n'))).toEqual([]);
  });
  it('a cover title broken where its words run on ("THE CONSTITUTION" / "OF THE" / "…ASSOCIATION") is one title', () => {
    const h = (text: string): Block => ({ kind: 'text', text, heading: 1, emphasis: 'all' });
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        h('THE CONSTITUTION'),
        h('OF THE'),
        h('COMPUTER SCIENCE STUDENTS ASSOCIATION'),
        { kind: 'text', text: 'SECTION 1 – PRELIMINARY', emphasis: 'all' },
        { kind: 'text', text: 'The club shall be known as the Computer Science Students Association.' },
        { kind: 'text', text: 'SECTION 2 – OBJECTIVES OF THE CLUB', emphasis: 'all' },
        { kind: 'text', text: 'The objectives of the Club are to provide social events.' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('THE CONSTITUTION OF THE COMPUTER SCIENCE STUDENTS ASSOCIATION');
    expect(p?.headings.map((x) => `${x.level} ${x.marker}|${x.text}`)).toEqual([
      '1 SECTION 1|PRELIMINARY',
      '1 SECTION 2|OBJECTIVES OF THE CLUB',
    ]);
  });
  it('a charter typed in bold lines: its title in capitals, a preamble with its text, then articles beside it', () => {
    const bold = (text: string): Block => ({ kind: 'text', text, emphasis: 'all' });
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        bold('‘THE CONSTITUTION OF CAPE COAST TECHNICAL UNIVERSITY ARMY CADET CORPS'),
        bold('PREAMBLE'),
        { kind: 'text', text: 'We the army cadet corps hereby adopt this constitution.' },
        bold('ARTICLE 1: NAME'),
        item(1, 'The corps shall be called the Army Cadet Corps.'),
        bold('ARTICLE 2: AIMS AND OBJECTIVES'),
        item(1, 'To promote good citizenship.'),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('‘THE CONSTITUTION OF CAPE COAST TECHNICAL UNIVERSITY ARMY CADET CORPS');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |PREAMBLE',
      '1 ARTICLE 1|NAME',
      '2 1.|The corps shall be called the Army Cadet Corps',
      '1 ARTICLE 2|AIMS AND OBJECTIVES',
      '2 1.|To promote good citizenship',
    ]);
  });
  it('a heading printed again where its section goes on is one section; a numbered one printed twice is two', () => {
    expect(
      outline(
        '# Plan\n\n## Schedule\n\n### Day 1\n\nTalks.\n\n## Schedule (cont.)\n\n### Day 2\n\nLabs.\n\n## Goals\n\nLearn.\n',
      ),
    ).toEqual(['1 Schedule', '2 Day 1', '2 Day 2', '1 Goals']);
    // Under another part, the same name is that part's own section.
    expect(outline('# Plan\n\n## Part 1\n\n### Introduction\n\nA.\n\n## Part 2\n\n### Introduction\n\nB.\n')).toEqual([
      '1 Part 1',
      '2 Introduction',
      '1 Part 2',
      '2 Introduction',
    ]);
    expect(
      outline('# Bylaws\n\n### Section 4.01\n\nA.\n\n### Section 4.02\n\nB.\n\n### Section 4.02\n\nC.\n'),
    ).toHaveLength(3);
  });
  it('under a "Table of Contents" heading, numbered links to the other pages are navigation; a lettered line is a sub-item', () => {
    const md = [
      '# Breakout Room Norms',
      '',
      '## Expectations',
      '',
      '1. First, select someone to share their screen.',
      '2. If additional help is required, request assistance',
      '   a. If no one comes in a timely manner, reach out on Slack.',
      '3. Come prepared.',
      '',
      '## Table of Contents',
      '',
      '01.[Welcome](01-Welcome.md)<br>',
      '02.[Online Class Norms](02-Online-Class-Norms.md)<br>',
      '03.[Slack Norms](03-Slack-Norms.md)<br>',
    ].join('\n');
    expect(outline(md)).toEqual([
      '1 Expectations',
      '2 1. First, select someone to share their screen',
      '2 2. If additional help is required, request assistance',
      '3 a. If no one comes in a timely manner, reach out on Slack',
      '2 3. Come prepared',
      '1 Table of Contents',
    ]);
    // Links under any other heading are the plan's own lines.
    expect(outline(md.replace('## Table of Contents', '## Readings'))).toContain('2 01. Welcome');
  });
  it("an FAQ's Q. and A. lines are a question and its answer; 'you will be able to:' leads in; a bracketed aside after a bold title is part of it", () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: 'Visualization with R', heading: 1 },
        { kind: 'text', text: 'After this course you will be able to:' },
        { kind: 'text', text: 'make plots', list: { depth: 0, ordered: false, parent: false } },
        { kind: 'text', text: 'FAQ', heading: 2 },
        { kind: 'text', text: 'Q. Do I need any prior experience in R?' },
        { kind: 'text', text: 'A. No, we cover everything.' },
        { kind: 'text', text: '正文要求', heading: 2 },
        {
          kind: 'text',
          text: '1. 引言 （背景介绍及所用方法整体描述）',
          emphasis: 'lead',
          lead: '引言',
          list: { depth: 0, ordered: true, parent: false },
        },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '|FAQ',
      '|正文要求',
      '1.|引言 （背景介绍及所用方法整体描述）',
    ]);
  });

  it('a bold first line over the table it heads is the title', () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '会议议程', emphasis: 'all' },
        {
          kind: 'table',
          header: 1,
          rows: [
            [{ lines: ['时间'] }, { lines: ['内容'] }],
            [{ lines: ['08:00-09:00'] }, { lines: ['会议注册'] }],
            [{ lines: ['09:00-10:00'] }, { lines: ['开幕式'] }],
          ],
        },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('会议议程');
    expect(p?.headings).toEqual([]);
    expect(p?.schedule.map((e) => e.when)).toEqual(['08:00-09:00', '09:00-10:00']);
  });

  it('one item of a numbered series set as a heading element ranks by its numbering among its plain siblings', () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '实验一 VMware的安装和使用' },
        { kind: 'text', text: '1、实验准备' },
        { kind: 'text', text: '实验二 OpenMP并行编程', heading: 1 },
        { kind: 'text', text: '1、写实验报告一份' },
        { kind: 'text', text: '实验三 OpenMPI 的安装' },
        { kind: 'text', text: '实验四 HPL安装和测试' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}`)).toEqual([
      '1 实验一',
      '2 1、',
      '1 实验二',
      '2 1、',
      '1 实验三',
      '1 实验四',
    ]);
  });

  it('a note among the items of a section is one of them, its list under it; an appended part is at the top', () => {
    expect(
      assignLevels([
        { style: '一、', value: 1, text: '卫生' },
        { style: '1.', value: 1, text: 'x' },
        { style: 'label', value: 1, text: '注' },
        { style: '1.', value: 1, text: 'y' },
        { style: '一、', value: 2, text: '纪律' },
        { style: 'label', value: 1, text: '附月份安排' },
      ]),
    ).toEqual([1, 2, 2, 3, 1, 1]);
  });
});

describe('tables', () => {
  it('a column of times makes a schedule, one entry a row; person and note columns are not items; 序号 gives sessions', () => {
    const r = readTableBlock({
      kind: 'table',
      header: 1,
      rows: [
        ['序号', '时间', '内容', '讲师', '备注'].map((t) => ({ lines: [t] })),
        ['1', '2022年9月21日周三', '输入输出', '杨', '-'].map((t) => ({ lines: [t] })),
        ['2', '', '循环：for', '潘', ''].map((t) => ({ lines: t ? [t] : [] })),
        ['-', '-', 'TBA', '', ''].map((t) => ({ lines: t ? [t] : [] })),
      ],
    });
    expect(r.schedule).toEqual([
      { when: '2022年9月21日周三', items: ['输入输出'] },
      { when: '2022年9月21日周三', items: ['循环'] },
    ]);
    expect(r.sessions).toEqual(['输入输出', '循环：for']);
  });

  it('reads column names set in two rows, a week cell set vertically and a weekday with its class period as the time', () => {
    const cell = (t: string) => ({ lines: t ? t.split('/') : [] });
    const r = readTableBlock({
      kind: 'table',
      header: 0,
      rows: [
        ['上课时间', '上课时间', '计划教学内容', '计划教学内容', '备 注'].map(cell),
        ['上课时间', '上课时间', '授 课 内 容', '授课方式', '备 注'].map(cell),
        ['第/1/周', '周 3/第五 节', '第一章 绪论/数字图像处理的应用', '讲授', ''].map(cell),
        ['', '周 5/第一 节', '第二章 正交变换', '讲授', ''].map(cell),
      ],
    });
    expect(r.schedule).toEqual([
      { when: '第1周 周 3 第五 节', items: ['第一章 绪论', '数字图像处理的应用'] },
      { when: '第1周 周 5 第一 节', items: ['第二章 正交变换'] },
    ]);
  });

  it('reads a week written as a Chinese numeral under 周次, a time with its time zone, and leaves a Type column out', () => {
    const cells = (rows: string[][]) => rows.map((row) => row.map((t) => ({ lines: t ? [t] : [] })));
    const weeks = readTableBlock({
      kind: 'table',
      header: 1,
      rows: cells([
        ['周次', '日期', '阅读章节'],
        ['一', '9 月 6 日', '§1.1 基本概念'],
      ]),
    });
    expect(weeks.schedule).toEqual([{ when: '一 9 月 6 日', items: ['§1.1 基本概念'] }]);
    const club = readTableBlock({
      kind: 'table',
      header: 1,
      rows: cells([
        ['Subject', 'Presenter', 'Date', 'Time', 'Type'],
        ['A Cat Is A Cat', 'Amir', '2025/06/10', '16:45 (UTC+3:30)', 'Public'],
      ]),
    });
    expect(club.schedule).toEqual([{ when: '2025/06/10 16:45 (UTC+3:30)', items: ['A Cat Is A Cat'] }]);
  });

  it('a row merged across an agenda is a day with no items, or a slot whose time is written into it', () => {
    const cells = (rows: string[][]) => rows.map((row) => row.map((t) => ({ lines: t ? [t] : [] })));
    const r = readTableBlock({
      kind: 'table',
      header: 0,
      rows: cells([
        ['Time', 'Tuesday, March 10, 2015', 'Responsible'],
        ['9:30 – 9:45 AM', 'Participants introduction and welcome', 'ICIMOD'],
        ['10:50 AM- 11:00 AM Coffee Break', '10:50 AM- 11:00 AM Coffee Break', ''],
        ['Wednesday, March 11, 2015', 'Wednesday, March 11, 2015', ''],
        ['9:30 – 10:30 AM', 'Load Database', 'Pat Cappelaere'],
      ]),
    });
    expect(r.schedule).toEqual([
      { when: '9:30 – 9:45 AM', items: ['Participants introduction and welcome'] },
      { when: '10:50 AM- 11:00 AM', items: ['Coffee Break'] },
      { when: 'Wednesday, March 11, 2015', items: [] },
      { when: '9:30 – 10:30 AM', items: ['Load Database'] },
    ]);
  });

  it('a table numbered 1, 2, 3 from its first row has no header row; its numbers make its rows sessions', () => {
    const r = readTableBlock({
      kind: 'table',
      header: 0,
      rows: [
        ['1', '三大框架配置', '包括配置入门。'],
        ['2', '数据库', '增、删、查、改。'],
        ['3', '项目开发', '分组开发。'],
      ].map((row) => row.map((t) => ({ lines: [t] }))),
    });
    expect(r.sessions).toEqual(['三大框架配置', '数据库', '项目开发']);
  });

  it('under a Time header a month.day is a date; a column of numbered lectures gives sessions whatever its header', () => {
    const r = readTableBlock({
      kind: 'table',
      header: 1,
      rows: [
        ['Event', 'Description', 'Lecturer', 'Time'],
        ['Lecture 0', 'Course Introduction', '', '9.10'],
        ['Lecture 1', 'Perceptrons', 'Huang', '9.12'],
        ['Lecture 2', 'Review', '', '11.7'],
      ].map((row) => row.map((t) => ({ lines: t ? [t] : [] }))),
    });
    expect(r.schedule).toEqual([
      { when: '9.10', items: ['Course Introduction'] },
      { when: '9.12', items: ['Perceptrons'] },
      { when: '11.7', items: ['Review'] },
    ]);
    expect(r.sessions).toEqual(['Course Introduction', 'Perceptrons', 'Review']);
  });

  it("Word's heading numbering (1. / 1.1.) is kept as shown; a lone numbered first heading is a section, not the title", () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '1. 课程安排', heading: 1 },
        { kind: 'text', text: '1.1. 准备知识', heading: 2 },
        { kind: 'text', text: '1、 HTML', list: { depth: 0, ordered: true, parent: false } },
        { kind: 'text', text: '2、 CSS', list: { depth: 0, ordered: true, parent: false } },
        { kind: 'text', text: '1.2. 开发软件', heading: 2 },
        { kind: 'text', text: 'Mysql' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 1.|课程安排',
      '2 1.1.|准备知识',
      '3 1、|HTML',
      '3 2、|CSS',
      '2 1.2.|开发软件',
    ]);
  });

  it('a number under "Week" is a week; "Dec.9.2020" is a date; a discussion lead is a person, not an item', () => {
    const t = (rows: string[][]) =>
      readTableBlock({ kind: 'table', header: 1, rows: rows.map((r) => r.map((x) => ({ lines: x ? [x] : [] }))) });
    expect(
      t([
        ['Week', 'Lecture', 'Readings'],
        ['1', 'Course Introduction', 'Ch1'],
        ['2', 'Lexical Analysis', ''],
      ]).schedule,
    ).toEqual([
      { when: '1', items: ['Course Introduction', 'Ch1'] },
      { when: '2', items: ['Lexical Analysis'] },
    ]);
    expect(
      t([
        ['Date', 'Discussion Leads', 'Paper Name'],
        ['Dec.9.2020', 'Ziping Ma', 'Auto-Encoding Variational Bayes'],
        ['Nov.25.2020', 'Chuannan Zhang', 'MapReduce'],
      ]).schedule,
    ).toEqual([
      { when: 'Dec.9.2020', items: ['Auto-Encoding Variational Bayes'] },
      { when: 'Nov.25.2020', items: ['MapReduce'] },
    ]);
  });

  it("a lesson cell's number numbers the row and its date line is the row's time", () => {
    const r = readTableBlock({
      kind: 'table',
      header: 1,
      rows: [
        [{ lines: ['Lesson'] }, { lines: ['Agenda'] }, { lines: ['Activities'] }],
        [{ lines: ['1', '31/7 AM', '(4h)'] }, { lines: ['IDE & Data Structures'] }, { lines: ['Python'] }],
        [{ lines: ['2', '2/8', '(3h)'] }, { lines: ['Operators', 'CASE .NET'] }, { lines: ['int, float'] }],
      ],
    });
    expect(r.schedule.map((e) => e.when)).toEqual(['31/7 AM', '2/8']);
    expect(r.sessions).toEqual(['IDE & Data Structures', 'Operators CASE .NET']);
  });

  it('knows a time cell from other cells', () => {
    for (const t of [
      '2月26日 14:00-18:00',
      '3月11日（周三）13:30-17:00',
      '第4周',
      'Feb 24',
      'Nov 18, 2020',
      '0:05',
      '6/18',
      '2021-03-12/19',
      'March 10-13, 2015',
    ])
      expect([t, isTimeValue(t)]).toEqual([t, true]);
    for (const t of ['Loops part I', '数论一', 'S03E07', '12 students', 'May 3-4 students'])
      expect([t, isTimeValue(t)]).toEqual([t, false]);
  });

  it('table rows are never headings', () => {
    const [p] = extractPlans('# 计划\n\n| 时间 | 内容 |\n|---|---|\n| 3月 | 一、分组 |\n').document.plans;
    expect(p?.headings).toEqual([]);
    expect(p?.schedule).toEqual([{ when: '3月', items: ['一、分组'] }]);
  });
});

describe('structured lines', () => {
  it("Word's flat lists: a bullet right over a numbered list starting at 1 heads it; a byline under the title is no section", () => {
    const bullet = (text: string): Block => ({ kind: 'text', text, list: { depth: 0, ordered: false, parent: false } });
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '学习计划', heading: 1, emphasis: 'all' },
        { kind: 'text', text: '王明 2018/3/1', heading: 2, emphasis: 'all' },
        bullet('学习方式：'),
        item(1, '每周安排基础学习内容'),
        item(2, '每两周进行学习总结'),
        bullet('第二周'),
        item(1, '关键字，变量'),
        bullet('第三周（异常处理）'),
        item(1, '异常的概念'),
        item(2, '异常的处理'),
        bullet('一条没有下文的要点'),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}${h.marker ? ' ' : ''}${h.text}`)).toEqual([
      '1 学习方式',
      '2 1. 每周安排基础学习内容',
      '2 2. 每两周进行学习总结',
      '1 第二周',
      '2 1. 关键字，变量',
      '1 第三周（异常处理）',
      '2 1. 异常的概念',
      '2 2. 异常的处理',
    ]);
    expect(p?.schedule.map((e) => e.when)).toEqual(['第二周', '第三周（异常处理）']);
  });

  it('bylaws typed as text: a section named by its letter alone is a part over its numbered items', () => {
    const text =
      'Bylaws\n\nARTICLE II. PURPOSE\n\nSection A\n\n1. The purpose is to promote computing.\n\n2. The Society serves its members.\n\nARTICLE III. MEMBERS\n\nSection A. Applications\n\n1. Any person may join.\n\nSection B. Classes of Members\n\nMembership is open to all.\n';
    expect(outline(text)).toEqual([
      '1 ARTICLE II. PURPOSE',
      '2 Section A ', // its text is empty
      '3 1. The purpose is to promote computing',
      '3 2. The Society serves its members',
      '1 ARTICLE III. MEMBERS',
      '2 Section A. Applications',
      '3 1. Any person may join',
      '2 Section B. Classes of Members',
    ]);
  });

  it("a web page's agenda: sessions in bold over their hours, named with their handouts, and a break each day kept", () => {
    const page = `<html><body><main><h1>Program</h1>
      <h2>Day 1 – Tuesday, December 16 • Kickoff &amp; Talks</h2><p>Join the online meeting</p>
      <p><strong>Introductions</strong> <a href="s.pdf">slides</a><br>1:00–1:50 Eastern Time<br>Introduce everyone.</p>
      <p><strong>Break</strong><br>1:50–2:00</p>
      <p><strong>Guided practice.</strong><br><em>2:00–3:00</em><br>A case study.</p>
      <p>\\ <img src="x.png" alt=""></p>
      <h2>Day 2 – Wednesday, December 17 • Full Work Day</h2><p>Join the online meeting</p>
      <p><strong>Break</strong><br>1:30–1:40</p><p><strong>Homework</strong></p><ul><li>Read the notes.</li></ul>
      <p>Join the online meeting</p><p><strong>Break</strong><br>3:30–3:40</p></main></body></html>`;
    const [p] = extractBlocks(readHtmlSource(page)).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Day 1 – Tuesday, December 16 • Kickoff & Talks',
      '2 Introductions',
      '2 Break',
      '2 Guided practice',
      '1 Day 2 – Wednesday, December 17 • Full Work Day',
      '2 Break',
      '2 Homework',
      '2 Break',
    ]);
    expect(p?.schedule[0]).toEqual({
      when: 'Day 1 – Tuesday, December 16',
      items: expect.arrayContaining(['Kickoff & Talks']),
    });
  });

  it('a title printed again under itself as a label ("比赛规则" / "比赛规则：") is the title, not a section', () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '比赛规则' },
        { kind: 'text', text: '比赛规则：' },
        { kind: 'text', text: '比赛分为三部分。' },
        { kind: 'text', text: '一，预备期进行名称选定。' },
        { kind: 'text', text: '二，制作期。' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('比赛规则');
    expect(p?.headings.map((h) => h.text)).toEqual(['预备期进行名称选定', '制作期']);
  });

  it("Word: the school's name over the title is no section; sections typed '1 - …' hold Word's numbered lists", () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '水头明德小学', heading: 2, emphasis: 'all' },
        { kind: 'text', text: '家长参与管理制度', heading: 1, emphasis: 'all' },
        { kind: 'text', text: '1 - Data collection and handling:', emphasis: 'all' },
        item(1, 'Collect data from instruments'),
        item(2, 'Check data quality'),
        { kind: 'text', text: '2 - Instrument Maintenance', emphasis: 'all' },
        item(1, 'Clear instrument memory'),
        item(2, 'Change batteries'),
        { kind: 'text', text: '3 - Water sampling:', emphasis: 'all' },
        item(1, 'Collect water samples'),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('家长参与管理制度');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 1 -|Data collection and handling',
      '2 1.|Collect data from instruments',
      '2 2.|Check data quality',
      '1 2 -|Instrument Maintenance',
      '2 1.|Clear instrument memory',
      '2 2.|Change batteries',
      '1 3 -|Water sampling',
      '2 1.|Collect water samples',
    ]);
  });

  it('a heading element naming a period is its heading ("### Week 2: …" → Week 2); a task keeps its number as marker', () => {
    const md =
      '# Study Group\n\n## Curriculum\n\n### Week 2: Protocol Fundamentals\n\nText.\n\n### Phase 1: Planning\n\nText.\n\n### Task01：熟悉规则\n\nText.\n\n### Task02：数组创建\n\nText.\n\n## Schedule\n\n* Week 1: Chapter 1 - before we meet\n    * read it\n* Week 2: Chapter 2 - Installation\n    * install it\n';
    expect(outline(md)).toEqual([
      '1 Curriculum',
      '2 Week 2',
      '2 Phase 1',
      '2 Task01 熟悉规则',
      '2 Task02 数组创建',
      '1 Schedule',
      '2 Week 1 Chapter 1 - before we meet',
      '2 Week 2 Chapter 2 - Installation',
    ]);
  });

  it('a heading element naming a session alone is its heading as written ("## Session 2"); a task keeps its marker', () => {
    const md =
      '# Course plan\n\n## Session 1\n\nKickoff.\n\n## Session 2\n\n### Task 1: Proofs\n\nInduction.\n\n### Task 2: Tactics\n\nMore.\n';
    const p = extractPlans(md).document.plans[0];
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '|Session 1',
      '|Session 2',
      'Task 1|Proofs',
      'Task 2|Tactics',
    ]);
  });

  it("a course outline in Word: 'Session 1' alone over a numbered list names that part of the day", () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'Day 1', emphasis: 'all' },
        { kind: 'text', text: 'Session 1' },
        item(1, 'Using Scratch'),
        item(2, 'Elements of a simple game'),
        { kind: 'text', text: 'Session 2' },
        item(1, 'Making a simple game'),
        { kind: 'text', text: 'Day 2', emphasis: 'all' },
        { kind: 'text', text: 'Session 1' },
        item(1, 'More advanced games'),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |Day 1',
      '2 |Session 1',
      '3 1.|Using Scratch',
      '3 2.|Elements of a simple game',
      '2 |Session 2',
      '3 1.|Making a simple game',
      '1 |Day 2',
      '2 |Session 1',
      '3 1.|More advanced games',
    ]);
  });

  it("a second line in the title's type over sections set in bold only is part of the title block", () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'High School Chapter Constitution', heading: 1, emphasis: 'all' },
        { kind: 'text', text: 'The National Honor Society', heading: 1, emphasis: 'all' },
        { kind: 'text', text: 'Article I - Name and Purpose', emphasis: 'all' },
        { kind: 'text', text: 'Section 1. The name of this chapter shall be the High School Chapter.' },
        { kind: 'text', text: 'Article II - Membership', emphasis: 'all' },
        { kind: 'text', text: 'Section 1. Membership shall be based upon scholarship and service.' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('High School Chapter Constitution');
    expect(p?.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual(['Name and Purpose', 'Membership']);
  });

  it("a list's first item run on after the colon that leads in to it is an item like the ones under it", () => {
    const doc = readHtmlSource(
      '<main><h1>Constitution</h1><h3>SECTION 2. PURPOSE</h3><p>This organization shall have several purposes: a. To enhance interaction between students.</p><p>b. To promote the culture.</p><p>c. To foster unity.</p></main>',
    );
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker} ${h.text}`)).toEqual([
      '1 SECTION 2. PURPOSE',
      '2 a. To enhance interaction between students',
      '2 b. To promote the culture',
      '2 c. To foster unity',
    ]);
  });

  it("a Sphinx page: headings lose their '¶' permalinks; '## Day 1 - Working with Data' is the day's heading as written", () => {
    const doc = readHtmlSource(
      '<main><h1>Detailed Schedule<a class="headerlink" href="#detailed-schedule">¶</a></h1><h2>Day 1 - Working with Data<a class="headerlink" href="#day-1">¶</a></h2><p>Text.</p><h2>Day 2 - Building a Model<a class="headerlink" href="#day-2">¶</a></h2><p>Text.</p></main>',
    );
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('Detailed Schedule');
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '|Day 1 - Working with Data',
      '|Day 2 - Building a Model',
    ]);
  });

  it("a clause ending in a preposition leads in to its list ('Attendance is required for:'); 'Software:' names a part", () => {
    const md =
      '# Rules\n\n## Overview\n\nIntro text here.\n\nAttendance at meetings is required for:\n\n- all meetings\n- 2 workshops\n\nSoftware:\n\n- a laptop\n\nHardware:\n\n- a cable\n';
    expect(outline(md)).toEqual(['1 Overview', '2 Software', '2 Hardware']);
  });

  it('leaf bullets are content; a bullet with content under it that names it is a heading; a field bullet is not', () => {
    const md =
      '# 计划\n\n## 安排\n\n* 自学课程\n    * 看书\n* 膜大佬\n* **成绩来源**：七场比赛\n    * 详情\n* 目前的计划是：\n    * 看书\n';
    expect(outline(md)).toEqual(['1 安排', '2 自学课程']);
  });

  it('a short colon-ended paragraph before content is a label, a lead-in sentence is not', () => {
    const md = '# Club\n\n## How\n\nDo these steps once:\n\n1. Clone\n\nHere are the links:\n\n- a\n';
    expect(outline(md)).toEqual(['1 How', '2 Do these steps once', '3 1. Clone']);
  });

  it('a numbered item with a bold run-in title has that title as its text; a dated line is a heading and an entry', () => {
    const md =
      '# Notes\n\nSep. 12 meeting: Chapter 1\n\n1. **Display of characters.** I was confused.\n\nOctober 31 Meeting - SPARQL\n';
    const [p] = extractPlans(md).document.plans;
    expect(p?.headings.map((h) => h.text)).toEqual([
      'Sep. 12 meeting',
      'Display of characters',
      'October 31 Meeting - SPARQL',
    ]);
    expect(p?.schedule).toEqual([
      { when: 'Sep. 12 meeting', items: ['Chapter 1'] },
      { when: 'October 31 Meeting', items: ['SPARQL'] },
    ]);
    // …with its weekday in brackets after the date, a study day over the problems it sets.
    const plan = extractPlans(
      '# 算法学习计划\n\n### 第六周\n\n- **2024-09-09 (周一)**: 复习数组和链表，练习相关题目\n    - LeetCode 53\n    - LeetCode 88\n',
    ).document.plans[0];
    expect(plan?.headings.map((h) => `${h.level} ${h.text}`)).toEqual(['1 第六周', '2 2024-09-09 (周一)']);
    expect(plan?.schedule.find((e) => e.when === '2024-09-09 (周一)')?.items[0]).toBe('复习数组和链表，练习相关题目');
  });

  it('a date before a numbered lesson makes the line a heading, an entry and a session; a range of numbers does not', () => {
    const md = '## 课程安排\n\n4-18 课程一  项目介绍 工具环境的测试\n\n4-20课程二  留言板的创建.\n\n5-4 第三课：部署\n';
    const [p] = extractPlans(md).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |4-18 课程一 项目介绍 工具环境的测试',
      '1 |4-20课程二 留言板的创建',
      '1 |5-4 第三课',
    ]);
    expect(p?.schedule).toEqual([
      { when: '4-18', items: ['课程一 项目介绍 工具环境的测试'] },
      { when: '4-20', items: ['课程二 留言板的创建'] },
      { when: '5-4', items: ['部署'] },
    ]);
    expect(p?.sessions).toEqual(['项目介绍 工具环境的测试', '留言板的创建', '部署']);
    // Without a numbered lesson after it, "4-6" is a range: no schedule, no session.
    const [q] = extractPlans('# 分组\n\n4-6 人一组，组长一名。\n\n9月1日 第一周 开学\n').document.plans;
    expect(q?.sessions).toEqual([]);
    expect(q?.schedule.map((e) => e.when)).not.toContain('4-6');
  });

  it('bullets each followed by paragraphs of their own name them; a bullet followed by a month line does not', () => {
    const li = { depth: 0, ordered: false, parent: false };
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '三种模式：' },
        { kind: 'text', text: '命令模式', list: li },
        { kind: 'text', text: '刚打开vim时，vim 所处的模式就是命令模式。' },
        { kind: 'text', text: '插入模式', list: li },
        { kind: 'text', text: '按字母i就进入到插入模式。' },
        { kind: 'text', text: '2024年5月：' },
        { kind: 'text', text: '完成论文', list: li },
        { kind: 'text', text: '2024年6月：' },
        { kind: 'text', text: '完成答辩', list: li },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    const texts = p?.headings.map((h) => h.text) ?? [];
    expect(texts).toEqual(expect.arrayContaining(['命令模式', '插入模式']));
    expect(texts).not.toContain('完成论文');
  });

  it('a bold label closing the document heads the part left to fill in', () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'Meetings', emphasis: 'all' },
        { kind: 'text', text: 'We meet every Monday.' },
        { kind: 'text', text: 'Signatures', emphasis: 'all' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => h.text)).toEqual(['Meetings', 'Signatures']);
  });

  it('a label with the list it introduces run on after it leads in to the list: no heading, the list one level in', () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'Team Contract' },
        { kind: 'text', text: '4. Team Meeting Schedule', emphasis: 'all' },
        { kind: 'text', text: 'Meeting time: Wednesday (3-4 pm)' },
        { kind: 'text', text: 'Standing meeting agenda: 1. Updates from Team - 5 min' },
        { kind: 'text', text: '2. Delegate tasks - 15 mins' },
        { kind: 'text', text: '5. Expectations', emphasis: 'all' },
        { kind: 'text', text: '注：1. 每天满分为10分' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 4.|Team Meeting Schedule',
      '2 1.|Updates from Team - 5 min',
      '2 2.|Delegate tasks - 15 mins',
      '1 5.|Expectations',
      expect.stringMatching(/^\d \|注$/),
      expect.stringMatching(/^\d 1\.\|每天满分为10分$/),
    ]);
    // "注：" is the exception: it heads the notes listed after it.
    const [note, item] = p?.headings.slice(-2) ?? [];
    expect((item?.level ?? 0) - (note?.level ?? 0)).toBe(1);
  });

  it('a numbered item that opens with its dates is a heading and a schedule entry; a quantity is not a date', () => {
    const text = '小组活动安排\n一、安排\n1、5月8日-5月12日，各组提交计划。再讨论。\n2、练习1.5-2小时，每天坚持。\n';
    const [p] = extractPlans(text).document.plans;
    expect(p?.headings.map((h) => h.marker + h.text)).toContain('1、5月8日-5月12日，各组提交计划');
    expect(p?.schedule).toEqual([{ when: '5月8日-5月12日', items: ['各组提交计划'] }]);
    // An English meeting with its weekday, a day-first date and its hour; "2 may" is no date.
    const en = extractPlans(
      'Mentoring\nMeetings\n1. Friday 27th February 2026, 4pm (first meeting)\n2. Friday 20th March 2026, 4pm (followup meeting)\n3. Groups of 2 may share a mentor\n',
    ).document.plans[0];
    expect(en?.schedule).toEqual([
      { when: 'Friday 27th February 2026, 4pm', items: ['(first meeting)'] },
      { when: 'Friday 20th March 2026, 4pm', items: ['(followup meeting)'] },
    ]);
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '学习计划：' },
        {
          kind: 'text',
          text: '1、10.1-10.3,10.7学习基础语法，搭环境（7天）',
          list: { depth: 0, ordered: true, parent: false },
        },
        { kind: 'text', text: '2、写demo（5天）', list: { depth: 0, ordered: true, parent: false } },
      ],
    };
    const [q] = extractBlocks(doc).document.plans;
    // The first line, naming the document with a colon after it, is its title; the list is level 1.
    expect(q?.title).toBe('学习计划');
    expect(q?.headings.map((h) => h.level)).toEqual([1, 1]);
    expect(q?.schedule).toEqual([{ when: '10.1-10.3,10.7', items: ['学习基础语法，搭环境（7天）'] }]);
  });

  it('gives each heading its body: the text under it, whitespace normalised and capped', () => {
    const [p] = extractPlans(`一、指导思想\n为了   培养合作意识。\n二、分组\n${'很长的正文。'.repeat(100)}`).document
      .plans;
    expect(p?.headings[0]?.body).toBe('为了 培养合作意识。');
    expect((p?.headings[1]?.body ?? '').length).toBeLessThanOrEqual(300);
  });

  it('a title-like line that opens the document is its title, not a label over the numbered list after it', () => {
    const doc = readHtmlSource(
      '<html><body><p>学生量化考核细则</p><p>一、卫生</p><p>1. 地面干净</p><p>2. 黑板擦净</p><p>二、纪律</p><p>1. 不迟到</p></body></html>',
    );
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('学生量化考核细则');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 一、卫生',
      '2 1.地面干净',
      '2 2.黑板擦净',
      '1 二、纪律',
      '2 1.不迟到',
    ]);
  });

  it('a numbered first heading is a section among its peers, never the title', () => {
    const md = '# 一、班级卫生\n\n## 1. 地面\n\n文字\n\n# 二、眼保健操\n\n## 1. 姿势\n\n文字\n';
    const [p] = extractPlans(md).document.plans;
    expect(p?.title).toBe('');
    expect(outline(md)).toEqual(['1 一、 班级卫生', '2 1. 地面', '1 二、 眼保健操', '2 1. 姿势']);
  });

  it('reads a web page: site meta lines and navigation give no schedule', () => {
    const doc: BlockDocument = readHtmlSource(
      '<html><body><nav>首页 &gt; 计划</nav><div class="content"><h1>互助小组方案</h1><p>时间：2024-08-30 09:12:45 来源：网络 浏览：12</p><p>一、目标</p><p>1、提高成绩</p></div></body></html>',
    );
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('互助小组方案');
    expect(p?.schedule).toEqual([]);
    expect(p?.headings.map((h) => h.text)).toEqual(['目标', '提高成绩']);
  });
});

describe('counted work per input character stays flat as the input grows four times', () => {
  /** Counted work per input character. */
  const measure = (text: string): number => {
    work.chars = 0;
    extractPlans(text);
    return work.chars / text.length;
  };
  const cases: [string, (n: number) => string][] = [
    ['Chinese without sentence ends', (n) => '我们在学习小组里互相帮助共同进步\n'.repeat(n)],
    ['number lines', (n) => Array.from({ length: n }, (_, i) => String(i + 1000)).join('\n')],
    ['one long line of items', (n) => Array.from({ length: n }, (_, i) => `${(i % 9) + 1}、项目内容`).join('')],
    ['HTML source pasted as text', (n) => '<div class="x"><p>一、目标</p><a href="/y">链接</a></div>\n'.repeat(n)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const small = measure(make(2000));
      const large = measure(make(8000));
      expect(large / small).toBeLessThan(1.25);
    });
  }

  it('Markdown is parsed in pieces of bounded size', () => {
    const md = '## 标题\n\n1. 条目\n2. 条目\n\n段落文字。\n\n'.repeat(5000);
    const chunks = markdownChunks(md);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThan(9000);
    expect(chunks.map((c) => c.text).join('\n')).toBe(md);
  });

  it('a long list typed "1." throughout, cut into pieces, counts on across the cuts as one list', () => {
    const items = Array.from(
      { length: 800 },
      (_, k) => `1. Rule number ${k + 1} of the league, as the handbook sets it.\n`,
    );
    const md = `## Rules of Student Congress\n\n${items.join('\n')}`;
    expect(markdownChunks(md).length).toBeGreaterThan(2);
    const markers = readMarkdown(md).blocks.flatMap((b) => (b.kind === 'text' && b.list ? [b.list.marker] : []));
    expect(markers).toEqual(items.map((_, k) => `${k + 1}.`));
  });
});

describe('numbering and labels met in unseen plans', () => {
  const plan = (md: string) => extractBlocks(readText(normalizeText(md))).document.plans[0];

  it('numbers sections "一：" with a colon, and takes "阶段一：…" as a phase of the plan, like 第一阶段', () => {
    const p = plan('### 一：活动名称\n\n征文活动\n\n### 二：评比细则\n\n阶段一：大面积筛选\n\n阶段二：线上下评比\n');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 一：|活动名称',
      '1 二：|评比细则',
      '2 |阶段一',
      '2 |阶段二',
    ]);
    expect(p?.schedule).toEqual([
      { when: '阶段一', items: ['大面积筛选'] },
      { when: '阶段二', items: ['线上下评比'] },
    ]);
  });

  it('takes "第一阶段：…" as a part of a course outline named after its colon, but as a period under a section about time', () => {
    const outline =
      '# 课程大纲\n\n## 第一阶段：理论基础\n\n### 第1次课：概论\n\n讲授。\n\n## 第二阶段：实践\n\n### 第2次课：实验\n\n动手。\n';
    const course = plan(outline);
    expect(course?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 第一阶段|理论基础',
      '2 第1次课|概论',
      '1 第二阶段|实践',
      '2 第2次课|实验',
    ]);
    expect(course?.schedule).toEqual([]);
    const timed = plan('# 辅导计划\n\n## 教学阶段规划\n\n### 第一阶段：语法基础\n\n### 第二阶段：写作训练\n');
    expect(timed?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |教学阶段规划',
      '2 |第一阶段',
      '2 |第二阶段',
    ]);
    expect(timed?.schedule).toEqual([
      { when: '第一阶段', items: ['语法基础'] },
      { when: '第二阶段', items: ['写作训练'] },
    ]);
  });

  it('reads a Markdown line opened by a zero-width space before its indent as a paragraph, not code', () => {
    const p = plan('### 八：活动流程\n\n**（1）** **准备工作**\n\n\u200b     分配工作：\n\n外联部：负责借用摊位。\n');
    expect(p?.headings.map((h) => h.text)).toContain('分配工作');
  });

  it('counts i) ii) iii) under a) and never cuts a name at its initials', () => {
    const p = plan(
      'Course Materials:\n\nCitation: Baker, R. L. and D. R. Wang. 2021. Working with longitudinal data.\n\n1) Introductions\n   a) The instructors\n      i) Rob Baker\n      ii) Deannah Neupert\n',
    );
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |Course Materials',
      '2 1)|Introductions',
      '3 a)|The instructors',
      '4 i)|Rob Baker',
      '4 ii)|Deannah Neupert',
    ]);
  });

  it('takes a first line naming the course as the title, and a sentence ending in a colon as a lead-in', () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'COURSE: Function-Valued Trait Modeling', emphasis: 'all' },
        { kind: 'text', text: 'LOGISTICS:', emphasis: 'all' },
        { kind: 'text', text: 'Instructor: Rob Baker' },
        { kind: 'text', text: 'The data are available at:' },
        { kind: 'text', text: 'https://example.org/data' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('COURSE: Function-Valued Trait Modeling');
    expect(p?.headings.map((h) => h.text)).toEqual(['LOGISTICS']);
  });

  it('takes a question with its answers listed under it as a heading, and a notes label over its numbered notes', () => {
    const doc: BlockDocument = {
      source: 'html',
      blocks: [
        { kind: 'text', text: 'Reading Group', heading: 1 },
        { kind: 'text', text: 'Helpful Information', heading: 2 },
        {
          kind: 'text',
          text: 'What is the presenter responsible for?',
          list: { depth: 0, ordered: false, parent: true },
        },
        {
          kind: 'text',
          text: 'The presenter will choose the paper.',
          list: { depth: 1, ordered: false, parent: false },
        },
        { kind: 'text', text: 'Figure 1: Click on base' },
        { kind: 'text', text: 'Figure 2: Download the latest version' },
        { kind: 'text', text: 'Step 1: Go to https://cran.r-project.org/' },
        { kind: 'text', text: 'Summer Papers', heading: 2 },
        { kind: 'text', text: '说明：1、采用方式可分为课堂讲授；2、每次课的内容占一格；' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |Helpful Information',
      '2 |What is the presenter responsible for',
      '2 Step 1|Go to https://cran.r-project.org/',
      '1 |Summer Papers',
      '2 |说明',
      '3 1、|采用方式可分为课堂讲授',
      '3 2、|每次课的内容占一格',
    ]);
  });

  it("drops the author's name and the date set under the title; a title spaced a character at a time is the title", () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: 'Agenda - R Workshop', heading: 1 },
        { kind: 'text', text: 'Erik Marsja', heading: 2 },
        { kind: 'text', text: '2022-10-28', heading: 2 },
        { kind: 'text', text: 'In this document you will find the agenda.' },
        { kind: 'text', text: 'Mirrors', heading: 3 },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('Agenda - R Workshop');
    expect(p?.headings.map((h) => h.text)).toEqual(['Mirrors']);
    const spaced = extractBlocks({
      source: 'docx',
      blocks: [
        { kind: 'text', text: '教 学 日 历', emphasis: 'all' },
        { kind: 'text', text: '课程名称：数字图像处理' },
      ],
    }).document.plans[0];
    expect(spaced?.title).toBe('教 学 日 历');
  });

  it('drops the title said again as a label; bold labels head the plain ones; a list goes on after a paragraph', () => {
    const item = (text: string, depth: number) => ({
      kind: 'text' as const,
      text,
      list: { depth, ordered: true, parent: false },
    });
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: '比赛规则', heading: 1 },
        { kind: 'text', text: '比赛规则：' },
        { kind: 'text', text: 'LOGISTICS:', emphasis: 'all' },
        { kind: 'text', text: 'Software Needed:' },
        { kind: 'text', text: 'Preparation Needed:' },
        { kind: 'text', text: 'LESSON PLAN:', emphasis: 'all' },
        item('1) FVT modeling', 0),
        item('a) Prep', 1),
        { kind: 'text', text: 'BREAK: 15 Minutes', emphasis: 'all' },
        item('b) Setting up the analysis', 1),
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.title).toBe('比赛规则');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |LOGISTICS',
      '2 |Software Needed',
      '2 |Preparation Needed',
      '1 |LESSON PLAN',
      '2 1)|FVT modeling',
      '3 a)|Prep',
      '3 b)|Setting up the analysis',
    ]);
  });

  it('a sentence of clauses ending in a colon leads in to what follows; it names no section', () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: '活动计划', heading: 1 },
        { kind: 'text', text: '反思', heading: 2 },
        { kind: 'text', text: '那么其实，因为我们做这个活动它是有一个大前提，也就是背景的：' },
        { kind: 'text', text: '这是工作室第一次选题。' },
        { kind: 'text', text: '脑洞', heading: 2 },
      ],
    };
    expect(extractBlocks(doc).document.plans[0]?.headings.map((h) => h.text)).toEqual(['反思', '脑洞']);
  });

  it('nests 1. under 一、 when both are set as headings of one size, but not a heading and its translation', () => {
    const h = (text: string) => ({ kind: 'text' as const, text, heading: 2 });
    const rules = extractBlocks({
      source: 'pdf',
      blocks: [
        { kind: 'text', text: '《嵌入式系统概论》课程轮式机器人竞速赛', heading: 1 },
        { kind: 'text', text: '规 则', heading: 1 },
        h('四、规则描述'),
        h('1. 预选规则'),
        h('2. 程序限制'),
        h('五、参赛与课程奖惩'),
        h('1. 报名'),
      ],
    }).document.plans[0];
    expect(rules?.title).toBe('《嵌入式系统概论》课程轮式机器人竞速赛');
    expect(rules?.headings.map((x) => `${x.level} ${x.marker}`)).toEqual(['1 四、', '2 1.', '2 2.', '1 五、', '2 1.']);
    const bilingual = extractBlocks({
      source: 'markdown',
      blocks: [h('1. Be Prepared'), h('一、课前准备'), h('2. Punctuality'), h('二、准时到课')],
    }).document.plans[0];
    expect(bilingual?.headings.map((x) => x.level)).toEqual([1, 1, 1, 1]);
  });

  it('takes a bold line opening with a span of clock times as a time slot, and "students will:" as a lead-in', () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'Workshop Agenda', heading: 1 },
        { kind: 'text', text: '16:00–16:10 | Welcome & Purpose', emphasis: 'all' },
        { kind: 'text', text: 'Icebreaker:', emphasis: 'all', list: { depth: 0, ordered: false, parent: true } },
        { kind: 'text', text: 'Students share one essay question.', list: { depth: 1, ordered: false, parent: false } },
        { kind: 'text', text: '16:10–16:30 | Understanding Essay Questions', emphasis: 'all' },
        { kind: 'text', text: 'By the end of this workshop, students will:' },
        { kind: 'text', text: '1. Analyse academic essay prompts.', list: { depth: 0, ordered: true, parent: false } },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((x) => `${x.level} ${x.marker}|${x.text}`)).toEqual([
      '1 |16:00–16:10 | Welcome & Purpose',
      '2 |Icebreaker',
      '1 |16:10–16:30 | Understanding Essay Questions',
      '2 1.|Analyse academic essay prompts',
    ]);
    expect(p?.schedule).toEqual([
      { when: '16:00–16:10', items: ['Welcome & Purpose'] },
      { when: '16:10–16:30', items: ['Understanding Essay Questions'] },
    ]);
  });

  it('reads a notice as a notice: its addressee, its bracketed fields, its sign-off, a title broken over two lines', () => {
    const bold = (text: string) => ({ kind: 'text' as const, text, emphasis: 'all' as const });
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        bold('关于印发《某某大学本科生学位授予工作实施细则》的通知'),
        { kind: 'text', text: '各部门、各单位、各相关高校外国语学院及相关院系：' },
        { kind: 'text', text: '现将《实施细则》印发给你们，请遵照执行。' },
        bold('一、组织单位：'),
        { kind: 'text', text: '【专家委员会主任】 许钧教授' },
        bold('江苏省翻译协会'),
        bold('南京翻译家协会（分中心）'),
        bold('2024 年 3 月 18 日'),
        bold('某某大学本科生'),
        bold('学位授予工作实施细则'),
        { kind: 'text', text: '第一条 学校按照规定授予学士学位。' },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((x) => `${x.level} ${x.marker}|${x.text}`)).toEqual([
      '1 一、|组织单位',
      '1 |某某大学本科生学位授予工作实施细则',
      '2 第一条|学校按照规定授予学士学位',
    ]);
    expect(p?.schedule).toEqual([]);
  });

  it('a plain line ending with a colon right under a heading element introduces its list; elsewhere it may head one', () => {
    const item = (text: string) => ({ kind: 'text' as const, text, list: { depth: 0, ordered: false, parent: false } });
    const heads = (first: { kind: 'text'; text: string; heading?: number }) =>
      extractBlocks({
        source: 'html',
        blocks: [
          { kind: 'text', text: 'Mentoring', heading: 1 },
          first,
          { kind: 'text', text: 'Questions to ask:' },
          item('What are you working on?'),
          item('How do you share the work?'),
        ],
      }).document.plans[0]?.headings.map((h) => h.text);
    expect(heads({ kind: 'text', text: 'Guiding your team', heading: 3 })).toEqual(['Guiding your team']);
    expect(heads({ kind: 'text', text: 'We meet on Fridays and talk about the project.' })).toEqual([
      'Questions to ask',
    ]);
  });

  it('a bold first line over the fields or the first bold label is the title; over its own paragraph, a section', () => {
    const bold = (text: string) => ({ kind: 'text' as const, text, emphasis: 'all' as const });
    const plain = (text: string) => ({ kind: 'text' as const, text });
    const title = (...blocks: BlockDocument['blocks']) =>
      extractBlocks({ source: 'docx', blocks }).document.plans[0]?.title;
    expect(title(bold('PNB Open Science Summer Workshop'), plain('Date: TBD'), plain('Locations: TBD'))).toBe(
      'PNB Open Science Summer Workshop',
    );
    expect(title(bold('大数据技术及应用小组作业'), bold('作业内容'), plain('本次作业分为两个阶段。'))).toBe(
      '大数据技术及应用小组作业',
    );
    expect(
      title(bold('Modes of Communication'), plain('We all agree to be reached by e-mail.'), bold('Meetings')),
    ).toBe('');
  });

  it('reads bracketed labels, captions and lead-ins for what they are', () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: '搜索引擎原型系统设计与实现', heading: 1 },
        { kind: 'text', text: '[要求]', heading: 2 },
        { kind: 'text', text: '功能应包括：' },
        { kind: 'text', text: '(1) 利用爬虫程序 [1]，自动爬取相关的文档。' },
        { kind: 'text', text: '(2) 设计中文分词算法。' },
        { kind: 'text', text: '上述(1) 和 (2) 两项功能中，最多只允许一项采用开源软件。' },
        { kind: 'text', text: '(1) 和 (2) 两项功能中，至少一项自己实现。' },
        { kind: 'text', text: '第一阶段的任务设计以简要的word形式呈现，在4月12日前提交。' },
        { kind: 'text', text: '至少包含以下内容' },
        { kind: 'text', text: '表1 字段表举例（仅供参考）', emphasis: 'all' },
        { kind: 'text', text: '[检查方式]', heading: 2 },
      ],
    };
    const [p] = extractBlocks(doc).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 |[要求]',
      '2 (1)|利用爬虫程序 [1]，自动爬取相关的文档',
      '2 (2)|设计中文分词算法',
      '1 |[检查方式]',
    ]);
  });

  it('keeps a recurring heading or a list item with items of its own; a major numbered section holds the label after it', () => {
    const item = (text: string, depth: number, parent: boolean) => ({
      kind: 'text' as const,
      text,
      list: { depth, ordered: false, parent },
    });
    const parts = ['Medical NER', 'Summarization', 'Explainability'].flatMap((part) => [
      { kind: 'text' as const, text: part, heading: 2 },
      item('Introduction', 0, true),
      item(`What ${part} is`, 1, false),
      item('Use cases', 0, true),
      item(`${part} in clinics`, 1, false),
    ]);
    const workshop = extractBlocks({ source: 'docx', blocks: parts }).document.plans[0];
    expect(workshop?.headings.filter((h) => h.text === 'Introduction' || h.text === 'Use cases')).toHaveLength(6);
    const bold = (text: string) => ({ kind: 'text' as const, text, emphasis: 'all' as const });
    const frame = extractBlocks({
      source: 'docx',
      blocks: [
        bold('作业内容'),
        bold('一、第一阶段：选题与方案设计'),
        bold('提交方式与时间'),
        { kind: 'text', text: '提交地址：' },
        { kind: 'text', text: 'https://box.example.cn/' },
        bold('二、第二阶段：代码执行与成果实现'),
      ],
    }).document.plans[0];
    expect(frame?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`).slice(0, 3)).toEqual([
      '1 |作业内容',
      '2 一、|第一阶段',
      '3 |提交方式与时间',
    ]);
  });

  it("a team contract's questions, each answered in the paragraphs after it, name the answers", () => {
    const q = (text: string) => ({ kind: 'text' as const, text, list: { depth: 0, ordered: false, parent: false } });
    const p = (text: string) => ({ kind: 'text' as const, text });
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        { kind: 'text', text: 'Goals', emphasis: 'all' },
        q('What are the goals of the team?'),
        p('Our goal is to get an A and build the best game we can.'),
        q('What will happen if someone does not follow through (e.g., missing a deadline)? Who decides?'),
        p('We talk to them first, then to the instructor.'),
        q('What will you do if one of you fixates on a particular idea?'),
        p('See above.'),
      ],
    };
    expect(extractBlocks(doc).document.plans[0]?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Goals',
      '2 What are the goals of the team',
      '2 What will happen if someone does not follow through (e.g., missing a deadline)',
      '2 What will you do if one of you fixates on a particular idea',
    ]);
  });

  it('reads a rules notice: its addressee, a club constitution as a title, a lead-in with may, a book chapter, 下述', () => {
    const rules = extractPlans(
      '关于规范使用教学实验室的通知\n各位同学、老师、科研教学管理人员：\n1. 所有学生必须通过考试。\n2. 考试为闭卷笔试。\n',
    ).document.plans[0];
    expect(rules?.headings.map((h) => `${h.level} ${h.marker}`)).toEqual(['1 1.', '1 2.']);
    const bold = (text: string) => ({ kind: 'text' as const, text, emphasis: 'all' as const });
    const club = extractBlocks({
      source: 'pdf',
      blocks: [
        bold('Constitution of the Carnegie Mellon University Chess Club'),
        { kind: 'text', text: 'I. Name and Purpose' },
        { kind: 'text', text: 'A. The organization shall be known as the Chess Club.' },
        { kind: 'text', text: 'This document may be amended at any time based on:' },
        { kind: 'text', text: 'a. An agreement among all current officers.' },
      ],
    }).document.plans[0];
    expect(club?.title).toBe('Constitution of the Carnegie Mellon University Chess Club');
    expect(club?.headings.map((h) => h.marker)).toEqual(['I.', 'A.', 'a.']);
    const week = extractBlocks({
      source: 'docx',
      blocks: [
        { kind: 'text', text: '2. 学', list: { depth: 0, ordered: true, parent: true } },
        {
          kind: 'text',
          text: 'a) 《构建之法》第一章（补上周阅读内容）。',
          list: { depth: 1, ordered: true, parent: false },
        },
        { kind: 'text', text: '在学习笔记中包含对下述问题的思考：' },
        { kind: 'text', text: '1.《构建》ch10中的典型用户与参与者有什么关系？' },
      ],
    }).document.plans[0];
    expect(week?.headings.map((h) => `${h.marker} ${h.text}`)).toContain('a) 《构建之法》第一章（补上周阅读内容）');
    expect(week?.headings.map((h) => h.text)).not.toContain('在学习笔记中包含对下述问题的思考');
  });

  it('a time span over the list of what is done then is a slot of the day; a label after its list is not inside it', () => {
    const md = [
      '# Workshop Agenda',
      '',
      '0:00–0:10 — Welcome',
      '- Greet everyone',
      '- Share the slides',
      '',
      '0:10–0:40 — Part 1: Why plan together',
      '- Examples',
      '',
      'Reminders:',
      '- Keep time',
    ].join('\n');
    const p = extractPlans(md).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 0:00–0:10 — Welcome',
      '1 0:10–0:40 — Part 1',
      '1 Reminders',
    ]);
    expect(p?.schedule).toEqual([
      { when: '0:00–0:10', items: ['Welcome'] },
      { when: '0:10–0:40', items: ['Part 1'] },
    ]);
  });
  it('text pasted with Markdown marks keeps its lines: a line set in under a label is under it', () => {
    const doc = readText(
      '# Team norms\n\nStyle Guide:\n\tSemicolons always\n\tTwo spaces\n\nTesting:\n\tOne spec per file\n',
    );
    expect(doc.blocks.map((b) => (b.kind === 'text' ? `${b.indent ?? 0} ${b.text}` : ''))).toEqual([
      '0 Team norms',
      '0 Style Guide:',
      '1 Semicolons always',
      '1 Two spaces',
      '0 Testing:',
      '1 One spec per file',
    ]);
    // A Markdown file is read as Markdown renders it: one paragraph.
    expect(readMarkdown('Style Guide:\n\tSemicolons always\n').blocks).toHaveLength(1);
  });
  it('a "参考资料" heading is a part of the document; a lone line so named in pasted text is site clutter', () => {
    const md = '# 学习计划\n\n## 任务安排\n\n第一周读书。\n\n## 参考资料\n\n1. 教材\n2. 视频\n';
    expect(outline(md)).toEqual(['1 任务安排', '1 参考资料', '2 1. 教材', '2 2. 视频']);
  });
  it('the one top heading numbered past 1 ("# 6. 青少年编程") is the file\'s title, its number in a series', () => {
    const p = extractPlans('# 6. 青少年编程\n\n## 基本信息\n\n学习周期：9天\n\n## 任务安排\n\n练习。\n').document
      .plans[0];
    expect(p?.title).toBe('6. 青少年编程');
    expect(p?.headings.map((h) => h.text)).toEqual(['基本信息', '任务安排']);
    expect(extractPlans('# 一、班级卫生\n\n## 要求\n\n每天打扫。\n').document.plans[0]?.title).not.toBe('一、班级卫生');
  });
  it('a bold line naming a part under the title and its dates is a section, not the title again', () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: 'Orientation program for the new BTech students 2020', heading: 1 },
        { kind: 'text', text: '18th-21st November 2020' },
        { kind: 'text', text: 'Schedule of the Program', emphasis: 'all' },
        { kind: 'text', text: 'The sessions are held online; join with the link sent by e-mail.' },
      ],
    };
    const p = extractBlocks(doc).document.plans[0];
    expect(p?.title).toBe('Orientation program for the new BTech students 2020');
    expect(p?.headings.map((h) => h.text)).toEqual(['Schedule of the Program']);
  });
  it("the author's Chinese name and the date under the title are its byline, not sections", () => {
    const doc: BlockDocument = {
      source: 'pdf',
      blocks: [
        { kind: 'text', text: '数值分析实习II课程信息', heading: 1 },
        { kind: 'text', text: '翟起龙', heading: 3 },
        { kind: 'text', text: '2020年9月5日', heading: 3 },
        { kind: 'text', text: '1 基本信息', heading: 2 },
        { kind: 'text', text: '上课地点: 数学楼机房' },
        { kind: 'text', text: '2 作业及考核', heading: 2 },
        { kind: 'text', text: '总分100.' },
        { kind: 'text', text: '2.1 上机作业', heading: 3 },
        { kind: 'text', text: '分组完成.' },
      ],
    };
    const p = extractBlocks(doc).document.plans[0];
    const texts = p?.headings.map((h) => h.text) ?? [];
    expect(texts.slice(0, 2)).toEqual(['基本信息', '作业及考核']);
    expect(texts).not.toContain('翟起龙');
    expect(texts).not.toContain('2020年9月5日');
  });
  it("the event's date and hours under the title are its byline, not sections", () => {
    const html =
      '<h1>Data Science Day</h1><h2>April 22, 2021</h2><h2>10:00 am - 12:00 pm ET</h2><h2>AGENDA</h2>' +
      '<table><tr><td>10:00</td><td>Welcome</td></tr><tr><td>10:10</td><td>Keynote</td></tr></table>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.title).toBe('Data Science Day');
    expect(p?.headings.map((h) => h.text)).toEqual(['AGENDA']);
  });
  it("an event's cover set in its title's heading style (dates, place, host) describes it; a run of days are sections", () => {
    const html =
      '<h1>SERVIR Hub Exchange</h1><p><b>Cloud Based Open Source System for Automated Satellite Image Acquisition: focus on Flood Mapping</b></p><h1>March 10-13, 2015</h1>' +
      '<h1>Kathmandu, Nepal</h1><h1>ICIMOD</h1><p>The goal of a Hub Exchange is to share technology.</p>' +
      '<p>-Learn the cloud system</p><h1>-Brainstorm topics for the next exchange</h1><h1>Agenda</h1><p>Welcome.</p>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.title).toBe('SERVIR Hub Exchange');
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual(['1 Agenda']);
    const days =
      '<h1>Workshop</h1><h2>Monday, May 4, 2020</h2><p>09.00 Welcome</p><h2>Tuesday, May 5, 2020</h2><p>09.00 Lectures</p>';
    const d = extractBlocks(readHtmlSource(days)).document.plans[0];
    expect(d?.headings.map((h) => h.text)).toEqual(['Monday, May 4, 2020', 'Tuesday, May 5, 2020']);
  });
  it("a Word paragraph of sentences in a heading style is a paragraph; Markdown's heading marked so stays one", () => {
    const long =
      'I am inspired by an article on teaching without digital tools. It made me think of text mining with highlighters, so I want to combine both ideas in one lesson for first-year students.';
    const doc = (source: BlockDocument['source']): BlockDocument => ({
      source,
      blocks: [
        { kind: 'text', text: 'Lesson plan', heading: 1 },
        { kind: 'text', text: 'Rationale', heading: 2 },
        { kind: 'text', text: long, heading: 2 },
        { kind: 'text', text: 'Objectives', heading: 2 },
        { kind: 'text', text: 'Read a chapter.' },
      ],
    });
    expect(extractBlocks(doc('docx')).document.plans[0]?.headings.map((h) => h.text)).toEqual([
      'Rationale',
      'Objectives',
    ]);
    expect(extractBlocks(doc('markdown')).document.plans[0]?.headings).toHaveLength(3);
  });
  it('short phrases each right over a bulleted list name those lists, where two or more do (a syllabus typed as text)', () => {
    const text =
      'Syllabus\n \nWhat is Git\n   * content management\n      * hashing\n   * distributed : nobody is important\n\n' +
      'Git from the command line\n   * Creating a repository\n   * Branches\n\nRemotes\n   * Push\n   * Fetch\n';
    expect(extractPlans(text).document.plans[0]?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 What is Git',
      '2 content management',
      '1 Git from the command line',
      '1 Remotes',
    ]);
    // One such line proves nothing: it may be any line before a list.
    expect(
      extractPlans('Syllabus\n\nWhat is Git\n   * content management\n   * hashing\n').document.plans[0]?.headings,
    ).toEqual([]);
  });
  it('headings numbered 1., 2., 3. over plain lists of their own numbered 1., 2., 3. are the sections', () => {
    const h = (text: string, heading: number) => ({ kind: 'text' as const, text, heading });
    const p = (text: string) => ({ kind: 'text' as const, text });
    const plan = extractBlocks({
      source: 'pdf',
      blocks: [
        h('课程大纲', 1),
        h('1. 课程介绍', 2),
        p('1. 课程名称：数学软件与教学应用'),
        p('2. 课程目标：提升教学能力。'),
        p('3. 课程时长：一学期'),
        h('2. 课程安排', 2),
        h('2.1 第1周：课程导论', 3),
        p('数学软件在教育中的作用'),
        h('2.2 第2周：GeoGebra 入门', 3),
        p('绘制基本几何图形'),
        h('3. 评估方式', 2),
        p('作业与项目。'),
      ],
    }).document.plans[0];
    expect(plan?.headings.map((x) => `${x.level} ${x.marker}${x.text}`)).toEqual([
      '1 1.课程介绍',
      '2 1.课程名称',
      '2 2.课程目标',
      '2 3.课程时长',
      '1 2.课程安排',
      '2 2.1第1周',
      '2 2.2第2周',
      '1 3.评估方式',
    ]);
  });
  it("text in a class the page's own stylesheet sets bold is bold: a plan page's section names", () => {
    const html =
      '<html><head><style>/* timeline */ .time, .note { font-weight: bold } .event-title { font-weight: 600 }</style></head>' +
      '<body><h1>跨年晚会活动方案</h1><h2>五、组织与执行细则</h2><div class="timeline-item"><div class="time">筹备小组</div>' +
      '<p>明确分工（策划、物资、节目、后勤、接待、影音）。</p></div><div class="timeline-item"><div class="time">现场协调</div>' +
      '<p>确保活动顺利进行，安排专人负责签到与引导。</p></div></body></html>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 五、组织与执行细则',
      '2 筹备小组',
      '2 现场协调',
    ]);
  });
  it('a first top heading that names a section, as others of its rank do ("# 作业内容" … "# 组队要求"), is no title', () => {
    const md =
      '# 作业内容\n\n## Project1: 大规模爬虫\n\n爬取网页。\n\n## Project2: 检索引擎\n\n建立索引。\n\n# 组队要求\n\n每组5-6人。\n';
    const p = extractPlans(md).document.plans[0];
    expect(p?.title).toBe('');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 作业内容',
      '2 Project1大规模爬虫',
      '2 Project2检索引擎',
      '1 组队要求',
    ]);
  });
  it("a page's banner header (its logo's heading, its intro) is page chrome; the article's first heading titles it", () => {
    const html =
      '<body><header><a href="index.html" class="logo"><h1>ESL RESOURCES</h1><h2>The home of fun learning lessons</h2></a>' +
      '<h3>What can I find here?</h3><p>This is a page with resources that can help make a lesson more fun.</p></header>' +
      '<div class="column"><h2>Halloween - The Lesson Plan</h2>' +
      '<section><h3>Introduction:</h3><p>Start by asking the students about ghost stories they know.</p></section>' +
      '<section><h3>Discussion:</h3><p>Ask the students which story scared them most and why.</p></section></div></body>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.title).toBe('Halloween - The Lesson Plan');
    expect(p?.headings.map((h) => h.text)).toEqual(['Introduction', 'Discussion']);
  });
  it("list items with no list around them are bullets; the page's one heading over an article with none titles it", () => {
    const html =
      '<body><div class="nav"><button>Lesson Plan</button></div><div><h4>Sequence of Activities</h4></div>' +
      '<div class="sequence"><p>Class #1</p><li>Introduction to the lesson</li><li>Teacher will ask guiding questions</li>' +
      '<li>Students will engage in small group discussion of the questions (10 min)</li>' +
      '<p>Class #2</p><li>Think, pair, share with Google Arts and Culture</li><li>Design the vessel</li>' +
      '<p>Class #3</p><li>Explore the Tinkercad software</li><li>Demo of techniques as students follow along</li></div></body>';
    const doc = readHtmlSource(html);
    expect(doc.blocks.filter((b) => b.kind === 'text' && b.list).length).toBe(7);
    const p = extractBlocks(doc).document.plans[0];
    expect(p?.title).toBe('Sequence of Activities');
    expect(p?.headings.map((h) => h.text)).toEqual(['Class #1', 'Class #2', 'Class #3']);
  });
  it("a site's menu column beside the article, its slideshow and its breadcrumb trail are page chrome", () => {
    const html =
      '<body><div class="carousel slide"><h4>First Thumbnail label</h4><p>Cras justo odio, dapibus ac facilisis in.</p></div>' +
      '<div class="row"><div class="content_left pull-left col-lg-3"><h3>关于学会</h3><a href="a.jsp">学会简介</a>' +
      '<h3>学会章程</h3><a href="b.jsp">总则</a><a href="c.jsp">业务范围</a><a href="d.jsp">组织机构和负责人产生、罢免</a></div>' +
      '<div class="content_right pull-left col-lg-9"><h3>韶关市计算机学会<span>当前位置：<a href="/">首页</a> &gt;&gt; 业务范围</span></h3>' +
      '<p>第六条：本学会的业务范围：</p><p>（一）开展计算机学术研究，活跃学术思想，促进学科和经济发展，促进科技合作；</p>' +
      '<p>（二）开展技术咨询服务，普及计算机基础知识，推广先进技术，促进计算机在各个领域的应用；</p></div></div></body>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.title).toBe('韶关市计算机学会');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 第六条本学会的业务范围',
      '2 （一）开展计算机学术研究，活跃学术思想，促进学科和经济发展，促进科技合作',
      '2 （二）开展技术咨询服务，普及计算机基础知识，推广先进技术，促进计算机在各个领域的应用',
    ]);
  });
  it("a school site's side boxes, its trail, its article's source line and its print button are no part of the notice", () => {
    const html =
      '<body><div class="nav"><ul><li><h4><a href="/">首页</a></h4></li></ul></div><div class="main">' +
      '<div class="box sideMenuBox"><h3>学校公告</h3><ul><li><a href="/20">党政办</a></li><li><a href="/30">团委</a></li></ul></div>' +
      '<div class="box sideBox"><h3>推荐阅读</h3><ul class="sideinfoList">' +
      Array.from(
        { length: 8 },
        (_, k) => `<li><a href="/${k}">第${k + 1}届校园诗词大赛决赛结果与获奖名单公布[05-2${k}]</a></li>`,
      ).join('') +
      '</ul></div>' +
      '<div class="mainBox"><div class="path"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/30">团委</a></div>' +
      '<div class="printArea"><h2 class="title">关于进行学生社团考核的通知</h2>' +
      '<div class="property"><span>文章来源：本站原创</span> <span>作者：佚名</span> <span>发布时间：2019年06月05日</span></div>' +
      '<p>为整合校内学生社团资源，更好地发挥学生社团在学校第二课堂中的积极作用，为学生成长服务，为校园文化建设服务，' +
      '校团委将对现有的学生社团进行全盘评定，评选出优秀社团予以表彰。同时，根据我校《社团章程》，对组织不健全，' +
      '活动不正常或超越章程范围的社团进行整顿或撤销登记。具体安排如下：</p>' +
      '<p><b>1.社团调研。</b>前期，社团联合会已对各社团进行问卷调查。</p>' +
      '<p><b>2.星级评定。</b>预设三星级社团10家，交流答辩环节设置在周二。</p></div>' +
      '<div class="userControl"><a href="javascript:doPrint()">【打印正文】</a></div></div></div></body>';
    const doc = readHtmlSource(html);
    const shown = doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''));
    for (const chrome of ['学校公告', '推荐阅读', '第1届校园诗词大赛决赛结果与获奖名单公布[05-20]', '【打印正文】'])
      expect(shown).not.toContain(chrome);
    expect(shown.some((t) => t.includes('当前位置'))).toBe(false);
    const { document, removed } = extractBlocks(doc);
    expect(document.plans[0]?.title).toBe('关于进行学生社团考核的通知');
    expect(document.plans[0]?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 1.社团调研',
      '1 2.星级评定',
    ]);
    expect(removed.map((r) => r.reason)).toContain('page metadata');
  });
  it('a grid of short cells laid out in three columns by its class is a timetable, row by row; a grid of cards is not', () => {
    const slot = (time: string, who: string, talk: string) =>
      `<span class="font-bold">${time}</span><span class="font-bold">${who}</span><span>${talk}</span>`;
    const html =
      '<body><h2>Neutrino Astrophysics</h2><h3>Day 1: 19th March, Wednesday</h3>' +
      '<div class="grid grid-cols-3 py-3 text-center"><span> </span><span>Session 1 [GFL]</span><span> </span>' +
      slot('11:00 AM - 11:45 AM', 'Poonam Mehta', 'A relook at the GZK effect') +
      slot('11:45 AM - 12:30 PM', 'Ranjan Laha', 'The KM3NeT event') +
      '</div><h3>Day 2: 20th March, Thursday</h3>' +
      '<div class="grid grid-cols-2"><div><h4>Posters</h4><p>All day in the foyer.</p></div>' +
      '<div><h4>Excursion</h4><p>After lunch, by bus.</p></div><div><h4>Dinner</h4><p>At seven.</p></div>' +
      '<div><h4>Closing</h4><p>Friday noon.</p></div></div></body>';
    const doc = readHtmlSource(html);
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => c.lines.join(' ')))).toEqual([
      ['', 'Session 1 [GFL]', ''],
      ['11:00 AM - 11:45 AM', 'Poonam Mehta', 'A relook at the GZK effect'],
      ['11:45 AM - 12:30 PM', 'Ranjan Laha', 'The KM3NeT event'],
    ]);
    const p = extractBlocks(doc).document.plans[0];
    expect(p?.headings.map((h) => h.text)).toEqual(['Day 1', 'Day 2', 'Posters', 'Excursion', 'Dinner', 'Closing']);
    expect(p?.schedule.map((e) => e.when)).toContain('11:00 AM - 11:45 AM');
  });
  it('headings numbered on from one another are siblings whatever their styles; the one unnumbered heading over them is the title', () => {
    const html =
      '<h1>规章制度</h1><h1>1.一二四制度</h1><p>每周汇报一次。</p><h2>2.签到软件</h2><p>统一制作。</p><h2>3.编码规范</h2><p>组内统一。</p>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.title).toBe('规章制度');
    expect(p?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 1.一二四制度',
      '1 2.签到软件',
      '1 3.编码规范',
    ]);
  });
  it("an FAQ's questions set in bold, each over the paragraph that answers it, name their answers", () => {
    const md =
      '# Participant Rulebook\n\n## Frequently Asked Questions\n\n**Is the hackathon online or offline?**\n\n' +
      'It is fully online. Registration and submissions happen on the event site.\n\n' +
      '**Can I participate solo?**\n\nYes. Teams may have one to four members.\n\n' +
      '**Can I submit an existing project?**\n\nNo. Projects must be built during the official hackathon period.\n';
    const [p] = extractBlocks(readMarkdown(md)).document.plans;
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Frequently Asked Questions',
      '2 Is the hackathon online or offline',
      '2 Can I participate solo',
      '2 Can I submit an existing project',
    ]);
  });
  it('a countdown to the day ("T-1 week", "T-2 days") names a phase; its number counts weeks, it numbers nothing', () => {
    const md =
      '## Timeline\n\n### T-3 weeks: kickoff\n- Book the room\n\n### T-2 weeks: call for demos\n' +
      '- Send the call\n\n### T-1 week: finalize agenda\n- Lock the demo list\n- Confirm each demo includes:\n' +
      '  - what problem it solves\n  - artifact link\n\n### T-2 days: dry run\n- Test AV and adapters\n\n' +
      '### Day-of: execute\n- Run it\n\n### T+1 day: follow-ups\n- Post the recordings\n';
    const [p] = extractBlocks(readMarkdown(md)).document.plans;
    expect(p?.headings.map((h) => `${h.marker}|${h.text}`)).toEqual([
      '|T-3 weeks',
      '|T-2 weeks',
      '|T-1 week',
      '|T-2 days',
      '|Day-of',
      '|T+1 day',
    ]);
  });
  it('a list that goes on numbering after a bold label and its lines is the same list; the label is inside its item', () => {
    const md =
      '# 重要通知\n\n1. 安装软件\n\n2. 学习教程\n\n3. 准备器件\n\n**器件具体型号**\n\n面包板\n\n4. 参加例会\n\n5. 组队\n';
    expect(outline(md)).toEqual([
      '1 1. 安装软件',
      '1 2. 学习教程',
      '1 3. 准备器件',
      '2 器件具体型号',
      '1 4. 参加例会',
      '1 5. 组队',
    ]);
  });
  it('numbers inside a sentence that ends "…; and 4) …" are its points, not a list', () => {
    const md =
      '# Workshop\n\n## Summaries\n\n- Introduction to R: we will: 1) learn the syntax; 2) use data frames; and 3) make plots.\n';
    expect(outline(md)).toEqual(['1 Summaries']);
  });
  it("a weekday's date alone on its line is a day of the schedule; a bullet that is one is an item of a list of days", () => {
    const md = [
      '# Hackathon',
      '',
      '## Rosters',
      '',
      '- Tuesday, January 12',
      '- Wednesday, January 13',
      '',
      '## Schedule',
      '',
      'Friday, May 2nd',
      '',
      '6:30 PM - Introduction',
      '',
      'Saturday, May 3rd',
      '',
      '9:00 AM - Breakfast',
    ].join('\n');
    const p = extractPlans(md).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Rosters',
      '1 Schedule',
      '2 Friday, May 2nd',
      '2 Saturday, May 3rd',
    ]);
    expect(p?.schedule.map((e) => e.when)).toEqual(expect.arrayContaining(['Friday, May 2nd', 'Saturday, May 3rd']));
  });
  it('a table that lays out the page, its cells holding the section headings, is read as the page shows it', () => {
    const html =
      '<h2>竞赛办法</h2><table><tr><td><h2>活动宗旨</h2><div><p>提升程序设计能力。</p></div></td></tr>' +
      '<tr><td><h2>竞赛规则</h2><ol><li>每队一至三人。</li><li>携带学生证。</li></ol></td></tr></table>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 活动宗旨',
      '1 竞赛规则',
      '2 1.每队一至三人',
      '2 2.携带学生证',
    ]);
  });
  it('an agenda grid (a time span, the slot in bold, what it is about) gives one schedule entry a slot and no headings', () => {
    const html =
      '<h1>Workshop Agenda</h1><h3>Day 1 – February 02, 2026</h3><p>09:30 – 10:00</p><p><b>Registration</b></p>' +
      '<p>Welcome kits are handed out</p><p>10:00 – 10:30</p><p><b>Vision Setting</b></p><p>Why the pilot</p>' +
      '<h3>Day 2 – February 03, 2026</h3><p>09:30 – 10:30</p><p><b>Group Work</b></p><p>10:30 – 11:00</p><p><b>Closing</b></p>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => `${h.marker}${h.text}`)).toEqual([
      'Day 1 – February 02, 2026',
      'Day 2 – February 03, 2026',
    ]);
    expect(p?.schedule).toEqual(
      expect.arrayContaining([
        { when: '09:30 – 10:00', items: ['Registration'] },
        { when: '10:00 – 10:30', items: ['Vision Setting'] },
      ]),
    );
  });
  it('a day and its hours run straight on into what happens then is a dated line', () => {
    const p = extractPlans(
      '比赛通知\n三、赛程安排\n2016年11月30日（星期三）下午24：00报名截止\n2016年12月10日晚上19：00举行颁奖仪式',
    ).document.plans[0];
    expect(p?.schedule.map((e) => e.when)).toEqual(['2016年11月30日（星期三）下午24：00', '2016年12月10日晚上19：00']);
  });
  it("a PDF's name line between its title and sections numbered from 1 belongs to the title block", () => {
    const doc = settleTitle({
      source: 'pdf',
      blocks: [
        { kind: 'text', text: 'Constitution', heading: 1 },
        { kind: 'text', text: 'Quantitative Finance UWA', heading: 1 },
        { kind: 'text', text: '1 Name', heading: 2 },
        { kind: 'text', text: '1.1 The name of the club shall be QFin.' },
        { kind: 'text', text: '2 Objectives', heading: 2 },
        { kind: 'text', text: '2.1 To encourage learning.' },
      ],
    });
    expect(doc.title).toBe('Constitution');
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''))[0]).toBe('1 Name');
  });
  it('a time set in bold at the start of a line ("**09.00 - 09.10** Welcome", "6:30pm: Opening") opens a slot of the day', () => {
    const md = [
      '# Schedule',
      '',
      '### Monday 2020-10-05',
      '**09.00 - 09.10** Welcome and introduction',
      '',
      '**10.15 - 10.30** Breakout rooms: ice-breaker session',
      '',
      '**6:30pm:** Opening speech',
    ].join('\n');
    const p = extractPlans(md).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Monday 2020-10-05',
      '2 09.00 - 09.10 Welcome and introduction',
      '2 10.15 - 10.30 Breakout rooms',
      '2 6:30pm',
    ]);
    expect(p?.schedule).toEqual([
      // The day, its date written the ISO way, is an entry of its own.
      { when: 'Monday 2020-10-05', items: [] },
      { when: '09.00 - 09.10', items: ['Welcome and introduction'] },
      { when: '10.15 - 10.30', items: ['Breakout rooms'] },
      { when: '6:30pm', items: ['Opening speech'] },
    ]);
  });
  it('plain text with bullets set in under bullets is read as a nested list', () => {
    const text =
      'Course outline\n\nTraining 1: Basics\n\n- Modules\n- Practicum:\n\t- Write a module\n\t- Test it\n- Lists and Dicts\n\t- Pointers\n';
    expect(readText(text).source).toBe('markdown');
    // A bullet with bullets set in under it names them; the leaves are content.
    expect(outline(text)).toEqual(['1 Practicum', '1 Lists and Dicts']);
  });
  it('a bold word that opens a Chinese phrase with no stop in it is part of the heading', () => {
    const md = '# 第二周学习内容\n\n1. **博客** 的生态情况 (概念、使用情况等)\n2. **Markdown** 标记语法 (相当简单)\n';
    expect(outline(md)).toEqual(['1 1. 博客 的生态情况 (概念、使用情况等)', '1 2. Markdown 标记语法 (相当简单)']);
  });
  it('bold dated lines are slots of the day, each a heading, even one under another; "Day 2 (Wednesday, 10/22)" is a day', () => {
    const md =
      '# Agenda\n\n## Day 1 (Tuesday, 10/21)\n\n**8:30 - Workshop starts**\n\n- Introductions\n\n**10:00 - Break**\n\n**10:30 - Topic discussions**\n';
    const p = extractPlans(md).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Day 1 (Tuesday, 10/21)',
      '2 8:30 - Workshop starts',
      '2 10:00 - Break',
      '2 10:30 - Topic discussions',
    ]);
    expect(p?.schedule.map((e) => e.when)).toEqual(['Day 1 (Tuesday, 10/21)', '8:30', '10:00', '10:30']);
  });
  it('a course typed day by day, each line a whole date and what happens ("2021年9月22日 数据库查询"), is its schedule', () => {
    const text =
      '2021年9月22日 数据库查询\n2021年9月23日 JDBC\n\t数据的增删改查\n2021年10月18-28日 项目开发\n2019年12月2日 15:11\n2018年02月26日 周一\n';
    const p = extractPlans(text).document.plans[0];
    expect(p?.schedule.map((e) => `${e.when}|${e.items.join('/')}`).slice(0, 3)).toEqual([
      '2021年9月22日|数据库查询',
      '2021年9月23日|JDBC',
      '2021年10月18-28日|项目开发',
    ]);
    expect(p?.headings.map((h) => h.text).slice(0, 3)).toEqual([
      '2021年9月22日 数据库查询',
      '2021年9月23日 JDBC',
      '2021年10月18-28日 项目开发',
    ]);
    // A date's hour or weekday is no topic.
    expect(p?.schedule.map((e) => e.when)).not.toContain('2019年12月2日');
  });

  it('"Day 1 (December 8, 2025 Monday)" over a programme with no title line is its first day, not its title', () => {
    const day = (n: number, date: string): Block[] => [
      { kind: 'text', text: `Day ${n} (${date})`, heading: 1 },
      { kind: 'text', text: '9:00 Opening remarks' },
      { kind: 'text', text: '10:30 Coffee break' },
    ];
    const p = extractBlocks({
      source: 'pdf',
      blocks: [...day(1, 'December 8, 2025 Monday'), ...day(2, 'December 9, 2025 Tuesday')],
    }).document.plans[0];
    expect(p?.title).toBe('');
    expect(p?.headings.map((h) => h.text)).toEqual([
      'Day 1 (December 8, 2025 Monday)',
      'Day 2 (December 9, 2025 Tuesday)',
    ]);
    expect(p?.schedule.map((e) => e.when).slice(0, 1)).toEqual(['Day 1 (December 8, 2025 Monday)']);
  });

  it("a week or day by its number with its date in brackets is that period's heading, named whole, and its entry", () => {
    const md =
      '# Reading schedule\n\n**Week 1 (September 1):**\n\nRings and fields\n\n**Week 2 (September 8):**\n\nPolynomials\n\n' +
      '## Course schedule\n\n- Week 3 (23/09/2025): Introduction\n  - Lab 1\n- Week 4 (30/09/2025): Parsing\n  - Problem Set 1 due\n';
    const p = extractPlans(md).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} [${h.marker}] ${h.text}`)).toEqual([
      '1 [] Week 1 (September 1)',
      '1 [] Week 2 (September 8)',
      '1 [] Course schedule',
      '2 [] Week 3 (23/09/2025)',
      '2 [] Week 4 (30/09/2025)',
    ]);
    expect(p?.schedule.map((e) => `${e.when}: ${e.items.join(' / ')}`)).toEqual([
      'Week 1 (September 1): Rings and fields',
      'Week 2 (September 8): Polynomials',
      'Week 3 (23/09/2025): Introduction',
      'Week 4 (30/09/2025): Parsing',
    ]);
    // A dated bullet holds the bullets under it.
    const days = extractPlans(
      '# P\n\n## Schedule\n\n- Day 1 (May 3)\n  - Python basics\n  - Loops\n- Day 2 (May 4)\n  - Classes\n',
    );
    expect(days.document.plans[0]?.schedule.map((e) => `${e.when}: ${e.items.join(' / ')}`)).toEqual([
      'Day 1 (May 3): Python basics / Loops',
      'Day 2 (May 4): Classes',
    ]);
    // A topic in brackets is no date: the week's number is its marker.
    expect(extractPlans('# Plan\n\n**Week 5 (Graphs)**\n\nPaths.\n').document.plans[0]?.headings[0]?.marker).toBe(
      'Week 5',
    );
  });
  it('a plain label left blank among fields is an empty field; a bold one, or one over content, is a section', () => {
    const html =
      '<h1>Spring Hackathon</h1><p>Time:</p><p>Hacking starts on Friday.</p><p>Judges:</p><p>Meraki:</p>' +
      '<p>Rackspace: Mary Smith</p><p>EA:</p><p>Schedule:</p><p>Friday, May 2nd</p><p><b>Environment:</b></p><p>OS: Ubuntu</p>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => h.text)).toEqual(['Time', 'Judges', 'Schedule', 'Friday, May 2nd', 'Environment']);
  });
  it('a name alone over a typed list numbered from 1 heads it, where two or more lists are named so', () => {
    const html =
      '<h2>小學級</h2><p>各級的獎勵準則如下：</p><p>小學基本級 (粉黃色徽章) (累積積點：4)</p><p>1. 頒發予獲四個積點的團員。</p>' +
      '<p>2. 其中兩個積點必須從參與社會服務取得。</p><p>小學初級 (粉綠色徽章) (累積積點：4+6=10)</p>' +
      '<p>1. 完成小學基本級後再獲六個積點的團員。</p>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.marker} ${h.text}`)).toEqual([
      '1  小學基本級 (粉黃色徽章) (累積積點：4)',
      '2 1. 頒發予獲四個積點的團員',
      '2 2. 其中兩個積點必須從參與社會服務取得',
      '1  小學初級 (粉綠色徽章) (累積積點：4+6=10)',
      '2 1. 完成小學基本級後再獲六個積點的團員',
    ]);
  });
  it("a list's item set as a heading between its siblings stays an item of that list", () => {
    const html =
      '<h1>Class</h1><h2>III. Class Format</h2><ol type="A"><li>13 Lessons</li><li>Class will last 22 weeks</li></ol>' +
      '<h4>C. Homework – 1-3 hours per week</h4><ol type="A" start="4"><li>Lessons from workbook</li>' +
      '<li>In-class quizzes<ol><li>for my use</li><li>given the week before</li></ol></li></ol><h2>IV. Materials</h2>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.marker}`)).toEqual([
      '1 III.',
      '2 A.',
      '2 B.',
      '2 C.',
      '2 D.',
      '2 E.',
      '3 1.',
      '3 2.',
      '1 IV.',
    ]);
  });
  it('a web address alone is no heading, whatever type it is set in', () => {
    const html =
      '<h1>Rules</h1><h2>Insurance</h2><p>Our insurance is managed by Swim England.</p>' +
      '<h3>http://stroudmasters.org/about-2/documents/.</h3><h2>Safety</h2><p>Stop swimming.</p>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => h.text)).toEqual(['Insurance', 'Safety']);
  });
  it("a part's number alone over a list of bullets names that part", () => {
    const md =
      '# Meeting\n\n### Activity 1: Code of Conduct\n\nPart 1:\n\n* Form cubs in a circle\n\nPart 2:\n\n' +
      '* Send the sixes\n* Give each sixer\n\nPart 3\n\n* Call all the sixes back\n\n### Game 2\n\nTag.\n';
    expect(extractPlans(md).document.plans[0]?.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 Activity 1',
      '2 Part 1',
      '2 Part 2',
      '2 Part 3',
      '1 Game 2',
    ]);
  });
  it('a lesser numbering set in greater headings right under a section of a greater one is inside that section', () => {
    const html =
      '<h1>Web系统与技术</h1><h4>二、课程的教学目标</h4><p>教学目的：理解。</p><h4>三、课程内容</h4>' +
      '<h3>1 Web前端开发技术综述</h3><ul><li>1.1 Web概述</li></ul><h3>2 HTML基础</h3><ul><li>2.1 HTML文档结构</li></ul>' +
      '<h4>四、考核方式</h4><p>考试。</p>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.marker}`)).toEqual(['1 二、', '1 三、', '2 1', '2 2', '1 四、']);
  });
  it("a heading element that gives a course's facts as fields names no section; a title with a subtitle does", () => {
    const html =
      '<h1>Web系统与技术</h1><h3>学分：3.5 学时：64 (32时理论/32时上机)</h3><h4>一、课程的性质</h4><p>专业课。</p>' +
      '<h4>Panel: Linguistic Analyses: Exploratory Methods</h4><p>Talks.</p>';
    const p = extractBlocks(readHtmlSource(html)).document.plans[0];
    expect(p?.headings.map((h) => `${h.level} ${h.text}`)).toEqual(['1 课程的性质', '1 Panel']);
  });

  it('numbers headings set with decimals where one of them skips a number, once the document shows it numbers them so', () => {
    const md =
      '# 课程设计\n\n## 一、概述\n\n### 1.1 设计思路\n\n正文。\n\n### 1.3 服务速查\n\n正文。\n\n## 二、第一部分\n\n### 2.1 任务目标\n\n正文。\n\n### 2.2 任务1\n\n正文。\n';
    expect(extractPlans(md).document.plans[0]?.headings.map((h) => [h.level, h.marker, h.text])).toEqual([
      [1, '一、', '概述'],
      [2, '1.1', '设计思路'],
      [2, '1.3', '服务速查'],
      [1, '二、', '第一部分'],
      [2, '2.1', '任务目标'],
      [2, '2.2', '任务1'],
    ]);
  });

  it('a score set in bold alone under a task ("10分") says how much the task is worth; it names no section', () => {
    const doc: BlockDocument = {
      source: 'docx',
      blocks: [
        textLine('2.1 任务1：应用容器化', { heading: 2 }),
        textLine('10分', { emphasis: 'all' }),
        textLine('基于模板完成镜像构建和推送。'),
        textLine('2.2 任务2：集群搭建', { heading: 2 }),
        textLine('（8分）', { emphasis: 'all' }),
        textLine('创建集群。'),
      ],
    };
    expect(extractBlocks(doc).document.plans[0]?.headings.map((h) => h.text)).toEqual(['任务1', '任务2']);
  });
});
