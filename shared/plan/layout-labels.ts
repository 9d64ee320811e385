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
/** A name set in capitals may run longer ("AGREED MEETING TIME/PLACE FOR REGULAR TEAM MEETINGS"). */
const CAPITALS = /^[\p{Lu}\d][\p{Lu}\d&/'’,() -]*(?:\s+[\p{Lu}\d&/'’,() -]+){0,11}$/u;
/** A form's blank to fill in ("TEAM NAME [type your team name here]:") is not part of the name; nor is the colon. */
const nameOf = (text: string): string =>
  text
    .replace(/\s*\[[^\]]*\]/g, '')
    .replace(/[:：]\s*$/, '')
    .trim();

/** A section name layout marks, and whether it heads lines typed set in under it (an outline). */
export interface LayoutLabel {
  name: string;
  outline: boolean;
}

/** The lines (by input line number) that layout marks as section names, with their names. */
export function layoutLabels(lines: Line[]): Map<number, LayoutLabel> {
  const found = new Map<number, LayoutLabel>();
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (l.bullet || !next) return;
    // A line right over lines set in further than it ("Ingestion" / "\tSqoop" / "\t\t- Importing…") heads them, as an
    // outline typed with tabs shows.
    const outline = (next.indent ?? 0) > (l.indent ?? 0) && !next.afterBlank;
    if (!outline) {
      if (!(i === 0 || l.afterBlank)) return;
      const colon = /[:：]\s*$/.test(l.text);
      // Without a colon, only a list right under it shows that the line heads something; nor does a colon on the
      // first line, the title's place ("Team Contract:").
      if ((!colon || i === 0) && (next.afterBlank || !next.bullet)) return;
    }
    const name = nameOf(l.text);
    if ((SHORT_NAME.test(name) || CAPITALS.test(name)) && namesSection(name)) found.set(l.no, { name, outline });
  });
  return found.size >= 2 ? found : new Map();
}

/** Running text that layout marks as a section name becomes a label heading. */
export function asLayoutLabel(seg: Segment, labels: Map<number, LayoutLabel>): Segment {
  const found = labels.get(seg.no);
  if (seg.kind !== 'text' || found === undefined || nameOf(seg.raw) !== found.name) return seg;
  const label: Segment = { kind: 'label', no: seg.no, raw: seg.raw, text: found.name };
  if (found.outline) label.outline = true;
  return label;
}
