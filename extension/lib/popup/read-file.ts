/**
 * A file the teacher drops or chooses in the popup → blocks for the extractor: the shared file reader
 * (shared/plan/read/file.ts: the kind by content first, then by extension; .txt/.md through the text decoder,
 * .docx through mammoth's browser build, problems in both languages). PDFs are read by pdfjs-dist's legacy build
 * (it runs in Chrome and Firefox 140 alike), with its worker and character maps packaged in the extension
 * (wxt.config.ts copies them; nothing is fetched from anywhere else).
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../../../shared/i18n/localized.ts';
import type { BlockDocument } from '../../../shared/plan/blocks.ts';
import { readPlanBytes } from '../../../shared/plan/read/file.ts';
import { FILE_PROBLEMS } from '../../../shared/plan/read/file-messages.ts';
import type { PdfjsLike, PdfRead } from '../../../shared/plan/read/pdfjs.ts';
import { readPdfWith } from '../../../shared/plan/read/pdfjs.ts';
import { blocksText } from '../blocks-text.ts';

export { blocksText };

/** Where wxt.config.ts puts pdfjs' worker and character maps in the package. */
export const PDFJS_WORKER = '/pdfjs/pdf.worker.min.mjs';
export const PDFJS_CMAPS = '/pdfjs/cmaps/';

/** Larger files are refused before they are read: a plan is a few pages, not tens of megabytes. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/** A file of the package (WXT types only the paths it generates; these are added by wxt.config.ts's hook). */
const packaged = (path: string): string => (browser.runtime as unknown as { getURL(p: string): string }).getURL(path);

const readPdf = async (bytes: Uint8Array): Promise<PdfRead> => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = packaged(PDFJS_WORKER);
  const withMaps: PdfjsLike = {
    OPS: pdfjs.OPS,
    getDocument: (src) =>
      pdfjs.getDocument({
        ...src,
        cMapUrl: packaged(PDFJS_CMAPS),
        cMapPacked: true,
      }) as unknown as ReturnType<PdfjsLike['getDocument']>,
  };
  return readPdfWith(withMaps, bytes);
};

export type FileBlocksRead = { ok: true; doc: BlockDocument; text: string } | { ok: false; message: string };

export const readPlanFileIn = async (file: File, lang: Lang): Promise<FileBlocksRead> => {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: FILE_PROBLEMS.tooLarge[lang] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: FILE_PROBLEMS.broken[lang] };
  }
  try {
    const r = await readPlanBytes(bytes, file.name, readPdf);
    if (!r.ok) return { ok: false, message: r.problem[lang] };
    return { ok: true, doc: r.doc, text: r.text ?? blocksText(r.doc) };
  } catch (e) {
    console.error(e);
    return { ok: false, message: FILE_PROBLEMS.broken[lang] };
  }
};
