/**
 * Any text in: no exception, a well-formed document out. (Speed is `npm run bench:plan`'s business; a run that
 * hangs still fails here, on the test timeout.)
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlans } from '../../shared/plan/index.ts';

// Pieces that exercise the stages: markers, look-alikes, part titles, months, fields, watermarks and separators.
const piece = fc.constantFrom(
  '一、',
  '十',
  '（一）',
  '(1)',
  '1、',
  '1.',
  '2.',
  '3.5',
  '2024.3.5',
  '8:30',
  '一、二年级',
  '①',
  '⑴',
  '⒈',
  '㈠',
  '第一节：',
  '一是',
  '二要',
  'Step 1',
  'Week 2',
  'I.',
  'A.',
  'a)',
  '篇一',
  '【第一篇】',
  '第二篇：',
  '(精选6篇)',
  '三月份：',
  '六月份—七月份',
  '第1周',
  '小组人数：',
  '6-8人',
  '不超过5人',
  '2:2',
  '目标',
  '活动目的',
  '工作计划',
  '实施方案',
  '参考资料,少熬夜!',
  '相关文档',
  '下载文档',
  '。',
  '，',
  '：',
  ':',
  '\n',
  '\r\n',
  ' ',
  '\u200b',
  '[具体时间]',
  '每得到20分，就可以换一月亮',
  '对每个小组的学习、纪律、卫生情况进行评比',
  '组长:负责',
  '指导思想',
  '学习',
  '“',
  '”',
);
const planish = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 120 }).map((xs) => xs.join(''));

function wellFormed(text: string): void {
  const r = extractPlans(text);
  for (const p of r.document.plans) {
    expect(typeof p.title).toBe('string');
    for (const h of p.headings) {
      expect(Number.isInteger(h.level) && h.level >= 1).toBe(true);
      expect(typeof h.text).toBe('string');
    }
    for (const s of p.schedule) expect(Array.isArray(s.items)).toBe(true);
    if (p.groupSize)
      expect(p.groupSize.min === null || p.groupSize.max === null || p.groupSize.min <= p.groupSize.max).toBe(true);
  }
  for (const line of r.removed) expect(line.line).toBeGreaterThanOrEqual(1);
}

describe('extractPlans on any text', () => {
  it('never throws and returns a well-formed document (arbitrary Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => wellFormed(s)),
      { numRuns: 300 },
    );
  });
  it('never throws on plan-like text built from markers, look-alikes and boilerplate', () => {
    fc.assert(
      fc.property(planish, (s) => wellFormed(s)),
      { numRuns: 500 },
    );
  });
  it('reads a long single line of run-together markers (240,000 characters) as one heading, losing nothing', () => {
    const line = '1、一、（一）①第一节一是'.repeat(20000);
    const r = extractPlans(line);
    expect(r.document.plans).toHaveLength(1);
    const [heading, ...more] = r.document.plans[0]!.headings;
    expect(more).toEqual([]);
    expect(heading).toMatchObject({ level: 1, marker: '1、' });
    expect(heading!.marker + heading!.text).toBe(line);
    expect(r.removed).toEqual([]);
  });
});
