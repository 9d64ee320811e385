/**
 * Cuts a section label run onto the end of an item ("…资源共享 附月份安排："), at the line's end or before its list;
 * in English, only one glued to a sentence's stop at the line's end.
 * Runs last: it reads every other rule's cuts to tell a label from the name after its own marker.
 */
import type { Cuts, CutRule, LineIndex } from './line-index.ts';
import { whenStarts } from './line-index.ts';
import { markerAt } from '../markers.ts';

export const runOnLabel: CutRule = {
  name: 'run-on-label',
  cut(ix: LineIndex, cuts: Cuts): void {
    const f = ix.f;
    for (const label of f.matchAll(/\s(\S{2,8})[:：]/g)) {
      let after = label.index + label[0].length;
      while (/\s/.test(f[after] ?? '')) after++;
      const opens = after >= f.length || markerAt(f, after) !== null || whenStarts(f, after);
      // Not the name after its own marker ("第四章 工作安排九月份：").
      const lead = markerAt(f, cuts.floor(label.index));
      const named = lead !== null && lead.end >= label.index;
      // A Chinese label only: in English a space separates words, so "…each time you present another chapter:" is one phrase.
      const chinese = !/[A-Za-z]/.test(label[1] ?? '');
      // A space after a Latin word is the spacing set between scripts ("了解 SRE 的核心精神與概念："), not a break.
      const spacing = /[A-Za-z0-9]/.test(f[label.index - 1] ?? '');
      // …nor an aside in brackets ("(累積積點：4)").
      const aside = /^[(（]/.test(label[1] ?? '');
      if (opens && chinese && !spacing && !named && !aside && label.index > 8 && !/[，,。、:：]/.test(label[1] ?? ''))
        cuts.add(label.index + 1);
    }
    // In English, a label glued to the stop of the sentence before it, at the line's end ("…before the due date.Code of
    // Conduct:"): the line break a copy lost. (With a space after the stop it may be the sentence's own lead-in.)
    const glued = /[a-z)][.!?]([A-Z][A-Za-z]*(?: [A-Za-z][A-Za-z'’-]*){0,4}):\s*$/.exec(f);
    if (glued && glued.index > 8) cuts.add(glued.index + 2);
  },
};
