import { describe, expect, it } from 'vitest';
import { lowerBound } from '../shared/util/sorted.ts';

describe('lowerBound', () => {
  it('finds the first value not below the one asked for, or the end', () => {
    const list = [2, 4, 4, 9];
    expect([0, 2, 3, 4, 5, 9, 10].map((x) => lowerBound(list, x))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound([], 1)).toBe(0);
    expect(lowerBound(new Float64Array([0.5, 1.5]), 1)).toBe(1);
  });
});
