/**
 * Clipboard HTML → the page tree the block reader takes (../page-tree.ts). Word, WPS and web pages put HTML on the
 * clipboard beside the plain text; it keeps headings, list numbering and tables. It is parsed with DOMParser into an
 * inert document (scripts do not run, nothing is fetched) that is never inserted into the popup, and walked by the
 * page walk (hidden elements and scripts skipped, inline styles only: the document is not rendered).
 */
import type { PageElement } from '../page-tree.ts';
import { eventsToTree } from '../page-tree.ts';
import type { DomNode } from '../page-walk.ts';
import { eventsToText, walkPage } from '../page-walk.ts';

/** An inert HTML parser: in the popup `(html) => new DOMParser().parseFromString(html, 'text/html')`. */
export type ParseHtml = (html: string) => { body: DomNode | null } | null;

/** The popup's parser: DOMParser makes a document that is never rendered, runs no script and loads nothing. */
export const domParse: ParseHtml = (html) =>
  new (
    globalThis as unknown as { DOMParser: new () => { parseFromString(s: string, type: string): unknown } }
  ).DOMParser().parseFromString(html, 'text/html') as { body: DomNode | null };

/**
 * The pasted HTML's tree (rooted at `article`: read whole) and the text it shows; null when it shows no text or is
 * longer than `maxChars` (the plain text is read then, cut as any paste is).
 */
export const pastedHtmlTree = (
  html: string,
  maxChars: number,
  parse: ParseHtml = domParse,
): { tree: PageElement; text: string } | null => {
  const body = parse(html)?.body;
  if (!body) return null;
  const walk = walkPage(body, null, {
    maxChars,
    deadline: Number.POSITIVE_INFINITY,
    now: () => 0,
  });
  if (walk.cut !== null) return null;
  const text = eventsToText(walk.events);
  if (text.trim() === '') return null;
  return { tree: eventsToTree(walk.events, 'article'), text };
};
