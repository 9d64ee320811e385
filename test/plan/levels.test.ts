import { describe, it, expect } from 'vitest';
import { assignLevels } from '../../shared/plan/levels.ts';
import { extractPlans } from '../../shared/plan/index.ts';

const lv = (...items: [string, number, string?][]) =>
  assignLevels(items.map(([style, value, text]) => ({ style, value, text: text ?? '' })));

describe('levels (style stack)', () => {
  it('nests a new style under the current one and returns to a style seen before', () => {
    expect(lv(['一、', 1], ['(一)', 1], ['1、', 1], ['1、', 2], ['(一)', 2], ['一、', 2], ['1、', 1])).toEqual([
      1, 2, 3, 3, 2, 1, 2,
    ]);
  });
  it('"1." again at 1 under a lesser item naming a part ("（3）课程管理系统") starts a list inside it', () => {
    expect(
      lv(
        ['1.', 1, '需求分析'],
        ['(1)', 1, '登录系统'],
        ['(1)', 2, '时钟系统'],
        ['(1)', 3, '课程管理系统'],
        ['1.', 1, '学生进行课程信息查询'],
        ['1.', 2, '管理员修改课程信息'],
        ['(1)', 4, '课外活动日程管理'],
        ['1.', 1, '进行课外活动创建'],
      ),
    ).toEqual([1, 2, 2, 2, 3, 3, 2, 3]);
    // …not under a clause that says something: there a heading above was missed, and "1." starts the list again.
    expect(
      lv(
        ['1.', 1, 'Name'],
        ['a.', 1, 'An increased knowledge of the science'],
        ['a.', 2, 'Perform other duties as assigned'],
        ['1.', 1, 'The sponsor shall be a member'],
      ),
    ).toEqual([1, 2, 2, 1]);
  });
  it('壹、 (formal numerals, as Taiwanese documents number their parts) holds 一、 and （一）', () => {
    expect(lv(['壹、', 1], ['(一)', 1], ['(一)', 2], ['壹、', 2], ['一、', 1], ['(一)', 1])).toEqual([
      1, 2, 2, 1, 2, 3,
    ]);
  });
  it('in a constitution, 第一节 divides a chapter and holds its articles; in a programme it numbers meetings', () => {
    expect(
      lv(['第章', 4], ['第节', 1], ['第条', 18], ['(一)', 1], ['第条', 19], ['第节', 2], ['第条', 22], ['第章', 5]),
    ).toEqual([1, 2, 3, 4, 3, 2, 3, 1]);
    // Without articles, a 节 is a meeting inside the part above it.
    expect(lv(['一、', 6], ['第节', 1], ['第节', 2])).toEqual([1, 2, 2]);
  });
  it('follows the order styles appear in, not a fixed table: a plan may open with 1、 and nest （1） under it', () => {
    expect(lv(['1、', 1], ['(1)', 1], ['(1)', 2], ['1、', 2])).toEqual([1, 2, 2, 1]);
    expect(lv(['(一)', 1], ['1.', 1], ['(一)', 2])).toEqual([1, 2, 1]);
  });
  it("a constitution's sections, a role label under the last and its lettered duties nest in that order", () => {
    expect(
      lv(
        ['section', 3, 'TYPE OF SELECTION'],
        ['section', 4, 'OFFICER RESPONSIBILITIES'],
        ['label', 1, 'President'],
        ['a)', 1, 'Organize'],
        ['a)', 2, 'Plan'],
        ['label', 1, 'Vice President'],
        ['a)', 1, 'Work'],
        ['(i)', 1, 'the Treasurer'],
        ['section', 5, 'ELECTIONS'],
      ),
    ).toEqual([1, 1, 2, 3, 3, 2, 3, 4, 1]);
  });
  it('a label under a major numbered section alone is a part of it; the next section returns to the top', () => {
    expect(
      lv(['一、', 3, '比赛规则'], ['label', 1, '时间安排'], ['month', 1, '4月21日上午'], ['一、', 4, '奖励办法']),
    ).toEqual([1, 2, 3, 1]);
  });
  it('puts orphan items under a lost "一、" when "二、" follows them', () => {
    expect(lv(['1、', 1], ['1、', 2], ['一、', 2], ['1、', 1])).toEqual([2, 2, 1, 2]);
  });
  it('keeps lists that restart at 1 on the same level when nothing above them survives', () => {
    expect(lv(['1、', 1], ['1、', 2], ['1、', 1], ['1、', 2])).toEqual([1, 1, 1, 1]);
  });
  it('treats a list continuing with another punctuation as the same list (1、2、3、4.)', () => {
    expect(lv(['(一)', 2], ['1、', 1], ['1、', 3], ['1.', 4], ['(一)', 3])).toEqual([1, 2, 2, 2, 1]);
  });
  it('nests a list of the same rank when the open list resumes after it (1. / 1) 2) / 2.)', () => {
    expect(lv(['1.', 1], ['1)', 1], ['1)', 2], ['1.', 2], ['1.', 3])).toEqual([1, 2, 2, 1, 1]);
  });
  it('does not nest a list under the last of a run of childless sessions', () => {
    expect(lv(['第节', 1], ['第节', 2], ['第节', 4], ['1)', 1], ['1)', 2], ['1、', 1])).toEqual([1, 1, 1, 1, 1, 1]);
  });
  it('keeps bare labels as peers at the top and their items below them', () => {
    expect(
      lv(['label', 1, '班级教育工作重点'], ['label', 1, '具体工作'], ['1、', 1], ['label', 1, '奋斗目标'], ['1、', 1]),
    ).toEqual([1, 1, 2, 1, 2]);
  });
  it('reads a charter: 第一章 above 第一条 above （一）', () => {
    expect(lv(['第章', 1], ['第条', 1], ['(一)', 1], ['(一)', 2], ['第条', 2], ['第章', 2], ['第条', 3])).toEqual([
      1, 2, 3, 3, 2, 1, 2,
    ]);
  });
  it('puts month lines under a schedule heading, and at the top without one', () => {
    expect(
      lv(['一、', 3, '具体工作安排'], ['month', 1, '三月份'], ['1、', 1], ['month', 1, '四月份'], ['1、', 1]),
    ).toEqual([1, 2, 3, 2, 3]);
    expect(lv(['(一)', 1, '重点工作'], ['1、', 1], ['month', 1, '二月'], ['1、', 2])).toEqual([1, 2, 1, 2]);
  });
});

