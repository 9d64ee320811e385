/**
 * Cuts a field block whose line breaks were lost ("…成长小组小组性质：成长性小组服务对象：…"): each label opens a
 * field of its own. Only where the line holds two or more such labels, or the label opens a list or a time at once
 * ("…提高和成长小组目的：1、…"), and never right after a marker ("1、教师培训目标：…").
 */
import type { Cuts, CutRule, LineIndex } from './line-index.ts';
import { runStart, whenStarts } from './line-index.ts';
import { markerAt } from '../markers.ts';
import { alternation, FIELD_NOUNS } from '../vocabulary.ts';

/** A field noun, usually after a two-character qualifier, then its colon: "小组性质：", "活动时间：", "带领者：", "…16:15地点：". */
const FIELD_LABEL = new RegExp(String.raw`(?:[\u4e00-\u9fa5]{2})?(?:${alternation(FIELD_NOUNS)})\s*[:：]`, 'g');

export const fieldLabel: CutRule = {
  name: 'field-label',
  cut(ix: LineIndex, cuts: Cuts): void {
    const f = ix.f;
    if (!/[:：]/.test(f)) return;
    const found = [...f.matchAll(FIELD_LABEL)];
    const many = found.length >= 2;
    for (const m of found) {
      const at = m.index ?? 0;
      if (at === 0 || cuts.has(at)) continue;
      const end = at + m[0].length;
      const opensList = markerAt(f, end) !== null || whenStarts(f, end);
      if (!many && !opensList) continue;
      const from = runStart(ix, at, cuts);
      const lead = markerAt(f, from);
      const before = f.slice(lead ? lead.end : from, at).trim();
      if (before.length < 4 || /[：:、，,]$/.test(before)) continue;
      cuts.add(at);
    }
  },
};
