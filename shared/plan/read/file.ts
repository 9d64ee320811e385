/**
 * A plan file → blocks, whatever its kind: .txt .md .mdx .html .htm .docx .pdf, told apart by content first (a PDF or a
 * Word file renamed .txt is still read as what it is) and by extension where the content allows either (Markdown
 * and web pages are text). Shared by the CLI and the extension; each passes its PDF reader (pdfjs loads differently
 * in Node and in an extension page). Problems come back in both languages (./file-messages.ts).
 */
import type { Localized } from '../../i18n/localized.ts';
import type { BlockDocument } from '../blocks.ts';
import { decodePlanBytes } from '../decode.ts';
import { normalizeText } from '../normalize.ts';
import { readDocx } from './docx.ts';
import { FILE_PROBLEMS } from './file-messages.ts';
import { readHtml } from './hast.ts';
import { readMarkdown } from './markdown.ts';
import type { PdfRead } from './pdfjs.ts';
import { MARKDOWN_PARSE_LIMIT, readText } from './text.ts';

export type FileKind = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';
export type FileBlocks =
  | { ok: true; doc: BlockDocument; kind: FileKind; text?: string }
  | { ok: false; problem: Localized };

const startsWith = (b: Uint8Array, ...sig: number[]): boolean => sig.every((v, i) => b[i] === v);

/** The extension of a file name, lower case with its dot ("" when there is none). */
export const fileExtension = (name: string): string => {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

/** Markup a web page has and plain text does not. */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(text) ||
  (/<(?:p|div|br|h[1-6]|li|table|span)\b[^>]*>/i.test(text) && /<\/(?:p|div|h[1-6]|li|table|span)>/i.test(text));

/**
 * MDX (Markdown with components, as Docusaurus keeps a site's pages) less its module lines ("import Navbar from
 * '@site/…';", "export const …"), which a reader never sees; each becomes an empty line, so line numbers hold.
 */
const withoutEsm = (text: string): string => text.replace(/^(?:import|export)\s[^\n]*$/gm, '');

const PROBLEM = {
  encrypted: FILE_PROBLEMS.encrypted,
  broken: FILE_PROBLEMS.broken,
  empty: FILE_PROBLEMS.noText,
  garbled: FILE_PROBLEMS.garbled,
};

export async function readPlanBytes(
  bytes: Uint8Array,
  name: string,
  readPdf: (bytes: Uint8Array) => Promise<PdfRead>,
): Promise<FileBlocks> {
  const ext = fileExtension(name);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
    const r = await readPdf(bytes);
    return r.ok ? { ok: true, doc: r.doc, kind: 'pdf' } : { ok: false, problem: PROBLEM[r.reason] };
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    const r = await readDocx(bytes);
    return r.ok ? { ok: true, doc: r.doc, kind: 'docx' } : { ok: false, problem: PROBLEM[r.reason] };
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, problem: FILE_PROBLEMS.oldWord };
  if ((ext === '.pdf' || ext === '.docx') && bytes.length > 0 && bytes.length < 4)
    return { ok: false, problem: FILE_PROBLEMS.broken };
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const text = normalizeText(decoded.text);
  const markdown = ext === '.md' || ext === '.markdown' || ext === '.mdx';
  if (looksLikeHtml(text) && !markdown && ext !== '.txt') return { ok: true, doc: readHtml(text), kind: 'html', text };
  if (ext === '.html' || ext === '.htm') {
    if (looksLikeHtml(text)) return { ok: true, doc: readHtml(text), kind: 'html', text };
  } else if (looksLikeHtml(text) && ext === '.txt' && /^\s*</.test(text)) {
    return { ok: true, doc: readHtml(text), kind: 'html', text };
  }
  if (markdown && text.length <= MARKDOWN_PARSE_LIMIT)
    return { ok: true, doc: readMarkdown(ext === '.mdx' ? withoutEsm(text) : text), kind: 'markdown', text };
  const doc = readText(text);
  return { ok: true, doc, kind: doc.source === 'markdown' ? 'markdown' : 'text', text };
}
