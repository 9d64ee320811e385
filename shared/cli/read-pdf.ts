/**
 * PDF bytes → blocks in Node: pdfjs-dist's legacy build (runs on Node 20 without a worker thread: its fake worker
 * runs in this process) through the shared reader (../plan/read/pdfjs.ts).
 *
 * The legacy build carries core-js, which on Node 20 (V8 11: its push does not throw on an array whose length is
 * read-only) puts a script Array.prototype.push in place of the engine's, for the whole process. pdfjs pushes every
 * character of a string its parser reads and every glyph of the text layer, so that slower push was a quarter of
 * the time a large PDF took (npm run bench:plan). The worker's module is loaded here, not by the fake worker on the
 * first document, so that both modules have run their polyfills when the engine's push is put back; the two differ
 * only on a read-only length, which no code here has.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type PdfjsLike, type PdfRead, readPdfWith } from '../plan/read/pdfjs.ts';

export type { PdfRead };

/** The engine's push, taken before pdfjs is loaded. */
const enginePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push');

/** pdfjs' worker module: once loaded, the fake worker takes its handler from `globalThis.pdfjsWorker`. */
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * The character maps pdfjs needs for fonts that name a predefined CMap (Chinese text set in Adobe-GB1 fonts, "UniGB-
 * UCS2-H"): without them such text reads as nothing. The package's own folder, as the extension packages it.
 */
const CMAPS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

let pdfjsLoaded: Promise<PdfjsLike> | undefined;

function loadPdfjs(): Promise<PdfjsLike> {
  pdfjsLoaded ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import(PDFJS_WORKER);
    if (enginePush && Array.prototype.push !== enginePush.value)
      Object.defineProperty(Array.prototype, 'push', enginePush);
    return {
      OPS: pdfjs.OPS,
      getDocument: (src) =>
        pdfjs.getDocument({ ...src, cMapUrl: CMAPS, cMapPacked: true }) as unknown as ReturnType<
          PdfjsLike['getDocument']
        >,
    };
  })();
  return pdfjsLoaded;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  return readPdfWith(await loadPdfjs(), bytes);
}
