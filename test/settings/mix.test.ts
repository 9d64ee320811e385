import { describe, expect, it } from 'vitest';
import { defaultMix, formatMix, mixSize, parseMix } from '../../shared/settings/mix.ts';
import { badgesFor } from '../../shared/points/badges.ts';

describe('parseMix: the one grammar for 2:1:1', () => {
  it.each([
    ['2:1:1', [2, 1, 1]],
    ['2：2：2', [2, 2, 2]],
    ['1-1', [1, 1]],
    ['2/1/1', [2, 1, 1]],
    ['2 1 1', [2, 1, 1]],
    ['２：１：１', [2, 1, 1]],
    [' 3 : 2 ', [3, 2]],
    ['2、1、1', [2, 1, 1]],
  ])('reads %j', (text, mix) => {
    expect(parseMix(text)).toEqual({ ok: true, mix });
  });

  it.each(['', 'none', 'None', '无', '不限', '-', '0'])('reads %j as no mix rule', (text) => {
    expect(parseMix(text)).toEqual({ ok: true, mix: null });
  });

  it.each(['4', '2:0:2', '2:1:x', '2::1', '21:1', '2.5:1', 'abc', '-1:1'])('refuses %j', (text) => {
    expect(parseMix(text).ok).toBe(false);
  });

  it('reads back what formatMix writes, in both languages', () => {
    for (const mix of [[2, 1, 1], [1, 1], null]) {
      for (const lang of ['zh', 'en'] as const) expect(parseMix(formatMix(mix, lang))).toEqual({ ok: true, mix });
    }
  });
});

describe('defaultMix and mixSize', () => {
  it('gives the classroom mix for pairs, fours and sixes and none otherwise', () => {
    expect(defaultMix(2)).toEqual([1, 1]);
    expect(defaultMix(4)).toEqual([2, 1, 1]);
    expect(defaultMix(6)).toEqual([2, 2, 2]);
    expect(defaultMix(5)).toBeNull();
    for (const n of [2, 4, 6]) expect(mixSize(defaultMix(n) ?? [])).toBe(n);
  });
});

describe('badgesFor', () => {
  it('gives one badge per full threshold of a positive total', () => {
    expect(badgesFor(19, { every: 20 })).toBe(0);
    expect(badgesFor(20, { every: 20 })).toBe(1);
    expect(badgesFor(59, { every: 20 })).toBe(2);
    expect(badgesFor(-40, { every: 20 })).toBe(0);
    expect(badgesFor(100, { every: 0 })).toBe(0);
  });
});
