/**
 * A plan file → blocks, whatever its kind: .txt .md .html .htm .docx .pdf, told apart by content first (a PDF or a
 * Word file renamed .txt is still read as what it is) and by extension where the content allows either (Markdown
 * and web pages are text). Problems come back as one message in both languages.
 */
import { extname } from 'node:path';
import type { BlockDocument } from '../plan/blocks.ts';
import { decodePlanBytes } from '../plan/decode.ts';
import { readHtml } from '../plan/read/hast.ts';
import { readMarkdown } from '../plan/read/markdown.ts';
import { MARKDOWN_PARSE_LIMIT, readText } from '../plan/read/text.ts';
import { normalizeText } from '../plan/normalize.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';

export type FileKind = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';
export type FileRead = { ok: true; doc: BlockDocument; kind: FileKind; text?: string } | { ok: false; message: string };

const MESSAGES = {
  encrypted:
    '文件有密码保护（已加密），读不了。请在 Word 或 PDF 阅读器里取消密码后另存，再试。 / The file is password-protected (encrypted). Remove the password in Word or your PDF reader, save it again and retry.',
  broken:
    '文件已损坏或不完整，打不开。请重新下载或另存一份再试。 / The file is damaged or incomplete and cannot be opened. Download or save it again and retry.',
  empty:
    '文件里没有可读的文字（可能是扫描的图片）。请复制计划文字，另存为 .txt 文件。 / The file holds no readable text (it may be a scanned image). Copy the plan text and save it as a .txt file.',
  oldWord:
    '这是旧版 Word 文件（.doc）或加密文件，读不了。请在 Word 里另存为 .docx 再试。 / This is an old Word file (.doc) or an encrypted one. Save it as .docx in Word and retry.',
} as const;

const startsWith = (b: Uint8Array, ...sig: number[]): boolean => sig.every((v, i) => b[i] === v);

/** Markup a web page has and plain text does not. */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(text) ||
  (/<(?:p|div|br|h[1-6]|li|table|span)\b[^>]*>/i.test(text) && /<\/(?:p|div|h[1-6]|li|table|span)>/i.test(text));

export async function readPlanFile(bytes: Uint8Array, name: string): Promise<FileRead> {
  const ext = extname(name).toLowerCase();
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
    const r = await readPdf(bytes);
    return r.ok ? { ok: true, doc: r.doc, kind: 'pdf' } : { ok: false, message: MESSAGES[r.reason] };
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    const r = await readDocx(bytes);
    return r.ok ? { ok: true, doc: r.doc, kind: 'docx' } : { ok: false, message: MESSAGES[r.reason] };
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, message: MESSAGES.oldWord };
  if ((ext === '.pdf' || ext === '.docx') && bytes.length > 0 && bytes.length < 4)
    return { ok: false, message: MESSAGES.broken };
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const text = normalizeText(decoded.text);
  if (looksLikeHtml(text) && ext !== '.md' && ext !== '.txt')
    return { ok: true, doc: readHtml(text), kind: 'html', text };
  if (ext === '.html' || ext === '.htm') {
    if (looksLikeHtml(text)) return { ok: true, doc: readHtml(text), kind: 'html', text };
  } else if (looksLikeHtml(text) && ext === '.txt' && /^\s*</.test(text)) {
    return { ok: true, doc: readHtml(text), kind: 'html', text };
  }
  if ((ext === '.md' || ext === '.markdown') && text.length <= MARKDOWN_PARSE_LIMIT)
    return { ok: true, doc: readMarkdown(text), kind: 'markdown', text };
  const doc = readText(text);
  return { ok: true, doc, kind: doc.source === 'markdown' ? 'markdown' : 'text', text };
}
