/**
 * A plan file → blocks in Node: the shared reader (../plan/read/file.ts: kind by content, then by extension) with
 * pdfjs' legacy build; a problem comes back as one message in both languages.
 */
import type { BlockDocument } from '../plan/blocks.ts';
import { bothLanguages } from '../plan/read/file-messages.ts';
import { type FileKind, looksLikeHtml, readPlanBytes } from '../plan/read/file.ts';
import { readPdf } from './read-pdf.ts';

export type { FileKind };
export { looksLikeHtml };
export type FileRead = { ok: true; doc: BlockDocument; kind: FileKind; text?: string } | { ok: false; message: string };

export async function readPlanFile(bytes: Uint8Array, name: string): Promise<FileRead> {
  const r = await readPlanBytes(bytes, name, readPdf);
  return r.ok ? r : { ok: false, message: bothLanguages(r.problem) };
}
