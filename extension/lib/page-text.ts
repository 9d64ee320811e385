/**
 * A page's main text as lines, for the plan extractor. Runs inside the page (bundled into the injected script) and
 * in node tests on a linkedom document; uses only standard DOM. Plans rely on line breaks (一、 at the start of a
 * line), so block boundaries become newlines rather than being run together as textContent would.
 */
import { Readability } from '@mozilla/readability';

export type PageTextSource = 'selection' | 'article' | 'page';

/**
 * The few DOM members used here, structurally, so this module type-checks without the DOM library (the core's
 * tsconfig has none) and runs on a browser document or a linkedom one alike.
 */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  tagName?: string;
}
export interface DomDocument {
  title: string;
  body: DomNode | null;
  cloneNode(deep: boolean): unknown;
}

export interface PageText {
  title: string;
  text: string;
  source: PageTextSource;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'svg',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);
const CELL = new Set(['TD', 'TH']);

/** Text of a subtree with a line break at every block boundary and a tab between table cells. */
export const nodeToText = (root: DomNode): string => {
  const out: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      out.push((n.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' '));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = n.tagName ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
    else if (CELL.has(tag)) out.push('\t');
  };
  walk(root);
  return tidyLines(out.join(''));
};

/** Trim each line, drop blank runs, keep the order. */
export const tidyLines = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');

/** Below this many characters the article guess is not trusted and the whole page is used. */
const MIN_ARTICLE_CHARS = 200;

/**
 * The text to import: the selection when there is one, else Readability's article (with its title line first when
 * the text does not already start with it), else the whole page's text.
 */
export const readPage = (doc: DomDocument, selection: string): PageText => {
  const title = (doc.title ?? '').trim();
  const picked = tidyLines(selection);
  if (picked !== '') return { title, text: picked, source: 'selection' };
  try {
    // Readability changes the document it is given: work on a copy.
    const copy = doc.cloneNode(true) as ConstructorParameters<typeof Readability>[0];
    const article = new Readability(copy, { serializer: (n) => n as unknown as DomNode, charThreshold: 100 }).parse();
    if (article?.content) {
      const body = nodeToText(article.content);
      if (body.length >= MIN_ARTICLE_CHARS) {
        const head = (article.title ?? '').trim();
        const text = head !== '' && !body.slice(0, 200).includes(head) ? `${head}\n${body}` : body;
        return { title: head || title, text, source: 'article' };
      }
    }
  } catch {
    // An unusual page can make Readability throw; the whole page's text still serves.
  }
  return { title, text: doc.body ? nodeToText(doc.body) : '', source: 'page' };
};
