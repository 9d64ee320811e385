/**
 * A PDF's text items → blocks, as the page shows them: items on one baseline make a line (in reading order), lines
 * that the layout broke inside a paragraph are joined, and each line keeps its evidence — font size relative to the
 * body text (a larger line is a heading, ranked by size), indentation, and a font other than the body's (bold). Pure:
 * the items come from any PDF text layer (pdfjs-dist in ../../cli/read-pdf.ts).
 */
import type { Block, BlockDocument, TextBlock } from '../blocks.ts';
import { joinWrapped, squash } from '../blocks.ts';
import { RUNS_ON } from '../vocabulary.ts';
import { BULLET, findTables, leaderRow, leaderTables, type PdfEntry } from './pdf-table.ts';
import { continues, type PdfRule, type RuledTable, ruledTables } from './pdf-grid.ts';
import { ruledEntries } from './pdf-ruled.ts';
import { brokenByLayout } from './pdf-wrap.ts';
import { parseMarker } from '../markers.ts';
import { whenAt } from '../when.ts';
import { DECIMAL_START } from '../numerals.ts';

/** One positioned run of text on a page, in PDF units (y grows upwards). */
export interface PdfTextItem {
  page: number;
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's scale). */
  size: number;
  fontName: string;
}

/** A run of a line set apart from the rest by a gap wider than two characters: a table cell's line, or a column. */
export interface PdfCell {
  x: number;
  right: number;
  text: string;
  /** Where each text run of the cell starts on the page, and at which character of `text`. */
  runs: { x: number; at: number }[];
}

export interface PdfLine {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  font: string;
  text: string;
  /** Vertical gap to the line above on the same page (0 for the first line of a page). */
  gap: number;
  cells: PdfCell[];
  /** Where the line's first font gives way to another: the end of a run-in phrase set apart by its type. */
  lead?: number;
  /** How many Latin letters and digits after `lead` are set in a font that is not bold. */
  plain?: number;
}

/** Words in a font's name that say its glyphs are bold. */
const BOLD_NAME = /bold|black|heavy|semibold|demi|(?:^|\+)(?:CMBX?|CMBXTI|CMBXSL|SFBX)\d|-Medi\b/i;

/**
 * A font name that says its glyphs are bold: by name, or by the weight of a variable font's instance (macOS names
 * one ".SFNS-Regular_…_wght2BC0000": weight 0x2BC, 700, in 16.16 fixed point).
 */
export const isBoldFont = (name: string): boolean => {
  if (BOLD_NAME.test(name)) return true;
  const w = /_wght([0-9A-Fa-f]{1,4})0000(?![0-9A-Fa-f])/.exec(name);
  return w !== null && Number.parseInt(w[1] ?? '0', 16) >= 600;
};

/**
 * A list number whose glyphs the text layer cannot name (no Unicode for the list font's digits: "\u0000. 时间"). The
 * page shows 1., 2., 3.: the number is counted again from the items at the same indent.
 */
function lostNumber(text: string): { length: number; mark: string } | null {
  let i = 0;
  while (text.charCodeAt(i) === 0 || text[i] === '\ufffd') i++;
  const m = i > 0 ? /^\s*([.、)])\s*/.exec(text.slice(i)) : null;
  return m ? { length: i + m[0].length, mark: m[1] ?? '.' } : null;
}

/** The number of a lost-number item at `x`: one more than the last at that indent, or 1 for a new (nested) list. */
function countNumber(open: { x: number; n: number }[], x: number): number {
  while (open.length > 0 && (open[open.length - 1]?.x ?? 0) > x + 2) open.pop();
  const top = open[open.length - 1];
  if (top && Math.abs(top.x - x) <= 2) return ++top.n;
  open.push({ x, n: 1 });
  return 1;
}

/**
 * The radicals (CJK Radicals Supplement) that are whole characters, with the ideograph each stands for (Unicode's
 * EquivalentUnifiedIdeograph.txt): fonts map simplified glyphs such as 页 and 见 to them ("分⻚操作", "常⻅").
 * Kangxi radicals (⼀, ⽣) come back by NFKC.
 */
const RADICAL_FORMS = new Map(
  Object.entries({
    '\u2e8c': '小',
    '\u2e97': '心',
    '\u2e9f': '母',
    '\u2ea0': '民',
    '\u2ea9': '王',
    '\u2eae': '竹',
    '\u2ebc': '肉',
    '\u2ec1': '虎',
    '\u2ec4': '西',
    '\u2ec5': '见',
    '\u2ec6': '角',
    '\u2ec9': '贝',
    '\u2ecb': '车',
    '\u2ed1': '長',
    '\u2ed3': '长',
    '\u2ed4': '门',
    '\u2ed7': '雨',
    '\u2ed8': '青',
    '\u2ed9': '韦',
    '\u2eda': '页',
    '\u2edb': '风',
    '\u2edc': '飞',
    '\u2edd': '食',
    '\u2ee2': '马',
    '\u2ee3': '骨',
    '\u2ee4': '鬼',
    '\u2ee5': '鱼',
    '\u2ee6': '鸟',
    '\u2ee7': '卤',
    '\u2ee8': '麦',
    '\u2ee9': '黄',
    '\u2eea': '黾',
    '\u2eec': '齐',
    '\u2eee': '齿',
    '\u2ef0': '龙',
    '\u2ef3': '龟',
  }),
);

/**
 * Type spaced out for display ("实 验 一 、 P Y T H O N 开 发 环 境", a cover's "2 0 2 3 秋"): most of the line's
 * pieces between spaces are one character. The reader reads the words; a space stays only between two longer pieces.
 */
export function unspaceLetters(s: string): string {
  const tokens = s.split(' ');
  if (tokens.length < 4) return s;
  // (Letters and digits: a dot leader's ". . . ." is no spaced-out word.)
  const single = tokens.filter((t) => /^[\p{L}\p{N}]$/u.test(t)).length;
  if (single * 10 < tokens.length * 7) return s;
  return tokens.reduce((out, t, i) => {
    const prev = tokens[i - 1] ?? '';
    return i === 0 ? t : [...prev].length > 1 && [...t].length > 1 ? `${out} ${t}` : out + t;
  }, '');
}

