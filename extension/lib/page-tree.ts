/**
 * A page's block structure as plain data: the page walk's events (page-walk.ts: visible content only, shadow roots
 * and same-origin iframes inline) folded into a tree of elements and text that survives structured cloning — from
 * the injected page script to the popup, and from the popup to the extractor's worker — and adapted there to the
 * element interface shared/plan/read/html.ts reads (readHtmlTree), so a page keeps its h1–h6, nested lists with
 * their numbering (ol start/type, li value) and tables (colspan/rowspan).
 * Pure: no DOM, no browser API.
 */
import type { HtmlNode } from '../../shared/plan/read/html.ts';
import type { PageEvent } from './page-walk.ts';

/** An element: lower-case tag, the attributes the reader asks for, children (a string is a text node). */
export interface PageElement {
  tag: string;
  attrs?: Record<string, string>;
  children: PageNode[];
}
export type PageNode = PageElement | string;

/**
 * Deeper elements are folded into their ancestor at this depth, their block boundaries kept as line breaks: the
 * reader walks the tree recursively (a page of 100,000 nested divs would overflow its call stack), and no real
 * document nests its blocks this deep.
 */
export const MAX_TREE_DEPTH = 120;

/** Tags that end a line: a folded one leaves a line break at its start and end. */
const LINE_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'hr',
  'header',
  'main',
  'figure',
  'figcaption',
  'address',
  'center',
]);
const BR: PageElement = { tag: 'br', children: [] };

/** Tags renamed as they are folded in: an iframe's content is read inline, as a division. */
const RENAME: Record<string, string> = { iframe: 'div', frame: 'div' };

/** The events as a tree under one root element (`rootTag`, default body). */
export const eventsToTree = (events: readonly PageEvent[], rootTag = 'body'): PageElement => {
  const root: PageElement = { tag: rootTag, children: [] };
  const stack: PageElement[] = [root];
  /** Tags opened without an element of their own (too deep), so their closes are skipped too. */
  const folded: string[] = [];
  for (const e of events) {
    const top = stack[stack.length - 1] ?? root;
    if (e.kind === 'text') {
      const last = top.children[top.children.length - 1];
      if (typeof last === 'string') top.children[top.children.length - 1] = last + e.text;
      else top.children.push(e.text);
    } else if (e.kind === 'close') {
      const tag = folded.pop();
      if (tag !== undefined) {
        if (LINE_TAGS.has(tag)) top.children.push({ ...BR });
      } else if (stack.length > 1) stack.pop();
    } else if (stack.length > MAX_TREE_DEPTH) {
      const tag = e.tag.toLowerCase();
      folded.push(tag);
      if (LINE_TAGS.has(tag)) top.children.push({ ...BR });
    } else {
      const tag = e.tag.toLowerCase();
      const attrs: Record<string, string> = { ...e.extra };
      if (e.id) attrs.id = e.id;
      if (e.className) attrs.class = e.className;
      if (e.role) attrs.role = e.role;
      const el: PageElement = { tag: RENAME[tag] ?? tag, children: [] };
      if (Object.keys(attrs).length > 0) el.attrs = attrs;
      top.children.push(el);
      stack.push(el);
    }
  }
  return root;
};

/** Characters of text in a tree. */
export const treeTextLength = (n: PageNode): number =>
  typeof n === 'string' ? n.length : n.children.reduce((sum, c) => sum + treeTextLength(c), 0);

/** The tree as the HTML reader's nodes (shared/plan/read/html.ts). */
export const toHtmlNode = (n: PageNode): HtmlNode => {
  if (typeof n === 'string') return { kind: 'text', tag: '', text: n, attr: () => undefined, children: [] };
  const attrs = n.attrs ?? {};
  return {
    kind: 'element',
    tag: n.tag,
    text: '',
    attr: (name) => (Object.hasOwn(attrs, name) ? attrs[name] : undefined),
    children: n.children.map(toHtmlNode),
  };
};

/** A tree sent as JSON (from the page script), checked; null when it is absent or not a tree. */
export const parsePageTree = (json: unknown): PageElement | null => {
  if (typeof json !== 'string') return null;
  try {
    const v: unknown = JSON.parse(json);
    return isPageTree(v) ? v : null;
  } catch {
    return null;
  }
};

/** Whether a value from another world (the page, storage) has the tree's shape: checked before it is trusted. */
export const isPageTree = (v: unknown, depth = 0): v is PageElement => {
  if (typeof v !== 'object' || v === null || depth > MAX_TREE_DEPTH + 1) return false;
  const e = v as Partial<PageElement>;
  if (typeof e.tag !== 'string' || !Array.isArray(e.children)) return false;
  if (e.attrs !== undefined) {
    if (typeof e.attrs !== 'object' || e.attrs === null) return false;
    if (!Object.values(e.attrs).every((x) => typeof x === 'string')) return false;
  }
  return e.children.every((c) => typeof c === 'string' || isPageTree(c, depth + 1));
};

const STRUCTURE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul', 'table']);

/**
 * Whether the tree marks up any structure (headings, lists, tables). A tree of paragraphs alone says no more than
 * its lines, and the extractor's line stages read such text best (they split a collection page of paragraphs into
 * its plans; the block path takes it as one), so the caller reads it as text then.
 */
export const hasStructure = (n: PageNode): boolean => {
  const stack: PageNode[] = [n];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === undefined || typeof x === 'string') continue;
    if (STRUCTURE.has(x.tag)) return true;
    for (const c of x.children) stack.push(c);
  }
  return false;
};
