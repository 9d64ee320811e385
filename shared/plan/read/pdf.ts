/**
 * A PDF's text items → blocks, as the page shows them: items on one baseline make a line (in reading order), lines
 * that the layout broke inside a paragraph are joined, and each line keeps its evidence — font size relative to the
 * body text (a larger line is a heading, ranked by size), indentation, and a font other than the body's (bold). Pure:
 * the items come from any PDF text layer (pdfjs-dist in ../../cli/read-pdf.ts).
 */
import type { Block, BlockDocument, TextBlock } from '../blocks.ts';
import { squash } from '../blocks.ts';
import { parseMarker } from '../markers.ts';

/** One positioned run of text on a page, in PDF units (y grows upwards). */
export interface PdfTextItem {
  page: number;
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's scale). */
  size: number;
  fontName: string;
}

interface PdfLine {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  font: string;
  text: string;
  /** Vertical gap to the line above on the same page (0 for the first line of a page). */
  gap: number;
}

/** A font name that says its glyphs are bold. */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

/** Characters a PDF copy uses as bullets: shown as list marks, never markers. */
const BULLET = /^[•●○◦▪▫■□◆◇►▶‣⁃∙·\uf0b7\uf0a7\uf0d8\uf076-]\s*/;

/** A Kangxi radical (or other CJK radical) or a CJK compatibility ideograph. */
const RADICAL_OR_COMPAT = /[\u2e80-\u2fdf\uf900-\ufaff]/u;

/**
 * Some text layers give a character twice, once as a Kangxi radical or a CJK compatibility ideograph and once as the
 * ordinary character ("⼀一、班级卫⽣生", "不不得"): the page shows one. A lone radical or compatibility form stands
 * for its ordinary character.
 */
function undoubleRadicals(s: string): string {
  if (!RADICAL_OR_COMPAT.test(s)) return s;
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (!RADICAL_OR_COMPAT.test(c)) {
      out.push(c);
      continue;
    }
    const plain = c.normalize('NFKC');
    // A radical before its ordinary twin, or a compatibility form after its ordinary twin: one character.
    if (chars[i + 1] === plain && /[\u2e80-\u2fdf]/u.test(c)) continue;
    if (out[out.length - 1] === plain) continue;
    out.push(plain);
  }
  return out.join('');
}

function toLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur = null as PdfLine | null;
  /** Whether `cur` is in `lines` already: a line is listed once, however many runs it has. */
  let listed = false;
  for (const it of items) {
    if (!it.str) continue;
    const sameLine = cur && cur.page === it.page && Math.abs(cur.y - it.y) <= Math.max(2, it.size * 0.3);
    if (!cur || !sameLine) {
      const prev: PdfLine | null = cur;
      cur = {
        page: it.page,
        y: it.y,
        x: it.x,
        right: it.x + it.width,
        size: it.size,
        font: it.fontName,
        text: it.str,
        gap: prev && prev.page === it.page ? prev.y - it.y : 0,
      };
      listed = it.str.trim() !== '';
      if (listed) lines.push(cur);
      else cur.text = '';
      continue;
    }
    // A gap wider than a space between two runs on one line is a space.
    const gap = it.x - cur.right;
    const needsSpace = gap > it.size * 0.2 && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
    if (!cur.text.trim()) {
      cur.x = it.x;
      cur.font = it.fontName;
      cur.size = it.size;
      if (!listed) lines.push(cur);
      listed = true;
    }
    cur.text += (needsSpace ? ' ' : '') + it.str;
    cur.right = Math.max(cur.right, it.x + it.width);
    if (it.str.trim()) cur.size = Math.max(cur.size, it.size);
  }
  return lines.filter((l) => l.text.trim() !== '');
}

/** The most common value, weighted by text length: the body text's size, font and margin. */
function mode<T>(lines: PdfLine[], key: (l: PdfLine) => T): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = -1;
  for (const l of lines) {
    const k = key(l);
    const n = (counts.get(k) ?? 0) + l.text.length;
    counts.set(k, n);
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  return best;
}

export function readPdfItems(items: PdfTextItem[]): BlockDocument {
  const lines = toLines(items);
  for (const l of lines) l.text = undoubleRadicals(squash(l.text));
  const body = mode(lines, (l) => Math.round(l.size)) ?? 12;
  let margin = Number.POSITIVE_INFINITY;
  for (const l of lines) margin = Math.min(margin, Math.round(l.x));
  const lineGap = mode(
    lines.filter((l) => l.gap > 0),
    (l) => Math.round(l.gap),
  );
  const sizes = [...new Set(lines.map((l) => Math.round(l.size)).filter((s) => s > body + 0.5))].sort((a, b) => b - a);
  const blocks: Block[] = [];
  let open: (TextBlock & { right: number; x: number; page: number }) | null = null;
  for (const l of lines) {
    const size = Math.round(l.size);
    let text = l.text;
    const bullet = BULLET.exec(text);
    if (bullet) text = text.slice(bullet[0].length);
    const indentSteps = Math.max(0, Math.round((l.x - margin) / Math.max(8, body * 1.5)));
    const heading = size > body + 0.5 ? sizes.indexOf(size) + 1 : undefined;
    const bold = BOLD_FONT.test(l.font) && heading === undefined;
    // A line that continues the paragraph above: same size and font, no bullet or marker, no wider gap than a line.
    if (
      open &&
      !bullet &&
      open.page === l.page &&
      heading === undefined &&
      open.heading === undefined &&
      !bold &&
      open.emphasis === undefined &&
      !parseMarker(text) &&
      l.gap > 0 &&
      (lineGap === undefined || l.gap <= lineGap * 1.3) &&
      l.x >= open.x - 2
    ) {
      open.text = joinText(open.text, text);
      continue;
    }
    const b: TextBlock & { right: number; x: number; page: number } = {
      kind: 'text',
      text,
      right: l.right,
      x: bullet ? l.x + 1 : l.x,
      page: l.page,
    };
    if (heading !== undefined) b.heading = heading;
    if (bold) b.emphasis = 'all';
    if (indentSteps > 0) b.indent = indentSteps;
    if (size !== body) b.size = Math.round((size / body) * 100) / 100;
    if (bullet) b.list = { depth: Math.max(0, indentSteps - 1), ordered: false, parent: false };
    blocks.push(b);
    open = b;
  }
  return {
    source: 'pdf',
    blocks: blocks.map((b, i): Block => {
      if (b.kind !== 'text') return b;
      const { kind, text, heading, emphasis, indent, size, list } = b as TextBlock;
      const out: TextBlock = { kind, text, no: i + 1 };
      if (heading !== undefined) out.heading = heading;
      if (emphasis) out.emphasis = emphasis;
      if (indent !== undefined) out.indent = indent;
      if (size !== undefined) out.size = size;
      if (list) out.list = list;
      return out;
    }),
  };
}

/** Join a line to the one it continues: no space between Chinese characters, one between words. */
function joinText(a: string, b: string): string {
  if (/[\u3000-\u9fff\uff00-\uffef]$/.test(a) || /^[\u3000-\u9fff\uff00-\uffef]/.test(b)) return a + b;
  if (/-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}
