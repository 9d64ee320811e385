import type { GroupRef, PointEvent } from '../../shared/points/types.ts';

/** Deterministic id generator: e1, e2, … */
export const counter = (prefix = 'e'): (() => string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

export const ev = (over: Partial<PointEvent> & Pick<PointEvent, 'eventId' | 'studentId' | 'points'>): PointEvent => ({
  timestamp: '2026-11-20T02:00:00.000Z',
  studentName: over.studentId,
  group: '',
  category: '学习',
  note: '',
  recordedBy: '',
  reverses: null,
  ...over,
});

/** Groups named A, B, … with members s<group><i>. */
export const makeGroups = (sizes: number[]): GroupRef[] =>
  sizes.map((n, gi) => {
    const name = String.fromCharCode(65 + gi);
    return {
      name,
      members: Array.from({ length: n }, (_, i) => ({ id: `${name}${i + 1}`, name: `学生${name}${i + 1}` })),
    };
  });

/** A row as getValues() returns it after writing: Sheets drops one leading apostrophe of a text cell. */
export const stored = (row: readonly (string | number)[]): (string | number)[] =>
  row.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c));
