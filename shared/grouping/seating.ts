/**
 * A front/back seat layout per group: two rows, ceil(size/2) seats wide (2×2 for four, 2×3 for six; one row for
 * one or two). Subject leaders and the leader take the central seats so everyone sits next to someone who can help;
 * the rest fill outward. The front row is filled first, so an odd seat left empty is at the back.
 */
import type { Member } from './types.ts';

/** Column indices from the centre outward: 3 → [1, 0, 2], 4 → [1, 2, 0, 3]. */
export function centreOut(cols: number): number[] {
  const out: number[] = [];
  const mid = (cols - 1) / 2;
  const idx = Array.from({ length: cols }, (_, c) => c);
  idx.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b);
  for (const c of idx) out.push(c);
  return out;
}

export function seatGroup(members: Member[]): (string | null)[][] {
  const n = members.length;
  if (n === 0) return [];
  const rows = n <= 2 ? 1 : 2;
  const cols = Math.ceil(n / rows);
  const seats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const weight = (m: Member): number =>
    m.roles.filter((r) => r.key === 'subjectLeader').length * 2 + (m.roles.some((r) => r.key === 'leader') ? 1 : 0);
  const ordered = members.map((m, i) => ({ m, i })).sort((a, b) => weight(b.m) - weight(a.m) || a.i - b.i);
  // Seats from most to least central: centre columns first, front row before back within a column.
  const order: [number, number][] = [];
  for (const c of centreOut(cols)) for (let r = 0; r < rows; r++) order.push([r, c]);
  // Keep the front row full when the group is odd: the last (least central) back seat stays empty.
  const lastBack = order.filter(([rr]) => rr === 1).slice(-1)[0]?.[1];
  const usable = order.filter(([r, c]) => !(n % 2 === 1 && rows === 2 && r === 1 && c === lastBack));
  for (const [t, { m }] of ordered.entries()) {
    const [r, c] = usable[t] ?? [0, 0];
    const row = seats[r];
    if (row) row[c] = m.id;
  }
  return seats;
}
