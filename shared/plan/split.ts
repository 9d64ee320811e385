/**
 * Splits lines that hold several items: numbered items a PDF copy ran together ("六、活动内容1. 学习经验分享会…2. …"),
 * a collection's part title inside a paragraph ("…教研组。小学教研组工作计划【第一篇】一、指导思想"), a month
 * heading run onto the end of an item ("…（三、四、五年级）十月份：") and a section label run onto an item
 * ("…资源共享 附月份安排："). A marker inside running text counts only after a sentence break, or when it
 * continues the sequence of its own style (二、 after 一、), or starts one right after a short label.
 *
 * Each kind of cut is a rule of its own in ./split/, run in the order of CUT_RULES: a rule sees the cuts of the rules
 * before it (a marker right after a part title is at a cut; a label is found between cuts), so the order is part of
 * what each rule means. The line's indexes and the cut set they share are in ./split/line-index.ts.
 */
import type { Line } from './line.ts';
import { Cuts, indexLine, type CutRule, type SplitState } from './split/line-index.ts';
import { part } from './split/part.ts';
import { repeatedTitle } from './split/repeated-title.ts';
import { span } from './split/span.ts';
import { month } from './split/month.ts';
import { marker } from './split/marker.ts';
import { fieldLabel } from './split/field-label.ts';
import { label } from './split/label.ts';
import { titleSentence } from './split/title-sentence.ts';
import { runOnLabel } from './split/run-on-label.ts';

export type { CutRule, LineIndex, SplitState } from './split/line-index.ts';
export { Cuts } from './split/line-index.ts';

/**
 * The cut rules in the order they run on each line: part titles and repeated titles first (markers after them are
 * at cuts), then date spans and month headings, then markers (which read those cuts and carry their sequence),
 * field labels (never at a marker's cut), labels and title sentences (which read the cuts between them), and the
 * run-on section label last (it reads every cut to tell a label from the name after its own marker).
 */
export const CUT_RULES: readonly CutRule[] = [
  part,
  repeatedTitle,
  span,
  month,
  marker,
  fieldLabel,
  label,
  titleSentence,
  runOnLabel,
];

export function splitRunTogether(lines: Line[], rules: readonly CutRule[] = CUT_RULES): Line[] {
  const state: SplitState = { last: new Map<string, number>() };
  const out: Line[] = [];
  for (const line of lines) {
    if (line.table) {
      out.push(line);
      continue;
    }
    const t = line.text;
    const ix = indexLine(t);
    const cuts = new Cuts();
    for (const rule of rules) rule.cut(ix, cuts, state);
    const sorted = cuts.all();
    sorted.forEach((at, i) => {
      const piece = t.slice(at, sorted[i + 1] ?? t.length).trim();
      // The first piece stands where the line stood; the rest are its items.
      if (piece)
        out.push(
          i === 0 && line.indent ? { no: line.no, text: piece, indent: line.indent } : { no: line.no, text: piece },
        );
    });
  }
  return out;
}
