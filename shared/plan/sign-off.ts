/**
 * A notice's sign-off (落款): the names of the bodies that issue it, one a line, over the date it was issued
 * ("江苏省翻译协会 / 南京翻译家协会 / 2024 年 3 月 18 日"). Set large or bold like headings in many files, it closes the
 * notice; its lines are neither sections nor a schedule entry. So are the names signed under a contract's "Signatures".
 */
import type { Segment } from './classify.ts';
import { parseMarker } from './markers.ts';
import { alternation, ISSUER_NOUNS, PERSON_NAME, PERSON_NAME_ZH } from './vocabulary.ts';
import { DATE_ALONE } from './when.ts';

/** A body's name: short, no sentence or list punctuation, ending with an issuer noun (a bracketed branch may follow). */
const ISSUER = new RegExp(
  `^[^。！？；;，,:：、]{2,30}(?:${alternation(ISSUER_NOUNS)})(?:\\s*[（(][^()（）]{1,20}[)）])?$`,
);
/** How many issuers a sign-off names at most. */
const MOST = 6;

const textOf = (s: Segment): string => ('raw' in s && s.raw ? s.raw : 'text' in s ? s.text : '').trim();

/** The part of a contract where its parties sign: "Signatures", "Signed", "签名". */
const SIGNING = /^(?:signatures?|signed|signatories|sign[- ]?off|签名|签字|签署|签章)\s*[:：]?$/i;

/** A signer's name: "Drake Axelrod", "张晓明". */
const signer = (t: string): boolean => PERSON_NAME.test(t) || PERSON_NAME_ZH.test(t);

export function signOff(segments: Segment[]): Segment[] {
  const out = signatures(segments);
  out.forEach((s, i) => {
    if (s.kind === 'table' || !DATE_ALONE.test(textOf(s).replace(/\s+/g, ' '))) return;
    let from = i;
    while (from > 0 && i - from < MOST) {
      const above = out[from - 1];
      const t = above ? textOf(above) : '';
      if (!above || above.kind === 'table' || above.kind === 'title' || parseMarker(t) || !ISSUER.test(t)) break;
      from--;
    }
    // At the end of a notice, after its body: names and a date at the top are its title block.
    if (from === i || from < 3) return;
    for (let j = from; j <= i; j++) {
      const seg = out[j] as Segment;
      out[j] = { kind: 'text', no: seg.no, raw: textOf(seg), ...(seg.ev ? { ev: seg.ev } : {}) };
    }
  });
  return out;
}

/**
 * The names under a contract's "Signatures", set bold like labels ("***Drake Axelrod***" / "***Johan Axell***"): the
 * people who signed, not sections, down to the next heading element.
 */
function signatures(segments: Segment[]): Segment[] {
  const out = [...segments];
  let signing = false;
  out.forEach((s, i) => {
    const t = textOf(s);
    if (SIGNING.test(t)) {
      signing = true;
      return;
    }
    if (s.ev?.heading !== undefined || s.kind === 'heading' || s.kind === 'table') signing = false;
    if (signing && s.kind === 'label' && signer(t))
      out[i] = { kind: 'text', no: s.no, raw: t, ...(s.ev ? { ev: s.ev } : {}) };
  });
  return out;
}