/**
 * Chinese set with a space after every character, as justified lines spread it ("（ 2） 磁 盘 模 拟", "进 程 控 制 块
 * PCB"): three or more single characters in a row are one word, and a bracket keeps its number ("（2）"). A space
 * between two words of two characters or more ("活动 时间") is the writer's and stays.
 */
function unspaceChinese(s: string): string {
  const tokens = s.split(' ');
  const single = (t: string | undefined) => t !== undefined && /^[\u4e00-\u9fff]$/.test(t);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (single(tokens[j])) j++;
    if (j - i >= 3) {
      out.push(tokens.slice(i, j).join(''));
      i = j;
    } else {
      out.push(tokens[i] ?? '');
      i++;
    }
  }
  return out.join(' ').replace(/([（(]) (?=\d{1,2}[）)])/g, '$1');
}

/** How many runs back a run drawn again is looked for: the runs between are empty ones and the next words. */
const OVERPRINT_BACK = 4;

/**
 * Bold drawn by drawing a run twice, a fraction of a point apart ("实验要求" at x 33.3 and again at 33.0), as some
 * converters set bold in a font without a bold face: the page shows it once, so the second drawing goes.
 */
function withoutOverprints(items: PdfTextItem[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  const recent: PdfTextItem[] = [];
  for (const it of items) {
    if (it.str.trim() === '') {
      out.push(it);
      continue;
    }
    const again = recent.some(
      (r) =>
        r.page === it.page &&
        r.str === it.str &&
        Math.abs(r.y - it.y) < 0.5 &&
        Math.abs(r.x - it.x) < Math.max(1, it.size * 0.15) &&
        Math.abs(r.size - it.size) < 0.5,
    );
    if (again) continue;
    out.push(it);
    recent.push(it);
    if (recent.length > OVERPRINT_BACK) recent.shift();
  }
  return out;
}

/** A Kangxi radical (or other CJK radical) or a CJK compatibility ideograph. */
const RADICAL_OR_COMPAT = /[\u2e80-\u2fdf\uf900-\ufaff]/u;

/**
 * Some text layers give a character twice, once as a Kangxi radical or a CJK compatibility ideograph and once as the
 * ordinary character ("⼀一、班级卫⽣生", "不不得"): the page shows one. A lone radical or compatibility form stands
 * for its ordinary character.
 */
function undoubleRadicals(s: string): string {
  if (!RADICAL_OR_COMPAT.test(s)) return s;
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (!RADICAL_OR_COMPAT.test(c)) {
      out.push(c);
      continue;
    }
    const plain = RADICAL_FORMS.get(c) ?? c.normalize('NFKC');
    // A radical before its ordinary twin, or a compatibility form after its ordinary twin: one character.
    if (chars[i + 1] === plain && /[\u2e80-\u2fdf]/u.test(c)) continue;
    if (out[out.length - 1] === plain) continue;
    out.push(plain);
  }
  return out.join('');
}

/** A line opened by a symbol the bullet list does not know ("⚫ 第一阶段"): the document types its bullets. */
const SYMBOL_FIRST = /^[\p{So}\p{Sm}\u2022\u00b7\u2023\u2043\uf000-\uf0ff]/u;

/** A line that ends a sentence: prose, not the name of an item. */
const SENTENCE_END = /[。.!?！？；;]$/;

/**
 * Bullets a browser draws as shapes leave no mark in the text layer: a list shows only as lines set in. A short
 * set-in line with lines set in further right under it is an item with items under it, and the lines at its indent
 * around it (with only deeper lines between) are its sibling items. A line that shows its number is left as written.
 */
function lostBullets(blocks: Block[]): void {
  // Each line asked once: whether it can be a lost bullet's item (text, no heading, no number of its own).
  const items = blocks.map((b) =>
    b.kind === 'text' && b.heading === undefined && !parseMarker(b.text)
      ? (b as TextBlock & { y?: number; x?: number; right?: number })
      : undefined,
  );
  const indent = (b: TextBlock) => b.indent ?? 0;
  const depthAt = (k: number) => {
    const s = items[k];
    return s ? indent(s) : -1;
  };
  // For each line set in, how many places the lines set in around it (up to a line at the margin) start at: counted
  // once a stretch, so a long table stays linear.
  const places: number[] = [];
  for (let from = 0; from < items.length; ) {
    let to = from;
    const seen = new Set<number>();
    while (to < items.length && depthAt(to) > 0) seen.add(depthAt(to++));
    for (let k = from; k < to; k++) places[k] = seen.size;
    from = Math.max(to, from + 1);
  }
  items.forEach((t, i) => {
    const next = items[i + 1];
    if (!t || t.list || !next || indent(t) === 0 || indent(next) <= indent(t) || SENTENCE_END.test(t.text)) return;
    // Runs of one line set apart (cells of a table the reader did not take as one) are side by side, not nested.
    if (t.y !== undefined && t.y === next.y) return;
    // Lines centred one under the other (a table's cells) start further in when shorter; they are not nested.
    const centre = (c: { x?: number; right?: number }) => ((c.x ?? 0) + (c.right ?? 0)) / 2;
    if (Math.abs(centre(t) - centre(next)) <= 3) return;
    // Lines set in at more than four places, one after another, are the columns of a table, not a list five deep.
    if ((places[i] ?? 0) > 4) return;
    // The list: the item, its siblings at its indent and the lines deeper among them, until a line less set in; each
    // further indent met is one level further in.
    let start = i;
    while (start > 0 && depthAt(start - 1) >= indent(t)) start--;
    let end = i + 1;
    while (end < blocks.length && depthAt(end) >= indent(t)) end++;
    const run = blocks.slice(start, end) as TextBlock[];
    const steps = [...new Set(run.map(indent))].sort((a, b) => a - b);
    for (const s of run) s.list = { depth: indent(t) - 1 + steps.indexOf(indent(s)), ordered: false, parent: false };
  });
}

