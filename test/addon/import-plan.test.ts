import { describe, expect, it } from 'vitest';
import { open, formulasIn } from './helpers.ts';

const PLAN = `初一（3）班小组合作学习实施方案
一、指导思想
以学生为主体，让每个学生在小组中互相帮助、共同进步。
二、分组方法
每组4人，按2:1:1搭配，组内设组长、记录员。
三、评比办法
1. =HYPERLINK("http://evil.example","评比项目")
2. 每得到10分，就可以换一个月亮。
四、活动安排
`;

describe('Import plan text (menu item)', () => {
  it('is in the menu before Help, in both languages', async () => {
    const zh = await open({ locale: 'zh-CN' });
    zh.menu('onOpen', {});
    expect(zh.si.ui.menuItems().map((i) => i.caption)).toEqual([
      '分组…',
      '积分…',
      '打印…',
      '设置…',
      '导入计划文本…',
      '帮助',
    ]);
    zh.menu('showImportPlan');
    expect(zh.si.ui.dialog?.title).toBe('互助 · 导入计划文本');
    const en = await open({ locale: 'en' });
    en.menu('onOpen', {});
    expect(en.si.ui.menuItems().map((i) => i.caption)).toContain('Import plan text…');
  });

  it('previews what was found, then writes 计划 as exact text and applies the plan to 设置 when asked', async () => {
    const s = await open({ locale: 'zh-CN' });
    const p = s.call('importPlanPreview', PLAN);
    expect(p.ok).toBe(true);
    // The preview uses plan/describe.ts's words, as the Plan sheet does.
    expect(p.plans[0]).toMatchObject({
      title: '初一（3）班小组合作学习实施方案',
      groupSize: '4人',
      mix: '2:1:1',
      badge: '每10分换一个月亮',
    });
    expect(p.settingsChanges).toEqual(['徽章门槛：20 → 10']); // size 4 and 2:1:1 are the defaults already
    expect(s.si.workbook.sheetNames()).toEqual(['Sheet1']); // a preview writes nothing

    const r = s.call('importPlanRun', PLAN, true);
    expect(r).toMatchObject({ ok: true, planSheet: '计划', scheduleSheet: '日程', plans: 1, settingsApplied: true });
    const plan = s.si.workbook.sheet('计划');
    expect(formulasIn(plan)).toEqual([]);
    const rows = plan.values();
    expect(rows[0]).toEqual(['计划', '层级', '编号', '标题', '内容']);
    expect(rows.some((r2) => r2[2] === '1.' && String(r2[3]).startsWith('=HYPERLINK'))).toBe(true); // "1." is not the number 1
    expect(rows.some((r2) => r2[2] === '一、' && r2[3] === '指导思想')).toBe(true);
    const settings = s.call('settingsView').settings;
    expect(settings).toMatchObject({ groupSize: 4, mix: [2, 1, 1], badge: { name: '月亮', every: 10 } });
  });

  it('keeps earlier imports and leaves Settings alone when not asked', async () => {
    const s = await open({ locale: 'en' });
    expect(s.call('importPlanRun', PLAN, false)).toMatchObject({ ok: true, planSheet: 'Plan', settingsApplied: false });
    expect(s.call('importPlanRun', PLAN, false)).toMatchObject({
      ok: true,
      planSheet: 'Plan (2)',
      scheduleSheet: 'Schedule (2)',
    });
    expect(s.si.workbook.findSheet('Settings')).toBeUndefined();
  });

  it('says what to do with empty text or text without a plan, and writes nothing', async () => {
    const s = await open({ locale: 'zh-CN' });
    expect(s.call('importPlanRun', '   ', true)).toMatchObject({ ok: false, message: '请先把计划的文字粘贴到框里。' });
    expect(s.call('importPlanPreview', 'x'.repeat(200_001)).message).toMatch(/太长/);
    expect(s.si.workbook.sheetNames()).toEqual(['Sheet1']);
  });
});
