/**
 * A web page → blocks, as a reader sees the page: only the main content (navigation, sidebars, footers, share
 * buttons, hidden elements and scripts are clutter), each paragraph, line break, list item, heading or table-cell
 * line one line, inline tags that split a visible line joined. Pure: it walks a minimal element interface that a
 * parsed tree (hast, ./hast.ts) and a browser's DOM can both provide, so the extension gets the same blocks.
 */
import type { Block, BlockDocument, TableCell, TextBlock } from '../blocks.ts';
import { formatNumber } from './docx-numbering.ts';
import { squash } from '../blocks.ts';
import { markerAlone, parseMarker } from '../markers.ts';
import { WHERE_AM_I } from '../boilerplate.ts';
import { CONTENTS_HEAD } from '../vocabulary.ts';

/** The part of an HTML node this reader needs. */
export interface HtmlNode {
  kind: 'element' | 'text' | 'other';
  /** Lower-case tag name of an element; "" otherwise. */
  tag: string;
  /** Text of a text node; "" otherwise. */
  text: string;
  attr(name: string): string | undefined;
  children: readonly HtmlNode[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
  'form',
  'nav',
  'aside',
  'footer',
  'img',
  'video',
  'audio',
  'map',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'address',
  'center',
  'body',
  'html',
]);
/** Class or id words that name page chrome rather than the article. */
const CLUTTER =
  /(?:^|[\s_-])(?:nav|navbar|menu|menubar\w*|side[-_]?(?:bar|box|menu\w*|nav|col(?:umn)?)|breadcrumbs?|crumbs?|footer|share|social|toc|comments?|related|pager|pagination|prev|next|previous-link|next-link|modal|carousel|slider|search|author|byline|metadata|meta|copyright|widget|advert|ads?|banner|cookie|print|subscribe|tags?|skip|btn|button)(?:$|[\s_-])/i;
/**
 * An element's class and id words, as CLUTTER reads them; "no_toc" (Just the Docs, kramdown) keeps a heading out of the
 * page's contents list, so it marks the heading, not a contents list.
 */
const chromeNames = (n: HtmlNode): string =>
  `${n.attr('class') ?? ''} ${n.attr('id') ?? ''}`.replace(/(?:^|\s)no[_-]?toc(?=$|\s)/gi, ' ');
