/**
 * A plain, JSON-safe HTML tree: what a page that parsed HTML with the browser's DOMParser (the add-on's import
 * dialog, given the clipboard's text/html) can send to a host with no DOM and no HTML parser (Apps Script).
 * A text node is a string; an element is its lower-case tag, the few attributes the HTML reader (./html.ts) asks
 * for, and its children. The receiving side does not trust the tree: `plainToHtmlNode` checks its shape and size
 * and says what is wrong. Pure: no DOM, no Node.
 */
import type { BlockDocument } from '../blocks.ts';
import { readHtmlTree, type HtmlNode } from './html.ts';

export interface PlainElement {
  tag: string;
  attrs?: Record<string, string>;
  children?: PlainHtml[];
}
export type PlainHtml = string | PlainElement;

/** The attributes ./html.ts reads (hidden content, page chrome, indentation, bold, list numbering, spans). */
export const PLAIN_HTML_ATTRIBUTES: readonly string[] = [
  'class',
  'id',
  'role',
  'style',
  'hidden',
  'aria-hidden',
  'colspan',
  'rowspan',
  'start',
  'type',
  'value',
];

/** Limits a sender keeps to (deeper nesting is flattened into its text) and a receiver enforces. */
export const PLAIN_HTML_LIMITS = { depth: 120, nodes: 100_000, attributeChars: 2_000 } as const;

export type PlainHtmlProblem = 'shape' | 'depth' | 'nodes' | 'text';

export class PlainHtmlError extends Error {
  constructor(readonly problem: PlainHtmlProblem) {
    super(`plain HTML tree: ${problem}`);
  }
}

const TAG = /^[a-z][a-z0-9-]{0,40}$/;
const KEPT = new Set(PLAIN_HTML_ATTRIBUTES);
const none = (): undefined => undefined;

/**
 * Check a received tree and adapt it to the reader's element interface. Throws PlainHtmlError when it is not a
 * tree of the shape above, nests deeper or has more nodes than PLAIN_HTML_LIMITS, or holds more than `maxText`
 * characters of text.
 */
export function plainToHtmlNode(tree: unknown, maxText = Number.POSITIVE_INFINITY): HtmlNode {
  let nodes = 0;
  let text = 0;
  const adapt = (n: unknown, depth: number): HtmlNode => {
    if (++nodes > PLAIN_HTML_LIMITS.nodes) throw new PlainHtmlError('nodes');
    if (depth > PLAIN_HTML_LIMITS.depth) throw new PlainHtmlError('depth');
    if (typeof n === 'string') {
      text += n.length;
      if (text > maxText) throw new PlainHtmlError('text');
      return { kind: 'text', tag: '', text: n, attr: none, children: [] };
    }
    if (typeof n !== 'object' || n === null || Array.isArray(n)) throw new PlainHtmlError('shape');
    const { tag, attrs, children } = n as { tag?: unknown; attrs?: unknown; children?: unknown };
    if (typeof tag !== 'string' || !TAG.test(tag)) throw new PlainHtmlError('shape');
    const kept = new Map<string, string>();
    if (attrs !== undefined) {
      if (typeof attrs !== 'object' || attrs === null || Array.isArray(attrs)) throw new PlainHtmlError('shape');
      for (const [k, v] of Object.entries(attrs)) {
        if (typeof v !== 'string') throw new PlainHtmlError('shape');
        if (KEPT.has(k)) kept.set(k, v.slice(0, PLAIN_HTML_LIMITS.attributeChars));
      }
    }
    if (children !== undefined && !Array.isArray(children)) throw new PlainHtmlError('shape');
    const kids = (children ?? []).map((c) => adapt(c, depth + 1));
    return { kind: 'element', tag, text: '', attr: (name) => kept.get(name), children: kids };
  };
  return adapt(tree, 0);
}

/**
 * A pasted fragment → blocks. What was copied is what the teacher wants read: the whole fragment (no choosing of
 * a page's main content), and ordered lists show their numbers as the page that was copied showed them.
 */
export function readPastedHtml(tree: unknown, maxText?: number): BlockDocument {
  const root = plainToHtmlNode(tree, maxText);
  // readHtmlTree reads a <main> in full, numbers shown; a fragment is wrapped in one.
  const main: HtmlNode = { kind: 'element', tag: 'main', text: '', attr: none, children: [root] };
  return readHtmlTree(main);
}
