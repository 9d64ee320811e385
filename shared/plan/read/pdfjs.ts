/**
 * PDF bytes → blocks through pdfjs-dist, whichever build the host loads (Node: the legacy build with its in-process
 * fake worker; the extension: the build with its worker file packaged in the extension): each page's text items
 * with their position, size and font name go to ./pdf.ts, which makes lines and blocks of them. Encrypted and
 * broken files are reported as such. The pdfjs module is passed in, typed by the little this reader uses.
 */
import type { BlockDocument } from '../blocks.ts';
import { type PdfTextItem, readPdfItems } from './pdf.ts';
import type { PdfRule } from './pdf-grid.ts';

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
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
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
  /** The drawing operators' numbers (`OPS` of the module). */
  OPS: Record<string, number>;
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
  const rules: PdfRule[] = [];
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
      // The page's drawing gives the lines a table's borders are drawn with; drawing it also loads the fonts, whose
      // real names ("Arial-BoldMT") say whether a line is bold.
      const view = page.getViewport({ scale: 1 });
      if (runs.length > 0 || newFont)
        for (const r of drawnRules(pdfjs.OPS, await page.getOperatorList(), view.transform))
          rules.push({ page: p, x0: r[0], y0: view.height - r[1], x1: r[2], y1: view.height - r[3] });
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
  const read = readPdfItems(items, rules);
  if (read.blocks.length === 0) return { ok: false, reason: 'empty' };
  return garbled(items) ? { ok: false, reason: 'garbled' } : { ok: true, doc: read };
}

/** Paint operators that draw a path (the others, "n", only clip by it). */
const PAINTS = [
  'stroke',
  'closeStroke',
  'fill',
  'eoFill',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
];
/** How thin a filled shape is to be a line (Word's borders are half a point to three wide). */
const THIN_BAR = 3;
const STROKES = ['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'];

/**
 * The straight lines a page draws across or down it, as the page is shown (y down): stroked segments, and filled
 * shapes as thin as a line (Word draws a cell's borders as thin filled bars). The current transformation is followed
 * through saved states and forms. A path is a list of pdfjs' drawing commands: moveTo x y, lineTo x y, curveTo (six
 * numbers), quadraticCurveTo (four), closePath.
 */
function drawnRules(OPS: Record<string, number>, list: { fnArray: number[]; argsArray: unknown[] }, view: number[]) {
  const out: [number, number, number, number][] = [];
  const paints = new Set(PAINTS.map((n) => OPS[n]));
  const strokes = new Set(STROKES.map((n) => OPS[n]));
  const stack: number[][] = [];
  let ctm = view;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? view;
    else if (fn === OPS.transform) ctm = shown(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0])) ctm = shown(ctm, args[0] as number[]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? view;
    else if (fn === OPS.constructPath && args && paints.has(args[0] as number)) {
      const path = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (path) pathRules(path, ctm, strokes.has(args[0] as number), out);
    }
  });
  return out;
}

/** A path's lines: each stroked straight segment, or each filled subpath as thin as a line (from end to end). */
function pathRules(path: ArrayLike<number>, m: number[], stroked: boolean, out: [number, number, number, number][]) {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  let points: number[] = [];
  const flush = () => {
    if (stroked) for (let k = 0; k + 3 < points.length; k += 2) segment(points.slice(k, k + 4), out);
    else if (points.length >= 4) {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let k = 0; k < points.length; k += 2) {
        x0 = Math.min(x0, points[k] ?? 0);
        x1 = Math.max(x1, points[k] ?? 0);
        y0 = Math.min(y0, points[k + 1] ?? 0);
        y1 = Math.max(y1, points[k + 1] ?? 0);
      }
      // A thin bar is the line down its middle; a wider shape (a cell's shading, a picture's frame) is none.
      if (x1 - x0 <= THIN_BAR) segment([(x0 + x1) / 2, y0, (x0 + x1) / 2, y1], out);
      else if (y1 - y0 <= THIN_BAR) segment([x0, (y0 + y1) / 2, x1, (y0 + y1) / 2], out);
    }
    points = [];
  };
  for (let k = 0; k < path.length; ) {
    const op = path[k];
    if (op === 0 || op === 1) {
      if (op === 0) flush();
      const x = path[k + 1] ?? 0;
      const y = path[k + 2] ?? 0;
      points.push(a * x + c * y + e, b * x + d * y + f);
      k += 3;
    } else if (op === 2 || op === 3) {
      // A curve ends the straight run: what is drawn round a corner is no border.
      flush();
      k += op === 2 ? 7 : 5;
    } else {
      if (stroked && points.length >= 2) points.push(points[0] ?? 0, points[1] ?? 0);
      flush();
      k += 1;
    }
  }
  flush();
}

/** A segment kept when it runs straight across or down (within a point), as the page shows it. */
function segment([x0 = 0, y0 = 0, x1 = 0, y1 = 0]: number[], out: [number, number, number, number][]) {
  if (Math.min(Math.abs(x1 - x0), Math.abs(y1 - y0)) <= 1) out.push([x0, y0, x1, y1]);
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
