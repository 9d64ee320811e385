import { describe, it, expect } from 'vitest';
import { foldAscii, normalizeText } from '../../shared/plan/normalize.ts';
import { toLines } from '../../shared/plan/line.ts';

describe('normalize', () => {
  it('folds full-width ASCII char for char, so indices match the original', () => {
    const s = '（一）１．Ａ：ｂ　好';
    const f = foldAscii(s);
    expect(f).toBe('(一)1.A:b 好');
    expect(f.length).toBe(s.length);
  });
  it('keeps circled and parenthesised numbers as distinct styles (no NFKC)', () => {
    expect(foldAscii('①⑴⒈㈠')).toBe('①⑴⒈㈠');
  });
  it('unifies line endings and removes zero-width characters and the BOM', () => {
    expect(normalizeText('\uFEFF一、指\u200B导\r\n二、思想\r三')).toBe('一、指导\n二、思想\n三');
  });
  it('drops markdown heading marks, quotes and bold around a whole line', () => {
    expect(toLines('## 一、指导思想\n**二、工作目标**\n> 1、提高成绩').map((l) => l.text)).toEqual([
      '一、指导思想',
      '二、工作目标',
      '1、提高成绩',
    ]);
  });
  it('splits into trimmed non-empty lines with their input line numbers, dropping markdown bullets', () => {
    // A paragraph's start, a bullet and how far a line is set in are kept as evidence; "-三月份" has no space after
    // its dash: no bullet.
    expect(toLines('标题\n\n- 1、第一项\n  -三月份  \n\t\u3000第二项')).toEqual([
      { no: 1, text: '标题', raw: '标题' },
      { no: 3, text: '1、第一项', raw: '- 1、第一项', afterBlank: true, bullet: true },
      { no: 4, text: '三月份', raw: '-三月份', indent: 2 },
      { no: 5, text: '第二项', raw: '第二项', indent: 6 },
    ]);
  });
});
