/**
 * A roster with thousands of score columns (an export with every quiz) is grouped on the total, and the 分组 sheet
 * grows with the roster, not with subjects × subjects: each section is written at its own width.
 */
import { describe, expect, it } from 'vitest';
import { open } from './helpers.ts';

describe('a roster with 5,000 score columns', () => {
  it('is grouped with a warning, and the groups sheet stays linear in size', async () => {
    const subjects = Array.from({ length: 5000 }, (_, i) => `测验${i + 1}`);
    const rows = [
      ['学号', '姓名', ...subjects],
      ...Array.from({ length: 20 }, (_, k) => [
        String(k + 1),
        `学生${k + 1}`,
        ...subjects.map((_, i) => (k * 7 + i) % 100),
      ]),
    ];
    const s = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: rows } } });
    s.si.workbook.resetStats();
    const r = s.call('formGroupsRun', { by: 'size', value: 4, mix: '2:1:1', seed: 1 });
    expect(r.ok).toBe(true);
    expect(r.warnings.join('\n')).toContain('分组只按总分均衡');
    // Members (20 × 5,006) + statistics (6 × 5,006) + one balance row per subject (× 4) + a little more:
    // about 150,000 cells. The old single rectangle was (5,000 + …) × 5,006 ≈ 25 million.
    expect(s.si.workbook.stats.cellsWritten).toBeLessThan(200_000);
  }, 60_000);
});
