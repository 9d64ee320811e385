/**
 * The classroom default ability mix for a group size: 2:1:1 for four (two strong, one middle, one struggling),
 * 2:2:2 for six, 1:1 pairs (学习对子) for two; other sizes have no standard mix, so none is imposed.
 */
export function defaultMix(size: number): number[] | null {
  if (size === 2) return [1, 1];
  if (size === 4) return [2, 1, 1];
  if (size === 6) return [2, 2, 2];
  return null;
}
