import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '../../shared/settings/defaults.ts';
import { mergeSettings, rowsToSettings, settingsToRows, validateSettings } from '../../shared/settings/sheet.ts';
import type { Settings } from '../../shared/settings/types.ts';

describe('defaults', () => {
  it('are the agreed defaults', () => {
    expect(DEFAULT_SETTINGS.groupSize).toBe(4);
    expect(DEFAULT_SETTINGS.mix).toEqual([2, 1, 1]);
    expect(DEFAULT_SETTINGS.categories.map((c) => c.name)).toEqual(['学习', '纪律', '卫生']);
    expect(DEFAULT_SETTINGS.badge).toEqual({ name: '月亮', every: 20 });
    expect(DEFAULT_SETTINGS.fairness).toBe('normalized');
    expect(DEFAULT_SETTINGS.showNegative).toBe(true);
    expect(DEFAULT_SETTINGS.periods).toEqual(['week', 'month', 'term']);
    expect(DEFAULT_SETTINGS.termStart).toBeNull();
    expect(validateSettings(defaultSettings('zh'))).toEqual([]);
  });
  it('uses English names for en', () => {
    const s = defaultSettings('en');
    expect(s.categories.map((c) => c.name)).toEqual(['Study', 'Discipline', 'Hygiene']);
    expect(s.badge.name).toBe('Moon');
  });
  it('returns a copy that does not share state', () => {
    const a = defaultSettings();
    a.categories[0]!.defaultPoints = 9;
    a.mix!.push(1);
    expect(defaultSettings().categories[0]!.defaultPoints).toBe(2);
    expect(DEFAULT_SETTINGS.mix).toEqual([2, 1, 1]);
  });
});

describe('settingsToRows', () => {
  it('writes readable Chinese label/value rows with a header', () => {
    const rows = settingsToRows(defaultSettings('zh'), 'zh');
    expect(rows[0]).toEqual(['设置项', '值']);
    const map = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[1]]));
    expect(map.每组人数).toBe('4');
    expect(map.能力搭配).toBe('2:1:1');
    expect(map.积分类别).toBe('学习=2、纪律=1、卫生=1');
    expect(map.徽章).toBe('月亮');
    expect(map.徽章门槛).toBe('20');
    expect(map.小组比较).toBe('按人数折算');
    expect(map.显示负分).toBe('是');
    expect(map.统计周期).toBe('周、月、学期');
    expect(map.学期开始).toBe('');
  });
  it('writes English labels for en', () => {
    const rows = settingsToRows(defaultSettings('en'), 'en');
    const map = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[1]]));
    expect(map['Group size']).toBe('4');
    expect(map['Point categories']).toBe('Study=2, Discipline=1, Hygiene=1');
    expect(map['Group comparison']).toBe('normalized');
    expect(map['Show negative points']).toBe('yes');
  });
  it('every row has exactly two cells', () => {
    for (const r of settingsToRows(defaultSettings(), 'zh')) expect(r).toHaveLength(2);
  });
});

const custom: Settings = {
  groupSize: 6,
  mix: [2, 2, 2],
  categories: [
    { name: '作业', defaultPoints: 3 },
    { name: '发言', defaultPoints: 1 },
  ],
  badge: { name: '星星', every: 15 },
  fairness: 'average',
  showNegative: false,
  periods: ['week', 'term'],
  termStart: '2026-09-01',
};

describe('round trip', () => {
  it.each(['zh', 'en'] as const)('reads back what it wrote (%s)', (lang) => {
    for (const s of [defaultSettings(lang), custom, { ...custom, mix: null, fairness: 'total' as const }]) {
      const { settings, problems } = rowsToSettings(settingsToRows(s, lang));
      expect(problems).toEqual([]);
      expect(settings).toEqual(s);
    }
  });
});