/** Elements that style text inside a line: never page chrome by their class. */
const INLINE_TEXT = new Set([
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'code',
  'kbd',
  'sup',
  'sub',
  'small',
  'mark',
  'abbr',
]);
/** Fonts whose letters are pictures (Word's bullets): "l" in Wingdings is a round bullet, "§" a square one. */
const SYMBOL_FONT = /font-family\s*:\s*['"]?(?:wingdings|webdings|symbol)\b/i;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const INDENT_STYLE = /(?:^|;)\s*(?:padding-left|margin-left|text-indent)\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|cm|in)?/i;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/i;

/** The panel of a disclosure box ("Reading Group FAQs (click to expand)"): closed on load, content when opened. */
const DISCLOSURE = /(?:^|[\s_-])(?:expand|expandable|collapse|collapsible|accordion|spoiler|toggle)(?:$|[\s_-])/i;

const isHidden = (n: HtmlNode): boolean =>
  n.attr('hidden') !== undefined ||
  n.attr('aria-hidden') === 'true' ||
  (HIDDEN_STYLE.test(n.attr('style') ?? '') && !DISCLOSURE.test(n.attr('class') ?? '') && !TAB_PANELS.has(n));

/**
 * Tab panels: hidden elements beside a shown one of the same tag and class ("协会概况 | 协会章程 | 组织机构" over
 * three div.contab, two of them display:none until their tab is clicked). A saved page has no one to click them:
 * each panel is the page's content.
 */
const TAB_PANELS = new WeakSet<HtmlNode>();

/**
 * A form that wraps the page (ASP.NET's <form runat="server"> around all of <body>): its text is the page's, not a
 * form's fields and buttons.
 */
const PAGE_FORMS = new WeakSet<HtmlNode>();

/**
 * Elements named like page chrome that hold half the page's text or more (Bootstrap's "panel-footer" box around a
 * whole course page): the page itself, whatever their class says.
 */
const PAGE_WRAPPERS = new WeakSet<HtmlNode>();

/** Page banners: <header> elements outside any article, section or main (the HTML spec's implicit role=banner). */
const BANNERS = new WeakSet<HtmlNode>();

/**
 * What reading a page needs to know of its elements before it starts, marked in one walk: its banners, its tab
 * panels, and a form or a chrome-named box that holds half its text or more (text counted as written, scripts and
 * styles aside).
 */
function markPage(root: HtmlNode): void {
  const wrappers: { n: HtmlNode; length: number; set: WeakSet<HtmlNode> }[] = [];
  /** The text's length under `n`, how much of it is link text, and whether a heading is there. */
  const visit = (n: HtmlNode, inside: boolean): { length: number; linked: number; headed: boolean } => {
    if (n.kind === 'text') return { length: n.text.trim().length, linked: 0, headed: false };
    if (n.kind !== 'element' || n.tag === 'script' || n.tag === 'style' || n.tag === 'head')
      return { length: 0, linked: 0, headed: false };
    if (n.tag === 'header' && !inside) BANNERS.add(n);
    const within = inside || n.tag === 'article' || n.tag === 'main' || n.tag === 'section';
    const groups = new Map<string, HtmlNode[]>();
    let length = 0;
    let linked = 0;
    let headed = /^h[1-3]$/.test(n.tag);
    for (const c of n.children) {
      const cls = c.kind === 'element' ? (c.attr('class') ?? '').trim() : '';
      const key = `${c.tag}.${cls}`;
      if (cls) groups.get(key)?.push(c) ?? groups.set(key, [c]);
      const v = visit(c, within);
      length += v.length;
      linked += v.linked;
      headed ||= v.headed;
    }
    if (n.tag === 'a') linked = length;
    for (const group of groups.values()) {
      const hidden = group.filter((c) => HIDDEN_STYLE.test(c.attr('style') ?? ''));
      if (hidden.length > 0 && hidden.length < group.length) for (const c of hidden) TAB_PANELS.add(c);
    }
    if (n.tag === 'form') wrappers.push({ n, length, set: PAGE_FORMS });
    // (A sidebar's tree of links to every note, however long, is still the site's navigation: no heading, mostly links.)
    else if (CLUTTER.test(chromeNames(n)) && (headed || linked * 2 < length))
      wrappers.push({ n, length, set: PAGE_WRAPPERS });
    return { length, linked, headed };
  };
  const all = visit(root, false).length;
  for (const { n, length, set } of wrappers) if (length * 2 >= all) set.add(n);
}

/** Elements that are no part of the text: scripts, media, UI — a form only when it does not wrap the page. */
const skipped = (n: HtmlNode): boolean => SKIP.has(n.tag) && !PAGE_FORMS.has(n);

const isClutter = (n: HtmlNode): boolean => {
  if (skipped(n) || isHidden(n) || BANNERS.has(n)) return true;
  const role = n.attr('role') ?? '';
  if (/^(?:navigation|banner|contentinfo|complementary|search|button)$/.test(role)) return true;
  // The notes at the foot of a page (Markdown's footnotes as Hugo, pandoc and markdown-it render them) are remarks on
  // the text, not parts of the plan; the Markdown reader leaves them out too.
  if (/^doc-(?:endnotes|footnotes?)$/.test(role) || /(?:^|\s)footnotes(?:$|\s)/.test(n.attr('class') ?? ''))
    return true;
  // A heading's permalink ("¶", "#", "§" after "Detailed Schedule" on Sphinx and MkDocs pages) is page UI.
  if (n.tag === 'a' && (n.attr('href') ?? '').startsWith('#') && /^\s*[¶#§🔗]?\s*$/u.test(textOf(n))) return true;
  // A link that goes nowhere but runs a script is a button ("Reading Group FAQs (click to expand)...").
  if (n.tag === 'a' && n.attr('href') === undefined && n.attr('onclick') !== undefined) return true;
  // …and so is one whose address is a script ("【打印正文】" → "javascript:doPrint()").
  if (n.tag === 'a' && /^\s*javascript:/i.test(n.attr('href') ?? '')) return true;
  // A breadcrumb trail set beside the heading it sits in ("韶关市计算机学会<span>当前位置：首页 >> …</span>").
  const lead = n.children[0];
  if (lead?.kind === 'text' && WHERE_AM_I.test(lead.text)) return true;
  // (…its lead set in an element of its own: "<span>当前位置：</span><a>首页</a> &gt; …"; the lead is read first, as
  // this runs for every element.)
  if (
    lead?.kind === 'element' &&
    INLINE_TEXT.has(lead.tag) &&
    WHERE_AM_I.test(textOf(lead)) &&
    squash(textOf(n)).length <= 150
  )
    return true;
  // Text styling inside a sentence is the sentence's, whatever its class says ("heti-skip" spacing around "LC-3").
  if (INLINE_TEXT.has(n.tag)) return false;
  const names = chromeNames(n);
  return (
    names.trim() !== '' &&
    CLUTTER.test(names) &&
    !/(?:^|\s)(?:article|content|main|post|entry)(?:$|\s)/i.test(names) &&
    !PAGE_WRAPPERS.has(n)
  );
};

const MAIN_NAME = /^(?:main|content|main-content|maincontent|primary)$/i;

/**
 * A table's own parts. A data table holding most of a page's text is part of the article (a syllabus page's long
 * schedule), not all of it: the headings beside it are the page's too. A layout table, its rows holding the page's
 * headings, can still be the article.
 */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * The element holding the article: <main>, <article> or role=main when the page marks it, else the element whose
 * own paragraphs hold most of the page's text (a Readability-like choice), else the body.
 */
export function mainContent(root: HtmlNode): HtmlNode {
  markPage(root);
  // The author's own mark wins over class names: Read the Docs wraps <div role="main"> in "wy-nav-content-wrap".
  const marked = findFirst(root, (n) => n.tag === 'main' || n.attr('role') === 'main', isHiddenOrSkipped);
  const article = articles(marked ?? root);
  if (article) return article;
  if (marked) return marked;
  // A template's own name for it: <div id="main">, <div id="content"> holding most of the text.
  const named = findFirst(root, (n) => MAIN_NAME.test(n.attr('id') ?? ''));
  if (named && textLength(named) >= textLength(root) * 0.5) return named;
  const body = findFirst(root, (n) => n.tag === 'body') ?? root;
  let best = body;
  let bestPath: HtmlNode[] = [];
  let bestScore = 0;
  const total = textLength(body);
  const path: HtmlNode[] = [];
  // Each element's text length, kept for the look at the siblings below.
  const sums = new Map<HtmlNode, number>();
  const visit = (n: HtmlNode): number => {
    if (n.kind === 'text') return n.text.trim().length;
    if (n.kind !== 'element' || isClutter(n)) return 0;
    path.push(n);
    let sum = 0;
    for (const c of n.children) sum += visit(c);
    path.pop();
    sums.set(n, sum);
    const most = BLOCK.has(n.tag) && sum > bestScore && sum >= total * 0.6 && n !== body;
    if (most && !(TABLE_PARTS.has(n.tag) && !holdsHeading(n))) {
      // The deepest element that still holds most of the text: its siblings are chrome.
      best = n;
      bestPath = [...path];
      bestScore = sum;
    }
    return sum;
  };
  visit(body);
  // Keep the body when no single element holds most of the text.
  if (bestScore === 0) return body;
  // …unless, on the way up to the body, a sibling holds sections of its own with a fair share of the text: the page's
  // parts side by side ("Rules" beside "Code of Conduct"), each a <section> with its headings.
  let inner = best;
  for (let k = bestPath.length - 1; k >= 0; k--) {
    const up = bestPath[k] as HtmlNode;
    const part = (c: HtmlNode) => c !== inner && (sums.get(c) ?? 0) >= bestScore * 0.15 && holdsHeading(c);
    if (up.children.some(part)) return up;
    inner = up;
  }
  return mainColumn(best, sums);
}

/**
 * The page's main column inside `n`: a child holding most of its text beside columns of links (a site's menu set
 * left of the article: "关于SCF / 学会简介 / 学会章程 / 总则 / 业务范围").
 */
function mainColumn(n: HtmlNode, sums: Map<HtmlNode, number>): HtmlNode {
  const whole = sums.get(n) ?? 0;
  const kids = n.children.filter((c) => (sums.get(c) ?? 0) > 0);
  const main = kids.find((c) => (sums.get(c) ?? 0) >= whole * 0.75);
  if (!main || kids.length < 2) return n;
  const menus = kids.every((c) => c === main || linkText(c) >= (sums.get(c) ?? 0) * 0.5);
  return menus ? mainColumn(main, sums) : n;
}

/** How much of an element's text is inside links. */
function linkText(n: HtmlNode): number {
  if (n.kind !== 'element' || isClutter(n)) return 0;
  if (n.tag === 'a') return textLength(n);
  let sum = 0;
  for (const c of n.children) sum += linkText(c);
  return sum;
}

/** Whether a heading element sits inside `n` (not counting tables nested in it, which are read on their own). */
function holdsHeading(n: HtmlNode): boolean {
  return n.children.some(
    (c) => c.kind === 'element' && c.tag !== 'table' && (/^h[1-6]$/.test(c.tag) || holdsHeading(c)),
  );
}

function textLength(n: HtmlNode): number {
  if (n.kind === 'text') return n.text.trim().length;
  if (n.kind !== 'element' || isClutter(n)) return 0;
  let sum = 0;
  for (const c of n.children) sum += textLength(c);
  return sum;
}

const isHiddenOrSkipped = (n: HtmlNode): boolean => skipped(n) || isHidden(n);

/**
 * The page's <article>: the one the page marks, or where it marks several side by side ("The Rules" in one, "What is
 * Summer Slide?" in the next, each its own <article>), the element that holds them all.
 */
function articles(root: HtmlNode): HtmlNode | null {
  // Each <article> with the elements above it, walked without recursion (a page may nest deeper than the call stack
  // goes); only an article's own path is copied.
  const found: HtmlNode[][] = [];
  const path: HtmlNode[] = [];
  const stack: [HtmlNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop() as [HtmlNode, number];
    if (n.kind !== 'element' || (n !== root && isClutter(n))) continue;
    path.length = depth;
    path.push(n);
    if (n.tag === 'article') found.push([...path]);
    else for (let k = n.children.length - 1; k >= 0; k--) stack.push([n.children[k] as HtmlNode, depth + 1]);
  }
  const first = found[0];
  if (!first) return null;
  // The deepest element above every one of them (the article itself when there is one).
  let shared = first.length;
  for (const p of found) {
    let k = 0;
    while (k < shared && p[k] === first[k]) k++;
    shared = k;
  }
  return first[shared - 1] ?? null;
}

/** The first element (depth first) that passes `test`, not looking inside what `skip` rejects. */
function findFirst(n: HtmlNode, test: (n: HtmlNode) => boolean, skip = isClutter): HtmlNode | null {
  const stack: HtmlNode[] = [n];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x?.kind !== 'element') continue;
    if (x !== n && skip(x)) continue;
    if (test(x)) return x;
    for (let i = x.children.length - 1; i >= 0; i--) {
      const c = x.children[i];
      if (c) stack.push(c);
    }
  }
  return null;
}

interface State {
  /** Whether ordered lists show their numbers as markers (a converted Word document writes its own). */
  numbers: boolean;
  heading?: number;
  /** How far below their tag's rank headings inside here stand: half a rank inside a card under a heading of its rank. */
  sink?: number;
  bold: number;
  indent: number;
  quote: boolean;
  listDepth: number;
  /** Inside a table that lays out the page: a table of single cells in it frames text as well. */
  grid?: boolean;
}

/** A list item waiting for its first line, with the marker its list shows. */
interface PendingItem {
  depth: number;
  ordered: boolean;
  marker?: string;
  parent: boolean;
}

/** A number written before an item's text ("1. ", Word's numbering as displayed): a bold title may still follow it. */
const isMarkerOnly = (s: string): boolean => markerAlone(s) !== null;

class Writer {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private boldChars = 0;
  private allChars = 0;
  private leadBold = '';
  private leadOpen = true;
  private state: State = { numbers: true, bold: 0, indent: 0, quote: false, listDepth: -1 };
  item: PendingItem | null = null;
  /** The page, where a disclosure button's panel is looked up by its id. */
  root: HtmlNode | null = null;
  /** What the page's own stylesheet says of its classes and lists. */
  sheet: Sheet = { bold: new Set(), numbering: new Map() };
  private ids: Map<string, HtmlNode> | null = null;

  /** The page's element with this id; the page is indexed once, on the first look-up (a page of many accordions). */
  byId(id: string): HtmlNode | undefined {
    if (!this.ids) {
      const ids = new Map<string, HtmlNode>();
      const stack: HtmlNode[] = this.root ? [this.root] : [];
      for (let n = stack.pop(); n; n = stack.pop()) {
        if (n.kind !== 'element' || isHiddenOrSkipped(n)) continue;
        const id = n.attr('id');
        if (id !== undefined && !ids.has(id)) ids.set(id, n);
        for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as HtmlNode);
      }
      this.ids = ids;
    }
    return this.ids.get(id);
  }

  text(s: string, st: State): void {
    if (this.parts.length === 0 && !s.trim()) return;
    if (this.parts.length === 0) this.state = st;
    this.parts.push(s);
    const visible = s.replace(/\s+/g, '').length;
    this.allChars += visible;
    if (st.bold > 0) {
      this.boldChars += visible;
      if (this.leadOpen) this.leadBold += s;
    } else if (visible > 0 && !(this.leadBold === '' && isMarkerOnly(this.parts.join('')))) this.leadOpen = false;
  }

  /** A contents list left out leaves nothing under its "目录" / "Contents" heading, written just before: it goes too. */
  dropContentsHead(): void {
    const last = this.blocks[this.blocks.length - 1];
    if (this.parts.length === 0 && last?.kind === 'text' && last.heading !== undefined && CONTENTS_HEAD.test(last.text))
      this.blocks.pop();
  }

  /** End the current visible line. */
  flush(): void {
    const text = squash(this.parts.join(''));
    const st = this.state;
    if (text) {
      const b: TextBlock = { kind: 'text', text };
      if (st.heading) b.heading = st.heading;
      if (this.allChars > 0 && this.boldChars === this.allChars) b.emphasis = 'all';
      else if (squash(this.leadBold) && this.boldChars > 0) {
        b.emphasis = 'lead';
        b.lead = squash(this.leadBold);
      }
      if (st.indent > 0) b.indent = st.indent;
      if (st.quote) b.quote = true;
      if (this.item) {
        b.list = { depth: this.item.depth, ordered: this.item.ordered, parent: this.item.parent };
        if (this.item.marker) b.list.marker = this.item.marker;
        this.item = null;
      } else if (st.listDepth >= 0) {
        b.indent = Math.max(b.indent ?? 0, st.listDepth + 1);
      }
      this.blocks.push(b);
    }
    this.parts = [];
    this.boldChars = 0;
    this.allChars = 0;
    this.leadBold = '';
    this.leadOpen = true;
  }
}