describe('how far a line is set in (a PDF or a web page shows it)', () => {
  const at = (...items: [string, number, number][]) =>
    assignLevels(items.map(([style, value, indent]) => ({ style, value, text: '', indent })));
  it('a list starting again at 1, set in further than the item above it, is inside that item', () => {
    // 1. Review / 2. Hands on / 1. Divide / 1. Teams leave / 2. Phase 1 / 1. … / 3. Tuckman / 1. Forming
    expect(
      at(
        ['1.', 1, 1],
        ['1.', 2, 1],
        ['1.', 1, 3],
        ['1.', 1, 4],
        ['1.', 2, 3],
        ['1.', 1, 4],
        ['1.', 3, 1],
        ['1.', 1, 3],
      ),
    ).toEqual([1, 1, 2, 3, 2, 3, 1, 2]);
  });
  it('without indents, or at the same indent, a list starting again at 1 stays where it was', () => {
    expect(at(['1.', 1, 1], ['1.', 2, 1], ['1.', 1, 1], ['1.', 2, 1])).toEqual([1, 1, 1, 1]);
    expect(lv(['1.', 1], ['1.', 2], ['1.', 1], ['1.', 2])).toEqual([1, 1, 1, 1]);
  });
});

describe('decimal section numbers', () => {
  it("rank with 1.: a lettered item opened in 1.4 closes at 1.5, and 1.5 is its section's sibling", () => {
    expect(lv(['1.1', 4], ['a)', 1], ['a)', 2], ['1.1', 5], ['a)', 1])).toEqual([1, 2, 2, 1, 2]);
    expect(lv(['1.', 1], ['1.1', 1], ['(1)', 1], ['1.1', 2], ['1.', 2])).toEqual([1, 2, 3, 2, 1]);
  });
});

