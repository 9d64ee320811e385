/**
 * Cuts a sentence that is a title ("…提升。互学互助实施方案一、背景介绍"): it starts a segment of its own, and a
 * draft status in brackets closes it even with its body run on ("…。学习互助工作实施方案(试行)为进一步落实…").
 */
import type { Cuts, CutRule, LineIndex } from './line-index.ts';
import { SENTENCE_END } from './line-index.ts';
import { isTitleLike } from '../title.ts';

const DRAFT_TITLE =
  /^(\s*)[^。！？!?；;，,:：\s]{2,30}?(?:方案|计划|办法|细则|章程|制度|规定|规划)\s*[(（](?:试行|草案|修订稿?|征求意见稿)[)）]/;

export const titleSentence: CutRule = {
  name: 'title-sentence',
  cut(ix: LineIndex, cuts: Cuts): void {
    const f = ix.f;
    const all = cuts.all().slice();
    let j = 0;
    for (let i = 1; i < f.length; i++) {
      if (!SENTENCE_END.test(f[i - 1] ?? '') || cuts.has(i)) continue;
      while (j < all.length && (all[j] ?? 0) <= i) j++;
      const next = all[j] ?? f.length;
      if (next - i <= 50 && isTitleLike(f.slice(i, next))) cuts.add(i);
      const draft = DRAFT_TITLE.exec(f.slice(i, i + 50));
      const lead = draft?.[1]?.length ?? 0;
      if (draft && i + draft[0].length < next) {
        cuts.add(i + lead);
        cuts.add(i + draft[0].length);
      }
    }
  },
};
