/**
 * Cuts before a month or week heading run onto the end of an item ("…（三、四、五年级）十月份：", "…第3周："): the
 * schedule's next entry. Which run-on headings count is when.ts's to say (runOnMonthsAt).
 */
import type { Cuts, CutRule, LineIndex } from './line-index.ts';
import { runOnMonthsAt } from '../when.ts';

export const month: CutRule = {
  name: 'month',
  cut(ix: LineIndex, cuts: Cuts): void {
    for (const at of runOnMonthsAt(ix.f)) cuts.add(at);
  },
};
