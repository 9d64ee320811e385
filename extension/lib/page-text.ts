/**
 * A page's main text as lines, for the plan extractor. Runs inside the page (bundled into the injected script) and
 * in node tests on a linkedom document. The DOM is walked once (page-walk.ts: visible text only, shadow roots and
 * same-origin iframes included, bounded in time and size); Readability then picks the article from a copy built
 * from that walk, but only on pages small enough for it: its cost grows much faster than the page (measured here in
 * Chromium: 600 paragraphs 0.2 s, 1,500 paragraphs 2–14 s, 2,000 elements nested 511 deep 10 s), so a larger page
 * is read whole and the extractor's clutter filter does the rest.
 */
import { Readability } from '@mozilla/readability';
import { MAX_INPUT_CHARS, PAGE_WALK_BUDGET_MS } from './limits.ts';
import type { PageElement } from './page-tree.ts';
import { eventsToTree, hasStructure } from './page-tree.ts';
import { eventsToText, tidyLines, walkPage } from './page-walk.ts';
import type { DomDoc, DomNode, PageEvent, PageWalk } from './page-walk.ts';

export { tidyLines };
export type { DomNode };

export type PageTextSource = 'selection' | 'article' | 'page';

/** The document members used here besides the walk's, structurally (no DOM library in the core's tsconfig). */
export interface DomDocument extends DomDoc {
  title: string;
  implementation?: { createHTMLDocument(title: string): BuildDoc };
}
export interface BuildNode {
  appendChild(n: BuildNode): unknown;
  setAttribute(name: string, value: string): void;
}
export interface BuildDoc {
  body: BuildNode | null;
  createElement(tag: string): BuildNode;
  createTextNode(text: string): BuildNode;
}

export interface PageText {
  title: string;
  text: string;
  source: PageTextSource;
  /** The page was too large or too slow to read whole: only its first part is in `text`. */
  cut: boolean;
  /**
   * The same content with its block structure (headings, lists, tables) for the block reader, as JSON of a page tree
   * (page-tree.ts): the article (root tag `article`, so the reader takes it whole) or the page's body (the reader
   * picks its main content). A string crosses from the page to the extension in one piece, where a tree of thousands
   * of objects costs seconds and is cut at about 100 levels of nesting. Absent for a selection (read as text) and
   * for content with no headings, lists or tables (its lines say as much).
   */
  treeJson?: string;
}

/** Readability runs only within these bounds (see the header). */
const READABILITY_MAX_ELEMENTS = 1500;
const READABILITY_MAX_DEPTH = 48;
const READABILITY_MAX_BLOCKS = 400;

/** Below this many characters the article guess is not trusted and the whole page is used. */
const MIN_ARTICLE_CHARS = 200;

const NO_LIMIT = { maxChars: Number.POSITIVE_INFINITY, deadline: Number.POSITIVE_INFINITY, now: () => 0 };

/** Text of a subtree with a line break at every block boundary and a tab between table cells (no styles known). */
export const nodeToText = (root: DomNode): string => eventsToText(walkPage(root, null, NO_LIMIT).events);

/** A subtree's visible content with its block structure (no styles known: inline hidden styles still count). */
export const nodeToTree = (root: DomNode, rootTag = 'body'): PageElement =>
  eventsToTree(walkPage(root, null, NO_LIMIT).events, rootTag);

