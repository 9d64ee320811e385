/**
 * Cuts an unnumbered section label that lost its line: after a sentence end, a short run without punctuation that
 * ends in a section noun and is followed at once by a marker or a time ("…。具体工作1、…"). Two labels in a row
 * ("班级教育工作重点具体工作") are two segments. It reads the marker cuts made before it.
 */
import type { Cuts, CutRule, LineIndex } from './line-index.ts';
import { SENTENCE_END, whenStarts } from './line-index.ts';
import { alternation, RUN_ON_SECTION_NOUNS } from '../vocabulary.ts';

/** Nouns that end an unnumbered section label ("班级教育工作重点", "具体工作", "招募方法"). */
export const LABEL_END = new RegExp(`(?:${alternation(RUN_ON_SECTION_NOUNS)})$`);

export const label: CutRule = {
  name: 'label',
  cut(ix: LineIndex, cuts: Cuts): void {
    const f = ix.f;
    const all = cuts.all().slice();
    for (let k = 1; k < all.length; k++) {
      const next = all[k] ?? 0;
      if (!ix.markers.has(next) && !whenStarts(f, next)) continue;
      const start = Math.max(all[k - 1] ?? 0, ix.sentenceStart[next] ?? 0);
      if (start === 0 || (start === (all[k - 1] ?? 0) && !SENTENCE_END.test(f[start - 1] ?? ''))) continue;
      if (next - start > 24) continue;
      // A markdown bullet before the list's marker ("本班学生奋斗目标- 1、…") is not part of the label.
      const lead = f.slice(start, next).length - f.slice(start, next).trimStart().length;
      const run = f.slice(start + lead, next).replace(/[:：]?[\s\-–—•·*]*$/, '');
      if (run.length < 3 || run.length > 14 || /[\p{P}\d\s]/u.test(run) || !LABEL_END.test(run)) continue;
      cuts.add(start + lead);
      // The longest split whose two halves are both labels.
      for (let s = run.length - 2; s >= 3; s--) {
        if (LABEL_END.test(run.slice(0, s)) && LABEL_END.test(run.slice(s)) && run.length - s >= 4) {
          cuts.add(start + lead + s);
          break;
        }
      }
    }
  },
};
