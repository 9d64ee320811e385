/**
 * PDF bytes → blocks through pdfjs-dist, whichever build the host loads (Node: the legacy build with its in-process
 * fake worker; the extension: the build with its worker file packaged in the extension): each page's text items
 * with their position, size and font name go to ./pdf.ts, which makes lines and blocks of them. Encrypted and
 * broken files are reported as such. The pdfjs module is passed in, typed by the little this reader uses.
 */
import type { BlockDocument } from '../blocks.ts';
import { type PdfTextItem, readPdfItems } from './pdf.ts';

export type PdfRead =
  | { ok: true; doc: BlockDocument }
  | { ok: false; reason: 'encrypted' | 'broken' | 'empty' | 'garbled' };

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}
type TextRun = TextItemLike & { str: string; transform: number[] };
/** A run with text: an empty one (pdfjs ends each line with one) adds nothing to a line (./pdf.ts skips it). */
const isRun = (i: TextItemLike): i is TextRun => typeof i.str === 'string' && i.str !== '' && !!i.transform;
interface PdfPageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  /** The page as shown: its /Rotate and crop, as a matrix from the file's coordinates to the screen's (y down). */
  getViewport(params: { scale: number }): { transform: number[]; height: number };
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): unknown;
}
interface PdfDocLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  destroy(): Promise<void>;
}
/** The part of pdfjs-dist's module this reader calls. */
export interface PdfjsLike {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported: boolean;
    disableFontFace: boolean;
    useSystemFonts: boolean;
    verbosity: number;
  }): { promise: Promise<PdfDocLike> };
}

export async function readPdfWith(pdfjs: PdfjsLike, bytes: Uint8Array): Promise<PdfRead> {
  let doc: PdfDocLike;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'broken' };
  }
  const items: PdfTextItem[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      let newFont = false;
      let lastId = '';
      for (const raw of content.items as TextItemLike[]) {
        if (!isRun(raw)) continue;
        runs.push(raw);
        // Runs come in long stretches of one font: it is looked up once a stretch.
        const id = raw.fontName ?? '';
        if (id === lastId) continue;
        lastId = id;
        if (!newFont && id !== '' && !page.commonObjs.has(id)) newFont = true;
      }
      // The font's real name ("Arial-BoldMT") says whether a line is bold; pdfjs loads a font with the operators of the
      // first page that uses it, so only a page bringing a font not seen yet pays for its operator list.
      if (newFont) await page.getOperatorList();
      const names = new Map<string, string>();
      const fontName = (id: string): string => {
        let n = names.get(id);
        if (n === undefined) {
          const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string } | null) : null;
          n = font?.name ?? id;
          names.set(id, n);
        }
        return n;
      };
      // A landscape page is often a portrait one turned by /Rotate, its text drawn turned the other way: the runs are
      // placed as the page is shown, measured from its foot (y up) as the rest of the reader expects.
      const view = page.getViewport({ scale: 1 });
      for (const raw of runs) {
        const t = shown(view.transform, raw.transform);
        const c = t[2] ?? 0;
        const d = t[3] ?? 0;
        const size = Math.sqrt(c * c + d * d) || raw.height || 0;
        items.push({
          page: p,
          str: raw.str,
          x: t[4] ?? 0,
          y: view.height - (t[5] ?? 0),
          width: raw.width ?? 0,
          size,
          fontName: fontName(raw.fontName ?? ''),
        });
      }
      page.cleanup();
    }
  } catch {
    return { ok: false, reason: 'broken' };
  } finally {
    await doc.destroy();
  }
  const read = readPdfItems(items);
  if (read.blocks.length === 0) return { ok: false, reason: 'empty' };
  return garbled(items) ? { ok: false, reason: 'garbled' } : { ok: true, doc: read };
}

/** The product of two PDF matrices [a b c d e f]: `m` applied after `t`. */
function shown(m: number[], t: number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [ta = 1, tb = 0, tc = 0, td = 1, te = 0, tf = 0] = t;
  return [a * ta + c * tb, b * ta + d * tb, a * tc + c * td, b * tc + d * td, a * te + c * tf + e, b * te + d * tf + f];
}

/**
 * Whether the text layer is not the text the page shows: a font without a map from its glyphs to characters gives
 * control codes and stray letters ("1.\u001a\u001b\u0002 :"). A few such glyphs (a list number, "\u0000.") are
 * normal; when more than one visible character in eight is one, what would be imported is noise.
 */
function garbled(items: PdfTextItem[]): boolean {
  let visible = 0;
  let noise = 0;
  for (const it of items)
    for (const ch of it.str) {
      const c = ch.charCodeAt(0);
      if (ch.trim() === '' && c > 31) continue;
      visible++;
      if (c < 32 || c === 0xfffd) noise++;
    }
  return visible > 0 && noise * 8 > visible;
}
