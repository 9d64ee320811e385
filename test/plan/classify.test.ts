import { describe, it, expect } from 'vitest';
import { classify } from '../../shared/plan/classify.ts';
import { isByline, whenAt } from '../../shared/plan/when.ts';
import { buildOutline, childrenOf } from '../../shared/plan/outline.ts';

const kind = (text: string) => classify({ no: 1, text }).kind;

describe('classify', () => {
  it('tells titles, collection headings, numbered headings, months, labels, fields, spans and text apart', () => {
    expect(kind('操作小组的工作计划和目标 小组工作计划篇一')).toBe('title');
    expect(kind('小组合作学习实施方案(精选6篇)')).toBe('collection');
    expect(kind('一、指导思想')).toBe('heading');
    expect(kind('三月份：')).toBe('month');
    expect(kind('具体工作：')).toBe('label');
    expect(kind('班级教育工作重点')).toBe('label');
    // The bullet of a list whose line break was lost is no value and no part of the label.
    expect(kind('本班学生奋斗目标-')).toBe('label');
    expect(kind('小组目的：-')).toBe('label');
    expect(kind('小组人数：6-8人')).toBe('field');
    expect(kind('20xx.6.10—20xx.7.10')).toBe('span');
    expect(kind('学生互助实施方案如下:')).toBe('text');
    expect(kind('注：活动前请准备材料。')).toBe('text');
    expect(kind('8511宿舍全体')).toBe('text');
    expect(kind('品德方面，学生表现良好。')).toBe('text');
    // "…事项" ends a label as other section nouns do.
    expect(kind('注意事项')).toBe('label');
    // A lead-in that counts or points to what it lists is no label.
    expect(kind('搬运物品包括有三种：')).toBe('text');
    expect(kind('需解决以下核心问题：')).toBe('text');
    // A label a page set off with a symbol.
    expect(kind('■ 相关文献链接:')).toBe('label');
  });
  it("keeps a numbered heading's text and the value after its colon", () => {
    expect(classify({ no: 3, text: '五、活动时间：2012年3月28日' })).toMatchObject({
      kind: 'heading',
      marker: '五、',
      text: '活动时间',
      body: '2012年3月28日',
    });
  });
  it('takes a label with Latin words set off by spaces, but not a clause that leads in', () => {
    const kind = (text: string) => classify({ no: 1, text }).kind;
    expect(classify({ no: 1, text: '介绍 IT 行业及 HTML：' })).toMatchObject({
      kind: 'label',
      text: '介绍 IT 行业及 HTML',
    });
    expect(classify({ no: 1, text: 'Java Script 基础：变量' })).toMatchObject({
      kind: 'field',
      label: 'Java Script 基础',
    });
    expect(kind('R 基础部分预计讲 4 天:')).toBe('text');
    expect(kind('Docker 部署可使用：')).toBe('text');
    expect(kind('我们 今天：')).toBe('text');
  });
});

