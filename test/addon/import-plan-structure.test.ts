/**
 * Issue 12, the add-on's part: the import dialog's server side reads clipboard HTML (as the page sends it, a plain
 * tree) by its structure and pasted text through readText; with several plans the teacher's choice feeds 设置; the
 * preview lists every setting that changes, old → new; importing never weakens the teacher's settings (the core's
 * planSettingsPatch decides).
 */
import { describe, expect, it } from 'vitest';
import { open, formulasIn } from './helpers.ts';
import { h, HTML_PLAN } from './plan-fixtures.ts';

const TWO_PLANS = [
  '小组合作学习方案(汇总2篇)',
  '小组合作学习方案篇一',
  '一、分组办法',
  '每组6人，按2:2:2搭配。',
  '二、评比办法',
  '每得到10分，就可以换一个月亮。',
  '小组合作学习方案篇二',
  '一、分组办法',
  '每组5人。',
  '二、评比办法',
  '每累计30分可兑换一个“太阳”。',
].join('\n');

const MARKDOWN = [
  '# Year 8 study groups',
  '',
  '## 1. Aims',
  '',
  'Everyone helps everyone.',
  '',
  '## 2. Groups',
  '',
  '### Roles',
  '',
  '| When | What |',
  '| --- | --- |',
  '| Week 1 | Form the groups |',
  '| Week 2 | First presentation |',
].join('\n');

const rowsOf = (values: unknown[][]) => values.slice(1).map((r) => [String(r[1]), String(r[2]), String(r[3])]);

