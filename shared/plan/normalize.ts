/**
 * Text normalisation before extraction. Only full-width ASCII is folded (never NFKC: ①, ⑴, ⒈ and ㈠ are distinct
 * numbering styles and must survive). Folding is char-for-char, so a folded copy shares indices with the original
 * and markers can be matched on the folded form but copied "as written" from the original.
 */

/** Unify line endings and drop invisible characters (zero-width spaces/joiners, BOM, soft hyphen). */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\u00A0/g, ' ');
}

/** Fold full-width ASCII (U+FF01–FF5E) and the ideographic space to ASCII; same length as the input. */
export function foldAscii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}
