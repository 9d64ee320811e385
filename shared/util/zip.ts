/**
 * Pairs of items from two lists of the same length (a list and the ranks computed for it, say). A length
 * mismatch is a bug in the caller, so it throws instead of pairing an item with undefined.
 */
export function zip<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  if (a.length !== b.length) throw new Error(`zip: lists of ${a.length} and ${b.length} items`);
  const out: [A, B][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = [a[i] as A, b[i] as B];
  return out;
}