/** Text that is only a list mark. */
const isMark = (t: string): boolean => t.trim() !== '' && BULLET.exec(t.trim())?.[0].length === t.trim().length;

/** Whether an item sits on a line's baseline. */
const onBaseline = (line: PdfLine, it: PdfTextItem) => Math.abs(line.y - it.y) <= Math.max(2, it.size * 0.3);

/** Whether an item sits just left of where a line starts (a list mark or a number written after its text). */
const leftOf = (line: PdfLine, it: PdfTextItem) => {
  const gap = line.x - (it.x + it.width);
  return gap >= -1 && gap <= it.size * 2;
};

/**
 * What is set small and raised right after a line's text is part of the line: an ordinal's ending after its number
 * ("16th", "1st"), a formula's or a footnote's mark ("k∗", "x2", "†").
 */
const raisedOn = (line: PdfLine, it: PdfTextItem) =>
  ((/^(?:st|nd|rd|th)$/.test(it.str.trim()) && /\d$/.test(line.text)) || /^[∗*†‡′″\d]{1,2}$/u.test(it.str.trim())) &&
  it.size <= line.size * 0.75 &&
  it.y - line.y >= line.size * 0.15 &&
  it.y - line.y <= line.size * 0.6 &&
  it.x >= line.right - 1 &&
  it.x - line.right <= line.size * 0.5;

/** A gap wider than a space between two runs on one line is a space. */
const spaced = (gap: number, size: number, a: string, b: string) =>
  gap > size * 0.2 && !/\s$/.test(a) && !/^\s/.test(b);

function toLines(items: PdfTextItem[]): PdfLine[] {
  const pages: PdfLine[][] = [];
  for (let start = 0; start < items.length; ) {
    let end = start;
    while (end < items.length && items[end]?.page === items[start]?.page) end++;
    pages.push(pageLines(items.slice(start, end)));
    start = end;
  }
  return dropRunning(pages).flat();
}

/** A line that dates a revision of the file: "Last modified on …", "Updated 2023-06-05", "最后更新：…". */
const STAMP =
  /^(?:(?:last\s+)?(?:modified|updated|revised|edited)\b|(?:version|rev\.?)\s*\d|最后(?:修改|更新)|更新(?:于|时间|日期))/i;

