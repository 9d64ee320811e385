/**
 * Cuts a bare span of two full dates ("20xx.6.10—20xx.7.10") that ran on after a field value and before a heading:
 * it was a line of its own before the line breaks were lost.
 */
import type { Cuts, CutRule, LineIndex } from './line-index.ts';
import { whenStarts } from './line-index.ts';
import { markerAt } from '../markers.ts';

const YMD = String.raw`(?:\d{4}|\d{2}xx)[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?`;
/** A span of two full dates ("20xx.6.10—20xx.7.10") that ran on after a field value and before a heading. */
const RUN_ON_SPAN = new RegExp(`${YMD}\\s*[—–\\-~～至到]+\\s*${YMD}`, 'gi');

export const span: CutRule = {
  name: 'span',
  cut(ix: LineIndex, cuts: Cuts): void {
    const f = ix.f;
    if (!/\d{1,2}[.\-/月]\d/.test(f)) return;
    for (const m of f.matchAll(RUN_ON_SPAN)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (at === 0 || /[\d:：,，、]/.test(f[at - 1] ?? '')) continue;
      let after = end;
      while (/\s/.test(f[after] ?? '')) after++;
      if (after < f.length && markerAt(f, after) === null && !whenStarts(f, after)) continue;
      cuts.add(at);
      if (after < f.length) cuts.add(after);
    }
  },
};
