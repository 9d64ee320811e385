/**
 * Counted work: the characters the line stages hand to their tests. Tests read it to check that the work grows in
 * proportion to the input (no stage re-reading a growing line), without timing anything.
 */
export const work = { chars: 0 };

export function countWork(chars: number): void {
  work.chars += chars;
}
