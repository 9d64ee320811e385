import { describe, expect, it } from 'vitest';
import { extractPlans } from '../../shared/plan/index.ts';

const plan = (text: string) => extractPlans(text).document.plans[0];

describe('tables typed with tabs in plain text', () => {
  const text = [
    '读书社团活动方案',
    '',
    '时间\t内容\t负责人',
    '第一阶段（准备）',
    '9月5日\t招募新成员\t王老师',
    '9月12日\t分组与破冰\t李老师',
    '展示：小组海报',
    '第二阶段（活动）',
    '9月19日\t读书分享\t王老师',
    '9月26日\t实地参观\t李老师',
  ].join('\n');
  it('keeps the rows out of the headings; a line over a group of rows heads them', () => {
    expect(plan(text)?.headings.map((h) => h.text)).toEqual(['第一阶段（准备）', '第二阶段（活动）']);
  });
  it('reads a time column as the schedule, one entry a row', () => {
    const when = plan(text)?.schedule.map((e) => e.when);
    expect(when).toEqual(expect.arrayContaining(['9月5日', '9月12日', '9月19日', '9月26日']));
    expect(plan(text)?.schedule.find((e) => e.when === '9月19日')?.items).toEqual(['读书分享']);
  });
  it('leaves a single line with tabs in it as text', () => {
    expect(plan('一、活动目的\n姓名\t班级\t学号\n二、活动内容')?.headings.map((h) => h.marker)).toEqual([
      '一、',
      '二、',
    ]);
  });
});
