import { describe, expect, it } from 'vitest';
import { open, formulasIn } from './helpers.ts';

describe('Settings dialog and the 设置 sheet', () => {
  it('shows the defaults until a Settings sheet exists', async () => {
    const s = await open({ locale: 'zh-CN' });
    const v = s.call('settingsView');
    expect(v).toMatchObject({
      ok: true,
      fromSheet: false,
      settings: { badge: { name: '月亮', every: 20 }, fairness: 'normalized', showNegative: true },
    });
    expect(v.settings.categories).toEqual([
      { name: '学习', defaultPoints: 2 },
      { name: '纪律', defaultPoints: 1 },
      { name: '卫生', defaultPoints: 1 },
    ]);
  });

  it('saves to a 设置 sheet a teacher can read, values kept as typed, and reads it back', async () => {
    const s = await open({ locale: 'zh-CN' });
    const r = s.call('saveSettings', {
      categories: [
        { name: '=SUM(A1)', defaultPoints: 3 },
        { name: '纪律', defaultPoints: 1 },
      ],
      badge: { name: '星星', every: 10 },
      fairness: 'average',
      showNegative: false,
      periods: ['week', 'term'],
      termStart: '2026-09-01',
      groupSize: 6,
      mix: [2, 2, 2],
    });
    expect(r).toEqual({ ok: true });
    const sheet = s.si.workbook.sheet('设置');
    expect(formulasIn(sheet)).toEqual([]);
    const rows = new Map(sheet.values().map((row) => [row[0], row[1]]));
    expect(rows.get('能力搭配')).toBe('2:2:2'); // not a time of day
    expect(rows.get('每组人数')).toBe('6');
    expect(rows.get('积分类别')).toBe('=SUM(A1)=3、纪律=1');
    const v = s.call('settingsView');
    expect(v.fromSheet).toBe(true);
    expect(v.notices).toEqual([]);
    expect(v.settings).toMatchObject({
      groupSize: 6,
      mix: [2, 2, 2],
      badge: { name: '星星', every: 10 },
      fairness: 'average',
      showNegative: false,
      periods: ['week', 'term'],
      termStart: '2026-09-01',
    });
    // The sidebar uses the same sheet.
    expect(v.settings.categories[0]).toEqual({ name: '=SUM(A1)', defaultPoints: 3 });
  });

  it('refuses invalid settings with every problem listed, and leaves the sheet as it was', async () => {
    const s = await open({ locale: 'en' });
    expect(s.call('saveSettings', { badge: { name: 'Star', every: 5 } }).ok).toBe(true);
    const before = JSON.stringify(s.si.workbook.sheet('Settings').values());
    const r = s.call('saveSettings', { categories: [], badge: { name: '', every: 0 }, groupSize: 4, mix: [2, 2, 2] });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/not saved/);
    expect(r.details!.join('\n')).toMatch(/category/);
    expect(r.details!.join('\n')).toMatch(/badge/i);
    expect(r.details!.join('\n')).toMatch(/2:2:2/);
    expect(JSON.stringify(s.si.workbook.sheet('Settings').values())).toBe(before);
  });

  it('reads a sheet a teacher edited by hand, naming the row it could not read', async () => {
    const s = await open({
      locale: 'zh-CN',
      workbookOptions: {
        sheets: {
          设置: [
            ['设置项', '值'],
            ['徽章', '太阳'],
            ['徽章门槛', '很多'],
          ],
        },
      },
    });
    const v = s.call('settingsView');
    expect(v.settings.badge).toEqual({ name: '太阳', every: 20 });
    expect(v.notices.join('\n')).toMatch(/第 3 行/);
  });
});
