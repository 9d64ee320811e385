/**
 * Markdown → blocks, through mdast-util-from-markdown with GFM tables and YAML front matter: `#` depth and setext
 * headings as heading ranks, list nesting and the numbers a renderer shows, emphasis, block quotes, tables. Inline
 * syntax (emphasis marks, links, code spans, inline HTML such as badges) is formatting: only its visible text stays.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Block, BlockDocument, TableCell, TextBlock } from '../blocks.ts';
import { squash } from '../blocks.ts';
import { parseMarker } from '../markers.ts';
import { CONTENTS_HEAD } from '../vocabulary.ts';
import { readFrontMatter } from './front-matter.ts';
import { readHtmlSource } from './parse5.ts';
import { pipeRows } from './pipe-table.ts';

/** The mdast node shapes this reader looks at (a structural subset of mdast's types). */
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  alt?: string | null;
  url?: string;
  children?: MdNode[];
  position?: { start: { line: number; offset?: number }; end?: { line: number } };
}

/** Characters of Markdown parsed at once: micromark's work grows faster than its input on long documents. */
const CHUNK = 8_000;

/**
 * The source cut into pieces that parse the same alone: each cut falls before a line at the left margin that starts
 * a heading, a list item or a paragraph after a blank line, outside code fences and HTML comments. A list cut in two
 * keeps its numbers (readMarkdown starts the second part where the first stopped).
 */
