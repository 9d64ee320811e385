import type { WriteContext } from '../../shared/points/award.ts';
import type { GroupRef, PointEvent } from '../../shared/points/types.ts';
import { storedText } from '../../shared/sheet-text.ts';

/** Write contexts for one teacher: a fresh request id per call (req-0001, req-0002, …) under one user key. */
export const requests = (userKey = 'teacher-a'): (() => WriteContext) => {
  let n = 0;
  return () => ({ requestId: `req-${String(++n).padStart(4, '0')}-${userKey}`, userKey });
};

export const ev = (over: Partial<PointEvent> & Pick<PointEvent, 'eventId' | 'studentId' | 'points'>): PointEvent => ({
  timestamp: '2026-11-20T02:00:00.000Z',
  studentName: over.studentId,
  group: '',
  category: '学习',
  note: '',
  userKey: '',
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

/** A row as getValues() returns it after writing: Sheets drops one leading apostrophe of a text cell (storedText). */
export const stored = (row: readonly (string | number | Date)[]): (string | number | Date)[] =>
  row.map((c) => (typeof c === 'string' ? storedText(c) : c));
