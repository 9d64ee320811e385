import { describe, it, expect } from 'vitest';
import { extractBlocks, extractPlans } from '../../shared/plan/index.ts';
import { readText } from '../../shared/plan/read/text.ts';

const plans = (text: string) => extractPlans(text).document.plans;

describe('collection', () => {
  it('starts a plan at each part-marked title; the collection heading and blurb belong to no plan', () => {
    const p = plans(
      [
        '小组工作计划(汇总3篇)',
        '下面是小编带来的范文。',
        '小组工作计划篇一',
        '一、指导思想',
        '小组工作计划篇二',
        '1、第一项。',
        '小组工作计划篇三',
        '正文一段。',
      ].join('\n'),
    );
    expect(p.map((x) => x.title)).toEqual(['小组工作计划篇一', '小组工作计划篇二', '小组工作计划篇三']);
    expect(p[0]?.headings).toEqual([{ level: 1, marker: '一、', text: '指导思想' }]);
    expect(p[2]?.headings).toEqual([]);
  });
  it('understands 【第一篇】 and 第二篇： and drops the title block after a part title', () => {
    const p = plans(
      [
        '第一篇：英语教研工作计划',
        '英语教研工作计划',
        '英语校本教研培训计划',
        '一、指导思想',
        '第二篇：英语教研工作计划',
        '一、工作要点',
      ].join('\n'),
    );
    expect(p.map((x) => x.title)).toEqual(['第一篇：英语教研工作计划', '第二篇：英语教研工作计划']);
    expect(p[0]?.headings.map((h) => h.text)).toEqual(['指导思想']);
  });
  it('a lesson in parts, each under its own "Part 1 of 2" line, is a plan a part, in a web page or Markdown too', () => {
    const part = (n: number) =>
      `<p style="text-align: center"><strong>Learn to Speak English!</strong></p>\n<p style="text-align: center">Part ${n} of 2</p>\n\n## Class Materials\n\n- Flashcards\n\n## Procedure\n\n1. Warm-up (5 min)\n`;
    const md = `${part(1)}\n${part(2)}`;
    const read = extractBlocks(readText(md)).document.plans;
    expect(read.map((x) => x.title)).toEqual(['Part 1 of 2', 'Part 2 of 2']);
    expect(read[1]?.headings.map((h) => h.text)).toContain('Procedure');
    // "Part 2" alone, without the count, still names a section of one document.
    expect(plans('Syllabus\nPart 1\nReading.\nPart 2\nWriting.').length).toBe(1);
  });

  it('without part markers, every titled plan with content is a plan; repeated titles are one plan', () => {
    const p = plans(
      [
        '学习互助小组工作实施方案',
        '合集下载',
        '班级互助小组实施方案',
        '班级互助小组实施方案',
        '班级互助小组实施方案一、背景介绍。',
        '随着改革深入。',
        '互学互助实施方案',
        '一、实施目标。',
      ].join('\n'),
    );
    expect(p.map((x) => x.title)).toEqual(['班级互助小组实施方案', '互学互助实施方案']);
  });
  it('a title-like line inside a numbered outline does not start a new plan', () => {
    const p = plans('班级学习小组实施方案\n一、目标\n1、提高成绩。\n二、步骤\n制定学习计划\n三、评价\n1、每周评比。');
    expect(p.map((x) => x.title)).toEqual(['班级学习小组实施方案']);
    expect(p[0]?.headings.map((h) => h.text)).toEqual(['目标', '提高成绩', '步骤', '评价', '每周评比']);
  });
  it('a title may carry its school term in brackets', () => {
    const p = plans('说明文字。\n四年级学习小组活动计划（2024-2025学年第一学期）\n一、工作要点');
    expect(p.map((x) => x.title)).toEqual(['四年级学习小组活动计划（2024-2025学年第一学期）']);
  });
  it('a short plain first line is the title when no line looks like one; a salutation is not a heading', () => {
    expect(plans('学习互助小组\n本学期我们将开展活动。\n一、目标').map((x) => x.title)).toEqual(['学习互助小组']);
    const [notice] = plans('关于开展学习小组活动的通知\n各班：\n一、分组');
    expect(notice?.title).toBe('关于开展学习小组活动的通知');
    expect(notice?.headings.map((h) => h.text)).toEqual(['分组']);
  });
  it('understands English part markers (Plan 1, Plan 2)', () => {
    const p = plans(
      'Study group plans\nPlan 1: Reading circles\nSession 1 – Getting started\nSession 2 – Roles\nPlan 2: Maths buddies\nGroups of 3 students.\nStep 1. Pair up.',
    );
    expect(p.map((x) => x.title)).toEqual(['Plan 1: Reading circles', 'Plan 2: Maths buddies']);
    expect(p[0]?.sessions).toEqual(['Getting started', 'Roles']);
    expect(p[1]?.groupSize).toEqual({ min: 3, max: 3 });
  });
  it('a title printed twice on one line is one title', () => {
    expect(plans('互学互助实施方案互学互助实施方案\n一、背景介绍。').map((x) => x.title)).toEqual(['互学互助实施方案']);
  });
  it('a text without any title is one plan with an empty title', () => {
    const p = plans('一、指导思想\n二、工作目标\n1、提高成绩。');
    expect(p).toHaveLength(1);
    expect(p[0]?.title).toBe('');
    expect(p[0]?.headings.map((h) => h.level)).toEqual([1, 1, 2]);
  });
  it('keeps a title-like line after numbered sections in the one plan they belong to', () => {
    const text = [
      'Article I: Concerning the Legislative Branch',
      'Section 1: The Senate',
      'Each state shall have one senator.',
      'Section 2: The House',
      'There shall be ten representatives.',
      'Article II: Concerning the Executive Branch',
      'Section 1: The President',
      'The President shall be elected to 2 week terms.',
      '',
      'Signatories to the Constitution',
      '',
      'Amendments:',
      'None yet.',
    ].join('\n');
    const plans = extractPlans(text).document.plans;
    expect(plans).toHaveLength(1);
    expect(plans[0]?.headings.filter((h) => h.marker).map((h) => h.marker)).toEqual([
      'Article I',
      'Section 1',
      'Section 2',
      'Article II',
      'Section 1',
    ]);
  });
});
