import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanDocument } from '../../shared/plan/types.ts';
import { tablesToCsv } from '../../shared/plan-tables/csv.ts';
import { planSettingsPatch, planTableSheetName, planToTables, tablesToTsv } from '../../shared/plan-tables/index.ts';
import { defaultSettings, rowsToSettings } from '../../shared/settings/index.ts';
import { storedText } from '../../shared/sheet-text.ts';

const plan = (over: Partial<Plan>): Plan => ({
  title: '学习互助小组实施方案',
  headings: [],
  schedule: [],
  sessions: [],
  groupSize: null,
  goals: [],
  ...over,
});

const doc: PlanDocument = {
  plans: [
    plan({
      headings: [
        { level: 1, marker: '一、', text: '指导思想' },
        { level: 1, marker: '二、', text: '小组组建' },
        { level: 2, marker: '（一）', text: '每组4-6人，按2:2搭配' },
      ],
      schedule: [
        { when: '三月份', items: ['组建小组', '选出组长'] },
        { when: '20xx.6.10—20xx.7.10', items: [] },
      ],
      groupSize: { min: 4, max: 6 },
      mix: [3, 3],
      goals: ['提高学习效率'],
      roles: [{ name: '组长', duties: '负责组织本组学习' }],
      scoring: {
        categories: ['学习', '纪律', '卫生', '礼仪'],
        badge: { name: '星星', every: 30 },
        rules: ['每得到30分，就可以换一颗星星'],
      },
    }),
    plan({
      title: '篇二',
      headings: [{ level: 1, marker: '1.', text: '=HYPERLINK("http://x")' }],
      groupSize: { min: 8, max: 8 },
    }),
  ],
};