export interface HtmlReadResult extends BlockDocument {
  source: 'html';
}

/** Read a parsed page. `whole`: read the whole body (a Word document's HTML has no page chrome). */
export function readHtmlTree(root: HtmlNode, whole = false): BlockDocument {
  const main = whole ? (findFirst(root, (n) => n.tag === 'body') ?? root) : mainContent(root);
  const w = new Writer();
  w.root = root;
  w.sheet = readSheet(root);
  // An article found in a cell of the page's grid is framed as the grid frames it.
  const grid = main.tag === 'td' || main.tag === 'th';
  walk(main, { numbers: !whole, bold: 0, indent: 0, quote: false, listDepth: -1, ...(grid ? { grid } : {}) }, w);
  w.flush();
  if (whole) return { source: 'html', blocks: w.blocks };
  const named = tabNamed(root, w.blocks);
  const title = pageHeading(root, main) ?? named?.title;
  return { source: 'html', blocks: w.blocks.slice(named?.at ?? 0), ...(title ? { title } : {}) };
}

/** What the browser's tab shows for the page: its <title>. */
function tabName(root: HtmlNode): string {
  const tab = findFirst(
    root,
    (n) => n.tag === 'title',
    () => false,
  );
  return squash(tab ? textOf(tab) : '');
}

