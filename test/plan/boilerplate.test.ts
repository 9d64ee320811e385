import { describe, it, expect } from 'vitest';
import { removeBoilerplate } from '../../shared/plan/boilerplate.ts';
import { toLines } from '../../shared/plan/line.ts';

const run = (text: string) => removeBoilerplate(toLines(text));

describe('boilerplate', () => {
  it('removes download notices, site navigation and page numbers, saying why', () => {
    const { lines, removed } = run(
      [
        '一、指导思想',
        '1. 1、下载文档前请自行甄别文档内容的完整性',
        '相关文档',
        '最新文档',
        '12',
        '第 3 页 共 9 页',
        'Pg 2',
        '※当前位置》学生管理》有关须知※',
        '二、工作目标',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual(['一、指导思想', '二、工作目标']);
    expect(removed.map((r) => [r.line, r.reason])).toEqual([
      [2, 'download notice'],
      [3, 'site navigation'],
      [4, 'site navigation'],
      [5, 'page number'],
      [6, 'page number'],
      [7, 'page number'],
      [8, 'site navigation'],
    ]);
  });
  it("keeps a shop's own words about its VIP card; only a document site's VIP offers are its clutter", () => {
    const { lines, removed } = run(['VIP卡积分规则', '消费每满10元积1分。', '开通VIP，免费下载全文'].join('\n'));
    expect(lines.map((l) => l.text)).toEqual(['VIP卡积分规则', '消费每满10元积1分。']);
    expect(removed.map((r) => r.reason)).toEqual(['download notice']);
  });
  it("removes a contents list whose pages stand on lines of their own, among entries led by dots, to the body's first entry", () => {
    const { lines } = run(
      [
        'Volunteer Handbook',
        'Contents',
        '1 Purpose',
        '2',
        '2 Organisational Structure',
        '2',
        '2.1 How We Operate . . . . . . . . 2',
        '2.2 Teams . . . . . . . . . . . . 3',
        '3 Conduct',
        '4',
        '1 Purpose',
        'This handbook introduces volunteers to the event.',
        '2 Organisational Structure',
        '2.1 How We Operate',
        '2.2 Teams',
        '3 Conduct',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Volunteer Handbook',
      '1 Purpose',
      'This handbook introduces volunteers to the event.',
      '2 Organisational Structure',
      '2.1 How We Operate',
      '2.2 Teams',
      '3 Conduct',
    ]);
  });
  it('removes a contents entry whose page and leader came on a line of their own after its title', () => {
    const { lines, removed } = run(
      [
        '实验一、开发环境搭建（2学时）',
        '3......................',
        '实验一、开发环境搭建（2学时）',
        '一、实验目的',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual(['实验一、开发环境搭建（2学时）', '一、实验目的']);
    expect(removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'table of contents'],
      [2, 'table of contents'],
    ]);
  });
  it("removes the mark where a site sets its contents ('[[TOC]]', '[TOC]', '<!-- toc -->') and the contents heading over it", () => {
    const { lines, removed } = run(
      [
        'TABLE OF CONTENTS',
        '[[TOC]]',
        '1.0 WHAT IS FIRST?',
        'FIRST is a robotics community.',
        '[TOC]',
        '<!-- toc -->',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual(['1.0 WHAT IS FIRST?', 'FIRST is a robotics community.']);
    expect(removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'table of contents'],
      [2, 'table of contents'],
      [5, 'table of contents'],
      [6, 'table of contents'],
    ]);
    // A contents heading over the sections themselves is the author's.
    expect(run('Contents\n1. Goals\nLearn.').lines.map((l) => l.text)).toEqual(['Contents', '1. Goals', 'Learn.']);
  });
  it('removes a contents list typed without pages, whose lines come again in order with the sections between', () => {
    const heads = [
      'Article I: Name',
      'Article II: Purpose',
      'Article III: Membership',
      'Section 1: Active',
      'Section 2: Life',
    ];
    const body = heads.flatMap((h) => [h, `${h.split(': ')[1]} is set out here in full.`]);
    const { lines, removed } = run(['Bylaws', ...heads, '', ...body].join('\n'));
    expect(removed.map((r) => r.reason)).toEqual(Array(5).fill('table of contents'));
    expect(lines.map((l) => l.text)).toEqual(['Bylaws', ...body]);
    // A day's slots that come again the next day, one after another, are the days' own.
    const days = [
      'Day 1',
      ...['Welcome', 'Talk', 'Lunch', 'Panel', 'Close'],
      'Day 2',
      ...['Welcome', 'Talk', 'Lunch', 'Panel', 'Close'],
    ];
    expect(run(days.join('\n')).removed).toEqual([]);
    // Entries for parts the copy left out ("八、组织工作", the attachments) still belong to the contents: they run on
    // to where the body opens with the first entry.
    const sections = ['一、活动背景', '二、人员范围', '三、活动内容', '四、有关要求', '五、展示活动'];
    const omitted = ['六、组织工作', '附件：', '1.数字艺术类任务说明', '2.计算思维类任务说明'];
    const text = sections.flatMap((h) => [h, `${h.slice(2)}的具体内容，在此详细说明。`]);
    const guide = run(['2026年活动指南', ...sections, ...omitted, ...text].join('\n'));
    expect(guide.lines.map((l) => l.text)).toEqual(['2026年活动指南', ...text]);
  });
  it('removes a contents list without pages whose entries come again later, colon or not', () => {
    const { lines, removed } = run(
      [
        'TABLE OF CONTENTS:',
        'I. Overview',
        'II. Important Information',
        '1. Pre-event logistics',
        // (The body words this one otherwise: still an entry, between two that come again.)
        '2. Mentoring and Asking for Help',
        'III. Contact information',
        'I. Overview:',
        'HackTX is an annual hackathon.',
        'II. Important Information:',
        '1. Pre-event logistics:',
        'Register early.',
        'III. Contact information:',
        'Ask at the info desk.',
      ].join('\n'),
    );
    expect(removed.map((r) => r.reason)).toEqual(Array(6).fill('table of contents'));
    expect(lines[0]?.text).toBe('I. Overview:');
  });
  it('removes a table of contents: its heading and its entries with their dot leaders and pages', () => {
    const { lines, removed } = run(
      [
        '社团章程',
        '目录',
        '第一章 总则 …………………… 1',
        '1.1 Purpose . . . . . . . . . . . . 1 1.2 Definitions . . . . . . . . . . . . 2',
        '第一章 总则',
        '1.1 名称……',
        '目录中的条目以本章程为准。',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual(['社团章程', '第一章 总则', '1.1 名称……', '目录中的条目以本章程为准。']);
    expect(removed.map((r) => r.reason)).toEqual(['table of contents', 'table of contents', 'table of contents']);
  });
  it('knows a contents entry by its leader and a page printed "- 1 -", however wide the leader runs', () => {
    const leader = '.'.repeat(110);
    const { lines, removed } = run(
      [`1. 比赛背景 ${leader} - 1 -`, '1. 比赛背景', '无人车避障是自动驾驶的重要部分。'].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual(['1. 比赛背景', '无人车避障是自动驾驶的重要部分。']);
    expect(removed.map((r) => r.reason)).toEqual(['table of contents']);
  });
  it('removes a table of contents laid out as a table, its pages in the last column, with its heading', () => {
    const cell = (t: string) => ({ lines: [t] });
    const toc = {
      kind: 'table' as const,
      header: 0,
      rows: [
        [cell('1 Introduction'), cell('2')],
        [cell('2 Requirements'), cell('3')],
        [cell('3 Where to Tutor'), cell('4')],
      ],
    };
    const { lines, removed } = removeBoilerplate([
      { no: 1, text: 'Contents' },
      { no: 2, text: '', table: toc },
      { no: 3, text: 'Preface' },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Preface']);
    expect(removed.map((r) => r.reason)).toEqual(['table of contents', 'table of contents']);
  });
  it('cuts a watermark out of a line and ends the sentence there', () => {
    const { lines, removed } = run('参考资料,少熬夜!小学教研组工作计划。要引导市级、县参考资料,少熬夜!级学科带头人');
    expect(lines[0]?.text).toBe('小学教研组工作计划。要引导市级、县。级学科带头人');
    expect(removed).toHaveLength(2);
    expect(removed.every((r) => r.reason === 'watermark' && r.line === 1)).toBe(true);
  });
  it('removes a short line that recurs through the text (a running header) but keeps titles and labels', () => {
    const text = [
      '某某网 www',
      '具体工作：',
      '1、甲。',
      '某某网 www',
      '具体工作：',
      '2、乙。',
      '某某网 www',
      '具体工作：',
      '小组工作计划',
      '小组工作计划',
    ].join('\n');
    const { lines, removed } = run(text);
    expect(removed.filter((r) => r.reason === 'repeated line').map((r) => r.line)).toEqual([1, 4, 7]);
    expect(lines.filter((l) => l.text === '具体工作：')).toHaveLength(3);
    expect(lines.filter((l) => l.text === '小组工作计划')).toHaveLength(2);
  });
  it('removes a table of contents without dot leaders: lines that are later headings with a page number after them', () => {
    const { lines, removed } = run(
      [
        '实施方案',
        '目录',
        '一、概述 2',
        '二、实施方案 3',
        '（一） 启动阶段 3',
        '三、验收 5',
        '一、概述',
        '正文。',
        '二、实施方案',
        '（一） 启动阶段',
        '三、验收',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '实施方案',
      '一、概述',
      '正文。',
      '二、实施方案',
      '（一） 启动阶段',
      '三、验收',
    ]);
    expect(removed.map((r) => r.reason)).toEqual(Array(5).fill('table of contents'));
    // Two such lines are no table of contents.
    expect(run('一、概述 2\n二、方案 3\n一、概述\n二、方案').lines).toHaveLength(4);
  });
});
