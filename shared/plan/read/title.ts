/**
 * The title a structured document shows: its front-matter title, else its first heading when no other heading
 * ranks as high or sections of its own follow it (a file that opens with one of several sibling sections has no
 * title). A heading repeating the title
 * and a lone heading right under it (a subtitle) belong to the title block, not the outline.
 */
import { type Block, type BlockDocument, hasCover, type TextBlock } from '../blocks.ts';
import { parseMarker } from '../markers.ts';
import { tableCaption } from '../tables.ts';
import { isTitleLike, sameText, script, spacedOut } from '../title.ts';
import { alternation, PERSON_NAME, PERSON_NAME_ZH, SECTION_NOUNS, WEB_ADDRESS } from '../vocabulary.ts';
import { DATE_ALONE, isTimeValue, TERM_ALONE, TIME_ALONE, whenAt } from '../when.ts';

/** A short Chinese name of a section: a word or two and a section noun ("作业内容", "活动目标"). */
const SECTION_NAME = new RegExp(`^[\\u4e00-\\u9fff]{0,4}(?:${alternation(SECTION_NOUNS)})$`);

/** An appendix's heading: "附录 1-…", "附件2：…", "Appendix A". */
const APPENDIX = /^\s*(?:附录|附件|appendix\b)/i;

/** An ordinal in words before a noun ("First week", "Second Week"): the noun, or null. */
const ordinalOf = (text: string): string | null =>
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+(\p{L}+)$/iu
    .exec(text.trim())?.[1]
    ?.toLowerCase() ?? null;

/** The line as text, no longer a heading. */
const unheaded = ({ heading: _, ...plain }: TextBlock): TextBlock => plain;

const isHeading = (b: Block | undefined): b is TextBlock & { heading: number } =>
  b?.kind === 'text' && b.heading !== undefined;