/** What sets a page's name apart from its site's name in the browser's tab ("善园基金会-…", "… | 学生处"). */
const TAB_SEPARATOR = /[-|｜·–—_:：]/;

/**
 * The line among the first few that the browser's tab names as the page ("善园基金会-宁波公益地标“善园”奠基仪式于17日举行"):
 * the page's title, however it is set. Short lines above it name the site's section that holds the page ("首页-公告",
 * "通知公告"), no part of it: `at` is where the page starts.
 */
function tabNamed(root: HtmlNode, blocks: Block[]): { title: string; at: number } | null {
  const name = tabName(root);
  const names = (text: string) =>
    text.length >= 6 &&
    (name === text ||
      (name.endsWith(text) && TAB_SEPARATOR.test(name.slice(0, -text.length).trimEnd().slice(-1))) ||
      (name.startsWith(text) && TAB_SEPARATOR.test(name.slice(text.length).trimStart().charAt(0))));
  const at = blocks.slice(0, 3).findIndex((b) => b.kind === 'text' && names(b.text));
  const line = blocks[at];
  if (line?.kind !== 'text') return null;
  const above = blocks.slice(0, at);
  const column = above.every((b) => b.kind === 'text' && b.text.length <= 12 && parseMarker(b.text) === null);
  return { title: line.text, at: column ? at : 0 };
}

/**
 * The page's one <h1>, when it stands outside the article (a hero banner over the content) and the article has none:
 * the page's title, so the article's first <h2> stays its first section.
 */
