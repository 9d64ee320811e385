/**
 * Text normalisation before extraction. Only full-width ASCII is folded (never NFKC: ①, ⑴, ⒈ and ㈠ are distinct
 * numbering styles and must survive). Folding is char-for-char, so a folded copy shares indices with the original
 * and markers can be matched on the folded form but copied "as written" from the original.
 */

/**
 * Unify line endings and drop invisible characters (zero-width spaces/joiners, BOM, soft hyphen). An invisible
 * character that opens a line hides the spaces after it from Markdown (the line is a paragraph, not indented code):
 * they go with it.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/^[\u200B-\u200D\u2060\uFEFF\u00AD]+[ \t]*/gm, '')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\u00A0/g, ' ');
}

/**
 * Fold full-width ASCII (U+FF01–FF5E) and the ideographic space to ASCII; same length as the input. The bopomofo
 * letter ㄧ, which Taiwanese typists enter for the numeral 一 it looks like ("第十ㄧ條"), folds to 一.
 */
const WIDE = /[\uFF01-\uFF5E\u3000\u3127]/g;
const WIDE_TEST = /[\uFF01-\uFF5E\u3000\u3127]/;
const narrow = (c: string): string =>
  c === '\u3000' ? ' ' : c === '\u3127' ? '一' : String.fromCharCode(c.charCodeAt(0) - 0xfee0);

// Stages fold the same line several times in a row; remembering the last one avoids repeating the work.
let lastIn = '';
let lastOut = '';

export function foldAscii(s: string): string {
  if (s === lastIn) return lastOut;
  lastIn = s;
  lastOut = WIDE_TEST.test(s) ? s.replace(WIDE, narrow) : s;
  return lastOut;
}