export function settleTitle(doc: BlockDocument): BlockDocument {
  const blocks = [...doc.blocks];
  let title = doc.title;
  let first = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'table');
  // A short line over the first top-rank heading ("Lang: 简体中文 | English", a row of badges) is the page's furniture:
  // the heading under it opens the document.
  const lead = blocks[first];
  const under = blocks[first + 1];
  // (…or a line of a PDF's running header in small type: "JC3012 (2025-26): Network Security Technology".)
  const small = lead?.kind === 'text' && (lead.size ?? 1) < 1 && lead.text.length <= 80;
  if (
    lead?.kind === 'text' &&
    lead.heading === undefined &&
    !lead.list &&
    (lead.text.length <= 40 || small) &&
    !/[。.!?！？:：]$/.test(lead.text) &&
    isHeading(under) &&
    under.heading === 1
  )
    first++;
  // A term set large on a cover ("2023秋", "Fall 2023") says when the document is for; it heads nothing.
  for (let i = first; hasCover(doc.source) && isHeading(blocks[i]); i++) {
    const b = blocks[i] as TextBlock;
    if (TERM_ALONE.test(b.text.trim())) blocks[i] = unheaded(b);
  }
  if (hasCover(doc.source) && !title) coverTitle(blocks, first);
  const head = blocks[first];
  const block = titleBlock(blocks, first);
  if (title !== undefined && title !== '') {
    // The title's lines at the top, one repeating the front-matter title ("# Class Rules for ESL / # ESL 课堂规则").
    if (block > 1 && blocks.slice(first, first + block).some((b) => b.kind === 'text' && sameText(b.text, title ?? '')))
      blocks.splice(first, block);
    else if (isHeading(head) && (sameText(head.text, title) || pageTitle(blocks, first))) blocks.splice(first, 1);
  } else if (block > 1 && isHeading(head)) {
    // The title in two languages: the first is the title, the other belongs to it; a character a line: those read
    // together.
    const lines = blocks.slice(first, first + block).map((b) => (b.kind === 'text' ? b.text : ''));
    title = lines.every(short) ? lines.join('') : head.text;
    blocks.splice(first, block);
  } else if (isHeading(head)) {
    const rank = head.heading;
    const rival = blocks.some((b, i) => i !== first && isHeading(b) && b.heading <= rank);
    // A first heading with sections of its own under it opens the document even when a later heading of its rank
    // starts another part (Word's cover page, then "Detailed Lesson Plan…"); one without is a section among peers.
    const next = blocks.findIndex((b, i) => i > first && isHeading(b));
    const nextBlock = blocks[next];
    // A numbered heading ("一、班级卫生", Word's "1. 课程安排") or a period ("# 第一周") is a section, never the
    // document's title, even when it is the only one of its rank.
    // …unless it is the only one and numbered past 1 ("# 6. 青少年编程（Turtle）"): the file's number in a series.
    const marker = parseMarker(head.text);
    const numberInSeries = marker !== null && marker.value > 1 && !rival;
    // …nor one of a series written in words ("## First week" … "## Second week").
    const series = ordinalOf(head.text);
    const inWords =
      series !== null &&
      blocks.some((b, i) => i !== first && isHeading(b) && b.heading === rank && ordinalOf(b.text) === series);
    const section = (marker !== null && !numberInSeries) || whenAt(head.text) !== null || inWords;
    const hasSections = isHeading(nextBlock) && nextBlock.heading > rank;
    // "# 培训计划 / # BundleB2B 后端新同事学习计划": a first heading naming a kind of document, straight above another
    // heading, is the document's title over its parts.
    const named = isTitleLike(head.text) && isHeading(blocks[first + 1]);
    // A first line in a type of its own, straight above a heading ("KELAIDOSCOPE ENGLISH WORKSHOP" over "Course
    // Schedule"): a cover's title, even when the heading under it is set larger.
    const cover =
      doc.source === 'pdf' &&
      isHeading(blocks[first + 1]) &&
      !blocks.some((b, i) => i !== first && isHeading(b) && b.heading === rank);
    // A Markdown file's first top-rank heading ("# p2p_learning", "buildyourownlisp / ===") names it over its parts,
    // whatever their rank, as a README's does, and so does a PDF's first line in its largest type; one that opens at a
    // lower rank ("## 使用平台") opens with a section. (Word's large first line may be a section: "Goals".)
    // Never one that names a section, as others of its rank do ("# 作业内容" before "# 组队要求"): a section noun.
    const sectionNamed = rival && SECTION_NAME.test(head.text.trim());
    const top = rank === 1 && (doc.source === 'markdown' || doc.source === 'pdf');
    // "规章制度" over "1.一二四制度", "2.…" set at its rank: the one unnumbered heading over numbered ones names them all.
    const rivals = blocks.filter((b, i) => i !== first && isHeading(b) && b.heading <= rank);
    const overNumbered = rivals.length > 0 && rivals.every((b) => b.kind === 'text' && parseMarker(b.text) !== null);
    // "《自动规划》课程教学大纲" over the syllabus, its appendices at the back set larger ("附录 1-…评分标准"): the title.
    const overAppendices =
      isTitleLike(head.text) && rivals.length > 0 && rivals.every((b) => b.kind === 'text' && APPENDIX.test(b.text));
    const event = eventLines(blocks, first + 1, rank);
    const imprint = hasCover(doc.source) ? imprintEnd(blocks, first) : 0;
    if (
      !section &&
      !sectionNamed &&
      (!rival || hasSections || named || cover || top || overNumbered || overAppendices || event || imprint)
    ) {
      title = head.text;
      for (let i = event?.from ?? 0; i < (event?.to ?? 0); i++) blocks[i] = unheaded(blocks[i] as TextBlock);
      for (let i = first + 1; i < imprint; i++) blocks[i] = unheaded(blocks[i] as TextBlock);
      // No section is set larger than the title above it: a larger line under a cover's title is part of it.
      const under = blocks[first + 1];
      blocks.splice(first, isHeading(under) && cover && under.heading < rank ? 2 : 1);
    } else title = '';
  } else if (blocks.some(isHeading)) {
    // Headings mark the structure but none opens the document as its title.
    title = title ?? undefined;
  } else if (title === undefined && head?.kind === 'table') {
    // A document that opens with a table captioned in its first row ("…初三一班课程表") is titled by that caption.
    const caption = tableCaption(head);
    if (caption?.[0]) title = caption[0];
  }
  if (title) {
    dropByline(blocks);
    dropRestatedTitle(blocks, title);
    dropSubtitle(blocks, title, doc.source);
    if (hasCover(doc.source)) coverLines(blocks);
  }
  return { ...doc, blocks, ...(title !== undefined ? { title } : {}) };
}