function pageHeading(root: HtmlNode, main: HtmlNode): string | undefined {
  const h1s: HtmlNode[] = [];
  // (A heading inside a link is the site's logo, "ESL RESOURCES" linking home: no title of this page.)
  const visit = (n: HtmlNode) => {
    if (n.kind !== 'element' || isHiddenOrSkipped(n) || n.tag === 'a') return;
    if (n.tag === 'h1') h1s.push(n);
    else for (const c of n.children) visit(c);
  };
  visit(root);
  const [h1] = h1s;
  if (h1s.length === 1 && h1 && !contains(main, h1)) return squash(textOf(h1)) || undefined;
  if (h1s.length > 0) return undefined;
  // No <h1>: a heading over the article (a banner's <h2>) that the browser's tab names too ("学校 | 学生守则 | 重要条例和
  // 校规") is the page's title.
  const names = new Set(
    tabName(root)
      .split(/\s+[|｜·–—-]\s+/)
      .filter(Boolean),
  );
  const banner = findFirst(
    root,
    (n) => /^h[2-3]$/.test(n.tag ?? '') && !contains(main, n) && names.has(squash(textOf(n))),
    isHiddenOrSkipped,
  );
  if (banner) return squash(textOf(banner));
  // …or the page's one heading of any rank, over an article with none of its own ("Sequence of Actiivties" over the
  // list of classes).
  const headings: HtmlNode[] = [];
  const all = (n: HtmlNode) => {
    if (n.kind !== 'element' || isClutter(n)) return;
    if (/^h[1-6]$/.test(n.tag)) headings.push(n);
    else for (const c of n.children) all(c);
  };
  all(root);
  const [only] = headings;
  return headings.length === 1 && only && !contains(main, only) ? squash(textOf(only)) || undefined : undefined;
}

function contains(a: HtmlNode, b: HtmlNode): boolean {
  if (a === b) return true;
  return a.kind === 'element' && a.children.some((c) => contains(c, b));
}

/** What a page's stylesheet says that this reader needs. */
interface Sheet {
  /** Class names set in bold. */
  bold: Set<string>;
  /**
   * The numbering lists show by tag ("ol") or class (".rules"): `null` for none ("ol { list-style: none }"), else
   * the style ("ol.sub { list-style-type: lower-alpha }").
   */
  numbering: Map<string, Numbering | null>;
}

/** The number format a list shows and what follows the number. */
interface Numbering {
  format: string;
  suffix: string;
}

/**
 * The page's own stylesheet rules, for plain selectors only (a tag, a class, or a tag and a class): which classes set
 * text in bold ("title_b" for the section names of a Word page), and which lists show no numbers — a page that types
 * "一." into each item of an <ol> hides the list's own "1.".
 */
function readSheet(root: HtmlNode): Sheet {
  const out: Sheet = { bold: new Set(), numbering: new Map() };
  const visit = (n: HtmlNode): void => {
    if (n.kind !== 'element') return;
    if (n.tag === 'style') {
      const css = textOf(n).replace(/\/\*[\s\S]*?\*\//g, '');
      for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        const body = rule[2] ?? '';
        const bold = BOLD_STYLE.test(body);
        const numbering = cssNumbering(body);
        if (!bold && numbering === undefined) continue;
        for (const sel of (rule[1] ?? '').split(',')) {
          const m = /^\s*([a-z0-9]*)(?:\.([\w-]+))?\s*$/i.exec(sel);
          if (!m) continue;
          if (bold && m[2]) out.bold.add(m[2]);
          if (numbering !== undefined && (m[1] || m[2]))
            out.numbering.set(m[2] ? `.${m[2]}` : (m[1] ?? '').toLowerCase(), numbering);
        }
      }
      return;
    }
    for (const c of n.children) visit(c);
  };
  visit(root);
  return out;
}

const styledBold = (n: HtmlNode, classes: ReadonlySet<string>): boolean =>
  classes.size > 0 && (n.attr('class') ?? '').split(/\s+/).some((c) => classes.has(c));

function textOf(n: HtmlNode): string {
  if (n.kind === 'text') return n.text;
  return n.kind === 'element' ? n.children.map(textOf).join('') : '';
}

/**
 * The button that opens an accordion's panel ("Week 1: 3D Shapes" over the week's content, collapsed on load) names
 * that panel, as a heading one rank above the headings inside it. Other buttons are page UI.
 */
