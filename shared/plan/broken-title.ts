/**
 * A title set over two lines of the same look ("南京中医药大学普通全日制本科生" / "学士学位授予工作实施细则", both bold):
 * Word, WPS and PDF files break a long centred title where it fits, and a reader reads one title. The two lines are
 * joined when only together they name a kind of document.
 */
import type { Block, TextBlock } from './blocks.ts';
import { parseMarker } from './markers.ts';
import { isTitleLike } from './title.ts';

/** Set as a title is: bold or a heading, not a list item. */
const titleSet = (b: Block | undefined): b is TextBlock =>
  b?.kind === 'text' && !b.list && (b.heading !== undefined || b.emphasis === 'all');

const sameLook = (a: TextBlock, b: TextBlock): boolean =>
  a.heading === b.heading && a.emphasis === b.emphasis && a.size === b.size;

/** "附件1" over the attached document's title labels it; it is not the title's first half. */
const ATTACHMENT = /^附件\s*\d*\s*[:：]?$/;

/** Ends where a sentence or a label would, so the line is complete in itself. */
const closed = (t: string): boolean => /[。.!?！？；;:：,，、]$/.test(t.trim());

export function joinBrokenTitles(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const a = blocks[i] as Block;
    const b = blocks[i + 1];
    if (
      titleSet(a) &&
      titleSet(b) &&
      sameLook(a, b) &&
      !parseMarker(a.text) &&
      !parseMarker(b.text) &&
      !closed(a.text) &&
      !ATTACHMENT.test(a.text.trim()) &&
      !isTitleLike(a.text) &&
      isTitleLike(joined(a.text, b.text))
    ) {
      out.push({ ...a, text: joined(a.text, b.text) });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Chinese lines join without a space; Latin words keep one between them. */
function joined(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  return /[A-Za-z0-9]$/.test(x) && /^[A-Za-z0-9]/.test(y) ? `${x} ${y}` : `${x}${y}`;
}
