import { describe, it, expect } from 'vitest';
import { headingText, trimPunctuation } from '../../shared/plan/heading-text.ts';

const text = (s: string) => headingText(s).text;

describe('heading text', () => {
  it('ends at a tab: what follows is set in a column of its own', () => {
    expect(text('Coding Plan\t\t\t10/27')).toBe('Coding Plan');
    expect(headingText('Coding Plan\t\t\t10/27').body).toBe('10/27');
  });
  it('ends at the first 。！？；：: (half-width too), not at a comma', () => {
    expect(text('指导思想:20xx年上半年')).toBe('指导思想');
    expect(text('小组成员,每个小组成员可以自愿组成。其余')).toBe('小组成员,每个小组成员可以自愿组成');
    expect(text('积极参加培训;按要求撰写')).toBe('积极参加培训');
  });
  it('does not end at the colon of a ratio or a clock time', () => {
    expect(text('成员按照2:2搭配，每天15:00开始。')).toBe('成员按照2:2搭配，每天15:00开始');
    // A label ending in a number before a date is no clock time: "Ch04：2021年…" ends at its colon.
    expect(text('课堂作业Ch04：2021年9月27日；')).toBe('课堂作业Ch04');
  });
  it('keeps paired closing marks and drops unpaired trailing punctuation', () => {
    expect(text('穿越“生死网”')).toBe('穿越“生死网”');
    expect(text('展示课（教师自选学科）')).toBe('展示课（教师自选学科）');
    expect(text('名称为"PL_SRS"或"RA_SRS"；')).toBe('名称为"PL_SRS"或"RA_SRS"');
    expect(trimPunctuation('ask "leading questions"')).toBe('ask "leading questions"');
    expect(trimPunctuation('an unpaired quote"')).toBe('an unpaired quote');
    expect(trimPunctuation('每个小组成员最好不超过)')).toBe('每个小组成员最好不超过');
    expect(trimPunctuation('加强管理，')).toBe('加强管理');
    // A half-width "!" written into a word is no stop; one that ends a sentence is.
    expect(text('开启自动备份的指令为!!tqb enable。关闭')).toBe('开启自动备份的指令为!!tqb enable');
    expect(text('注意安全! 按时到场')).toBe('注意安全');
    expect(text('up!up!down!down')).toBe('up');
    // A language's name ends in its signs.
    expect(trimPunctuation('Julia Set CUDA/C++')).toBe('Julia Set CUDA/C++');
    expect(trimPunctuation('Intro to C#.')).toBe('Intro to C#');
    expect(trimPunctuation('1 + 1 +')).toBe('1 + 1');
  });
  it('ends at a placeholder', () => {
    expect(headingText('参与人员[具体班级或年级]全体同学')).toEqual({ text: '参与人员', body: '全体同学' });
    expect(text('活动时间[具体时间]')).toBe('活动时间');
    // The points a part is worth, in brackets before its name, are no placeholder.
    expect(text('[15pts] Item Response Theory')).toBe('[15pts] Item Response Theory');
    // A word's tag that opens the name is part of it; a note in brackets alone is not a name.
    expect(text('[CA] 一生一芯')).toBe('[CA] 一生一芯');
    expect(text('[746.501(12)]')).toBe('');
    expect(text('Quality [50%]: Is the report technically sound?')).toBe('Quality [50%]');
  });
  it('splits a common section name off a body that ran onto it, but not off a longer name', () => {
    expect(headingText('指导思想本学期我校教学工作将以会议精神为指导。').text).toBe('指导思想');
    expect(headingText('活动目的本活动旨在为同学们提供一个平台').body).toBe('本活动旨在为同学们提供一个平台');
    expect(text('具体工作安排')).toBe('具体工作安排');
    expect(text('学习经验分享会邀请成绩优秀的学长学姐或老师分享经验')).toBe('学习经验分享会');
    expect(text('在线互助平台建立在线互助平台,方便同学们随时交流')).toBe('在线互助平台');
    expect(text('学习计划制定各小组根据小组成员的实际情况共同制定')).toBe('学习计划制定');
    expect(text('班主任对各小组组长、科代表及班长进行管理培训')).toBe('班主任对各小组组长、科代表及班长进行管理培训');
    expect(text('帮助学生建立自主学习的意识,提高学习主动性')).toBe('帮助学生建立自主学习的意识,提高学习主动性');
    expect(text('主要工作措施')).toBe('主要工作措施');
  });
  it('splits a quoted item name from a body run on after it, but keeps a short name after the quote', () => {
    expect(headingText('“了解中国文明礼仪知识”播放有关文明礼仪的视频，视频将详细介绍').text).toBe(
      '“了解中国文明礼仪知识”',
    );
    expect(headingText('“文明礼仪”知识竞赛').text).toBe('“文明礼仪”知识竞赛');
  });
  it('under a section marker, splits a name ending in a section noun off a body run on without punctuation', () => {
    expect(headingText('社会学习理论班杜拉认为人的行为可以通过观察习得', true).text).toBe('社会学习理论');
    expect(headingText('总目标帮助组员适应初中的学习和生活', true).text).toBe('总目标');
    // A list item keeps its sentence; a short heading keeps its name.
    expect(headingText('总目标帮助组员适应初中的学习和生活').text).toBe('总目标帮助组员适应初中的学习和生活');
    expect(headingText('具体目标', true).text).toBe('具体目标');
  });
  it('a line break turned into a space ends a short name before its body', () => {
    expect(headingText('理念背景 初一新生刚刚进入中学，面对新的环境').text).toBe('理念背景');
    expect(headingText('创新联盟章程 创新工作').text).toBe('创新联盟章程 创新工作');
  });
});