function disclosureRank(button: HtmlNode, w: Writer): number | null {
  const target = (button.attr('aria-controls') ?? button.attr('data-target') ?? button.attr('data-bs-target') ?? '')
    .replace(/^#/, '')
    .trim();
  // (A disclosure says so by its class, or as ARIA's disclosure pattern does, by aria-expanded beside aria-controls.)
  if (
    !target ||
    !w.root ||
    (!/(?:^|[\s_-])(?:accordion|collaps\w*|toggle)(?:$|[\s_-])/i.test(button.attr('class') ?? '') &&
      button.attr('aria-expanded') === undefined)
  )
    return null;
  const panel = w.byId(target);
  if (!panel || textLength(panel) === 0) return null;
  const inner = findFirst(panel, (x) => /^h[1-6]$/.test(x.tag), isHiddenOrSkipped);
  return inner ? Number(inner.tag.slice(1)) - 0.5 : 6;
}

/** A JSP or ASP page's own tag ("<%@ include file=… %>"), left as text where the page was saved from its source. */
const SERVER_TAG = /<%[\s\S]*?%>/g;

/** The class of a panel's or a card's header bar: "am-panel-hd", "panel-heading", "card-header", "box-title". */
const PANEL_HEADER = /(?:^|\s)(?:[\w-]*-)?(?:panel|card|box|widget|portlet)[-_](?:hd|heading|header|title)(?:$|\s)/i;
/** A section's caption bar, as a template names it ("caption-strong-fall", "section-title"): a heading of the page. */
const SECTION_CAPTION = /(?:^|\s)(?:caption|section[-_]?title|sec[-_]title|section[-_]header)(?:[-_][\w-]+)?(?:$|\s)/i;

function walk(n: HtmlNode, st: State, w: Writer): void {
  if (n.kind === 'text') {
    // A numbered list typed line by line into one text ("一、总则\n1、考核目的\n为了…"), as pages whose stylesheet keeps
    // line breaks (white-space: pre-line) hold it: each line is one.
    const lines = st.heading ? [] : n.text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length >= 3 && lines.filter((l) => parseMarker(l.trim()) !== null).length >= 2) {
      for (const line of lines) {
        w.text(line, st);
        w.flush();
      }
      return;
    }
    // A server page's own tags left in a page saved from its source ("<%@ include file=… %>") are not its text.
    w.text(n.text.replace(SERVER_TAG, ' '), st);
    return;
  }
  if (n.kind === 'element' && n.tag === 'button' && !isHidden(n)) {
    const rank = disclosureRank(n, w);
    if (rank !== null) {
      w.flush();
      for (const c of n.children) walk(c, { ...st, heading: rank }, w);
      w.flush();
      return;
    }
  }
  if (n.kind !== 'element') return;
  if (isClutter(n)) {
    w.dropContentsHead();
    return;
  }
  // A bullet Word drew with a symbol font ("l" in Wingdings is ●): a list's mark, not text.
  if (SYMBOL_FONT.test(n.attr('style') ?? '') && textOf(n).trim().length <= 1) return;
  const tag = n.tag;
  if (tag === 'br') {
    // A line break inside a heading is layout: the heading is one line.
    if (st.heading) w.text(' ', st);
    else w.flush();
    return;
  }
  if (tag === 'table') {
    w.flush();
    // A table that lays out the page — its cells hold the headings of the page's sections, or it is one cell framing
    // the text, or a grid around such a frame (an old site's banner, menu and the article framed in a cell) — is no
    // table of data: its cells are read as the page shows them, one block after another.
    const grid = holdsFrame(n);
    if (grid || holdsHeading(n) || framesText(n, st.grid ? 2 : 3)) {
      const inner = grid ? { ...st, grid } : st;
      for (const c of n.children) walk(c, inner, w);
      w.flush();
      return;
    }
    const t = readTable(n);
    if (t) w.blocks.push(t);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) w.flush();
  const laid = block ? gridRows(n) : null;
  if (laid) {
    w.blocks.push({ kind: 'table', rows: laid, header: 0 });
    return;
  }
  let next = st;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) next = { ...next, heading: Number(heading[1]) + (st.sink ?? 0) };
  // A panel's or a card's header bar ("am-panel-hd", "panel-heading", "card-header") names the body under it, as a
  // heading a rank below the page's sections.
  else if (block && PANEL_HEADER.test(n.attr('class') ?? '') && textLength(n) <= 40) next = { ...next, heading: 3 };
  else if (block && SECTION_CAPTION.test(n.attr('class') ?? '') && textLength(n) <= 40) next = { ...next, heading: 2 };
  if (tag === 'b' || tag === 'strong' || BOLD_STYLE.test(n.attr('style') ?? '') || styledBold(n, w.sheet.bold))
    next = { ...next, bold: next.bold + 1 };
  if (tag === 'blockquote') next = { ...next, quote: true };
  if (block && tag !== 'li' && INDENT_STYLE.test(n.attr('style') ?? '')) {
    const m = INDENT_STYLE.exec(n.attr('style') ?? '');
    if (m && Number(m[1]) > 0) next = { ...next, indent: next.indent + 1 };
  }
  if (tag === 'ul' || tag === 'ol') {
    walkList(n, next, w);
    return;
  }
  if (tag === 'dl') {
    walkTerms(n, next, w);
    return;
  }
  // A list item with no list around it ("<p>Class #1</p><li>…</li><li>…</li>") shows as a bullet all the same: an
  // item of a list of bullets.
  if (tag === 'li' && st.listDepth < 0) {
    walkList({ kind: 'element', tag: 'ul', text: '', attr: () => undefined, children: [n] }, next, w);
    return;
  }
  const cards = cardsUnderHeading(n);
  const cut = heading ? breakBeforeText(n) : -1;
  n.children.forEach((c, k) => {
    // The text after the break is the paragraph under the heading, not part of its name.
    if (k === cut) w.flush();
    const inner = k >= cut && cut >= 0 ? st : next;
    walk(c, cards.has(c) ? { ...inner, sink: (inner.sink ?? 0) + 0.5 } : inner, w);
  });
  if (block) w.flush();
}

/** A heading's name is a line of a few words; text of a paragraph's length after a break in it is no part of it. */
const HEADING_LINE = 40;
const PARAGRAPH_AFTER = 80;

/**
 * A heading that names its part in a short line and then, after a line break, gives a paragraph's worth of text
 * ("<h3>August 4, 2021<br><a>Fox, M. D. (2018). Mapping symptoms…</a></h3>", a journal club's meeting and its paper):
 * the index of the break, the line before it being the heading; -1 where the heading is one name broken over lines.
 */
function breakBeforeText(h: HtmlNode): number {
  const at = h.children.findIndex((c) => c.kind === 'element' && c.tag === 'br');
  if (at <= 0) return -1;
  const before = h.children.slice(0, at).reduce((n, c) => n + textLength(c), 0);
  const after = h.children.slice(at + 1).reduce((n, c) => n + textLength(c), 0);
  return before > 0 && before <= HEADING_LINE && after >= PARAGRAPH_AFTER ? at : -1;
}

const NO_CARDS: ReadonlySet<HtmlNode> = new Set();

/**
 * Cards set one after another under a heading of the same rank as their own ("<h1>Previously Covered Papers</h1>" over
 * "<div class="project"><h1>Code llama…</h1>…</div>" repeated): boxes alike, each opening with its heading, are the
 * parts of the section the heading before them names.
 */
function cardsUnderHeading(parent: HtmlNode): ReadonlySet<HtmlNode> {
  // (Most elements hold no heading of their own: nothing to look at.)
  if (!parent.children.some((c) => c.kind === 'element' && /^h[1-6]$/.test(c.tag))) return NO_CARDS;
  const out = new Set<HtmlNode>();
  const kids = parent.children.filter((c) => c.kind === 'element');
  const opening = (c: HtmlNode) => {
    const first = c.children.find((x) => x.kind === 'element');
    return first && /^h[1-6]$/.test(first.tag) ? first.tag : undefined;
  };
  let above: string | undefined;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i] as HtmlNode;
    if (/^h[1-6]$/.test(c.tag)) {
      above = c.tag;
      continue;
    }
    const cls = c.attr('class');
    const tag = opening(c);
    let end = i;
    if (cls && tag && tag === above)
      while (kids[end]?.attr('class') === cls && opening(kids[end] as HtmlNode) === tag) end++;
    if (end - i >= 2) for (let k = i; k < end; k++) out.add(kids[k] as HtmlNode);
    i = Math.max(i, end - 1);
    above = undefined;
  }
  return out;
}