describe('when', () => {
  it('reads months, ranges, weeks and dates at the start of a line', () => {
    expect(whenAt('五月份、三年级英语观摩课。')).toEqual({ when: '五月份', rest: '三年级英语观摩课。', kind: 'month' });
    expect(whenAt('六月份—七月份')).toMatchObject({ when: '六月份—七月份', rest: '' });
    expect(whenAt('第3周：复习')).toMatchObject({ when: '第3周', rest: '复习', kind: 'week' });
    // A span of days written month.day is a dated line; one such number alone may be a decimal.
    expect(whenAt('1.24-1.27：drain算法改进完成')).toMatchObject({ when: '1.24-1.27', rest: 'drain算法改进完成' });
    expect(whenAt('3.5：复习')).toBeNull();
    // A course calendar's week and day, set off by commas: the line names the week.
    expect(whenAt('第2周, 9月5日, 课程介绍, Lagrange插值')).toMatchObject({
      when: '第2周, 9月5日',
      rest: '课程介绍, Lagrange插值',
      label: '第2周, 9月5日, 课程介绍, Lagrange插值',
    });
    expect(whenAt('二月')).toMatchObject({ when: '二月', kind: 'month' });
    // A weekday with its date, alone, either way round; a weekday in a sentence is none.
    expect(whenAt('周二 （2022.06.14）')).toMatchObject({ when: '周二 （2022.06.14）', rest: '', kind: 'week' });
    expect(whenAt('6月14日（星期二）')).toMatchObject({ when: '6月14日（星期二）', kind: 'week' });
    expect(whenAt('周二要开会')).toBeNull();
    // A span of whole dates, then what happens in it after a comma; one date and a comma opens a sentence.
    expect(whenAt('2026 年 1 月 7 日-2026 年 1 月 20 日，查找及阅读文献')).toMatchObject({
      when: '2026 年 1 月 7 日-2026 年 1 月 20 日',
      rest: '查找及阅读文献',
      kind: 'week',
    });
    expect(whenAt('2023年9月1日，学校举行开学典礼。')).toBeNull();
    // A week with its topic in brackets, like a phase.
    expect(whenAt('第三周（异常处理）')).toMatchObject({ when: '第三周（异常处理）', rest: '', kind: 'week' });
    expect(whenAt('第5周(反射)：读书')).toMatchObject({ when: '第5周(反射)', rest: '读书' });
  });
  it('reads a day with what it is for after a bullet, a bar or a dash', () => {
    expect(whenAt('Day 1 – Tuesday, December 16 • Kickoff & Talks')).toMatchObject({
      when: 'Day 1 – Tuesday, December 16',
      rest: 'Kickoff & Talks',
      label: 'Day 1 – Tuesday, December 16 • Kickoff & Talks',
    });
    expect(whenAt('Monday, May 2 | Opening')).toMatchObject({ when: 'Monday, May 2', rest: 'Opening' });
    // A date written the ISO way opens a dated line as an English one does.
    expect(whenAt('2024-02-22 – Agnostic Bayesian Learning of Ensembles')).toMatchObject({
      when: '2024-02-22',
      rest: 'Agnostic Bayesian Learning of Ensembles',
    });
    // A day's name is cut where a heading's text is; the day keeps its date.
    expect(classify({ no: 1, text: 'Day 1 : 16 February 2022' })).toMatchObject({
      kind: 'month',
      when: 'Day 1 : 16 February 2022',
      label: 'Day 1',
    });
  });
  it('knows a byline from a day over its date', () => {
    expect(isByline('汪雄 2018/3/1')).toBe(true);
    expect(isByline('Jane Doe, March 3, 2020')).toBe(true);
    expect(isByline('Saturday, 21 May 2016')).toBe(false);
    expect(isByline('星期六 2016/5/21')).toBe(false);
    expect(isByline('Society Created: NA/NA/2018')).toBe(false);
  });
  it('does not read prose or impossible months as schedule lines', () => {
    expect(whenAt('3月份我们将开展活动。')).toBeNull();
    expect(whenAt('十三月份：')).toBeNull();
    expect(whenAt('4月底开展全园特色课程展示活动')).toBeNull();
  });
});

describe('outline', () => {
  it("keeps text under the node it follows and finds a node's children", () => {
    const segs = ['一、目标', '说明文字。', '1、甲。', '2、乙。', '二、步骤'].map((text, i) =>
      classify({ no: i + 1, text }),
    );
    const o = buildOutline(segs);
    expect(o.nodes.map((n) => [n.level, n.text])).toEqual([
      [1, '目标'],
      [2, '甲'],
      [2, '乙'],
      [1, '步骤'],
    ]);
    expect(o.nodes[0]?.content.map((s) => s.kind)).toEqual(['text']);
    expect(childrenOf(o.nodes, 0).map((n) => n.text)).toEqual(['甲', '乙']);
  });
});
