/**
 * The one walk over a page's DOM, as the reader sees it: visible content only, in the order it renders. Its typed
 * output is a flat stream of open/close/text events with each element's tag (and the id/class/role Readability
 * scores by), from which page-text.ts builds lines today and a structured block model (headings, lists, tables) can
 * be built later without walking the DOM again.
 *
 * - Open shadow roots are entered (the flat tree: a host's shadow content, with slotted light children where its
 *   <slot>s are; https://developer.mozilla.org/docs/Web/API/HTMLSlotElement/assignedNodes), and so are same-origin
 *   iframes (contentDocument is null for cross-origin ones, which are skipped).
 * - Not imported: display:none and hidden subtrees, aria-hidden="true" subtrees (hidden from assistive technology
 *   for the whole subtree, https://developer.mozilla.org/docs/Web/Accessibility/ARIA/Reference/Attributes/aria-hidden),
 *   and text whose element is visibility:hidden (a descendant may be made visible again, so only the text is skipped).
 * - Iterative with an explicit stack (100,000 nested elements do not overflow the call stack), linear in the page,
 *   and stopped by a character cap and a time budget: the result says it was cut.
 * Runs in the page (the injected script) and in node tests on a linkedom document: only standard DOM, typed
 * structurally so it type-checks without the DOM library.
 */

export interface DomStyle {
  display: string;
  visibility: string;
  /** What numbers a list shows ("decimal", "cjk-ideographic", "none"): set by a stylesheet as often as inline. */
  listStyleType?: string;
  /** How heavy its text is ("400", "700"): a class the stylesheet sets bold is a bold line a reader sees. */
  fontWeight?: string;
}
export interface DomView {
  getComputedStyle?(el: DomNode): DomStyle;
}
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  hasAttributes?(): boolean;
  tagName?: string;
  getAttribute?(name: string): string | null;
  shadowRoot?: DomNode | null;
  contentDocument?: DomDoc | null;
  assignedNodes?(options: { flatten: boolean }): DomNode[];
}
export interface DomDoc extends DomNode {
  body: DomNode | null;
  defaultView?: DomView | null;
}

export type PageEvent =
  | { kind: 'open'; tag: string; id: string; className: string; role: string; extra?: Record<string, string> }
  | { kind: 'close'; tag: string }
  | { kind: 'text'; text: string };

export interface PageWalk {
  events: PageEvent[];
  /** Elements opened. */
  elements: number;
  maxDepth: number;
  /** Characters of visible text collected. */
  chars: number;
  /** Why the walk stopped early, or null when it read everything. */
  cut: 'size' | 'time' | null;
}

export interface WalkOptions {
  maxChars: number;
  /** Stop when now() passes this (same clock as `now`). */
  deadline: number;
  now: () => number;
}

/** Elements whose content is never page text (scripts, styles, form controls, media). */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'math',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'HEAD',
]);