function walkList(list: HtmlNode, st: State, w: Writer): void {
  const numbering = listNumbering(list, w.sheet);
  const ordered = numbering !== null;
  let n = Number.parseInt(list.attr('start') ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  const depth = st.listDepth + 1;
  for (const li of list.children) {
    if (li.kind !== 'element' || li.tag !== 'li') {
      walk(li, st, w);
      continue;
    }
    const value = Number.parseInt(li.attr('value') ?? '', 10);
    if (Number.isFinite(value)) n = value;
    w.flush();
    w.item = { depth, ordered, parent: hasContentUnder(li) };
    if (numbering && st.numbers) w.item.marker = `${formatNumber(n, numbering.format)}${numbering.suffix}`;
    const inner: State = { ...st, listDepth: depth };
    for (const c of li.children) walk(c, inner, w);
    w.flush();
    w.item = null;
    n++;
  }
}

/**
 * Content under an item: a list, or a paragraph after the item's own text, with visible text (a list holding only
 * buttons is page UI). A loose list's item wraps its own text in a paragraph ("<li><p>Loops</p></li>"): that is the
 * item, not content under it.
 */
function hasContentUnder(li: HtmlNode): boolean {
  let own = false;
  for (const c of li.children) {
    if (textLength(c) === 0) continue;
    const block = c.kind === 'element' && (c.tag === 'ul' || c.tag === 'ol' || c.tag === 'p');
    if (block && (own || c.tag !== 'p')) return true;
    own = true;
  }
  return false;
}

/**
 * A description list ("<dt>Can I present?</dt><dd>Yes! …</dd>"): each term heads the description under it, as an item
 * of a list holds what is set in under it. (A numbered term, "<dt>一、人员范围</dt>", heads its part by its number.)
 */
function walkTerms(list: HtmlNode, st: State, w: Writer): void {
  const depth = st.listDepth + 1;
  for (const c of list.children) {
    if (c.kind === 'element' && c.tag === 'dt' && parseMarker(squash(textOf(c))) === null) {
      w.flush();
      w.item = { depth, ordered: false, parent: true };
      for (const x of c.children) walk(x, { ...st, listDepth: depth }, w);
      w.flush();
      w.item = null;
    } else walk(c, st, w);
  }
}

/** The `type` of an <ol> as the number format it shows. */
const OL_TYPES: Record<string, string> = { a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };

/**
 * CSS list styles as the number format the browser shows, and what follows the number: Chinese numbering is shown as
 * "一、", the rest as "1.". A style that shows no number (disc, none, a string such as '- ') makes bullets.
 */
const CSS_LIST_TYPES: Record<string, Numbering> = {
  decimal: { format: 'decimal', suffix: '.' },
  'decimal-leading-zero': { format: 'decimalZero', suffix: '.' },
  'lower-alpha': { format: 'lowerLetter', suffix: '.' },
  'lower-latin': { format: 'lowerLetter', suffix: '.' },
  'upper-alpha': { format: 'upperLetter', suffix: '.' },
  'upper-latin': { format: 'upperLetter', suffix: '.' },
  'lower-roman': { format: 'lowerRoman', suffix: '.' },
  'upper-roman': { format: 'upperRoman', suffix: '.' },
  'cjk-ideographic': { format: 'chineseCounting', suffix: '、' },
  'simp-chinese-informal': { format: 'chineseCounting', suffix: '、' },
  'trad-chinese-informal': { format: 'chineseCounting', suffix: '、' },
  'cjk-decimal': { format: 'decimal', suffix: '、' },
};
const LIST_STYLE = /(?:^|[;{\s])list-style(?:-type)?\s*:\s*([^;}]+)/i;

/**
 * The numbering a style declaration gives a list: a format, `null` for one that shows no number ("none", "disc", a
 * string such as '- '), or undefined when it does not say (a shorthand naming only a position or an image).
 */
function cssNumbering(style: string): Numbering | null | undefined {
  const css = LIST_STYLE.exec(style);
  if (!css) return undefined;
  const words = (css[1] ?? '').trim().toLowerCase().split(/\s+/);
  const known = words.map((x) => CSS_LIST_TYPES[x]).find((x) => x !== undefined);
  if (known) return known;
  return words.some((x) => /^(?:none|disc|circle|square|['"])/.test(x)) ? null : undefined;
}

/**
 * A class named for the numbering it gives ("alpha-list", "list-lower-roman"), read when the page's stylesheet is not
 * part of the saved page: the name is what the page's author wrote the style for.
 */
const NAMED_NUMBERING = /^(?:[a-z]+[-_])?(?:(lower|upper)[-_]?)?(alpha|latin|roman)(?:[-_][a-z]+)?$/i;

/**
 * The numbering a list shows: its inline list style, else the page's stylesheet for its classes or tag, else a class
 * named for a numbering, else an <ol>'s type; null for bullets.
 */
function listNumbering(list: HtmlNode, sheet: Sheet): Numbering | null {
  const classes = (list.attr('class') ?? '').split(/\s+/).filter(Boolean);
  const inline = cssNumbering(list.attr('style') ?? '');
  if (inline !== undefined) return inline;
  for (const key of [...classes.map((c) => `.${c}`), list.tag]) {
    const styled = sheet.numbering.get(key);
    if (styled !== undefined) return styled;
  }
  for (const c of classes) {
    const m = NAMED_NUMBERING.exec(c);
    if (m) return CSS_LIST_TYPES[`${(m[1] ?? 'lower').toLowerCase()}-${(m[2] ?? '').toLowerCase()}`] ?? null;
  }
  if (list.tag !== 'ol') return null;
  return { format: OL_TYPES[list.attr('type') ?? '1'] ?? 'decimal', suffix: '.' };
}

/**
 * A frame around the page's text, not rows and columns of data: a table with one cell that holds any text, or one
 * whose rows, three or more (two inside a page's grid), are one cell each: the page's paragraphs laid out one to a
 * row ("一、运动会比赛时间和地点：" / "2018年12月1-7日在…"). (A form keeps its empty cells to write in, "报告题目 | ", or a
 * box or two under each label.)
 */
function framesText(table: HtmlNode, rows = 3): boolean {
  let filled = 0;
  let wide = false;
  const isCell = (n: HtmlNode) => n.kind === 'element' && (n.tag === 'td' || n.tag === 'th');
  const count = (n: HtmlNode): void => {
    for (const c of n.children) {
      if (c.kind !== 'element' || c.tag === 'table') continue;
      if (isCell(c)) filled += textLength(c) > 0 ? 1 : 0;
      else count(c);
      if (c.tag === 'tr') wide ||= c.children.filter(isCell).length > 1;
    }
  };
  count(table);
  return filled === 1 || (filled >= rows && !wide);
}

/** Whether a cell of the table holds a table that frames text of its own: a grid of frames, not of data. */
function holdsFrame(table: HtmlNode): boolean {
  const inside = (n: HtmlNode, cell: boolean): boolean =>
    n.kind === 'element' &&
    n.children.some(
      (c) =>
        c.kind === 'element' &&
        ((cell && c.tag === 'table' && framesText(c, 2)) || inside(c, cell || c.tag === 'td' || c.tag === 'th')),
    );
  return inside(table, false);
}

/** A utility class that lays an element's children out in N columns (Tailwind's "grid-cols-3"). */
const GRID_COLUMNS = /(?:^|\s)grid-cols-(\d{1,2})(?:\s|$)/;

/**
 * A grid of short cells laid out in columns by a class ("grid grid-cols-3": a slot's time, its speaker, its talk, row
 * after row) is a table as the page shows it, one row for each N cells — when its cells are only words: no headings,
 * lists or tables in them (a grid of cards, each with its heading, is the page's sections side by side).
 */
function gridRows(n: HtmlNode): TableCell[][] | null {
  const columns = Number(GRID_COLUMNS.exec(n.attr('class') ?? '')?.[1] ?? 0);
  if (columns < 2) return null;
  const cells = n.children.filter((c) => c.kind === 'element' && !isClutter(c));
  const wordsOnly = (c: HtmlNode): boolean =>
    c.children.every((k) => k.kind !== 'element' || (!/^(?:h[1-6]|ul|ol|table)$/.test(k.tag) && wordsOnly(k)));
  if (cells.length < columns * 2 || !cells.every((c) => wordsOnly(c) && textLength(c) <= 200)) return null;
  const rows: TableCell[][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns).map(readCell));
  return rows.filter((r) => r.some((c) => c.lines.length > 0));
}

/** Rows and cells of a table; a cell spanning rows or columns is repeated where it spans. */
function readTable(table: HtmlNode): Block | null {
  const rows: { cells: TableCell[]; header: boolean }[] = [];
  const pending: { col: number; left: number; cell: TableCell }[] = [];
  const collectRows = (n: HtmlNode, inHead: boolean) => {
    for (const c of n.children) {
      if (c.kind !== 'element' || isClutter(c)) continue;
      if (c.tag === 'tr') rows.push(readRow(c, inHead, pending));
      else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') collectRows(c, inHead || c.tag === 'thead');
    }
  };
  collectRows(table, false);
  const kept = rows.filter((r) => r.cells.some((c) => c.lines.length > 0));
  if (kept.length === 0) return null;
  let header = 0;
  while (header < kept.length && kept[header]?.header) header++;
  return { kind: 'table', rows: kept.map((r) => r.cells), header };
}

function readRow(
  tr: HtmlNode,
  inHead: boolean,
  pending: { col: number; left: number; cell: TableCell }[],
): { cells: TableCell[]; header: boolean } {
  const cells: TableCell[] = [];
  let allTh = true;
  let any = false;
  const takePending = () => {
    for (;;) {
      const p = pending.find((x) => x.col === cells.length && x.left > 0);
      if (!p) return;
      cells.push(p.cell);
      p.left--;
    }
  };
  for (const c of tr.children) {
    if (c.kind !== 'element' || (c.tag !== 'td' && c.tag !== 'th')) continue;
    any = true;
    if (c.tag !== 'th') allTh = false;
    takePending();
    const cell = readCell(c);
    const span = Math.min(20, Math.max(1, Number.parseInt(c.attr('colspan') ?? '1', 10) || 1));
    const down = Math.min(500, Math.max(1, Number.parseInt(c.attr('rowspan') ?? '1', 10) || 1));
    for (let k = 0; k < span; k++) {
      if (down > 1) pending.push({ col: cells.length, left: down - 1, cell });
      cells.push(cell);
    }
  }
  takePending();
  return { cells, header: inHead || (any && allTh) };
}

function readCell(td: HtmlNode): TableCell {
  const w = new Writer();
  for (const c of td.children) walk(c, { numbers: true, bold: 0, indent: 0, quote: false, listDepth: -1 }, w);
  w.flush();
  const lines: string[] = [];
  for (const b of w.blocks) {
    if (b.kind === 'text') lines.push(b.text);
    else for (const r of b.rows) for (const c of r) lines.push(...c.lines);
  }
  return { lines };
}