/** A page number as a footer prints it: "3", "- 3 -", "3 / 12", "Page 3 of 12", "第3页 共12页". */
const PAGE_NUMBER =
  /^(?:(?:page|p\.)\s*)?[-–—(（\s]*#\s*(?:(?:\/|／|of)\s*#)?\s*[-–—)）]*$|^第\s*#\s*页(?:\s*[,，]?\s*共\s*#\s*页)?$/i;

/**
 * A page's running header and footer — the file name and date a browser prints at the top, "1 / 4" at the bottom —
 * are no part of the text: lines among the two top or two bottom ones of their page, in smaller type than the body
 * or only a page number, that come again, numbers aside, at the same height on at least half of the pages. (A
 * syllabus's last row in body type may repeat on every page: it stays.)
 */
function dropRunning(pages: PdfLine[][]): PdfLine[][] {
  if (pages.length < 2) return pages;
  const body = mode(pages.flat(), (l) => Math.round(l.size)) ?? 12;
  const furniture = (l: PdfLine) => Math.round(l.size) < body || PAGE_NUMBER.test(l.text.replace(/\d+/g, '#').trim());
  const key = (l: PdfLine) => `${Math.round(l.y / 4)}|${l.text.replace(/\d+/g, '#').trim()}`;
  const edges = pages.map((lines) => {
    const ys = lines.map((l) => l.y).sort((a, b) => b - a);
    const top = ys[Math.min(1, ys.length - 1)] ?? 0;
    const bottom = ys[Math.max(0, ys.length - 2)] ?? 0;
    return lines.filter((l) => (l.y >= top || l.y <= bottom) && furniture(l));
  });
  const seen = pagesWith(edges, key);
  const need = Math.max(2, Math.ceil(pages.length / 2));
  // A title Word sets in the page header ("The A-Team Plot-A-Charter" at the top of every page) is the document's
  // title once: its repeats at the top of the later pages go.
  const tops = pages.map((lines) => {
    const top = lines.reduce((most, l) => Math.max(most, l.y), Number.NEGATIVE_INFINITY);
    return lines.filter((l) => l.y >= top && !furniture(l));
  });
  const onTop = pagesWith(tops, key);
  const firstTop = new Set((tops[0] ?? []).map(key));
  const repeatedHeader = (l: PdfLine) =>
    firstTop.has(key(l)) && (onTop.get(key(l)) ?? 0) >= Math.max(2, pages.length - 1);
  const numbered = numberedHeads(pages);
  // Each page's lines from the top down: its top three hold a letterhead or a banner.
  const downward = pages.map((lines) => [...lines].sort((a, b) => b.y - a.y));
  const topThree = downward.map((lines) => lines.slice(0, 3));
  const letterhead = letterheadLines(topThree, key, need);
  const banner = bannerLines(pages, topThree, need);
  // …unless the first page sets a title of its own in larger type under it ("CSC311 Fall 2024 … Final Project" over
  // "Final Project"): then the header is the same furniture there as on the later pages.
  const firstLines = (downward[0] ?? []).slice(0, 6);
  const titledUnder = (l: PdfLine) => firstLines.some((o) => o.y < l.y && o.size >= l.size * 1.2);
  return pages.map((lines, p) => {
    const edge = new Set(edges[p]);
    // …but a date stamp in the header ("Last modified on June 5th of 2023") names no document: it goes everywhere.
    const header = new Set(
      p > 0 ? tops[p] : (tops[0] ?? []).filter((l) => STAMP.test(l.text.trim()) || titledUnder(l)),
    );
    return lines.filter(
      (l) =>
        !(edge.has(l) && (seen.get(key(l)) ?? 0) >= need) &&
        !(header.has(l) && repeatedHeader(l)) &&
        !numbered.has(l) &&
        !letterhead.has(key(l)) &&
        !banner.has(l),
    );
  });
}

/** On how many pages each key comes among the lines given for each page. */
function pagesWith(perPage: PdfLine[][], key: (l: PdfLine) => string): Map<string, number> {
  const count = new Map<string, number>();
  for (const lines of perPage) for (const k of new Set(lines.map(key))) count.set(k, (count.get(k) ?? 0) + 1);
  return count;
}

/**
 * A banner printed at the top of the pages ("WIE" / "HACK 2.0" set large over each page of a designed rulebook): lines
 * among the top three of their page, in its largest type, that come again word for word at the same height on at least
 * half of the pages. The first page keeps them (where they may be the title); on the later ones they are the banner
 * repeated.
 */
function bannerLines(pages: PdfLine[][], topThree: PdfLine[][], need: number): Set<PdfLine> {
  // (Word for word, numbers too, and no numbered section's name: "Day 2" and "一、实验目的" head each page they open.)
  const key = (l: PdfLine) => `${Math.round(l.y / 4)}|${l.text.trim()}`;
  // (…and set in the page's largest type, as a banner is: a section opening each page is set under its part's name.)
  const tops = topThree.map((top, p) => {
    const largest = (pages[p] ?? []).reduce((most, l) => Math.max(most, l.size), 0);
    return top.filter((l) => parseMarker(l.text) === null && l.size >= largest - 0.5);
  });
  const count = pagesWith(tops, key);
  const out = new Set<PdfLine>();
  for (const top of tops.slice(1)) for (const l of top) if ((count.get(key(l)) ?? 0) >= Math.max(3, need)) out.add(l);
  return out;
}

/** A web address, an e-mail address or a telephone number inside a line: how a letterhead reaches its sender. */
const REACH = /\bwww\.|https?:\/\/|\S@\S+\.\w|\b(?:tel|phone|fax)\b[.:]?\s*[(+\d]|电话|传真/i;

/**
 * A letterhead: the lines at the top of every page (of at least half of them) that give a sender's name, address and
 * how to reach them ("The Richmond Building" / "105 Queens Road, Bristol … Tel (0117) …" / "www.ubu.org.uk"). The
 * lines among the top three of the pages that come again so, when one of them gives an address on the web, an e-mail
 * or a telephone number, are the sender's, never the document's title, even on its first page.
 */
function letterheadLines(tops: PdfLine[][], key: (l: PdfLine) => string, need: number): Set<string> {
  const count = pagesWith(tops, key);
  const repeated = (tops[0] ?? []).filter((l) => (count.get(key(l)) ?? 0) >= need);
  return repeated.some((l) => REACH.test(l.text)) ? new Set(repeated.map(key)) : new Set();
}

/**
 * The number at a line's start or end, set apart from its text by a gap ("2 技术指标: 阶段一      3") or by a bar, as
 * Word's footers set it ("1 | Chemistry Department"), or the line alone.
 */
const endNumber = (l: PdfLine): number | null => {
  const ends = l.cells.length > 1 ? [l.cells[0], l.cells[l.cells.length - 1]] : [{ text: l.text }];
  for (const c of ends) if (/^\d{1,4}$/.test(c?.text.trim() ?? '')) return Number(c?.text.trim());
  const barred = BARRED_NUMBER.exec(l.text.trim());
  return barred ? Number(barred[1] ?? barred[2]) : null;
};

/** A page's number set off by a bar at a line's start or end ("1 | Chemistry Department", "Syllabus | 3"). */
const BARRED_NUMBER = /^(\d{1,4})\s*[|｜]|[|｜]\s*(\d{1,4})$/;

/**
 * A running head that names the section the page is in ("2 技术指标: 阶段一" over a page of stage one, "3 技术指标: 阶段二"
 * over stage two, as LaTeX sets them) changes with the sections, so it does not come again as the header rule wants;
 * the page's number set apart at its end gives it away. The top line of a page whose number, at its start or end,
 * counts up one a page with the pages (on at least half of them, and two) goes, and so does that number alone at the
 * top or bottom of another page (the first page's number at its foot).
 */
function numberedHeads(pages: PdfLine[][]): Set<PdfLine> {
  const offsets = new Map<number, PdfLine[]>();
  const edgeLines = pages.map((lines) => {
    const ys = lines.map((l) => l.y);
    const top = Math.max(...ys);
    const bottom = Math.min(...ys);
    return lines.filter((l) => l.y === top || (l.y === bottom && l.cells.length <= 1));
  });
  edgeLines.forEach((lines, p) => {
    for (const l of lines) {
      const n = endNumber(l);
      if (n === null) continue;
      const at = offsets.get(n - p) ?? [];
      at.push(l);
      offsets.set(n - p, at);
    }
  });
  let best: PdfLine[] = [];
  for (const lines of offsets.values()) if (lines.length > best.length) best = lines;
  // Heads, not only numbers: a page number alone at the foot of every page is the furniture rule's.
  const heads = best.filter((l) => l.cells.length > 1 || BARRED_NUMBER.test(l.text.trim())).length;
  return heads >= 2 && best.length * 2 >= pages.length ? new Set(best) : new Set();
}

/**
 * A page with lines side by side in the file's order, except for whole blocks the file gives out of place (a browser
 * paints a table's first rows before the heading above it): each block goes back where its heights put it. When a
 * block's lines fall among another's, text in columns keeps the file's order, and text across the same width (a
 * spreadsheet printed a font at a time) is read top to bottom.
 */
function placeBlocks(lines: PdfLine[]): PdfLine[] {
  // A jump back up a third of the page starts a block (a table's rows written cell by cell jump a row's height).
  let high = Number.NEGATIVE_INFINITY;
  let low = Number.POSITIVE_INFINITY;
  for (const l of lines) {
    high = Math.max(high, l.y);
    low = Math.min(low, l.y);
  }
  const jump = (high - low) / 3;
  const blocks: PdfLine[][] = [];
  let prev: PdfLine | undefined;
  for (const l of lines) {
    if (!prev || l.y > prev.y + jump) blocks.push([]);
    blocks[blocks.length - 1]?.push(l);
    prev = l;
  }
  if (blocks.length < 2) return lines;
  let out = blocks[0] as PdfLine[];
  for (const block of blocks.slice(1)) {
    const top = block[0]?.y ?? 0;
    const bottom = Math.min(...block.map((l) => l.y));
    const at = out.findIndex((l) => l.y < top);
    const before = at < 0 ? out.length : at;
    // Every line above the block comes before it, every line below after it.
    if (out.slice(before).some((l) => l.y >= bottom) || out.slice(0, before).some((l) => l.y <= top))
      return besideEachOther(out, block) ? lines : [...lines].sort((a, b) => Math.round(b.y - a.y) || a.x - b.x);
    out = [...out.slice(0, before), ...block, ...out.slice(before)];
  }
  return out;
}

/**
 * Whether two runs of lines that share their heights stand side by side (columns: the file's order is the reading
 * order), not across one another (a spreadsheet printed a font at a time: read top to bottom).
 */
function besideEachOther(a: PdfLine[], b: PdfLine[]): boolean {
  const span = (ls: PdfLine[]) => [Math.min(...ls.map((l) => l.x)), Math.max(...ls.map((l) => l.right))] as const;
  const [al, ar] = span(a);
  const [bl, br] = span(b);
  const shared = Math.min(ar, br) - Math.max(al, bl);
  return shared < 0.5 * Math.min(ar - al, br - bl);
}

/**
 * One page's lines. Runs in the order the file gives them join the line they continue; a run that belongs left of a
 * line already made (OneNote writes each bullet and number after its item's text) is put in front of it. When the
 * file gave lines out of order (OneNote puts the page title last) they are set top to bottom, unless the page has
 * lines side by side (columns, tables), where the file's order is the reading order, save blocks out of place (placeBlocks).
 */
function pageLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  const byBaseline = new Map<number, PdfLine[]>();
  // Lines on the baseline of a run, looked up by rounded height (no list is built: this runs once a run).
  const near = (it: PdfTextItem, test: (l: PdfLine) => boolean): PdfLine | undefined => {
    const tol = Math.ceil(Math.max(2, it.size * 0.3));
    const y0 = Math.round(it.y);
    for (let y = y0 - tol; y <= y0 + tol; y++) {
      const same = byBaseline.get(y);
      if (same) for (const l of same) if (onBaseline(l, it) && test(l)) return l;
    }
    return undefined;
  };
  let cur: PdfLine | null = null;
  for (const it of items) {
    if (!it.str) continue;
    if (cur && (onBaseline(cur, it) || raisedOn(cur, it)) && it.x + it.width > cur.x + 1) {
      const before = cur.text;
      // (A bold font giving way to another bold one, "Bold" to "BoldItalic", ends no lead.)
      if (it.str.trim() && it.fontName !== cur.font && !isBoldFont(it.fontName)) {
        cur.lead ??= before.length;
        // Only Latin text counts: a Chinese face's weight is not in its name (bold is often drawn, not chosen).
        cur.plain = (cur.plain ?? 0) + (it.str.match(/[A-Za-z0-9]/g)?.length ?? 0);
      }
      const space = spaced(it.x - cur.right, it.size, cur.text, it.str) ? ' ' : '';
      cur.text += space + it.str;
      const cell = cur.cells[cur.cells.length - 1];
      if (cell && !(it.x - cur.right > it.size * 2 && it.str.trim())) {
        if (it.str.trim()) cell.runs.push({ x: it.x, at: cell.text.length + space.length });
        cell.text += space + it.str;
        if (it.str.trim()) cell.right = Math.max(cell.right, it.x + it.width);
      } else cur.cells.push({ x: it.x, right: it.x + it.width, text: it.str, runs: [{ x: it.x, at: 0 }] });
      // A space as wide as a tab stop is a gap between runs, not text that reaches across it.
      const tab = !it.str.trim() && it.width > it.size * 2;
      if (!tab) cur.right = Math.max(cur.right, it.x + it.width);
      // A bullet's glyph may be set larger than its text: the text's size is the line's.
      if (it.str.trim()) cur.size = isMark(before) ? it.size : Math.max(cur.size, it.size);
      continue;
    }
    if (!it.str.trim()) continue;
    const before = near(it, (l) => leftOf(l, it));
    if (before) {
      const space = spaced(before.x - (it.x + it.width), it.size, it.str, before.text) ? ' ' : '';
      before.text = it.str + space + before.text;
      before.x = it.x;
      const first = before.cells[0];
      if (first) {
        const shift = it.str.length + space.length;
        first.runs = [{ x: it.x, at: 0 }, ...first.runs.map((r) => ({ x: r.x, at: r.at + shift }))];
        first.text = it.str + space + first.text;
        first.x = it.x;
      }
      continue;
    }
    cur = {
      page: it.page,
      y: it.y,
      x: it.x,
      right: it.x + it.width,
      size: it.size,
      font: it.fontName,
      text: it.str,
      gap: 0,
      cells: [{ x: it.x, right: it.x + it.width, text: it.str, runs: [{ x: it.x, at: 0 }] }],
    };
    lines.push(cur);
    const key = Math.round(it.y);
    const same = byBaseline.get(key);
    if (same) same.push(cur);
    else byBaseline.set(key, [cur]);
  }
  let sideBySide = 0;
  for (const l of lines) {
    const probe = { page: l.page, str: '', x: l.x, y: l.y, width: 0, size: l.size, fontName: '' };
    if (near(probe, (o) => o !== l)) sideBySide++;
  }
  const ordered = sideBySide * 5 > lines.length ? placeBlocks(lines) : [...lines].sort((a, b) => b.y - a.y);
  ordered.forEach((l, i) => {
    const prev = ordered[i - 1];
    l.gap = prev ? prev.y - l.y : 0;
  });
  return ordered;
}

/**
 * Runs of one line set apart by tab-wide gaps, outside a table, are separate things a reader takes one by one
 * ("数学 <tab> 授课教师：邵俊喆": a subject, then its teacher). The later ones continue nothing above them.
 */
function splitRuns(line: PdfLine, normalise: (t: string) => string): { line: PdfLine }[] {
  if (line.cells.length < 2) return [{ line }];
  // A word set a character at a time across the line ("规　　则") is one word.
  if (line.cells.every((c) => [...c.text.trim()].length === 1)) return [{ line }];
  // A number alone in the first run, its text set at a tab stop after it ("6.1.1.  Student Member: …"), is that
  // text's number: one line.
  // (A word and its number, "Part 2", may be a table's first cell.)
  const texts = line.cells.map((c) => normalise(c.text));
  const first = texts[0] ?? '';
  const mark = line.cells.length === 2 ? parseMarker(first) : null;
  const numberOnly =
    /^\d{1,2}(?:\.\d{1,2})+\.?$/.test(first) || (mark?.end === first.length && !/^[a-z]+$/.test(mark.style));
  if (line.cells.length === 2 && numberOnly) return [{ line }];
  // A label and its value set at a tab stop after it ("课程编号(Course Code):      IB01017") are one field; not a name
  // and a field of its own ("物理：      授课教师：李宗桓"), nor two labels ("Group:      Members:").
  const second = texts[1] ?? '';
  if (line.cells.length === 2 && /[:：]$/.test(first) && first.length <= 40 && !/[:：]/.test(second)) return [{ line }];
  // Where the line's type changes is not known cell by cell: each run is read in the line's first type.
  const { lead: _, plain: __, ...whole } = line;
  return line.cells
    .map((c, k) => ({
      line: { ...whole, x: c.x, right: c.right, text: texts[k] ?? '', cells: [c], gap: k === 0 ? line.gap : 0 },
    }))
    .filter((e) => e.line.text !== '');
}

/** The most common value, weighted by text length: the body text's size, font and margin. */
function mode<T>(lines: PdfLine[], key: (l: PdfLine) => T): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = -1;
  for (const l of lines) {
    const k = key(l);
    const n = (counts.get(k) ?? 0) + l.text.length;
    counts.set(k, n);
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  return best;
}

/**
 * A sentence counting its points that the layout broke before one of them ("…as executives: 1) President, 2) Vice
 * President," / "3) Treasurer, 4) Liaison, and 5) Secretary."): the point before it stands inside the line above, which
 * stops on a comma. The line goes on with the sentence; it starts no item.
 */
function countsOn(above: string, line: string): boolean {
  const m = parseMarker(line);
  if (!m || m.value < 2 || !/\d/.test(m.marker) || !/[,，;；]$/.test(above.trim())) return false;
  const before = m.marker.replace(/\d+/, String(m.value - 1));
  return above.includes(` ${before} `);
}

/**
 * Fonts whose letters are pictures: a web page's icons printed to PDF ("i" in Font Awesome is a person, "ć" an
 * envelope, before "Vivek Srikrishnan" and an e-mail address). A reader sees a picture, not a letter.
 */
const ICON_FONT =
  /fontawesome|font-awesome|materialicons|material-?symbols|glyphicons|ionicons|icomoon|octicons|bootstrap-?icons|academicons/i;

/** A sentence in larger type going on in lower case where the line above did not end it. */
const goesOnLower = (above: string, text: string): boolean => /^[a-z]/.test(text) && !/[.!?:;。！？：；]$/.test(above);

/** A bullet, Word's "o" among them. */
const bulleted = (text: string): boolean => BULLET.test(text) || /^o\s/.test(text);

/**
 * Which lines in larger type are still body text, not headings: a sentence (a long line ending on a stop), a bullet
 * among bullets of its type, and the lines such a bullet or sentence wraps onto. A list or a paragraph set a point
 * larger than the rest is no heading; a bullet over smaller ones ("• Day 1:" over its lectures) still heads them.
 */
function largerProse(flow: PdfEntry[], body: number): Set<PdfLine> {
  const out = new Set<PdfLine>();
  const lines = flow.flatMap((e) => ('line' in e ? [e.line] : []));
  const size = (l: PdfLine | undefined) => (l ? Math.round(l.size) : 0);
  lines.forEach((l, i) => {
    if (size(l) <= body + 0.5) return;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const sameBullet = (o: PdfLine | undefined) => o !== undefined && size(o) === size(l) && bulleted(o.text);
    // (A question is a form's or an FAQ's heading: "What will I do differently…?")
    const sentence = l.text.length > 40 && SENTENCE_END.test(l.text.trim()) && !/[?？]$/.test(l.text.trim());
    const after = prev !== undefined && out.has(prev) && size(prev) === size(l);
    const listed = bulleted(l.text) && (sameBullet(prev) || sameBullet(next) || after);
    // (A wrapped line is set in under its bullet's text, or goes on a sentence that has not ended.)
    const wraps =
      after &&
      !bulleted(l.text) &&
      (l.x > prev.x + 1 || (l.gap > 0 && l.gap <= l.size * 1.5 && !SENTENCE_END.test(prev.text.trim())));
    if (sentence || listed || wraps) out.add(l);
  });
  // …and the line a sentence goes on from, when it goes on in lower case ("…We strive to provide loving" / "care and
  // guidance for your child's needs.").
  for (let i = lines.length - 1; i > 0; i--) {
    const l = lines[i] as PdfLine;
    const prev = lines[i - 1] as PdfLine;
    if (out.has(l) && /^[a-z]/.test(l.text) && size(prev) === size(l) && !SENTENCE_END.test(prev.text.trim()))
      out.add(prev);
  }
  return out;
}

export function readPdfItems(items: PdfTextItem[], rules: PdfRule[] = []): BlockDocument {
  const ruled = ruledTables(
    rules,
    withoutOverprints(items).filter((it) => !ICON_FONT.test(it.fontName)),
  );
  const lines = toLines(ruled.rest);
  // What every line's and every cell's text gets: spacing, doubled glyphs, letter-spacing.
  const normalise = (t: string) => unspaceChinese(unspaceLetters(undoubleRadicals(squash(t))));
  for (const l of lines) l.text = normalise(l.text);
  const cells = ruled.tables.map((t) => t.cells.map((c) => pageLines(c.items)));
  for (const l of cells.flat(2)) l.text = normalise(l.text);
  // The body's type, margin, spacing and right edge are the text's, in ruled tables or not (a scheme of work is all
  // table, and a box across a table is read as the page's lines).
  const all = [...lines, ...cells.flat(2)];
  const body = mode(all, (l) => Math.round(l.size)) ?? 12;
  let margin = Number.POSITIVE_INFINITY;
  for (const l of all) margin = Math.min(margin, Math.round(l.x));
  const lineGap = mode(
    all.filter((l) => l.gap > 0),
    (l) => Math.round(l.gap),
  );
  const sizes = [...new Set(all.map((l) => Math.round(l.size)).filter((s) => s > body + 0.5))].sort((a, b) => b - a);
  // Where body lines end on each page: a line that stops well short of it ended its paragraph ("PXE系统" above a new
  // paragraph), whatever the spacing says; a line the layout broke runs on nearly to it.
  const pageRight = new Map<number, number>();
  for (const l of all)
    if (Math.round(l.size) === body) pageRight.set(l.page, Math.max(pageRight.get(l.page) ?? 0, l.right));
  // A page whose lines all stop short (the last of a document) has the right edge of the others.
  const edges = [...pageRight.values()].sort((a, b) => a - b);
  const usualEdge = edges[Math.floor(edges.length / 2)] ?? 0;
  const full = (b: { right: number; page: number }, next: PdfLine) =>
    brokenByLayout(b.right, Math.max(pageRight.get(b.page) ?? b.right, usualEdge), next, body);
  // A paragraph whose first line is set in (首行缩进, two characters in Chinese documents) goes on at the margin.
  const firstLineIndent = (b: OpenBlock, next: PdfLine) =>
    b.lines === 1 && !b.list && next.x < b.x - 2 && next.x >= b.x - body * 4.5 && next.x - margin <= body * 0.5;
  const blocks: Block[] = [];
  type OpenBlock = TextBlock & {
    right: number;
    x: number;
    page: number;
    lineX: number;
    lines: number;
    /** The block's last line as read. */
    last: string;
    y: number;
    font: string;
  };
  let open: OpenBlock | null = null;
  const numbers: { x: number; n: number }[] = [];
  // The lines between ruled tables are read for tables of their own; each ruled table goes before the first line below
  // its top (or on a later page).
  const entries: PdfEntry[] = [];
  const pending = ruled.tables
    .map((t, k) => ({ t, k }))
    .sort((a, b) => a.t.page - b.t.page || (b.t.ys[0] ?? 0) - (a.t.ys[0] ?? 0));
  let from = 0;
  let last: { t: RuledTable; entry: PdfEntry } | null = null;
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    const next = pending[0];
    if (next && (!l || l.page > next.t.page || (l.page === next.t.page && l.y < (next.t.ys[0] ?? 0)))) {
      const between = findTables(lines.slice(from, i), body, normalise);
      entries.push(...between);
      const own = ruledEntries(next.t, cells[next.k] ?? [], normalise).flatMap((e): PdfEntry[] =>
        'rows' in e ? [{ table: { kind: 'table', header: 0, rows: e.rows } }] : findTables(e.lines, body, normalise),
      );
      const first = own[0];
      // A table going on from the last page, with nothing between, is the same table.
      const goesOn =
        last && between.length === 0 && entries[entries.length - 1] === last.entry && continues(last.t, next.t);
      if (goesOn && first && 'table' in first && last && 'table' in last.entry) {
        last.entry.table.rows.push(...first.table.rows);
        own.shift();
      }
      entries.push(...own);
      last = { t: next.t, entry: entries[entries.length - 1] as PdfEntry };
      pending.shift();
      from = i;
      i--;
    }
  }
  entries.push(...findTables(lines.slice(from), body, normalise));
  const flow = entries.flatMap((e): PdfEntry[] => ('table' in e ? [e] : splitRuns(e.line, normalise)));
  const prose = largerProse(flow, body);
  for (const entry of flow) {
    if ('table' in entry) {
      blocks.push(entry.table);
      open = null;
      continue;
    }
    const l = entry.line;
    const size = Math.round(l.size);
    let text = l.text;
    const indentSteps = Math.max(0, Math.round((l.x - margin) / Math.max(8, body * 1.5)));
    // Word's second-level bullet is a Courier "o": a bullet on an indented line.
    const bullet = BULLET.exec(text) ?? (indentSteps > 0 ? /^o\s+(?=\S)/.exec(text) : null);
    if (bullet) text = text.slice(bullet[0].length);
    const heading = size > body + 0.5 && !prose.has(l) ? sizes.indexOf(size) + 1 : undefined;
    if (heading !== undefined) numbers.length = 0;
    const lost = lostNumber(text);
    let marker: string | undefined;
    if (lost && heading === undefined) {
      text = text.slice(lost.length);
      marker = `${countNumber(numbers, l.x)}${lost.mark}`;
    }
    const boldFirst = isBoldFont(l.font) && heading === undefined;
    // A letter or two in a plain face, or Chinese in a face of unknown weight ("2.1.2 机器人现场初赛 C（70 分）"), leaves
    // a bold line bold.
    const plain = (l.plain ?? 0) > 3;
    // A bold phrase run in ahead of the line's text ("Course Description In this course, we will…"), as LaTeX sets
    // \paragraph: a label leading its paragraph, not a bold line.
    const leadText = boldFirst && plain && l.lead !== undefined ? l.text.slice(0, l.lead).trim() : '';
    // A section's number set in its own font ("2.1.2" in Times Bold before a Chinese face) is no phrase.
    const phrase = /\p{L}{2}/u.test(leadText) && (parseMarker(leadText)?.end ?? 0) < leadText.length;
    const rest = text.slice(leadText.length);
    const lead = phrase && text.startsWith(leadText) && /[\p{L}\p{N}]/u.test(rest) ? leadText : '';
    const bold = boldFirst && !plain;
    // A centred heading broken after its colon goes on centred under it ("The Private Firm CFO:" / "Accounting and
    // Finance Strategies").
    const centredTitle =
      open !== null &&
      heading !== undefined &&
      /[:：]$/.test(open.text) &&
      Math.abs(open.lineX + open.right - (l.x + l.right)) <= body &&
      l.x > margin + body;
    // A line that continues the paragraph above: same size and font (a bold paragraph goes on in bold), no bullet or
    // marker, no wider gap than a line.
    if (
      open &&
      !bullet &&
      // A line led by dots to its value ("Ethics training . . . . June 1 (AM)") is a row of its own, as a contents
      // entry is.
      !leaderRow(open.last) &&
      open.page === l.page &&
      (heading === undefined
        ? open.heading === undefined &&
          (bold ? open.emphasis === 'all' && open.font === l.font : open.emphasis !== 'all')
        : // (A heading may open in a Chinese face and go on in a Latin one: "第1講 Computer Networks and the" / "Internet".)
          open.heading === heading) &&
      !marker &&
      (!parseMarker(text) || countsOn(open.text, text)) &&
      // "1.2 Network edge" under "1.1 What is the Internet? (…)": the next clause, however far the one above ran.
      !(DECIMAL_START.test(text) && DECIMAL_START.test(open.text)) &&
      // A sentence ended, and a line opens with its dates ("…的翻译。" / "2026 年 2 月 1 日-…，撰写…"): the next entry.
      !(/[。！？]$/.test(open.text) && whenAt(text)?.kind === 'week') &&
      l.gap > 0 &&
      (lineGap === undefined || l.gap <= lineGap * 1.3 * (heading === undefined ? 1 : l.size / body)) &&
      (l.x >= open.lineX - 2 || firstLineIndent(open, l) || centredTitle) &&
      // A heading too long for one line goes on in its type ("ARTICLE I – NAME, PURPOSE, … AND" / "NON-HAZING …"), and
      // so does a paragraph set in a heading's type, its lines running to the margin and going on under it, not set further
      // in as a signature's date is ("选择题目…须公开演示及讲解。由" / "于这个题目最复杂…").
      (heading === undefined
        ? full(open, l) || (prose.has(l) && goesOnLower(open.text, text))
        : RUNS_ON.test(open.text) ||
          centredTitle ||
          // (…and a sentence set in a heading's type goes on where the next line opens in lower case: "We strive to
          // provide loving" / "care and guidance for your child's needs…".)
          goesOnLower(open.text, text) ||
          (full(open, l) && l.x <= open.lineX + 2 && !/[。.!?！？]$/.test(open.text)))
    ) {
      open.text = joinWrapped(open.text, text);
      open.last = text;
      open.right = l.right;
      open.lineX = Math.min(open.lineX, l.x);
      open.lines++;
      continue;
    }
    const b: OpenBlock = {
      kind: 'text',
      text,
      right: l.right,
      x: bullet ? l.x + 1 : l.x,
      page: l.page,
      lineX: l.x,
      lines: 1,
      last: text,
      y: l.y,
      font: l.font,
    };
    if (heading !== undefined) b.heading = heading;
    if (bold) b.emphasis = 'all';
    if (lead) {
      b.emphasis = 'lead';
      b.lead = lead;
    }
    if (indentSteps > 0) b.indent = indentSteps;
    if (size !== body) b.size = Math.round((size / body) * 100) / 100;
    if (bullet) b.list = { depth: Math.max(0, indentSteps - 1), ordered: false, parent: false };
    if (marker) b.list = { depth: Math.max(0, indentSteps - 1), ordered: true, marker, parent: false };
    blocks.push(b);
    open = b;
  }
  // Where no line shows a bullet, a list may still show as lines set in (a browser draws its bullets as shapes).
  if (!blocks.some((b) => b.kind === 'text' && ((b.list && !b.list.ordered) || SYMBOL_FIRST.test(b.text))))
    lostBullets(blocks);
  // A bullet has content under it when the next line is a deeper bullet or a paragraph set in past its bullet.
  // (…under it: a bullet on its row or higher up is the next column's, beside it: "• Cryptography    • OSINT".)
  type Placed = TextBlock & { x: number; y: number; page: number };
  blocks.forEach((b, i) => {
    const next = blocks[i + 1] as Placed | undefined;
    if (b.kind !== 'text' || !b.list || !next || next.heading !== undefined) return;
    const { x, y, page } = b as Placed;
    const beside = next.page === page && next.y > y - 1;
    b.list.parent = !beside && (next.list ? next.list.depth > b.list.depth : next.x > x + 1);
  });
  return {
    source: 'pdf',
    blocks: leaderTables(blocks).map((b, i): Block => {
      if (b.kind !== 'text') return b;
      const { kind, text, heading, emphasis, lead, indent, size, list } = b as TextBlock;
      const out: TextBlock = { kind, text, no: i + 1 };
      if (heading !== undefined) out.heading = heading;
      if (emphasis) out.emphasis = emphasis;
      if (lead) out.lead = lead;
      if (indent !== undefined) out.indent = indent;
      if (size !== undefined) out.size = size;
      if (list) out.list = list;
      return out;
    }),
  };
}
