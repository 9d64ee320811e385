/**
 * The clipboard's HTML (what Word, WPS and browsers put there beside the plain text) → a plain tree the server can
 * read (shared/plan/read/plain-html.ts). Parsed with the browser's DOMParser into a document that is never shown
 * nor inserted into the page: its scripts do not run and its images do not load. Only tags, the attributes the
 * reader needs and text are kept.
 */
import { PLAIN_HTML_ATTRIBUTES, PLAIN_HTML_LIMITS, type PlainHtml } from '../../../shared/plan/read/plain-html.ts';

/** Never content: left out before sending. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'meta',
  'link',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
]);
const TAG = /^[a-z][a-z0-9-]{0,40}$/;

/**
 * The tree of pasted HTML, or null when there is no visible text in it or it is too large to send as a tree (the
 * plain text is used then). Nesting deeper than the limit is flattened into its text.
 */
export function pastedHtmlTree(html: string): PlainHtml | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let nodes = 0;
  const convert = (node: Node, depth: number): PlainHtml | null => {
    if (++nodes > PLAIN_HTML_LIMITS.nodes) throw new RangeError('too many nodes');
    if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
    if (!(node instanceof Element)) return null;
    const name = node.localName.toLowerCase();
    if (DROP.has(name)) return null;
    // Word's own elements (o:p, v:shape…) are inline wrappers.
    const tag = TAG.test(name) ? name : 'span';
    if (depth >= PLAIN_HTML_LIMITS.depth - 1) return node.textContent ?? '';
    const attrs: Record<string, string> = {};
    for (const a of PLAIN_HTML_ATTRIBUTES) {
      const v = node.getAttribute(a);
      if (v !== null) attrs[a] = v.slice(0, PLAIN_HTML_LIMITS.attributeChars);
    }
    const children: PlainHtml[] = [];
    for (const c of Array.from(node.childNodes)) {
      const x = convert(c, depth + 1);
      if (x !== null && x !== '') children.push(x);
    }
    return { tag, attrs, children };
  };
  if (!(doc.body.textContent ?? '').trim()) return null;
  try {
    return convert(doc.body, 0);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** The visible text of a tree, one line per block-ish element (for a paste that carried HTML only). */
export function treeText(tree: PlainHtml): string {
  const out: string[] = [];
  const walk = (n: PlainHtml): void => {
    if (typeof n === 'string') {
      out.push(n);
      return;
    }
    const block = /^(?:p|div|li|h[1-6]|tr|br|table|ul|ol|blockquote|section|article)$/.test(n.tag);
    if (block) out.push('\n');
    for (const c of n.children ?? []) walk(c);
    if (n.tag === 'td' || n.tag === 'th') out.push('\t');
    if (block) out.push('\n');
  };
  walk(tree);
  return out
    .join('')
    .replace(/[ \t]*\n\s*\n+/g, '\n')
    .trim();
}
