import { describe, expect, it } from 'vitest';
import { groupCount, groupSizes } from '../../shared/grouping/sizes.ts';
import { assignStrata, quotasFor } from '../../shared/grouping/strata.ts';

describe('groupCount / groupSizes', () => {
  it('42 students in fours: ten groups with two of five by default, eleven with two of three when asked', () => {
    expect(groupSizes(42, groupCount(42, { size: 4 }))).toEqual([5, 5, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(groupSizes(42, groupCount(42, { size: 4, remainder: 'smaller' }))).toEqual([
      4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3,
    ]);
  });
  it('a number of groups splits as evenly as possible', () => {
    expect(groupSizes(10, groupCount(10, { groups: 3 }))).toEqual([4, 3, 3]);
  });
  it('an exact multiple gives equal groups', () => {
    expect(groupSizes(24, groupCount(24, { size: 6 }))).toEqual([6, 6, 6, 6]);
  });
  it('fewer students than one group still makes one group', () => {
    expect(groupSizes(3, groupCount(3, { size: 4 }))).toEqual([3]);
  });
  it('sizes always differ by at most one and add up to the class', () => {
    for (let n = 1; n < 60; n++)
      for (let k = 1; k <= n; k++) {
        const s = groupSizes(n, k);
        expect(s.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
      }
  });
});

describe('strata', () => {
  it('2:1:1 in a group of four is exactly two top, one third-quarter, one bottom-quarter', () => {
    expect(quotasFor(4, [2, 1, 1])).toEqual([2, 1, 1]);
  });
  it('a group of five under 2:1:1 gives the extra seat to the strongest band', () => {
    expect(quotasFor(5, [2, 1, 1])).toEqual([3, 1, 1]);
  });
  it('1:1 pairs one strong with one struggling student', () => {
    expect(quotasFor(2, [1, 1])).toEqual([1, 1]);
  });
  it('2:2:2 with 24 students: thirds of eight by total', () => {
    const totals = Array.from({ length: 24 }, (_, i) => 240 - i * 10);
    const s = assignStrata(totals, [6, 6, 6, 6], [2, 2, 2]);
    expect(s.counts).toEqual([8, 8, 8]);
    expect(s.stratumOf.slice(0, 8).every((j) => j === 0)).toBe(true);
    expect(s.stratumOf.slice(16).every((j) => j === 2)).toBe(true);
  });
  it('2:1:1 with 40 students: top half, third quarter, bottom quarter', () => {
    const totals = Array.from({ length: 40 }, (_, i) => 400 - i);
    const s = assignStrata(totals, Array(10).fill(4), [2, 1, 1]);
    expect(s.counts).toEqual([20, 10, 10]);
    expect(s.stratumOf[19]).toBe(0);
    expect(s.stratumOf[20]).toBe(1);
    expect(s.stratumOf[30]).toBe(2);
  });
  it('no mix: everyone in one stratum', () => {
    const s = assignStrata([3, 2, 1], [3], null);
    expect(s.stratumOf).toEqual([0, 0, 0]);
  });
});
