/**
 * Cuts a title a page printed two or three times in a row ("…提高。导学互助小组实施方案导学互助小组实施方案一、…"), at
 * a sentence start or after the collection's heading: the copies are a segment of their own, and classify keeps one.
 */
import type { Cuts, CutRule, LineIndex } from './line-index.ts';
import { isTitleLike, isCollectionHeading } from '../title.ts';

export const repeatedTitle: CutRule = {
  name: 'repeated-title',
  cut(ix: LineIndex, cuts: Cuts): void {
    const f = ix.f;
    for (let i = 0; i < f.length; i++) {
      const start = ix.sentenceStart[i] === i || cuts.has(i);
      if (
        !start &&
        !(i - (ix.sentenceStart[i] ?? 0) <= 30 && isCollectionHeading(f.slice(ix.sentenceStart[i] ?? 0, i)))
      )
        continue;
      for (let len = 4; len <= 30 && i + 2 * len <= f.length; len++) {
        const title = f.slice(i, i + len);
        if (f.slice(i + len, i + 2 * len) !== title || !isTitleLike(title)) continue;
        let end = i + 2 * len;
        while (f.slice(end, end + len) === title) end += len;
        if (i > 0) cuts.add(i);
        if (end < f.length) cuts.add(end);
        i = end - 1;
        break;
      }
    }
  },
};