describe('Import plan: clipboard HTML and pasted text', () => {
  it('reads pasted HTML by its structure: h2/h3 sections, nested lists and a schedule table → 计划 and 日程', async () => {
    const s = await open({ locale: 'zh-CN' });
    const text = '七年级（2）班小组合作学习方案\n一、指导思想\n…'; // what text/plain held beside the HTML
    const p = s.call('importPlanPreview', { text, html: HTML_PLAN });
    expect(p.ok).toBe(true);
    expect(p.structured).toBe(true);
    expect(p.plans).toHaveLength(1);
    expect(p.plans[0]).toMatchObject({ title: '七年级（2）班小组合作学习方案', scheduleItems: 3, groupSize: '4–6人' });

    const r = s.call('importPlanRun', { text, html: HTML_PLAN }, false);
    expect(r).toMatchObject({ ok: true, planSheet: '计划', scheduleSheet: '日程', settingsApplied: false });
    const plan = s.si.workbook.sheet('计划').values();
    expect(rowsOf(plan).filter((row) => row[0] !== '')).toEqual([
      ['1', '一、', '指导思想'],
      ['1', '二、', '分组办法'],
      ['2', '（一）', '组内分工'],
      ['3', '1.', '组长'],
      ['4', 'a.', '组织讨论'],
      ['4', 'b.', '分配任务'],
      ['3', '2.', '记录员'],
      ['2', '（二）', '积分规则'],
      ['1', '三、', '活动安排'],
    ]);
    // The text under a heading is its 内容; the table's rows are schedule entries, not headings.
    expect(plan[1]?.[4]).toBe('以学生为主体，让每个学生在小组中互相帮助、共同进步。');
    expect(s.si.workbook.sheet('日程').values().slice(1)).toEqual([
      ['七年级（2）班小组合作学习方案', '9月1日', '分组并选出组长'],
      ['七年级（2）班小组合作学习方案', '9月15日', '第一次小组展示'],
      ['七年级（2）班小组合作学习方案', '10月8日', '期中评比'],
    ]);
    // The <script> in the paste is not content.
    expect(JSON.stringify(plan)).not.toContain('alert');
  });

  it('reads a Word copy: its bold title paragraph is the title, list numbers kept, the table is the schedule', async () => {
    const s = await open({ locale: 'zh-CN' });
    const p = (cls: string, style: string | null, ...kids: ReturnType<typeof h>[]) =>
      h('p', { class: cls, ...(style ? { style } : {}) }, ...kids);
    const bold = (t: string) => h('b', null, h('span', null, t, h('span', null)));
    const item = (n: string, t: string) =>
      p(
        'MsoListParagraph',
        'margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1',
        h(
          'span',
          { style: 'mso-list:Ignore' },
          n,
          h('span', { style: 'font:7.0pt "Times New Roman"' }, '\u00a0\u00a0 '),
        ),
        h('span', null, t),
      );
    const word = h(
      'body',
      { class: 'ZH-CN' },
      p('MsoTitle', 'text-align:center', bold('八年级英语学习小组活动方案')),
      p('MsoNormal', null, bold('一、活动目标')),
      p('MsoNormal', 'text-indent:21.0pt', h('span', null, '培养合作意识。')),
      p('MsoNormal', null, bold('二、小组组建')),
      item('1.', '每组5-6人。'),
      item('2.', '选出组长。'),
      p('MsoNormal', null, bold('三、时间安排')),
      h(
        'table',
        { class: 'MsoTableGrid' },
        h(
          'tbody',
          null,
          h('tr', null, h('td', null, p('MsoNormal', null, h('span', null, '第1周'))), h('td', null, '分组')),
        ),
        h('tbody', null, h('tr', null, h('td', null, '第2周'), h('td', null, '展示'))),
      ),
    );
    const r = s.call('importPlanRun', { text: 'x', html: word }, false);
    expect(r).toMatchObject({ ok: true, plans: 1 });
    const plan = s.si.workbook.sheet('计划').values().slice(1);
    expect(plan[0]?.[0]).toBe('八年级英语学习小组活动方案');
    expect(plan.filter((row) => row[1] !== '').map((row) => `${row[1]} ${row[2]}${row[3]}`)).toEqual([
      '1 一、活动目标',
      '1 二、小组组建',
      '2 1.每组5-6人',
      '2 2.选出组长',
      '1 三、时间安排',
    ]);
    expect(
      s.si.workbook
        .sheet('日程')
        .values()
        .slice(1)
        .map((row) => row.slice(1)),
    ).toEqual([
      ['第1周', '分组'],
      ['第2周', '展示'],
    ]);
  });

  it('reads pasted text through readText: Markdown is recognised (# depth, tables)', async () => {
    const s = await open({ locale: 'en' });
    const r = s.call('importPlanRun', MARKDOWN, false);
    expect(r).toMatchObject({ ok: true, planSheet: 'Plan' });
    const plan = s.si.workbook.sheet('Plan').values();
    expect(plan[1]?.[0]).toBe('Year 8 study groups');
    expect(rowsOf(plan).filter((row) => row[0] !== '')).toEqual([
      ['1', '1.', 'Aims'],
      ['1', '2.', 'Groups'],
      ['2', '', 'Roles'],
    ]);
    expect(
      s.si.workbook
        .sheet('Schedule')
        .values()
        .slice(1)
        .map((row) => row.slice(1)),
    ).toEqual([
      ['Week 1', 'Form the groups'],
      ['Week 2', 'First presentation'],
    ]);
  });

  it('pasted text is written as text: formulas, numbers and dates in the HTML stay as typed', async () => {
    const s = await open({ locale: 'zh-CN' });
    const html = h(
      'body',
      null,
      h('h1', null, '=HYPERLINK("http://evil.example","方案")'),
      h('h2', null, '一、+1 分组'),
      h('h2', null, '二、2026-03-28 启动'),
    );
    expect(s.call('importPlanRun', { text: 'x', html }, false).ok).toBe(true);
    const sheet = s.si.workbook.sheet('计划');
    expect(formulasIn(sheet)).toEqual([]);
    expect(sheet.values()[1]?.[0]).toBe('=HYPERLINK("http://evil.example","方案")');
    expect(sheet.values().map((row) => row[3])).toContain('2026-03-28 启动');
    expect(sheet.values().map((row) => row[3])).toContain('+1 分组');
  });

  it('says clearly what is wrong with a malformed or oversized tree, and writes nothing', async () => {
    const s = await open({ locale: 'zh-CN' });
    expect(s.call('importPlanRun', { text: '', html: { tag: 'p', children: [42] } }, true).message).toMatch(
      /格式无法读取/,
    );
    let deep: ReturnType<typeof h> = h('div', null, '一、深');
    for (let i = 0; i < 300; i++) deep = h('div', null, deep);
    expect(s.call('importPlanPreview', { text: '', html: deep }).message).toMatch(/嵌套太深/);
    expect(s.call('importPlanPreview', { text: '', html: h('p', null, '长'.repeat(200_001)) }).message).toMatch(/太长/);
    expect(s.call('importPlanPreview', { text: '', html: h('p', null, '你好') }).message).toMatch(
      /没有在这段文字里找到计划/,
    );
    const en = await open({ locale: 'en' });
    expect(en.call('importPlanPreview', { html: { tag: '<img>' } }).message).toMatch(/could not be read/);
    expect(s.si.workbook.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('Import plan: which plan feeds 设置, and never weaker', () => {
  it('with several plans the teacher chooses one; the preview lists old → new and the import writes that plan', async () => {
    const s = await open({ locale: 'zh-CN' });
    const first = s.call('importPlanPreview', TWO_PLANS);
    expect(first.plans.map((p) => p.title)).toEqual(['小组合作学习方案篇一', '小组合作学习方案篇二']);
    expect(first.planIndex).toBe(0);
    expect(first.changes).toEqual([
      { setting: '每组人数', from: '4', to: '6' },
      { setting: '能力搭配', from: '2:1:1', to: '2:2:2' },
      { setting: '徽章门槛', from: '20', to: '10' },
    ]);
    const second = s.call('importPlanPreview', TWO_PLANS, 1);
    expect(second.planIndex).toBe(1);
    expect(second.changes).toEqual([
      { setting: '每组人数', from: '4', to: '5' },
      { setting: '能力搭配', from: '2:1:1', to: '无' },
      { setting: '徽章', from: '月亮', to: '太阳' },
      { setting: '徽章门槛', from: '20', to: '30' },
    ]);
    expect(second.settingsChanges[0]).toBe('每组人数：4 → 5');

    const r = s.call('importPlanRun', TWO_PLANS, true, 1);
    expect(r).toMatchObject({ ok: true, plans: 2, settingsApplied: true });
    expect(s.call('settingsView').settings).toMatchObject({
      groupSize: 5,
      mix: null,
      badge: { name: '太阳', every: 30 },
    });
    // Both plans' sections are in 计划.
    expect(
      new Set(
        s.si.workbook
          .sheet('计划')
          .values()
          .slice(1)
          .map((row) => row[0]),
      ),
    ).toEqual(new Set(['小组合作学习方案篇一', '小组合作学习方案篇二']));
    // A choice that is not in the text is refused.
    expect(s.call('importPlanRun', TWO_PLANS, true, 2).message).toMatch(/重新预览/);
  });

  it('a plan stating 4-6人 and 2:1:1 keeps the teacher’s size 4 and lists only what changes', async () => {
    const s = await open({ locale: 'zh-CN' });
    expect(s.call('saveSettings', { groupSize: 4, mix: null }).ok).toBe(true);
    const p = s.call('importPlanPreview', { text: 'x', html: HTML_PLAN });
    expect(p.changes).toEqual([
      { setting: '能力搭配', from: '无', to: '2:1:1' },
      { setting: '徽章', from: '月亮', to: '星星' },
    ]);
    expect(s.call('importPlanRun', { text: 'x', html: HTML_PLAN }, true)).toMatchObject({
      ok: true,
      settingsApplied: true,
    });
    expect(s.call('settingsView').settings).toMatchObject({
      groupSize: 4,
      mix: [2, 1, 1],
      badge: { name: '星星', every: 20 },
    });
    // Imported again: nothing left to change, and the preview says so with an empty list.
    expect(s.call('importPlanPreview', { text: 'x', html: HTML_PLAN }).changes).toEqual([]);
  });

  it('in English the changes use the Settings sheet’s English words', async () => {
    const s = await open({ locale: 'en' });
    const p = s.call('importPlanPreview', TWO_PLANS, 1);
    expect(p.settingsChanges).toEqual([
      'Group size: 4 → 5',
      'Ability mix: 2:1:1 → none',
      'Badge: Moon → 太阳',
      'Points per badge: 20 → 30',
    ]);
  });

  it('a write that fails half-way leaves no new sheet and 设置 as it was', async () => {
    const s = await open({ locale: 'zh-CN' });
    expect(s.call('saveSettings', { groupSize: 4, mix: null }).ok).toBe(true);
    const before = s.si.workbook.sheet('设置').values();
    // A schedule cell longer than Sheets allows: the 日程 write is refused after 计划 was written.
    const html = h(
      'body',
      null,
      h('h1', null, '小组合作学习方案'),
      h('h2', null, '一、分组'),
      h('p', null, '每组4-6人，按2:1:1搭配。'),
      h('table', null, h('tr', null, h('td', null, '9月1日'), h('td', null, '长'.repeat(60_000)))),
    );
    const r = s.call('importPlanRun', { text: 'x', html }, true);
    expect(r.ok).toBe(false);
    expect(s.si.workbook.sheetNames()).toEqual(['Sheet1', '设置']);
    expect(s.si.workbook.sheet('设置').values()).toEqual(before);
  });
});