/**
 * How many headings open the document as its title block: headings of one rank, one after another at the very top,
 * when no heading of that rank or higher comes after them.
 */
function titleBlock(blocks: Block[], first: number): number {
  const head = blocks[first];
  if (!isHeading(head) || parseMarker(head.text)) return 0;
  // Only the title again in another script ("Class Rules for ESL" / "ESL 课堂规则"), or a title set a character a
  // line on a cover ("策 / 划 / 书"): a second title in the same script ("培训计划" / "BundleB2B 后端新同事学习计划") is
  // a part of the document.
  let n = 1;
  for (
    let b = blocks[first + n];
    isHeading(b) &&
    b.heading === head.heading &&
    !parseMarker(b.text) &&
    (script(b.text) !== script(head.text) ||
      (short(b.text) && short(head.text)) ||
      spacedOut(b.text) ||
      PERSON_NAME.test(b.text.trim()));
    b = blocks[first + n]
  )
    n++;
  const later = blocks.some((b, i) => i >= first + n && isHeading(b) && b.heading <= head.heading);
  return later ? 0 : n;
}

/**
 * The page's own title under a front-matter title that names it more briefly ("Team Handbook" over "# Team 695 Bison
 * Robotics Handbook (2024-2025)"): the one heading of the top rank, unnumbered, with the sections under it. Two titles
 * of one page, not a section holding the whole document.
 */
function pageTitle(blocks: Block[], first: number): boolean {
  const head = blocks[first];
  if (!isHeading(head) || head.heading !== 1 || parseMarker(head.text) || whenAt(head.text)) return false;
  const later = blocks.filter((b, i) => i > first && isHeading(b)) as (TextBlock & { heading: number })[];
  return later.length > 0 && later.every((b) => b.heading > 1);
}

/** One or two characters: a piece of a title spaced out over lines. */
const short = (t: string): boolean => [...t.trim()].length <= 2;

/**
 * The date set as a heading right under the title, with the author's name above it ("Erik Marsja" / "2022-10-28") or
 * the event's hours under it ("April 22, 2021" / "10:00 am - 12:00 pm ET"): the title's byline. A name alone may be a
 * section ("Helpful Information"), so it goes only with its date.
 */
function dropByline(blocks: Block[]): void {
  const at = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'table');
  // …or the span of the event's days with their year ("June 1 – 4, 2010"); one day is a day of its agenda.
  const span = (t: string) =>
    isTimeValue(t) && /\b\d{4}\b/.test(t) && /\d\s*[-–—]\s*\d/.test(t) && !/\d{4}-\d{1,2}-\d{1,2}/.test(t);
  const isDate = (b: Block | undefined) => isHeading(b) && (DATE_ALONE.test(b.text.trim()) || span(b.text.trim()));
  const isHours = (b: Block | undefined) => isHeading(b) && TIME_ALONE.test(b.text.trim());
  // …or a Chinese name ("翟起龙"), which over a date is no section either.
  const isNames = (b: Block | undefined) =>
    isHeading(b) &&
    (PERSON_NAME_ZH.test(b.text.trim()) ||
      b.text
        .trim()
        .split(/\s*(?:,|&|\band\b)\s*/)
        .every((n) => PERSON_NAME.test(n)));
  // …or the author's web address, as LaTeX's \author sets it ("https://github.com/DragandDrop-wsu" / "March 16, 2018").
  const isLink = (b: Block | undefined) => isHeading(b) && WEB_ADDRESS.test(b.text.trim());
  const from = isDate(blocks[at])
    ? at
    : (isNames(blocks[at]) || isLink(blocks[at])) && isDate(blocks[at + 1])
      ? at + 1
      : -1;
  if (from < 0) return;
  blocks.splice(at, from - at + (isHours(blocks[from + 1]) ? 2 : 1));
}