describe('planToTables', () => {
  it('writes one Plan row per heading with plan, level, marker and heading text', () => {
    const t = planToTables(doc, 'zh');
    expect(t.plan[0]).toEqual(['计划', '层级', '编号', '标题', '内容']);
    expect(t.plan[1]).toEqual(['学习互助小组实施方案', '1', '一、', '指导思想', '']);
    expect(t.plan[3]).toEqual(['学习互助小组实施方案', '2', '（一）', '每组4-6人，按2:2搭配', '']);
    expect(t.plan.filter((r) => r[0] === '篇二' && r[1] !== '')).toEqual([
      ['篇二', '1', '1.', '=HYPERLINK("http://x")', ''],
    ]);
  });

  it('adds the stated fields as labelled rows with an empty level', () => {
    const rows = planToTables(doc, 'zh').plan.filter((r) => r[0] === '学习互助小组实施方案' && r[1] === '');
    expect(rows).toContainEqual(['学习互助小组实施方案', '', '', '小组人数', '4–6人']);
    expect(rows).toContainEqual(['学习互助小组实施方案', '', '', '能力搭配', '3:3']);
    expect(rows).toContainEqual(['学习互助小组实施方案', '', '', '角色', '组长：负责组织本组学习']);
    expect(rows).toContainEqual(['学习互助小组实施方案', '', '', '目标', '提高学习效率']);
    expect(rows).toContainEqual(['学习互助小组实施方案', '', '', '奖励规则', '每30分换一个星星']);
    // Labels and values are plan/describe.ts's: one row per item, named in the singular.
    const en = planToTables(doc, 'en').plan;
    expect(en).toContainEqual(['学习互助小组实施方案', '', '', 'Group size', '4–6 students']);
    expect(en).toContainEqual(['学习互助小组实施方案', '', '', 'Badge rule', 'a 星星 every 30 points']);
    expect(en.filter((r) => r[3] === 'Scoring category').map((r) => r[4])).toEqual(['学习', '纪律', '卫生', '礼仪']);
  });

  it('writes one Schedule row per item, and a row for a bare time span', () => {
    const t = planToTables(doc, 'en');
    expect(t.schedule).toEqual([
      ['Plan', 'When', 'Item'],
      ['学习互助小组实施方案', '三月份', '组建小组'],
      ['学习互助小组实施方案', '三月份', '选出组长'],
      ['学习互助小组实施方案', '20xx.6.10—20xx.7.10', ''],
    ]);
  });

  it('gives Settings rows that the add-on reads back as the plan implies (first plan wins)', () => {
    const t = planToTables(doc, 'zh');
    const { settings, problems } = rowsToSettings(t.settings);
    expect(problems).toEqual([]);
    expect(settings.groupSize).toBe(6);
    expect(settings.mix).toEqual([3, 3]);
    expect(settings.categories.map((c) => c.name)).toEqual(['学习', '纪律', '卫生', '礼仪']);
    // Points the teacher already had for a category are kept; a new category awards 1.
    expect(settings.categories.map((c) => c.defaultPoints)).toEqual([2, 1, 1, 1]);
    expect(settings.badge).toEqual({ name: '星星', every: 30 });
    expect(settings.fairness).toBe('normalized');
  });

  it("keeps the teacher's other settings and drops a mix that no longer adds up", () => {
    const base = { ...defaultSettings('en'), fairness: 'average' as const, mix: [2, 1, 1] };
    const only = { plans: [plan({ groupSize: { min: 5, max: 5 } })] };
    const { settings, problems } = rowsToSettings(planToTables(only, 'en', base).settings);
    expect(problems).toEqual([]);
    expect(settings.groupSize).toBe(5);
    expect(settings.mix).toBeNull();
    expect(settings.fairness).toBe('average');
    expect(settings.categories.map((c) => c.name)).toEqual(['Study', 'Discipline', 'Hygiene']);
  });

  it('derives the group size from a mix when the plan states no size, and ignores sizes the add-on cannot use', () => {
    expect(planSettingsPatch({ plans: [plan({ mix: [2, 2, 2] })] }, defaultSettings())).toMatchObject({
      groupSize: 6,
      mix: [2, 2, 2],
    });
    expect(planSettingsPatch({ plans: [plan({ groupSize: { min: 30, max: 40 } })] }, defaultSettings())).toEqual({});
    // A zero level is no mix the 设置 sheet can read back (parseMix refuses it), so it is not written.
    expect(planSettingsPatch({ plans: [plan({ mix: [2, 0] })] }, defaultSettings()).mix).toBeUndefined();
    // "At most 5" holds for the teacher's 4 with 2:1:1 already: importing never weakens a setting (no size 5, no
    // dropped mix); a bound the teacher's size breaks moves it.
    expect(planSettingsPatch({ plans: [plan({ groupSize: { min: null, max: 5 } })] }, defaultSettings())).toEqual({});
    expect(planSettingsPatch({ plans: [plan({ groupSize: { min: null, max: 3 } })] }, defaultSettings())).toEqual({
      groupSize: 3,
      mix: null,
    });
  });

  it('leaves out category names the Settings cell could not hold, and repeats', () => {
    const scoring = { categories: ['学习、纪律', ' 卫生 ', '卫生', 'a=2', '礼仪'], badge: null, rules: [] };
    const patch = planSettingsPatch({ plans: [plan({ scoring })] }, defaultSettings());
    expect(patch.categories?.map((c) => c.name)).toEqual(['卫生', '礼仪']);
  });

  it('gives header-only tables and unchanged settings for an empty document', () => {
    const t = planToTables({ plans: [] }, 'zh');
    expect(t.plan).toHaveLength(1);
    expect(t.schedule).toHaveLength(1);
    expect(rowsToSettings(t.settings).settings).toEqual(defaultSettings('zh'));
  });

  it('names the tabs as the add-on does', () => {
    expect(planTableSheetName('plan', 'zh')).toBe('计划');
    expect(planTableSheetName('schedule', 'en')).toBe('Schedule');
    expect(planTableSheetName('settings', 'zh')).toBe('设置');
  });
});

describe('TSV and CSV', () => {
  const rows = planToTables(doc, 'zh').plan;

  it('TSV pastes back to the same rows, with formulas kept as text', () => {
    const back = tablesToTsv(rows)
      .split('\n')
      .map((l) => l.split('\t').map(storedText));
    expect(back).toEqual(rows);
    expect(tablesToTsv(rows)).toContain(`'=HYPERLINK`);
  });

  it('TSV keeps a cell that starts with a double quote literal', () => {
    expect(tablesToTsv([['"文明礼仪知多少"', 'a"b']])).toBe(`'"文明礼仪知多少"\ta"b`);
  });

  it('TSV puts a cell with tabs or line breaks on one line', () => {
    expect(
      tablesToTsv([
        ['a\tb', 'c\r\nd'],
        ['e', 'f'],
      ]),
    ).toBe('a b\tc d\ne\tf');
  });

  it('CSV parses back to the same rows (quotes, commas, BOM) with formulas kept as text', () => {
    const tricky = [...rows, ['计划', '1', '1.', 'a "quoted", comma', '+1']];
    const csv = tablesToCsv(tricky);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data.map((r) =>
      r.map(storedText),
    );
    expect(parsed).toEqual(tricky);
    expect(csv).toContain(`'+1`);
  });
});