export function markdownChunks(text: string): { text: string; line: number }[] {
  if (text.length <= 3 * CHUNK) return [{ text, line: 0 }];
  const lines = text.split('\n');
  const out: { text: string; line: number }[] = [];
  let start = 0;
  let size = 0;
  let fence = '';
  let comment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const prevBlank = i > 0 && (lines[i - 1] ?? '').trim() === '';
    // Never before a thematic break or setext underline ("---" would open front matter at a chunk's start).
    const rule = /^(?:[-*_=]\s*){3,}$/.test(line);
    if (size >= CHUNK && !fence && !comment && !rule && /^(?:#{1,6}\s|\d{1,9}[.)]\s|[-*+]\s|\S)/.test(line)) {
      if (prevBlank || /^(?:#{1,6}\s|\d{1,9}[.)]\s|[-*+]\s)/.test(line)) {
        out.push({ text: lines.slice(start, i).join('\n'), line: start });
        start = i;
        size = 0;
      }
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) fence = fence ? (line.trim().startsWith(fence) ? '' : fence) : (f[1] ?? '').slice(0, 3);
    if (!fence) {
      if (line.includes('<!--')) comment = !line.slice(line.lastIndexOf('<!--')).includes('-->');
      else if (comment && line.includes('-->')) comment = false;
    }
    size += line.length + 1;
  }
  out.push({ text: lines.slice(start).join('\n'), line: start });
  return out;
}

/**
 * GFM without single-tilde strikethrough: in a plan "加1~3分…加2~5分" is two ranges, and striking the words between
 * them would lose both "~"; "~~struck~~" still strikes.
 */
const GFM = gfm({ singleTilde: false });

/** Built once: combining the syntax extensions is a large part of parsing a small piece. */
const OPTIONS = {
  // YAML between "---" lines, or TOML between "+++" lines as Hugo sites write it.
  extensions: [GFM, frontmatter(['yaml', 'toml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
};

/** Later chunks have no front matter: a "---" there is a rule. */
const BODY_OPTIONS = { extensions: [GFM], mdastExtensions: [gfmFromMarkdown()] };

/**
 * `lineBreaks`: each line of a paragraph is a line of its own, as GitHub shows a comment and a plain-text editor a
 * file — for text that was typed or pasted rather than written as a Markdown file. Lines set in further than the
 * paragraph's first carry that indentation as evidence.
 */
export function readMarkdown(text: string, options: { lineBreaks?: boolean } = {}): BlockDocument {
  const doc: BlockDocument = { source: 'markdown', blocks: [] };
  // The number the list at the end of the last piece would give its next item.
  let next: number | undefined;
  for (const chunk of markdownChunks(text)) {
    const root = fromMarkdown(chunk.text, chunk.line === 0 ? OPTIONS : BODY_OPTIONS) as MdNode;
    // A list cut in two goes on counting: the second piece's first item typed "1." (every item typed so) or typed
    // with its own number is the item after the last one before the cut.
    const head = root.children?.[0];
    if (next !== undefined && head?.type === 'list' && head.ordered && head.position?.start.line === 1)
      if ((head.start ?? 1) === 1 || head.start === next) head.start = next;
    const tail = root.children?.[root.children.length - 1];
    next = tail?.type === 'list' && tail.ordered ? (tail.start ?? 1) + (tail.children?.length ?? 0) : undefined;
    const before = doc.blocks.length;
    readRoot(root, doc, chunk, options.lineBreaks ? chunk.text.split('\n') : undefined);
    if (chunk.line > 0) for (const b of doc.blocks.slice(before)) if (b.no !== undefined) b.no += chunk.line;
  }
  return doc;
}

function readRoot(
  root: MdNode,
  doc: BlockDocument,
  chunk: { text: string; line: number },
  source: string[] | undefined,
): void {
  const first = chunk.line === 0;
  for (const node of root.children ?? []) {
    if ((node.type === 'yaml' || node.type === 'toml') && first) {
      const meta = readFrontMatter(node.value ?? '');
      if (meta.title) doc.title = meta.title;
      if (meta.goals.length > 0) doc.goals = meta.goals;
      continue;
    }
    // Under a "Table of Contents" heading, lines that are each one link (numbered or not) are the site's pages.
    const last = doc.blocks[doc.blocks.length - 1];
    if (last?.kind === 'text' && last.heading !== undefined && CONTENTS_HEAD.test(last.text) && linkLines(node))
      continue;
    const ctx: Context = { depth: -1, quote: false, text: chunk.text };
    flow(node, doc.blocks, source ? { ...ctx, source } : ctx);
  }
}

/** A paragraph or list whose every line or item is one link, with at most a number or bullet before it. */
function linkLines(node: MdNode): boolean {
  if (node.type === 'list')
    return (node.children ?? []).every((item) => (item.children ?? []).every((c) => linkLines(c)));
  if (node.type !== 'paragraph') return false;
  const lines: MdNode[][] = [[]];
  for (const c of node.children ?? []) {
    if (isLineBreak(c)) lines.push([]);
    else if (c.type === 'text') splitText(lines, c, '\n');
    else lines[lines.length - 1]?.push(c);
  }
  return lines.every((parts) => {
    const links = parts.filter((c) => c.type === 'link' || c.type === 'linkReference').length;
    const rest = parts
      .filter((c) => c.type !== 'link' && c.type !== 'linkReference')
      .map(inline)
      .join('');
    return (links === 1 && /^\s*(?:\d{1,3}[.、)]?|[-*•])?\s*$/.test(rest)) || (links === 0 && rest.trim() === '');
  });
}

/**
 * A heading's anchor written after it, which a site generator shows as no text: "{#details}", "{#intro .unnumbered}"
 * (Pandoc, kramdown, Hugo), and an MDX comment in braces (Docusaurus: the comment "#details" between slash-star marks).
 */
const HEADING_ID = /\s*\{(?:#[\w-]+(?:\s+[.#][\w-]+)*|\/\*[^{}]*?\*\/)\}\s*$/;

/** HTML that makes headings, lists or tables: read by the HTML reader. */
const STRUCTURE_TAG = /<(?:h[1-6]|table|ul|ol|dl)\b/i;

/**
 * A line of block HTML that is page UI, not text: a link to a place in the page itself (a "Week Selection" menu's
 * "<a href=\"#week-1\">Week 1 (2/1, 2/3)</a>") or a button.
 */
const PAGE_UI_LINE = /^\s*(?:<a\s[^>]*href\s*=\s*["']#[^"']*["'][^>]*>.*<\/a>|<button\b.*<\/button>)\s*$/i;

interface Context {
  /** Depth of the innermost list around the node (-1 outside lists). */
  depth: number;
  quote: boolean;
  /** The source's lines, when each line of a paragraph is a line of its own. */
  source?: string[];
  /** The source the nodes' positions count in. */
  text: string;
}

const lineOf = (n: MdNode): number | undefined => n.position?.start.line;

function flow(node: MdNode, out: Block[], ctx: Context): void {
  switch (node.type) {
    case 'heading': {
      const text = squash(inline(node)).replace(HEADING_ID, '');
      if (text) out.push(withQuote({ kind: 'text', text, heading: node.depth ?? 1, no: lineOf(node) }, ctx));
      return;
    }
    case 'paragraph': {
      // A kramdown table without a delimiter row is still a table: every line a row of pipe-separated cells.
      const rows = pipeRows(rawText(node));
      if (rows) {
        out.push({ kind: 'table', rows: rows.map((r) => r.map(cell)), header: 1, no: lineOf(node) });
        return;
      }
      for (const b of paragraphBlocks(node, ctx)) out.push(withQuote(withDepth(unspacedHeading(b, ctx), ctx), ctx));
      return;
    }
    case 'list': {
      if (isContents(node)) return;
      let n = node.start ?? 1;
      for (const item of node.children ?? []) {
        // A rendered list shows "1." whatever was typed; text read as typed (a plain-text file that looks like
        // Markdown) keeps its delimiter ("1)").
        const at = item.position?.start.offset ?? 0;
        const typed = (ctx.source && /^\d{1,9}([.)])/.exec(ctx.text.slice(at, at + 12).trimStart())?.[1]) || '.';
        listItem(item, out, { ...ctx, depth: ctx.depth + 1 }, node.ordered ? `${n}${typed}` : undefined);
        n++;
      }
      return;
    }
    case 'blockquote':
      for (const c of node.children ?? []) flow(c, out, { ...ctx, quote: true });
      return;
    case 'table': {
      const rows = (node.children ?? []).map((row) => (row.children ?? []).map((c) => cell(cellText(c))));
      if (rows.length > 0) out.push({ kind: 'table', rows, header: 1, no: lineOf(node) });
      return;
    }
    case 'html': {
      // Block HTML other than comments: read as the page it renders to where it has structure (a Jekyll page's
      // <h2> and <table>), else its visible text, one line per tag-separated line. A stylesheet or a script shows
      // nothing.
      const v = (node.value ?? '').replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
      if (/^\s*<!--/.test(v) || !v.trim()) return;
      if (STRUCTURE_TAG.test(v)) {
        for (const b of readHtmlSource(v, true).blocks)
          out.push(
            b.kind === 'text' ? withQuote(withDepth({ ...b, no: lineOf(node) }, ctx), ctx) : { ...b, no: lineOf(node) },
          );
        return;
      }
      for (const line of stripTags(
        v
          .split('\n')
          .filter((l) => !PAGE_UI_LINE.test(l))
          .join('\n'),
      ).split('\n')) {
        const text = squash(line);
        if (text)
          out.push(withQuote(withDepth(unspacedHeading({ kind: 'text', text, no: lineOf(node) }, ctx), ctx), ctx));
      }
      return;
    }
    case 'code': {
      // A plan its author indented (four spaces make a code block in Markdown): its lines are the plan's text. A block
      // fenced with ``` or ~~~ was set apart on purpose (a prompt, a sample): it is shown as written, no structure.
      FENCE.lastIndex = node.position?.start.offset ?? 0;
      const fenced = FENCE.test(ctx.text);
      if (fenced || !isIndentedPlan(node.value ?? '')) return;
      const lines = (node.value ?? '').split('\n');
      const margin = lines.reduce((m, l) => (l.trim() ? Math.min(m, indentOf(l)) : m), Number.POSITIVE_INFINITY);
      const start = lineOf(node);
      lines.forEach((line, i) => {
        const text = squash(line);
        if (!text) return;
        const block: TextBlock = { kind: 'text', text, no: start === undefined ? undefined : start + i };
        if (indentOf(line) > margin) block.indent = 1;
        out.push(withQuote(withDepth(block, ctx), ctx));
      });
      return;
    }
    default:
      // Code, thematic breaks, link definitions and footnote definitions are not the plan's text.
      return;
  }
}

/**
 * A table of contents: a list whose every item, nested ones too, is only a link to a place in the page
 * ("[**第一章 总则**](#chapter-1)"). It repeats the headings; it is the page's navigation, not its outline.
 */
function isContents(list: MdNode, top = true): boolean {
  const items = list.children ?? [];
  return (
    items.length >= (top ? 2 : 1) &&
    items.every((item) =>
      (item.children ?? []).every((c) =>
        c.type === 'list' ? isContents(c, false) : c.type === 'paragraph' && onlyAnchorLink(c),
      ),
    )
  );
}

/** Inline content that is one link to an anchor of the page, whatever emphasis wraps it. */
function onlyAnchorLink(n: MdNode): boolean {
  const kids = (n.children ?? []).filter((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''));
  if (kids.length !== 1) return false;
  const [k] = kids as [MdNode];
  if (k.type === 'link') return /^#|^user-content-/.test(k.url ?? '');
  return (k.type === 'strong' || k.type === 'emphasis') && onlyAnchorLink(k);
}

function listItem(item: MdNode, out: Block[], ctx: Context, marker: string | undefined): void {
  const children = item.children ?? [];
  const parent = children.length > 1;
  let first = true;
  for (const c of children) {
    if (first && c.type === 'paragraph') {
      const [head, ...more] = paragraphBlocks(c, ctx);
      if (head) {
        head.list = { depth: ctx.depth, ordered: marker !== undefined, parent: parent || more.length > 0 };
        if (marker) head.list.marker = marker;
        out.push(withQuote(head, ctx));
      }
      for (const b of more) out.push(withQuote(withDepth(b, ctx), ctx));
    } else if (first && c.type === 'heading' && (marker || c.position?.end?.line !== c.position?.start.line)) {
      // A numbered item's text set as a heading ("1. ### Markdown"), or made one by an empty bullet under it ("定时器编程"
      // / "   - " underlines it, as CommonMark reads "-" under a line): the item, its number beside it, in its list.
      // ("* ## 培训方案大纲", a heading typed into a bullet, is a heading.)
      const text = squash(inline(c)).replace(HEADING_ID, '');
      const list = { depth: ctx.depth, ordered: marker !== undefined, parent, ...(marker ? { marker } : {}) };
      if (text) out.push(withQuote({ kind: 'text', text, no: lineOf(c), list }, ctx));
    } else {
      flow(c, out, ctx);
    }
    first = false;
  }
  if (children.length === 0 && marker) {
    // An empty numbered item still shows its number; nothing to read.
    return;
  }
}

/**
 * "##课程性质", "#第一章 初识深度学习#": a heading written without the space CommonMark needs shows as a paragraph,
 * but its writer meant a heading of that depth (classic Markdown reads it so), and a reader takes it as one. The
 * hashes are its syntax, as in any heading: the text is what stands between them, so "##一、活动背景##" keeps its 一、.
 */
function unspacedHeading(b: TextBlock, ctx: Context): TextBlock {
  const m = /^(#{1,6})[^#\s]/.exec(b.text);
  // …not a field of the title block set in hashes ("###版本:V1.0").
  const field = /^#+\s*(?:版本|作者|日期|更新|version|author|date)\s*[:：]/i.test(b.text);
  if (!m || ctx.depth >= 0 || b.text.length > 60 || field) return b;
  const text = b.text
    .slice(m[1]?.length ?? 0)
    .replace(/(?<![A-Za-z])\s*#+$/, '')
    .trim();
  return text ? { ...b, text, heading: (m[1] ?? '#').length } : b;
}

/**
 * A soft line break before a lettered marker opening a sentence ("\n   a. If no one comes…"); lettered clauses that
 * go on with the sentence ("a project that\n a) is related…, or\n b) …") stay in it.
 */
const LETTER_LINE = /\n(?=[ \t]*(?:[a-zA-Z][.)]|\([a-zA-Z]\))[ \t]+[A-Z\u4e00-\u9fff])/;

/** A hard line break: a Markdown break or an HTML <br>. */
const isLineBreak = (c: MdNode): boolean =>
  c.type === 'break' || (c.type === 'html' && /^<br\s*\/?>$/i.test(c.value ?? ''));

/** A text node's pieces between `at`, each opening a new line after the first. */
function splitText(lines: MdNode[][], c: MdNode, at: string | RegExp): void {
  (c.value ?? '').split(at).forEach((piece, k) => {
    if (k > 0) lines.push([]);
    lines[lines.length - 1]?.push({ ...c, value: piece });
  });
}

/** A line of a text node that starts with hashes and no space ("##一、…"), at the node's start or after a newline. */
const UNSPACED_LINE = /(?:^|\n)#{1,6}[^#\s]/;

/** A text node's source lines, each line written as an unspaced heading opening a line and closing it. */
function hashLines(lines: MdNode[][], c: MdNode): void {
  let cutAfter = false;
  (c.value ?? '').split('\n').forEach((piece, k) => {
    const current = lines[lines.length - 1] ?? [];
    const hash = /^#{1,6}[^#\s]/.test(piece) && (k > 0 || current.length === 0);
    if (k > 0 && (hash || cutAfter)) lines.push([{ ...c, value: piece }]);
    else current.push({ ...c, value: k > 0 ? `\n${piece}` : piece });
    cutAfter = hash;
  });
}

/** A paragraph's visible lines (a hard break starts a new one), with emphasis evidence for the first. */
function paragraphBlocks(p: MdNode, ctx: Context): TextBlock[] {
  const lines: MdNode[][] = [[]];
  for (const c of p.children ?? []) {
    // "#二.\t班委会制度" with the section's text on the next line, or "##三、…" and "###12. …" on two lines: each
    // unspaced heading is a line of its own (see unspacedHeading), though CommonMark runs the lines into one paragraph.
    if (c.type === 'text' && !ctx.source && UNSPACED_LINE.test(c.value ?? '')) {
      hashLines(lines, c);
      continue;
    }
    if (isLineBreak(c)) lines.push([]);
    else if (c.type === 'text' && (ctx.source || LETTER_LINE.test(c.value ?? '')))
      // Each source line its own, or (CommonMark knowing no lettered lists) a line opened by "a." / "(b)": the
      // writer's sub-item, though a renderer runs it on into the item above.
      splitText(lines, c, ctx.source ? '\n' : LETTER_LINE);
    else lines[lines.length - 1]?.push(c);
  }
  const start = lineOf(p);
  const margin = ctx.source && start !== undefined ? indentOf(ctx.source[start - 1]) : 0;
  const out: TextBlock[] = [];
  lines.forEach((parts, i) => {
    const text = squash(parts.map(inline).join(''));
    if (!text) return;
    const no = ctx.source && start !== undefined ? start + i : start;
    const block: TextBlock = { kind: 'text', text, no };
    // (In steps of a tab: "\t\t- Importing…" under "\tSqoop" is set in one step further.)
    const set = ctx.source && i > 0 && no !== undefined ? indentOf(ctx.source[no - 1]) - margin : 0;
    if (set > 0) block.indent = Math.max(1, Math.round(set / 4));
    if (i === 0) {
      const lead = leadingStrong(parts);
      if (lead !== null) {
        const leadText = squash(lead);
        const rest = squash(text.slice(leadText.length)).replace(/^[:：]\s*$/, '');
        if (leadText && rest === '') block.emphasis = 'all';
        else if (leadText) {
          block.emphasis = 'lead';
          block.lead = leadText;
        }
      }
    }
    out.push(block);
  });
  return out;
}

/**
 * A code block that is an outline in words: most of its lines hold Chinese, some open with a section's number
 * ("1.vs和vscode下载安装和配置", "二、接触js"), and none reads as code (a statement's end, a brace, an assignment, a
 * tag, a comment).
 */
function isIndentedPlan(value: string): boolean {
  const lines = value.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const prose = lines.filter((l) => /[\u4e00-\u9fa5]/.test(l)).length;
  const numbered = lines.filter((l) => parseMarker(l.trim())).length;
  const code = lines.some((l) => /[;{}]\s*$|^\s*(?:\/\/|#|<\/?[a-z]|[\w.]+\s*=[^=])/i.test(l));
  return !code && prose * 5 >= lines.length * 4 && numbered * 3 >= lines.length;
}

/** A code fence where a code block starts (sticky: read at the block's offset, not from a copy of the rest). */
const FENCE = /[ \t]*(?:```|~~~)/y;

/** How far a source line is set in: a tab counts as four spaces. */
const indentOf = (line: string | undefined): number => {
  const lead = /^[ \t]*/.exec(line ?? '')?.[0] ?? '';
  return lead.replace(/\t/g, '    ').length;
};

/** The text of a bold (or bold link) run that opens the line, or null. */
function leadingStrong(parts: MdNode[]): string | null {
  const first = parts.find((c) => !(c.type === 'text' && !(c.value ?? '').trim()) && c.type !== 'html');
  if (!first) return null;
  if (first.type === 'strong') return inline(first);
  if (first.type === 'link' || first.type === 'emphasis') {
    const kids = (first.children ?? []).filter((c) => !(c.type === 'text' && !(c.value ?? '').trim()));
    if (kids.length === 1 && kids[0]?.type === 'strong') return inline(first);
  }
  return null;
}

/** Visible text of inline content: emphasis, links and code keep their text; HTML, images and notes are dropped. */
function inline(n: MdNode): string {
  switch (n.type) {
    case 'text':
      return (n.value ?? '').replace(/\n/g, ' ');
    case 'inlineCode':
      return n.value ?? '';
    case 'break':
      return ' ';
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return '';
    default:
      return (n.children ?? []).map(inline).join('');
  }
}

/** A paragraph's source-like text with its line breaks, for recognising pipe tables that GFM did not parse. */
function rawText(n: MdNode): string {
  if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'html') return n.value ?? '';
  if (n.type === 'break') return '\n';
  return (n.children ?? []).map(rawText).join('');
}

/** A table cell's lines: `<br>` inside a cell breaks its line. */
function cellText(c: MdNode): string {
  return (c.children ?? [])
    .map((x) => (x.type === 'html' ? (/^<br\s*\/?>$/i.test(x.value ?? '') ? '\n' : '') : inline(x)))
    .join('');
}

function cell(text: string): TableCell {
  return {
    lines: stripTags(text)
      .split('\n')
      .map(squash)
      .filter((l) => l !== ''),
  };
}

function stripTags(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

function withDepth(b: TextBlock, ctx: Context): TextBlock {
  if (ctx.depth >= 0) b.indent = ctx.depth + 1;
  return b;
}

function withQuote(b: TextBlock, ctx: Context): TextBlock {
  if (ctx.quote) b.quote = true;
  return b;
}
