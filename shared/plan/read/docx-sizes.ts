/**
 * Headings a Word file shows by their type alone. Many plans are typed without heading styles: a section line is set
 * in 14 or 16 points (三号、四号) over 12-point text, often underlined or in 黑体. mammoth sees only styles, so such a
 * file reached the extractor flat. Where the file uses no heading style at all, a short paragraph outside tables whose
 * every run is set larger than the body text gets a paragraph style of its own per size, largest first, which
 * mammoth maps to h1, h2, … (the style map comes with the rewritten XML). Pure string work over the XML.
 */
import { paragraphs, tableTest, textRuns } from './docx-xml.ts';

/** The rewritten document and styles, and the style map that turns the added styles into headings. */
export interface SizedHeadings {
  document: string;
  styles: string;
  styleMap: string[];
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const sizeIn = (rPr: string): number | undefined => {
  const v = attr(/<w:sz\b[^>]*>/.exec(rPr)?.[0] ?? '', 'w:val');
  return v === undefined ? undefined : Number(v);
};

/** A line of a few words names a section; longer is a paragraph set large. */
const MAX_HEADING = 60;
/** At most so many sizes become heading ranks. */
const RANKS = 4;
const STYLE_ID = (rank: number) => `HuzhuSize${rank}`;
const STYLE_NAME = (rank: number) => `Huzhu Size ${rank}`;

export function sizeHeadings(document: string, styles: string): SizedHeadings | null {
  // A file that uses heading styles says what its headings are.
  const headingIds = [...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>[\s\S]*?<\/w:style>/g)]
    .filter((m) => /<w:name w:val="(?:heading \d|Title)"/i.test(m[0]))
    .map((m) => m[1] ?? '');
  const used = new Set([...document.matchAll(/<w:pStyle w:val="([^"]*)"/g)].map((m) => m[1] ?? ''));
  if (headingIds.some((id) => used.has(id))) return null;
  const normal = /<w:style\b[^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
  const base = sizeIn(normal) ?? sizeIn(defaults) ?? 20;

  // Paragraphs outside tables, with the size of each run that has text.
  const inTable = tableTest(document);
  interface Para {
    at: number;
    head: string;
    text: string;
    sizes: number[];
  }
  const paras: Para[] = [];
  const chars = new Map<number, number>();
  for (const m of paragraphs(document)) {
    const p = m[0];
    const sizes: number[] = [];
    let text = '';
    for (const r of textRuns(p)) {
      const size = sizeIn(r.rPr) ?? base;
      sizes.push(size);
      text += r.text;
      chars.set(size, (chars.get(size) ?? 0) + r.text.length);
    }
    if (text.trim() !== '' && !inTable(m.index))
      paras.push({ at: m.index, head: /^<w:p(?:\s[^>]*[^/])?>/.exec(p)?.[0] ?? '', text, sizes });
  }
  // The body text's size: the one most characters are set in.
  let body = base;
  let most = -1;
  for (const [size, n] of chars)
    if (n > most) {
      body = size;
      most = n;
    }
  // Not a field set large ("Developer: Drake Ardoris", "主题：我和我眼中的科创") nor a label waiting for its value ("附件：").
  const large = paras.filter((p) => {
    const t = p.text.trim();
    return (
      t.length <= MAX_HEADING &&
      p.sizes.every((s) => s >= body + 2) &&
      !/[。.；;:：]$/.test(t) &&
      !/^[^\d一二三四五六七八九十第（(]{1,20}[:：]\s*\S/.test(t)
    );
  });
  const sizes = [...new Set(large.map((p) => Math.min(...p.sizes)))].sort((a, b) => b - a).slice(0, RANKS);
  if (large.length < 2 || sizes.length === 0) return null;
  const rankOf = new Map(sizes.map((s, k) => [s, k + 1]));

  // Each such paragraph takes the style of its rank, in place of any it had.
  let out = '';
  let last = 0;
  for (const p of large) {
    const rank = rankOf.get(Math.min(...p.sizes));
    if (rank === undefined) continue;
    const start = p.at + p.head.length;
    const style = `<w:pStyle w:val="${STYLE_ID(rank)}"/>`;
    out += document.slice(last, start);
    if (document.startsWith('<w:pPr>', start)) {
      out += `<w:pPr>${style}`;
      last = start + '<w:pPr>'.length;
      // An existing paragraph style gives way to the added one.
      const own = /^<w:pStyle\b[^>]*\/>/.exec(document.slice(last, last + 200));
      if (own) last += own[0].length;
    } else {
      out += `<w:pPr>${style}</w:pPr>`;
      last = start;
    }
  }
  out += document.slice(last);
  const defs = sizes
    .map(
      (_, k) =>
        `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE_ID(k + 1)}"><w:name w:val="${STYLE_NAME(k + 1)}"/></w:style>`,
    )
    .join('');
  return {
    document: out,
    styles: styles.replace('</w:styles>', `${defs}</w:styles>`),
    styleMap: sizes.map((_, k) => `p[style-name='${STYLE_NAME(k + 1)}'] => h${k + 1}:fresh`),
  };
}
