/**
 * Working from a previous grouping: each returning student's old group index (students who joined are -1, those
 * who left are simply absent), and the count of students who changed group.
 */
import type { Student } from '../roster/types.ts';

export function previousGroupOf(students: Student[], previous: string[][]): number[] {
  const where = new Map<string, number>();
  for (const [g, ids] of previous.entries()) for (const id of ids) where.set(id, g);
  return students.map((s) => where.get(s.id) ?? -1);
}

/** Returning students whose group number changed (newcomers do not count as moved). */
export function countMoved(prev: number[], group: ArrayLike<number>): number {
  let moved = 0;
  prev.forEach((p, i) => {
    if (p >= 0 && p !== group[i]) moved++;
  });
  return moved;
}
