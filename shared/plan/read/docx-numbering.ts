/**
 * Word's automatic numbering as a reader sees it. A .docx stores "1.", "（一）" or "3.1." not as text but as a list
 * definition (word/numbering.xml: per level a format, a pattern such as "%1.%2." and a start) that Word counts
 * through at display time. mammoth keeps the nesting but not the numbers, so this module counts them: it gives, for
 * each numbered paragraph of word/document.xml, the marker Word shows. Pure string work over the XML.
 */
import { romanNumeral } from '../numerals.ts';

interface Level {
  format: string;
  pattern: string;
  start: number;
}

interface Numbering {
  /** numId → abstract levels by ilvl, with start overrides applied. */
  nums: Map<string, Map<number, Level>>;
  /** numId → abstractNumId, so instances of one definition can be told apart. */
  abstractOf: Map<string, string>;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(tag);
  return m?.[1];
};

function levelsOf(xml: string): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const m of xml.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
    const ilvl = Number(attr(m[1] ?? '', 'w:ilvl') ?? '0');
    const body = m[2] ?? '';
    out.set(ilvl, {
      format: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
      pattern: attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? `%${ilvl + 1}.`,
      start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '1'),
    });
  }
  return out;
}

export function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  // A list style ("Lettered"): one definition carries its levels under <w:styleLink>; others point to it with
  // <w:numStyleLink> and have no levels of their own.
  const styled = new Map<string, Map<number, Level>>();
  const linked = new Map<string, string>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1] ?? '', 'w:abstractNumId');
    const body = m[2] ?? '';
    if (id === undefined) continue;
    const levels = levelsOf(body);
    abstracts.set(id, levels);
    const style = attr(/<w:styleLink\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val');
    if (style !== undefined && levels.size > 0) styled.set(style, levels);
    const link = attr(/<w:numStyleLink\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val');
    if (link !== undefined) linked.set(id, link);
  }
  for (const [id, style] of linked) {
    const levels = styled.get(style);
    if (levels && (abstracts.get(id)?.size ?? 0) === 0) abstracts.set(id, levels);
  }
  const nums = new Map<string, Map<number, Level>>();
  const abstractOf = new Map<string, string>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1] ?? '', 'w:numId');
    const body = m[2] ?? '';
    const abs = attr(/<w:abstractNumId\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val');
    if (id === undefined || abs === undefined) continue;
    const levels = new Map(abstracts.get(abs) ?? []);
    for (const o of body.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(attr(o[1] ?? '', 'w:ilvl') ?? '0');
      const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2] ?? '')?.[0] ?? '', 'w:val');
      const own = levelsOf(o[2] ?? '').get(ilvl);
      const base = own ?? levels.get(ilvl);
      if (base) levels.set(ilvl, { ...base, ...(start !== undefined ? { start: Number(start) } : {}) });
    }
    nums.set(id, levels);
    abstractOf.set(id, abs);
  }
  return { nums, abstractOf };
}

const CN = '〇一二三四五六七八九';
function chinese(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CN[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (CN[tens] ?? '')}十${ones ? (CN[ones] ?? '') : ''}`;
}

/** A counter in one of Word's number formats. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperRoman':
      return romanNumeral(n);
    case 'lowerRoman':
      return romanNumeral(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chinese(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** Counts numbered paragraphs in document order and gives the marker Word shows for each. */
export class NumberingCounter {
  private counters = new Map<string, number[]>();
  constructor(private readonly numbering: Numbering) {}

  /** The marker for a paragraph with numId/ilvl, or null for bullets and unknown lists. */
  next(numId: string, ilvl: number): string | null {
    const levels = this.numbering.nums.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level || numId === '0') return null;
    const key = numId;
    const counts = this.counters.get(key) ?? [];
    for (let l = 0; l < ilvl; l++) if (counts[l] === undefined) counts[l] = levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : (counts[ilvl] ?? 0) + 1;
    counts.length = ilvl + 1;
    this.counters.set(key, counts);
    if (level.format === 'bullet' || level.format === 'none') return null;
    const marker = level.pattern.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const fmt = l === ilvl ? level.format : (levels.get(l)?.format ?? 'decimal');
      return formatNumber(counts[l] ?? 1, fmt === 'bullet' ? 'decimal' : fmt);
    });
    return marker.trim() === '' ? null : marker;
  }
}

/** numPr of a paragraph style ("List Number" with its own numbering), from word/styles.xml. */
export function styleNumbering(stylesXml: string): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1] ?? '', 'w:styleId');
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2] ?? '');
    if (!id || !numPr) continue;
    const numId = attr(/<w:numId\b[^>]*>/.exec(numPr[1] ?? '')?.[0] ?? '', 'w:val');
    const ilvl = Number(attr(/<w:ilvl\b[^>]*>/.exec(numPr[1] ?? '')?.[0] ?? '', 'w:val') ?? '0');
    if (numId) out.set(id, { numId, ilvl });
  }
  return out;
}

/** The paragraph style Word gives a paragraph that names none (w:default="1"), from word/styles.xml. */
export function defaultParagraphStyle(stylesXml: string): string | undefined {
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>/g)) {
    const a = m[1] ?? '';
    if (attr(a, 'w:type') === 'paragraph' && /w:default="(?:1|true)"/.test(a)) return attr(a, 'w:styleId');
  }
  return undefined;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * word/document.xml with each numbered paragraph's displayed marker written in as its first run, so any converter
 * that keeps paragraph text shows the number Word shows. Linear in the document's length.
 */
export function writeMarkers(documentXml: string, numberingXml: string, stylesXml: string): string {
  const counter = new NumberingCounter(readNumbering(numberingXml));
  const byStyle = styleNumbering(stylesXml);
  const defaultStyle = defaultParagraphStyle(stylesXml);
  return documentXml.replace(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*?(?:<\/w:pPr>|(?=<w:r\b)|(?=<\/w:p>))/g, (head) => {
    const pPr = /<w:pPr>[\s\S]*<\/w:pPr>/.exec(head)?.[0] ?? '';
    let numId = attr(/<w:numId\b[^>]*>/.exec(pPr)?.[0] ?? '', 'w:val');
    let ilvl = Number(attr(/<w:ilvl\b[^>]*>/.exec(pPr)?.[0] ?? '', 'w:val') ?? '0');
    if (numId === undefined) {
      // A paragraph with no style of its own is in the default one ("Normal"), which may carry numbering too.
      const style = attr(/<w:pStyle\b[^>]*>/.exec(pPr)?.[0] ?? '', 'w:val') ?? defaultStyle;
      const s = style ? byStyle.get(style) : undefined;
      if (!s) return head;
      numId = s.numId;
      ilvl = s.ilvl;
    }
    const marker = counter.next(numId, ilvl);
    if (!marker) return head;
    return `${head}<w:r><w:t xml:space="preserve">${escapeXml(marker)} </w:t></w:r>`;
  });
}