describe('labels by their look', () => {
  it('a plain label under a bracketed one is inside it; bracketed labels are peers', () => {
    const items = ['【Meetup Types】', 'Conversation', 'Book club', '【Group Rules】', 'Attendance'].map((text) => ({
      style: 'label',
      value: 0,
      text,
    }));
    expect(assignLevels(items)).toEqual([1, 2, 2, 1, 2]);
  });
});

describe('an item that ends with a colon', () => {
  it('holds the list that starts at 1 right under it, in its own style or another of its rank', () => {
    const items = [
      { style: '一、', value: 2, text: '考核内容与方式' },
      { style: '1、', value: 2, text: '考核方式', opens: true },
      { style: '1、', value: 1, text: '学生根据要求完成作品' },
      { style: '1、', value: 2, text: '自由分组' },
      { style: '1.', value: 3, text: '内容及流程', opens: true },
      { style: '1)', value: 1, text: '系统架构设计' },
      { style: '1)', value: 2, text: '功能需求分析' },
      { style: '一、', value: 3, text: '考核时间' },
    ];
    expect(assignLevels(items)).toEqual([1, 2, 3, 3, 2, 3, 3, 1]);
  });
});

describe('a blog post copied as text', () => {
  it('a zero-padded part number holds its 一、 sections; a count that leads in is no label; a label set off by ■ is one', () => {
    const text = [
      '蚂蚁搬家组搬运任务方案',
      '',
      '01 搬运任务',
      '一、怎么搬？',
      '  参赛队伍制作两辆搬运车模。',
      '二、搬什么？',
      '  搬运物品包括有三种：',
      '  （1） 标准网球（浅绿色）：直径 6.54至6.86厘米',
      '  （2） 玩具沙袋（红色、蓝色）：边长7厘米',
      '三、搬到哪儿？',
      '  将目标搬运到场地外即可。',
      '02 计分规则',
      '一、时间',
      '  以秒计。',
      '■ 相关文献链接:',
      '（1） 《 比赛赛道制作说明 》',
    ].join('\n');
    const [plan] = extractPlans(text).document.plans;
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 01|搬运任务',
      '2 一、|怎么搬',
      '2 二、|搬什么',
      '3 （1）|标准网球（浅绿色）',
      '3 （2）|玩具沙袋（红色、蓝色）',
      '2 三、|搬到哪儿',
      '1 02|计分规则',
      '2 一、|时间',
      '2 |相关文献链接',
      '3 （1）|《 比赛赛道制作说明 》',
    ]);
  });
  it('a label right under a section of the part, before anything in it, is inside that section', () => {
    const [plan] = extractPlans(
      '搬运任务方案\n\n01 任务\n一、怎么搬？\n  参赛队伍制作车模。\n二、搬什么？\n  搬运物品：\n  （1） 网球\n  （2） 沙袋\n三、搬到哪儿？\n  场地外。',
    ).document.plans;
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 01|任务',
      '2 一、|怎么搬',
      '2 二、|搬什么',
      '3 |搬运物品',
      '4 （1）|网球',
      '4 （2）|沙袋',
      '2 三、|搬到哪儿',
    ]);
  });
  it('bracketed labels right under a numbered section that names its part are inside it; notes are among its items', () => {
    const text = [
      'A21 故障诊断智能问答系统',
      '4. 背景说明',
      '【整体背景】',
      '随着航运业智能化转型加速。',
      '【单位背景】',
      '本单位从事船舶研究。',
      '5. 项目说明',
      '【问题说明】',
      '需解决以下核心问题：',
      '(1) 知识结构化难题：资料分散。',
      '(2) 精准检索挑战：术语多。',
      '6. 附加项',
      '注：',
      '1. 检查时间为周一。',
    ].join('\n');
    const [plan] = extractPlans(text).document.plans;
    expect(plan?.headings.map((h) => `${h.level} ${h.marker}|${h.text}`)).toEqual([
      '1 4.|背景说明',
      '2 |【整体背景】',
      '2 |【单位背景】',
      '1 5.|项目说明',
      '2 |【问题说明】',
      '3 (1)|知识结构化难题',
      '3 (2)|精准检索挑战',
      '1 6.|附加项',
      '1 |注',
      '2 1.|检查时间为周一',
    ]);
  });
});
