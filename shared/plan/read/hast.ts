/**
 * HTML source → blocks in any host: parsed with hast-util-from-html (parse5, no DOM needed) and adapted to the
 * minimal element interface of ./html.ts. The extension can adapt the real DOM to the same interface instead.
 */
import { fromHtml } from 'hast-util-from-html';
import type { BlockDocument } from '../blocks.ts';
import { readHtmlTree, type HtmlNode } from './html.ts';
import { readHtmlSource } from './parse5.ts';

/** The hast node shapes the adapter reads. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  content?: HastNode;
}

/** hast keeps attributes as properties in camelCase; the reader asks by HTML attribute name. */
const PROPERTY: Record<string, string> = {
  class: 'className',
  'aria-hidden': 'ariaHidden',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
};

function adapt(n: HastNode): HtmlNode {
  if (n.type === 'text') return { kind: 'text', tag: '', text: n.value ?? '', attr: () => undefined, children: [] };
  if (n.type !== 'element' && n.type !== 'root')
    return { kind: 'other', tag: '', text: '', attr: () => undefined, children: [] };
  const props = n.properties ?? {};
  const attr = (name: string): string | undefined => {
    const v = props[PROPERTY[name] ?? name];
    if (v === undefined || v === null || v === false) return undefined;
    if (Array.isArray(v)) return v.join(' ');
    return v === true ? '' : String(v);
  };
  const kids = n.children ?? n.content?.children ?? [];
  return {
    kind: 'element',
    tag: (n.tagName ?? (n.type === 'root' ? 'html' : '')).toLowerCase(),
    text: '',
    attr,
    children: kids.map(adapt),
  };
}

export function parseHtml(html: string): HtmlNode {
  return adapt(fromHtml(html) as HastNode);
}

/** A page parsed into hast → blocks (the same reading as ./parse5.ts gives from source). */
export function readHast(html: string, whole = false): BlockDocument {
  return readHtmlTree(parseHtml(html), whole);
}

/** A web page's source → blocks (main content only). `whole`: a converted document, read in full. */
export const readHtml = readHtmlSource;
