/**
 * PDF bytes → blocks in Node: pdfjs-dist's legacy build (runs on Node 20 without a worker thread: its fake worker
 * runs in this process) through the shared reader (../plan/read/pdfjs.ts).
 */
import { type PdfjsLike, type PdfRead, readPdfWith } from '../plan/read/pdfjs.ts';

export type { PdfRead };

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return readPdfWith(pdfjs as unknown as PdfjsLike, bytes);
}
