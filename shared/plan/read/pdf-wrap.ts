/**
 * Whether the layout broke a line, the one rule the PDF reader joins lines by, in paragraphs and in table cells alike:
 * the first word of the next line (or its first CJK character) would not have fitted in the room left on this one.
 */

/** A CJK character (ideograph, kana, full-width form): a line may break before any of them. */
const CJK_CHAR = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** What a line may not be broken inside of at its start: opening brackets, then a word or one CJK character, then
 * the punctuation that may not start a line. */
const FIRST_UNIT =
  /^[（(“‘《〈【「『[]*(?:[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+|.)[，。、；：！？）」』”’》〉】,.;:!?)\]]*/u;

/**
 * How wide the first thing a line could have been broken before is: its first word ("Structures", "4-23"), or its
 * first CJK character with the punctuation that may not start a line. Measured as the text's share of the line's
 * width, a CJK character counting as two Latin ones.
 */
export function firstUnitWidth(text: string, width: number): number {
  const t = text.trim();
  const weight = (c: string) => (CJK_CHAR.test(c) ? 2 : 1);
  let total = 0;
  for (const c of t) total += weight(c);
  const unit = FIRST_UNIT.exec(t)?.[0] ?? '';
  let w = 0;
  for (const c of unit) w += weight(c);
  return total > 0 ? (width * w) / total : 0;
}

/**
 * Whether the layout broke a line: the first word of the next one (and a space) would not have fitted in the room
 * left before the right edge. A line that stops shorter than that was ended by its writer.
 */
export const brokenByLayout = (
  right: number,
  edge: number,
  next: { text: string; x: number; right: number },
  size: number,
) => edge - right < firstUnitWidth(next.text, next.right - next.x) + size * 0.6;