const PARAGRAPHS = new Set(['P', 'LI', 'TD', 'DD', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const countBlocks = (events: readonly PageEvent[]): number =>
  events.reduce((n, e) => n + (e.kind === 'open' && PARAGRAPHS.has(e.tag) ? 1 : 0), 0);

/** A detached document holding what the walk saw (visible content, shadow and iframe content inline). */
const buildCopy = (make: () => BuildDoc | null, events: readonly PageEvent[]): BuildDoc | null => {
  const copy = make();
  if (!copy?.body) return null;
  const stack: BuildNode[] = [copy.body];
  for (const e of events) {
    const top = stack[stack.length - 1];
    if (!top) break;
    if (e.kind === 'text') top.appendChild(copy.createTextNode(e.text));
    else if (e.kind === 'close') stack.pop();
    else {
      // An iframe's content is read inline: a div keeps it (an <iframe> element cannot hold children).
      const el = copy.createElement(e.tag === 'IFRAME' || e.tag === 'FRAME' ? 'div' : e.tag.toLowerCase());
      if (e.id) el.setAttribute('id', e.id);
      if (e.className) el.setAttribute('class', e.className);
      if (e.role) el.setAttribute('role', e.role);
      for (const [k, v] of Object.entries(e.extra ?? {})) el.setAttribute(k, v);
      top.appendChild(el);
      stack.push(el);
    }
  }
  return copy;
};

const article = (
  make: () => BuildDoc | null,
  walk: PageWalk,
): { title: string; text: string; tree: PageElement } | null => {
  if (
    walk.cut !== null ||
    walk.elements > READABILITY_MAX_ELEMENTS ||
    walk.maxDepth > READABILITY_MAX_DEPTH ||
    countBlocks(walk.events) > READABILITY_MAX_BLOCKS
  )
    return null;
  try {
    const copy = buildCopy(make, walk.events);
    if (!copy) return null;
    const parsed = new Readability(copy as unknown as ConstructorParameters<typeof Readability>[0], {
      serializer: (n) => n as unknown as DomNode,
      charThreshold: 100,
    }).parse();
    if (!parsed?.content) return null;
    const events = walkPage(parsed.content as unknown as DomNode, null, NO_LIMIT).events;
    const body = eventsToText(events);
    if (body.length < MIN_ARTICLE_CHARS) return null;
    const head = (parsed.title ?? '').trim();
    const withHead = head !== '' && !body.slice(0, 200).includes(head);
    const tree = eventsToTree(events, 'article');
    // The article's title as a line of its own, as in the text (a heading rank here would make it the document's
    // title over every plan of a collection page).
    if (withHead) tree.children.unshift({ tag: 'p', children: [head] });
    return { title: head, text: withHead ? `${head}\n${body}` : body, tree };
  } catch {
    // An unusual page can make Readability throw; the whole page's text still serves.
    return null;
  }
};

const STRUCTURE_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'OL', 'UL', 'TABLE']);
const isStructureOpen = (e: PageEvent): boolean => e.kind === 'open' && STRUCTURE_TAGS.has(e.tag);

const treeField = (tree: PageElement): { treeJson?: string } =>
  hasStructure(tree) ? { treeJson: JSON.stringify(tree) } : {};

export interface ReadOptions {
  /** An empty document to copy the page into for Readability (default: doc.implementation; linkedom has none). */
  createDocument?: () => BuildDoc | null;
  maxChars?: number;
  budgetMs?: number;
  now?: () => number;
}

/**
 * The text to import: the selection when there is one, else Readability's article (with its title line first when
 * the text does not already start with it), else the whole page's visible text.
 */
export const readPage = (doc: DomDocument, selection: string, opts: ReadOptions = {}): PageText => {
  const maxChars = opts.maxChars ?? MAX_INPUT_CHARS;
  const now = opts.now ?? (() => Date.now());
  const title = (doc.title ?? '').trim();
  const picked = tidyLines(selection);
  if (picked !== '')
    return { title, text: picked.slice(0, maxChars), source: 'selection', cut: picked.length > maxChars };
  if (!doc.body) return { title, text: '', source: 'page', cut: false };
  const walk = walkPage(doc.body, doc.defaultView, {
    maxChars,
    deadline: now() + (opts.budgetMs ?? PAGE_WALK_BUDGET_MS),
    now,
  });
  const make = opts.createDocument ?? (() => doc.implementation?.createHTMLDocument('') ?? null);
  const found = article(make, walk);
  if (found)
    return { title: found.title || title, text: found.text, source: 'article', cut: false, ...treeField(found.tree) };
  const text = eventsToText(walk.events);
  return {
    title,
    text: text.slice(0, maxChars),
    source: 'page',
    cut: walk.cut !== null,
    // The tree is built only when the walk saw structure (a scan of the events is cheaper than the tree).
    ...(walk.events.some(isStructureOpen) ? treeField(eventsToTree(walk.events, 'body')) : {}),
  };
};