/**
 * The title said again in other words at the head of the text ("Bylaws Friends of Corvallis Troop 1" / "Bylaws for
 * Friends of Corvallis Troop 1"), the one heading of its rank, right under the title or its date: the document's name
 * again, not a part holding all the rest.
 */
function dropRestatedTitle(blocks: Block[], title: string): void {
  let at = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'table');
  const date = blocks[at];
  if (date?.kind === 'text' && date.heading === undefined && isTimeValue(date.text.trim())) at++;
  const again = blocks[at];
  if (!isHeading(again) || blocks.some((b, i) => i !== at && isHeading(b) && b.heading <= again.heading)) return;
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const a = words(title);
  const b = words(again.text);
  const shared = [...a].filter((w) => b.has(w)).length;
  if (shared >= 3 && shared * 5 >= Math.max(a.size, b.size) * 4) blocks.splice(at, 1);
}

/**
 * An event's cover under its title, set in the title's heading style (`rank`): its dates, then where and by whom
 * ("March 10-13, 2015" / "Kathmandu, Nepal" / "ICIMOD"), perhaps under a subtitle line. They describe the event and
 * hold no sections (a day that opens an agenda's slots has its slots under it). The span of those headings, or null.
 */
function eventLines(blocks: Block[], at: number, rank: number): { from: number; to: number } | null {
  const from = isHeading(blocks[at]) ? at : isHeading(blocks[at + 1]) && !isList(blocks[at]) ? at + 1 : -1;
  const date = blocks[from];
  if (!isHeading(date) || date.heading !== rank || !isTimeValue(date.text.trim()) || !/\d{4}/.test(date.text))
    return null;
  let to = from + 1;
  // …not a heading naming a kind of document ("AGENDA"): the first section.
  const about = (text: string) => (placeLine(text) || TIME_ALONE.test(text.trim())) && !isTitleLike(text);
  for (let b = blocks[to]; isHeading(b) && b.heading === date.heading && about(b.text); b = blocks[to]) to++;
  // What follows is the document's text, not a section under the date, nor the next of a run of days.
  const later = blocks.slice(to).filter(isHeading);
  if (later[0] && later[0].heading > date.heading) return null;
  if (later.some((b) => b.heading === date.heading && isTimeValue(b.text.trim()))) return null;
  return { from, to };
}

/**
 * A cover page that ends with who issues the document and when, under its title and the theme it names
 * ("第二十二届全国大学生机器人大赛" / "ROBOCON" / "主题与规则" / "吴哥之花" / "…组委会" / "2022年9月" / its web address): the
 * cover's lines are the title and text about it, whatever their type, not sections. Where the cover's headings end,
 * or 0.
 */
function imprintEnd(blocks: Block[], first: number): number {
  let end = first;
  while (isHeading(blocks[end])) end++;
  if (end - first < 3) return 0;
  const lines = blocks.slice(first + 2, end).map((b) => (b as TextBlock).text.trim());
  const dated = lines.some((t) => DATE_ALONE.test(t));
  const web = lines.some((t) => WEB_ADDRESS.test(t));
  // …and the body starts after them: a cover of headings only is the whole document's outline.
  return dated && web && end < blocks.length ? end : 0;
}

const isList = (b: Block | undefined): boolean => b?.kind === 'text' && b.list !== undefined;
/** A short name with no sentence in it: a place, a host. */
const placeLine = (text: string): boolean => text.split(/\s+/).length <= 5 && !/[.。:：!?！？]$/.test(text.trim());

/**
 * A PDF's cover that names the body issuing the document above its title ("Worcester Polytechnic Institute" /
 * "Student Branch of the" / … / "Branch Bylaws" in the largest type / "Approved November 6th, 2017"): the line naming a
 * kind of document, set largest, is the title; the cover's other lines are text about it, not sections.
 */
function coverTitle(blocks: Block[], first: number): void {
  let end = first;
  while (isHeading(blocks[end])) end++;
  const run = blocks.slice(first, end) as (TextBlock & { heading: number })[];
  if (run.length < 2) return;
  const top = Math.min(...run.map((b) => b.heading));
  const k = run.findIndex((b) => b.heading === top);
  const found = run[k];
  if (k <= 0 || !found || !isTitleLike(found.text) || isTitleLike(run[0]?.text ?? '')) return;
  const next = run.findIndex((b, i) => i > k && b.heading === top);
  const cover = run.slice(0, next < 0 ? run.length : next).filter((b) => b !== found);
  blocks.splice(first, cover.length + 1, found, ...cover.map(({ heading: _, emphasis: __, ...plain }) => plain));
}

