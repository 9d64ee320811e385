import { describe, expect, it } from 'vitest';
import { periodStarts } from '../../shared/points/periods.ts';

const iso = (ms: number): string => new Date(ms).toISOString();

describe('periodStarts (UTC)', () => {
  it('starts the week on Monday: a Monday is its own week start', () => {
    expect(iso(periodStarts('2026-11-23T10:00:00Z', null, 'UTC').week)).toBe('2026-11-23T00:00:00.000Z');
  });
  it('a Sunday belongs to the week that started the Monday before', () => {
    expect(iso(periodStarts('2026-11-22T23:59:59Z', null, 'UTC').week)).toBe('2026-11-16T00:00:00.000Z');
  });
  it('a week can start in the previous month', () => {
    const s = periodStarts('2026-12-02T08:00:00Z', null, 'UTC');
    expect(iso(s.week)).toBe('2026-11-30T00:00:00.000Z');
    expect(iso(s.month)).toBe('2026-12-01T00:00:00.000Z');
  });
  it('month boundary: last second of November vs first of December', () => {
    expect(iso(periodStarts('2026-11-30T23:59:59Z', null, 'UTC').month)).toBe('2026-11-01T00:00:00.000Z');
    expect(iso(periodStarts('2026-12-01T00:00:00Z', null, 'UTC').month)).toBe('2026-12-01T00:00:00.000Z');
  });
  it('year boundary: a week crossing New Year', () => {
    const s = periodStarts('2027-01-01T12:00:00Z', null, 'UTC');
    expect(iso(s.week)).toBe('2026-12-28T00:00:00.000Z');
    expect(iso(s.month)).toBe('2027-01-01T00:00:00.000Z');
  });
  it('term starts at termStart midnight, or at -Infinity when null', () => {
    expect(iso(periodStarts('2026-11-23T10:00:00Z', '2026-09-01', 'UTC').term)).toBe('2026-09-01T00:00:00.000Z');
    expect(periodStarts('2026-11-23T10:00:00Z', null, 'UTC').term).toBe(-Infinity);
  });
  it('accepts a Date for now', () => {
    expect(iso(periodStarts(new Date('2026-11-25T10:00:00Z'), null, 'UTC').week)).toBe('2026-11-23T00:00:00.000Z');
  });
});

describe('periodStarts in the teacher’s time zone', () => {
  it('Beijing Monday 00:30 is already the new week (Sunday 16:30 UTC)', () => {
    const s = periodStarts('2026-11-22T16:30:00Z', '2026-09-01', 'Asia/Shanghai');
    expect(iso(s.week)).toBe('2026-11-22T16:00:00.000Z');
    expect(iso(s.month)).toBe('2026-10-31T16:00:00.000Z');
    expect(iso(s.term)).toBe('2026-08-31T16:00:00.000Z');
  });
  it('handles a daylight-saving change inside the month (New York, 8 March 2026)', () => {
    const s = periodStarts('2026-03-10T12:00:00Z', null, 'America/New_York');
    expect(iso(s.week)).toBe('2026-03-09T04:00:00.000Z'); // Monday 00:00 EDT
    expect(iso(s.month)).toBe('2026-03-01T05:00:00.000Z'); // 1 March 00:00 EST
  });
});
