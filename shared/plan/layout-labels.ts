/**
 * Section names that plain text sets off by layout alone, with no number and no word from a list: a short line that
 * starts a paragraph with a list right under it ("Meetings" over "- Class time: …"), or one that ends in a colon with
 * its content on the lines under it ("Decision Making:", "Leader Schedule:" over "Week 1: Justin"). One such line may
 * be a stray phrase; two or more in a document are its sections, peers of one another.
 */
import type { Segment } from './classify.ts';
import type { Line } from './line.ts';
import { namesSection } from './section-name.ts';

/** A name, not a sentence: a few words at most, opening with a capital letter or a Chinese character. */
const SHORT_NAME = /^(?:\p{Lu}\S*(?:\s+\S+){0,5}|[\u4e00-\u9fff][^\s]{0,15})$/u;

/** The lines (by input line number) that layout marks as section names, with their names. */
export function layoutLabels(lines: Line[]): Map<number, string> {
  const found = new Map<number, string>();
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    const starts = i === 0 || l.afterBlank;
    if (!starts || l.bullet || !next || next.afterBlank) return;
    const colon = /[:：]\s*$/.test(l.text);
    if (!colon && !next.bullet) return;
    const name = l.text.replace(/[:：]\s*$/, '').trim();
    if (SHORT_NAME.test(name) && namesSection(l.text)) found.set(l.no, name);
  });
  return found.size >= 2 ? found : new Map();
}

/** Running text that layout marks as a section name becomes a label heading. */
export function asLayoutLabel(seg: Segment, labels: Map<number, string>): Segment {
  const name = labels.get(seg.no);
  if (seg.kind !== 'text' || name === undefined || seg.raw.replace(/[:：]\s*$/, '').trim() !== name) return seg;
  return { kind: 'label', no: seg.no, raw: seg.raw, text: name };
}
