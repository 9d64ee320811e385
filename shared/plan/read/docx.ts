/**
 * Word .docx bytes → blocks, in Node and in a browser alike: code samples are left out (./docx-code.ts), the displayed
 * numbering is written into the paragraphs (./docx-numbering.ts), lines set large in a file without heading styles get styles of their own
 * (./docx-sizes.ts), then mammoth converts the document to HTML (heading styles as h1–h6, lists, tables,
 * bold) and the HTML reader makes blocks of it. Headers, footers and comments are not part of mammoth's body.
 * mammoth reads `{buffer}` in Node and `{arrayBuffer}` in its browser build (package.json "browser" field): both are
 * given, so one call serves both hosts.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { BlockDocument } from '../blocks.ts';
import { dropCode } from './docx-code.ts';
import { writeMarkers } from './docx-numbering.ts';
import { sizeHeadings } from './docx-sizes.ts';
import { readHtml } from './hast.ts';

export type DocxRead = { ok: true; doc: BlockDocument } | { ok: false; reason: 'encrypted' | 'broken' | 'empty' };

/** Word's Title style is the document's title: a rank above Heading 1 when the document uses it. */
const TITLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  ...[1, 2, 3, 4, 5].map((n) => `p[style-name='Heading ${n}'] => h${n + 1}:fresh`),
];

/**
 * Word's table of contents (paragraphs in the "toc 1"…"toc 9" styles) repeats the headings with page numbers: the
 * headings themselves are read where they stand.
 */
const CONTENTS_MAP = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [
  `p[style-name='toc ${n}'] => !`,
  `p[style-name='TOC ${n}'] => !`,
]);

export async function readDocx(bytes: Uint8Array): Promise<DocxRead> {
  // An encrypted Word file is an OLE container, not a zip.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return { ok: false, reason: 'encrypted' };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, reason: 'broken' };
  }
  const document = await zip.file('word/document.xml')?.async('string');
  if (document === undefined) return { ok: false, reason: 'broken' };
  const numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const numbered = writeMarkers(dropCode(document), numbering, styles);
  const sized = sizeHeadings(numbered, styles);
  zip.file('word/document.xml', sized?.document ?? numbered);
  if (sized) zip.file('word/styles.xml', sized.styles);
  const data = await zip.generateAsync({ type: 'uint8array' });
  const usesTitle = /<w:pStyle\s+w:val="Title"\s*\/>/.test(document);
  const styleMap = [...CONTENTS_MAP, ...(usesTitle ? TITLE_MAP : []), ...(sized?.styleMap ?? [])];
  const input = { buffer: data, arrayBuffer: data.buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, { styleMap });
    html = result.value;
  } catch {
    return { ok: false, reason: 'broken' };
  }
  const doc: BlockDocument = { ...readHtml(`<body>${html}</body>`, true), source: 'docx' };
  return doc.blocks.length === 0 ? { ok: false, reason: 'empty' } : { ok: true, doc };
}
