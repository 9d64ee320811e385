/**
 * Group sizes from a target size or a number of groups. Sizes differ by at most one; the larger groups come
 * first so "第1组" is never the short one.
 */
export interface SizeRequest {
  size?: number;
  groups?: number;
  remainder?: 'larger' | 'smaller';
}

export function groupCount(n: number, req: SizeRequest): number {
  if (req.groups !== undefined) return req.groups;
  const size = req.size ?? 4;
  // 'larger': 42 in fours → 10 groups (two of five); 'smaller' → 11 groups (two of three).
  const k = req.remainder === 'smaller' ? Math.ceil(n / size) : Math.floor(n / size);
  return Math.max(1, k);
}

export function groupSizes(n: number, k: number): number[] {
  const base = Math.floor(n / k);
  const extra = n % k;
  return Array.from({ length: k }, (_, g) => base + (g < extra ? 1 : 0));
}