/**
 * A PDF's cover under its title ("ADELAIDE UNIVERSITY COMPUTER / SCIENCE CLUB / Committee Composition"): lines at the
 * top set in a type no section of the document uses again describe the document; they are its text, not sections.
 */
function coverLines(blocks: Block[]): void {
  const start = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'table');
  let body = start;
  while (isHeading(blocks[body])) body++;
  if (start < 0 || body === start) return;
  const later = new Set(blocks.slice(body).flatMap((b) => (isHeading(b) ? [b.heading] : [])));
  // No line of the body is set as large: the cover's lines are all of them (the body's sections are set otherwise,
  // in bold body type), where a body follows.
  if (later.size === 0 && blocks.length - body < 3) return;
  let end = start;
  while (end < body && !later.has((blocks[end] as TextBlock & { heading: number }).heading)) end++;
  // One such line over the sections is the first of them, holding the rest ("Team Mission and Objectives or Goals");
  // a cover has more to say.
  if (end - start < 2) return;
  // (…set in bold or not: "哈尔滨工业大学 控制科学与工程系" in bold on a Word cover names who issues it.)
  for (let i = start; i < end; i++) {
    const { heading: _, emphasis: __, lead: ___, ...plain } = blocks[i] as TextBlock;
    blocks[i] = plain;
  }
}

/**
 * A heading right under the title that is the only one of its rank, with no higher one anywhere, is a subtitle: a line
 * about the document, or the title in the other language.
 */
function dropSubtitle(blocks: Block[], title: string, source: BlockDocument['source']): void {
  const at = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'table');
  const sub = blocks[at];
  if (!isHeading(sub)) return;
  const peers = blocks.filter((b) => isHeading(b) && b.heading <= sub.heading).length;
  // It reads as a line about the document (several words), not as the name of a section ("2015", "Goals").
  const words = sub.text.split(/\s+/).length;
  const cjk = (sub.text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  // With sections of its own under it, it is the first section ("Team Mission and Objectives or Goals").
  const sections = blocks.some((b, i) => i > at && isHeading(b) && b.heading > sub.heading);
  // The title again in the other language ("宏观经济学课程大纲" / "Macroeconomics Syllabus") belongs to it too.
  const translation = script(sub.text) !== script(title) && isTitleLike(sub.text) === isTitleLike(title);
  // …and so does the one line set as a heading in a Word or PDF file that is a table under its title
  // ("《计算机组成原理实验》" / "17学年度16教学计划" / the week table); Markdown's "## 2015" is marked up as a section, and
  // one word ("AGENDA") names the table's section.
  const overTable =
    (source === 'docx' || source === 'pdf') &&
    !/^[A-Za-z]+$/.test(sub.text.trim()) &&
    blocks[at + 1]?.kind === 'table' &&
    !blocks.some((b, i) => i > at && isHeading(b));
  // A PDF's name line between its title and sections numbered from 1 ("Constitution" / "Quantitative Finance UWA" /
  // "1 Name"): numbered sections are the document's top level, so the line above them holds none of them.
  const next = blocks.find((b, i) => i > at && isHeading(b));
  const first = next?.kind === 'text' ? next.text.trim() : '';
  const overNumbered =
    source === 'pdf' && (parseMarker(first)?.value === 1 || /^1\s+\p{L}/u.test(first)) && !parseMarker(sub.text);
  // …and so does a second line in the title's own type over sections set in no heading type at all ("Chapter
  // Constitution" / "National Honor Society" over bold "Article I – …").
  const secondLine = sub.heading === 1 && !blocks.some((b, i) => i > at && isHeading(b));
  if (
    peers === 1 &&
    (!sections || overNumbered) &&
    (words >= 6 || cjk >= 15 || translation || overTable || overNumbered || secondLine) &&
    blocks.some((b, i) => i > at && !isHeading(b))
  )
    blocks.splice(at, 1);
}
