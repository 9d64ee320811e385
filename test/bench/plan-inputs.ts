/**
 * Large inputs of every kind for the plan bench, built by repetition: plain text and Markdown from the labelled
 * texts and the corpus, a web page from the corpus page's body repeated, a .docx whose body paragraphs are repeated,
 * and a PDF written here (text pages in a standard font) from the fixtures' lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { FIXTURE_NAMES, PLAN_CORPUS, PLAN_FIXTURES } from '../plan/score.ts';

const fixtureText = (): string =>
  FIXTURE_NAMES.map((n) => readFileSync(join(PLAN_FIXTURES, `${n}.txt`), 'utf8')).join('\n');

/** `unit` repeated (whole units, then cut) to about `bytes` of UTF-8. */
export function repeatTo(unit: string, bytes: number): string {
  const n = Math.max(1, Math.ceil(bytes / Math.max(1, Buffer.byteLength(unit))));
  const all = unit.repeat(n);
  return all.slice(0, Math.round(all.length * (bytes / Buffer.byteLength(all))));
}

export const textInput = (bytes: number): string => repeatTo(`${fixtureText()}\n`, bytes);

export const markdownInput = (bytes: number): string =>
  repeatTo(
    ['scoring-667-class-rules-v1.md', 'lesson-group-formation-day2.md', 'training-cuc-acm-2020spring.md']
      .map((f) => readFileSync(join(PLAN_CORPUS, f), 'utf8'))
      .join('\n\n'),
    bytes,
  );

export function htmlInput(bytes: number): string {
  const page = readFileSync(join(PLAN_CORPUS, 'studygroup-osu-codeclub-schedule.html'), 'utf8');
  const start = page.indexOf('<article');
  const end = page.indexOf('</article>');
  const article = page.slice(start, end + '</article>'.length);
  const head = page.slice(0, start);
  const tail = page.slice(end + '</article>'.length);
  const n = Math.max(1, Math.round((bytes - head.length - tail.length) / article.length));
  return head + article.repeat(n) + tail;
}

/** A corpus .docx with its body paragraphs and tables repeated to about `bytes` of document XML. */
export async function docxInput(bytes: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(join(PLAN_CORPUS, 'notice-buaa-doc-review.docx')));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sect = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(open, sect);
  const n = Math.max(1, Math.round(bytes / Math.max(1, body.length)));
  zip.file('word/document.xml', xml.slice(0, open) + body.repeat(n) + xml.slice(sect));
  return new Uint8Array(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/**
 * A PDF file of about `bytes` (as a teacher's file is sized): text pages (Helvetica, 50 lines a page) of English plan
 * lines, uncompressed, so about half the file is the text itself.
 */
const LINE_OPERATORS = 32;
const PAGE_OBJECTS = 260;
export function pdfInput(bytes: number): Uint8Array {
  const source = readFileSync(join(PLAN_CORPUS, 'lesson-group-formation-day2.md'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/[^\x20-\x7e]/g, '').replace(/[()\\]/g, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('---'));
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = (source[i % source.length] ?? '').slice(0, 90);
    lines.push(l);
    // The line's drawing operators ("BT /F1 11 Tf 60 765 Td (…) Tj ET"), and a page's objects every 50 lines.
    size += l.length + LINE_OPERATORS + (i % 50 === 0 ? PAGE_OBJECTS : 0);
  }
  const pages: string[] = [];
  for (let i = 0; i < lines.length; i += 50) {
    const body = lines
      .slice(i, i + 50)
      .map((l, k) => `BT /F1 11 Tf 60 ${780 - k * 15} Td (${l}) Tj ET`)
      .join('\n');
    pages.push(body);
  }
  return pdfFile(pages);
}

/**
 * A PDF file of pages whose content streams are given (Helvetica as /F1), each A4 portrait; `rotate` is the pages'
 * /Rotate, as a landscape page printed from Word often has.
 */
export function pdfFile(pages: string[], rotate = 0): Uint8Array {
  const objects: string[] = [];
  const kids: number[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  let next = 4;
  for (const content of pages) {
    const pageId = next++;
    const contentId = next++;
    kids.push(pageId);
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Rotate ${rotate} /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    objects[contentId] = `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`;
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  // The file is written in parts and its length counted as they come (measuring the whole text at each object would
  // take time growing with the square of its size).
  const parts = ['%PDF-1.4\n'];
  let length = Buffer.byteLength('%PDF-1.4\n');
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = length;
    const object = `${id} 0 obj\n${objects[id]}\nendobj\n`;
    parts.push(object);
    length += Buffer.byteLength(object);
  }
  const xref = length;
  parts.push(`xref\n0 ${objects.length}\n0000000000 65535 f \n`);
  for (let id = 1; id < objects.length; id++) parts.push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  parts.push(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.from(parts.join(''), 'latin1'));
}