describe('rowsToSettings', () => {
  it('accepts numbers, full-width digits and punctuation', () => {
    const { settings, problems } = rowsToSettings([
      ['每组人数', 5],
      ['能力搭配', '２：２：１'],
      ['徽章门槛', '３０'],
      ['积分类别', '学习＝２，纪律＝１'],
    ]);
    expect(problems).toEqual([]);
    expect(settings.groupSize).toBe(5);
    expect(settings.mix).toEqual([2, 2, 1]);
    expect(settings.badge.every).toBe(30);
    expect(settings.categories).toEqual([
      { name: '学习', defaultPoints: 2 },
      { name: '纪律', defaultPoints: 1 },
    ]);
  });
  it('accepts English labels with Chinese values and vice versa', () => {
    const { settings, problems } = rowsToSettings([
      ['Group comparison', '平均分'],
      ['显示负分', 'no'],
      ['periods', 'month, term'],
    ]);
    expect(problems).toEqual([]);
    expect(settings.fairness).toBe('average');
    expect(settings.showNegative).toBe(false);
    expect(settings.periods).toEqual(['month', 'term']);
  });
  it('accepts booleans and Date cells', () => {
    const { settings } = rowsToSettings([
      ['Show negative points', false],
      ['Term start', new Date(2026, 1, 16)],
    ]);
    expect(settings.showNegative).toBe(false);
    expect(settings.termStart).toBe('2026-02-16');
  });
  it('reads dates written as 2026年3月2日 or 2026/3/2', () => {
    expect(rowsToSettings([['学期开始', '2026年3月2日']]).settings.termStart).toBe('2026-03-02');
    expect(rowsToSettings([['学期开始', '2026/3/2']]).settings.termStart).toBe('2026-03-02');
  });
  it('falls back to the default per field with a message naming the row and what to write', () => {
    const { settings, problems } = rowsToSettings([
      ['设置项', '值'],
      ['每组人数', '四'],
      ['徽章门槛', '-5'],
      ['学期开始', '2026-02-30'],
    ]);
    expect(settings.groupSize).toBe(4);
    expect(settings.badge.every).toBe(20);
    expect(settings.termStart).toBeNull();
    expect(problems).toHaveLength(3);
    expect(problems[0]!.zh).toContain('第 2 行');
    expect(problems[0]!.zh).toContain('每组人数');
    expect(problems[0]!.zh).toContain('2 到 12');
    expect(problems[0]!.en).toContain('row 2');
    expect(problems[1]!.en).toContain('row 3');
    expect(problems[2]!.zh).toContain('第 4 行');
  });
  it('ignores blank rows and the header; missing fields are defaults', () => {
    const { settings, problems } = rowsToSettings([['设置项', '值'], [], ['', ''], [null, 3]]);
    expect(problems).toEqual([]);
    expect(settings).toEqual(defaultSettings('zh'));
  });
  it('names an unknown (e.g. misspelt) label and lists the known ones', () => {
    const { settings, problems } = rowsToSettings([
      ['Setting', 'Value'],
      ['Group sise', 6],
    ]);
    expect(settings.groupSize).toBe(4);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.en).toContain('row 2');
    expect(problems[0]!.en).toContain('Group sise');
    expect(problems[0]!.en).toContain('Group size');
    expect(problems[0]!.zh).toContain('每组人数');
  });
  it('drops a mix that does not add up to the group size, with a message', () => {
    const { settings, problems } = rowsToSettings([
      ['每组人数', 6],
      ['能力搭配', '2:1:1'],
    ]);
    expect(settings.groupSize).toBe(6);
    expect(settings.mix).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.en).toContain('add up');
  });
  it('refuses duplicate category names', () => {
    const { settings, problems } = rowsToSettings([['积分类别', '学习=2、学习=1']]);
    expect(problems).toHaveLength(1);
    expect(settings.categories).toEqual(defaultSettings('zh').categories);
  });
  it('uses English default names when the sheet is English', () => {
    expect(rowsToSettings([['Group size', 4]]).settings.badge.name).toBe('Moon');
  });
});

describe('mergeSettings', () => {
  it('replaces only the given fields and does not share arrays', () => {
    const base = defaultSettings();
    const merged = mergeSettings(base, { groupSize: 6, showNegative: false });
    expect(merged.groupSize).toBe(6);
    expect(merged.showNegative).toBe(false);
    expect(merged.categories).toEqual(base.categories);
    merged.categories[0]!.name = 'x';
    merged.periods.pop();
    expect(base.categories[0]!.name).toBe('学习');
    expect(base.periods).toHaveLength(3);
  });
  it('can set mix and termStart to null explicitly', () => {
    const merged = mergeSettings(custom, { mix: null, termStart: null });
    expect(merged.mix).toBeNull();
    expect(merged.termStart).toBeNull();
  });
});

describe('validateSettings', () => {
  it('reports each problem', () => {
    const bad: Settings = {
      ...custom,
      groupSize: 1,
      categories: [],
      badge: { name: '', every: 0 },
      periods: [],
      termStart: 'soon',
    };
    const msgs = validateSettings(bad).map((m) => m.en);
    expect(msgs.some((m) => m.includes('Group size'))).toBe(true);
    expect(msgs.some((m) => m.includes('category'))).toBe(true);
    expect(msgs.some((m) => m.includes('badge needs a name'))).toBe(true);
    expect(msgs.some((m) => m.includes('Points per badge'))).toBe(true);
    expect(msgs.some((m) => m.includes('Periods'))).toBe(true);
    expect(msgs.some((m) => m.includes('Term start'))).toBe(true);
  });
  it('accepts a valid custom setting', () => {
    expect(validateSettings(custom)).toEqual([]);
  });
});

describe('category names keep their own characters', () => {
  it('does not fold ① or other enclosed numbers in names', () => {
    const { settings, problems } = rowsToSettings([['积分类别', '①学习＝２、⑵纪律=1']]);
    expect(problems).toEqual([]);
    expect(settings.categories).toEqual([
      { name: '①学习', defaultPoints: 2 },
      { name: '⑵纪律', defaultPoints: 1 },
    ]);
  });
});

describe('dates typed in the 设置 sheet', () => {
  it.each([
    ['Asia/Tokyo', '2026-08-31T15:00:00Z'],
    ['Asia/Shanghai', '2026-08-31T16:00:00Z'],
    ['America/New_York', '2026-09-01T04:00:00Z'],
    ['Europe/London', '2026-08-31T23:00:00Z'],
  ])('a term start typed as 2026-09-01 in a %s spreadsheet reads as 2026-09-01', (tz, midnight) => {
    const { settings, problems } = rowsToSettings([['学期开始', new Date(midnight)]], tz);
    expect(problems).toEqual([]);
    expect(settings.termStart).toBe('2026-09-01');
  });
});
