import { describe, expect, it } from 'vitest';
import { cnNumber, placeNumber, romanNumber, romanNumeral } from '../../shared/plan/numerals.ts';

describe('numerals', () => {
  it('writes list numbers in Roman numerals that read back as the same number', () => {
    expect(['I', 'IV', 'IX', 'XIV', 'XXXIX', 'XL', 'LXXXIX'].map((r) => romanNumeral(romanValue(r)))).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XXXIX',
      'XL',
      'LXXXIX',
    ]);
    for (let n = 1; n <= 39; n++) expect(romanNumber(romanNumeral(n))).toBe(n);
  });

  it('reads Chinese numbers up to 99 and refuses malformed ones', () => {
    expect(['一', '十', '十二', '二十', '九十九'].map(cnNumber)).toEqual([1, 10, 12, 20, 99]);
    expect(cnNumber('十十')).toBeNull();
    // Digit by digit ("第二一條"), only where a heading's number is read so: "三四人" elsewhere is three or four.
    expect(['二一', '三五', '九〇'].map(placeNumber)).toEqual([21, 35, 90]);
    expect(['〇一', '二十一', '一', '二十'].map(placeNumber)).toEqual([null, null, null, null]);
    expect(cnNumber('二一')).toBeNull();
  });
});

/** The value of a Roman numeral, by the usual subtractive rule (independent of the code under test). */
function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const a = v[r[i] ?? ''] ?? 0;
    const b = v[r[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}