/** Attributes the block reader needs besides id/class/role: list numbering and table spans (kept when present). */
const STRUCTURE_ATTRS: Record<string, readonly string[]> = {
  BUTTON: ['aria-controls', 'data-target', 'data-bs-target'],
  OL: ['start', 'type', 'reversed', 'style'],
  UL: ['style'],
  LI: ['value'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
};

/** A button naming the panel it opens (aria-controls, Bootstrap's data-target). */
const opensPanel = (n: DomNode): boolean =>
  Boolean(n.getAttribute?.('aria-controls') || n.getAttribute?.('data-target') || n.getAttribute?.('data-bs-target'));

const structureAttrs = (n: DomNode, tag: string): Record<string, string> | undefined => {
  const names = STRUCTURE_ATTRS[tag];
  if (!names) return undefined;
  let out: Record<string, string> | undefined;
  for (const name of names) {
    const v = n.getAttribute?.(name) ?? null;
    if (v !== null) {
      out ??= {};
      out[name] = v;
    }
  }
  return out;
};

const NO_STYLE: DomStyle = { display: '', visibility: '' };

const inlineStyle = (el: DomNode): DomStyle => {
  const s = (el.getAttribute?.('style') ?? '').toLowerCase();
  return {
    display: /(^|;)\s*display\s*:\s*none\b/.test(s) ? 'none' : '',
    visibility: /(^|;)\s*visibility\s*:\s*(hidden|collapse)\b/.test(s) ? 'hidden' : '',
  };
};

/** Children to walk: a sibling chain (the usual case, no allocation) or a list (slotted nodes). */
interface Frame {
  next: DomNode | null;
  list: DomNode[] | null;
  i: number;
  tag: string | null;
  textVisible: boolean;
  /** Its text is set bold (the computed style says so). */
  bold: boolean;
  view: DomView | null | undefined;
}

/** The nodes rendered in place of `el`'s children: shadow content, slotted nodes, an iframe's body; null for none. */
const renderedChildren = (
  el: DomNode,
  tag: string,
  view: DomView | null | undefined,
): Pick<Frame, 'next' | 'list' | 'view'> | null => {
  if (tag === 'IFRAME' || tag === 'FRAME') {
    let doc: DomDoc | null | undefined = null;
    try {
      doc = el.contentDocument;
    } catch {
      doc = null; // cross-origin
    }
    return doc?.body ? { next: doc.body.firstChild, list: null, view: doc.defaultView } : null;
  }
  if (el.shadowRoot) return { next: el.shadowRoot.firstChild, list: null, view };
  if (tag === 'SLOT' && el.assignedNodes) {
    const assigned = el.assignedNodes({ flatten: true });
    if (assigned.length > 0) return { next: null, list: assigned, view };
  }
  return { next: el.firstChild, list: null, view };
};

/** Walk `root` (a document's body, or any element) and collect its visible content as events. */
export const walkPage = (root: DomNode, view: DomView | null | undefined, opts: WalkOptions): PageWalk => {
  const out: PageWalk = { events: [], elements: 0, maxDepth: 0, chars: 0, cut: null };
  const stack: Frame[] = [{ next: root.firstChild, list: null, i: 0, tag: null, textVisible: true, bold: false, view }];
  let visited = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (!top) break;
    let n: DomNode | null | undefined;
    if (top.list) n = top.list[top.i++];
    else {
      n = top.next;
      if (n) top.next = n.nextSibling;
    }
    if (!n) {
      stack.pop();
      if (top.tag !== null) out.events.push({ kind: 'close', tag: top.tag });
      continue;
    }
    if (++visited % 512 === 0 && opts.now() > opts.deadline) {
      out.cut = 'time';
      break;
    }
    if (n.nodeType === 3) {
      if (!top.textVisible) continue;
      const text = (n.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      if (text === '') continue;
      out.events.push({ kind: 'text', text });
      out.chars += text.length;
      if (out.chars > opts.maxChars) {
        out.cut = 'size';
        break;
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = n.tagName ?? '';
    // A button that opens an accordion's panel names it (the block reader decides): only such a button is kept.
    if (SKIP.has(tag) && !(tag === 'BUTTON' && opensPanel(n))) continue;
    // Most elements of a long page have no attributes: skip the attribute reads for them.
    const attrs = n.hasAttributes ? n.hasAttributes() : true;
    if (attrs && (n.getAttribute?.('aria-hidden') === 'true' || (n.getAttribute?.('hidden') ?? null) !== null))
      continue;
    const computed = top.view?.getComputedStyle;
    const style = computed ? computed.call(top.view, n) : attrs ? inlineStyle(n) : NO_STYLE;
    if (style.display === 'none') continue;
    const textVisible = computed
      ? style.visibility === 'visible'
      : style.visibility === 'hidden'
        ? false
        : top.textVisible;
    const kids = renderedChildren(n, tag, top.view);
    if (!kids) continue;
    out.elements++;
    let extra = attrs ? structureAttrs(n, tag) : undefined;
    // A list's numbering as the page shows it, whether its stylesheet or its own style attribute sets it.
    if (computed && style.listStyleType && (tag === 'OL' || tag === 'UL'))
      extra = { ...extra, style: `list-style-type: ${style.listStyleType}` };
    // Text a stylesheet sets bold, marked where it turns bold (its children inherit it), as an inline style would.
    const bold = computed ? Number.parseInt(style.fontWeight ?? '', 10) >= 600 : top.bold;
    if (bold && !top.bold) extra = { ...extra, style: `${extra?.style ? `${extra.style}; ` : ''}font-weight: 700` };
    out.events.push(
      attrs
        ? {
            kind: 'open',
            tag,
            id: n.getAttribute?.('id') ?? '',
            className: n.getAttribute?.('class') ?? '',
            role: n.getAttribute?.('role') ?? '',
            ...(extra ? { extra } : {}),
          }
        : { kind: 'open', tag, id: '', className: '', role: '', ...(extra ? { extra } : {}) },
    );
    stack.push({ ...kids, i: 0, tag, textVisible, bold });
    if (stack.length - 1 > out.maxDepth) out.maxDepth = stack.length - 1;
  }
  // Close what is still open, so a cut walk is still balanced.
  for (let i = stack.length - 1; i >= 1; i--) {
    const tag = stack[i]?.tag;
    if (tag) out.events.push({ kind: 'close', tag });
  }
  return out;
};

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
  'IFRAME',
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
const CELL = new Set(['TD', 'TH']);

/** Trim each line, drop blank runs, keep the order. */
export const tidyLines = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');

/** Lines from the events: a line break at every block boundary, a tab between table cells. */
export const eventsToText = (events: readonly PageEvent[]): string => {
  const out: string[] = [];
  for (const e of events) {
    if (e.kind === 'text') out.push(e.text);
    else if (BLOCK.has(e.tag)) out.push('\n');
    else if (e.kind === 'close' && CELL.has(e.tag)) out.push('\t');
  }
  return tidyLines(out.join(''));
};
