/**
 * Each heading's `body`: the text under it up to the next heading (the rest of its own line, then the lines after
 * it), whitespace normalised and capped, for the 内容 column of the plan sheet. Tables show as their rows' text.
 */
import type { Segment } from './classify.ts';
import type { Outline } from './outline.ts';

/** Long enough to show what a section says, short enough for one sheet cell. */
export const BODY_CAP = 300;

function segmentText(s: Segment): string {
  if (s.kind === 'table') return s.table.rows.map((r) => r.map((c) => c.lines.join(' ')).join(' ')).join(' ');
  if (s.kind === 'title' || s.kind === 'collection') return s.text;
  return s.raw;
}

export function headingBodies(outline: Outline): string[] {
  return outline.nodes.map((n) => {
    const parts: string[] = [];
    let length = 0;
    const add = (t: string) => {
      if (length > BODY_CAP) return;
      const x = t.replace(/\s+/g, ' ').trim();
      if (!x) return;
      parts.push(x);
      length += x.length + 1;
    };
    add(n.inline);
    for (const s of n.content) add(segmentText(s));
    const body = parts.join(' ');
    return body.length > BODY_CAP ? `${body.slice(0, BODY_CAP - 1).trimEnd()}…` : body;
  });
}
