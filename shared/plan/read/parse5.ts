/**
 * HTML source → the reader's element interface through parse5 directly: the same parser hast-util-from-html uses,
 * without the position bookkeeping that makes a megabyte of page take seconds. Pure: no DOM, no Node.
 */
import { parse } from 'parse5';
import type { BlockDocument } from '../blocks.ts';
import { readHtmlTree, type HtmlNode } from './html.ts';

/** The parse5 node shapes the adapter reads. */
interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

const none = (): undefined => undefined;

function adapt(n: P5Node): HtmlNode {
  if (n.nodeName === '#text') return { kind: 'text', tag: '', text: n.value ?? '', attr: none, children: [] };
  if (n.nodeName.startsWith('#') && n.nodeName !== '#document' && n.nodeName !== '#document-fragment')
    return { kind: 'other', tag: '', text: '', attr: none, children: [] };
  const attrs = n.attrs ?? [];
  const attr = (name: string): string | undefined => attrs.find((a) => a.name === name)?.value;
  const kids = n.childNodes ?? n.content?.childNodes ?? [];
  return { kind: 'element', tag: (n.tagName ?? 'html').toLowerCase(), text: '', attr, children: kids.map(adapt) };
}

export function parseHtmlFast(html: string): HtmlNode {
  return adapt(parse(html) as unknown as P5Node);
}

/** A web page's source → blocks (main content only). `whole`: a converted document, read in full. */
export function readHtmlSource(html: string, whole = false): BlockDocument {
  return readHtmlTree(parseHtmlFast(html), whole);
}
