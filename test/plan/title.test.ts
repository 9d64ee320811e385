import { describe, it, expect } from 'vitest';
import { hasPartMarker, isCollectionHeading, isTitleLike } from '../../shared/plan/title.ts';

describe('titles', () => {
  it('recognises plan titles by the kind of document they name', () => {
    for (const t of [
      '学习互助工作实施方案(试行)',
      '小学英语校本教研工作计划',
      '学业互助活动方案策划书',
      '马河小学英语校本教研工作计划2025年2月',
      'Peer Study Group Plan',
      'Team Charter: Task Tracker',
      'Team Contract – Group 8',
      '《Git代码管理》课程计划—考查课',
      'Lesson Plan for CS 1109 Collaborative Learning Group (CLG)',
      'Group Contract',
      '竞赛规则（第三版）',
      'Workshop Agenda',
      'Attendance Rules',
      '家长社区参与管理制度',
    ]) {
      expect(isTitleLike(t)).toBe(true);
    }
    for (const t of [
      '学生互助实施方案如下:',
      '制定详细的学习计划，明确目标。',
      '班级教育工作重点',
      '语文',
      'Budget: none yet',
      'Plan – we meet on Mondays',
    ])
      expect(isTitleLike(t)).toBe(false);
  });
  it('finds part markers before and after a title', () => {
    for (const t of [
      '操作小组的工作计划和目标 小组工作计划篇一',
      '篇二学业互助活动方案策划书',
      '小学教研组工作计划【第一篇】',
      '第三篇：小学英语校本教研工作计划',
      '小组合作学习实施方案篇1',
      'Plan 2: Maths buddies',
    ]) {
      expect(hasPartMarker(t)).toBe(true);
    }
    expect(hasPartMarker('小组工作计划')).toBe(false);
  });
  it('recognises a collection heading, not a sentence ending in a count', () => {
    for (const t of [
      '最新操作小组的工作计划和目标 小组工作计划(汇总9篇)',
      '学业互助活动方案策划书3篇',
      '小学教研组工作计划【精选10篇】',
      '合集下载',
    ]) {
      expect(isCollectionHeading(t)).toBe(true);
    }
    expect(isCollectionHeading('学生本学期共写了3篇')).toBe(false);
  });
});
