/**
 * Classifies the lines of a structured document (Markdown, web page, Word, PDF) with the reader's evidence beside
 * the text rules of ./classify.ts: a heading element is a heading whatever its words; a numbered list item is an item
 * of its list; an unnumbered list item is a heading only when content hangs under it and it names that content; a
 * bold or colon-ended line that names what follows is a label heading; a table is content.
 */
import type { TextBlock } from './blocks.ts';
import { answeredQuestion, BRACKET_LABEL, classify, isSalutation, type Segment } from './classify.ts';
import { cutSentence, trimPunctuation } from './heading-text.ts';
import type { Line } from './line.ts';
import { parseMarker } from './markers.ts';
import { namesSection } from './section-name.ts';
import { isTitleLike } from './title.ts';
import { CLOCK_SPAN, datedLine, isByline, TIME_LEAD } from './when.ts';
import { NOTES_LABEL, PART_WORD, PERIOD_WORD, WEB_ADDRESS } from './vocabulary.ts';

/** What happens in a slot, after its time and the bar or dash that sets it off ("| Welcome", "— Part 1"). */
const slotRest = (s: string): string => s.replace(/^[|｜—–-]\s*/, '').trim();

/** A short phrase: words, numbers and the marks a name may hold, no sentence punctuation. */
const PHRASE = /^[\p{L}\p{N}][\p{L}\p{N} &/'’#-]*$/u;
/** A plain paragraph of body text: no heading, no list item. */
const paragraph = (l: Line | undefined): l is Line => l?.ev !== undefined && l.ev.heading === undefined && !l.ev.list;

/** A heading's text by the text rules: up to the first sentence end or label colon, trimmed. */
const cut = (s: string): string => trimPunctuation(cutSentence(s).text);

/** The question a line opens with, up to its question mark ("How will work be distributed?"); a stop inside brackets
 * ("(e.g., missing a deadline)") does not end it. */
function firstQuestion(text: string): string | undefined {
  const at = text.search(/[?？]/);
  if (at < 3 || at > 240) return undefined;
  const head = text.slice(0, at + 1);
  return /[.!。！；;]/.test(head.replace(/[（(][^()（）]*[)）]/g, '')) ? undefined : head;
}

const endsWithColon = (t: string): boolean => /[:：]\s*$/.test(t);

/** A paragraph set in bold, no heading element, right over a list set in further than it. */
const boldOverList = (l: Line, next: Line | undefined): boolean =>
  l.ev?.emphasis === 'all' &&
  l.ev.heading === undefined &&
  !l.ev.list &&
  next?.ev?.list !== undefined &&
  (next.ev.indent ?? 0) > (l.ev.indent ?? 0);

/**
 * A short plain phrase right over a bulleted list's first item: a few words, no sentence, not the rest of a line the
 * layout broke ("subject areas") nor a title and its author ("…读书笔记 - 卜星星").
 */
const phraseOverList = (l: Line, next: Line | undefined): boolean =>
  next?.ev?.list?.depth === 0 && !next.ev.list.ordered && next.ev.heading === undefined && phraseAlone(l);

/**
 * A short plain phrase alone over a paragraph that says more in sentences ("Maven" / "熟练使用，学会排包，…"): where
 * a document names its parts so, three times or more, with no other mark, each phrase names its part.
 */
const phraseOverParagraph = (l: Line, next: Line | undefined): boolean =>
  next?.ev !== undefined &&
  next.ev.heading === undefined &&
  !next.ev.list &&
  !next.table &&
  next.text.trim().length >= 20 &&
  /[，,。；;]/.test(next.text) &&
  phraseAlone(l);

/**
 * A phrase right over a line set in further than it, in the same paragraph ("Ingestion" / "\tSqoop", "Sqoop" /
 * "\t\t- Importing…"): an outline typed with tabs, where the phrase heads what is set in under it.
 */
const phraseOverIndented = (l: Line, next: Line | undefined): boolean =>
  next?.ev !== undefined &&
  next.ev.heading === undefined &&
  !next.table &&
  !next.ev.list &&
  (next.ev.indent ?? 0) > (l.ev?.indent ?? 0) &&
  phraseAlone(l);

/**
 * A name alone on its line right over a typed list that starts at 1 ("小學基本級 (粉黃色徽章) (累積積點：4)" / "1. 頒發予…"):
 * where a document names two or more lists so, each name heads its list.
 */
const nameOverNumbered = (l: Line, next: Line | undefined): boolean =>
  paragraph(l) &&
  l.ev?.emphasis === undefined &&
  paragraph(next) &&
  parseMarker(next.text)?.value === 1 &&
  parseMarker(l.text) === null &&
  l.text.trim().length <= 40 &&
  !/[。.!?！？;；:：]$/.test(l.text.trim()) &&
  namesSection(l.text);

/**
 * A part named with its weight in the whole ("用戶 18%", "信息发布 15%", "Presentation 20 points"), as a marking
 * scheme lists its parts, right over what the part holds (a label or a numbered item).
 */
const WEIGHTED_NAME = /^\p{L}[\p{L}\s&/、·-]{0,20}?\s*[（(]?\d{1,3}(?:\.\d)?\s*(?:%|％|分|points?|pts|marks)[)）]?$/iu;
const weightOver = (l: Line, next: Line | undefined): boolean =>
  paragraph(l) &&
  WEIGHTED_NAME.test(l.text.trim()) &&
  next !== undefined &&
  next.ev?.heading === undefined &&
  (endsWithColon(next.text) || parseMarker(next.text) !== null);

/** A paragraph of prose under a line: not bold, not a field, a sentence's length. */
const overParagraph = (next: Line | undefined): boolean =>
  paragraph(next) && next.ev?.emphasis === undefined && !FIELD_LINE.test(next.text) && next.text.length > 60;

/** A few words alone on a line of their own, no sentence: what phraseOverList and phraseOverParagraph start from. */
function phraseAlone(l: Line): boolean {
  if (l.ev === undefined || l.ev.heading !== undefined || l.ev.list || l.ev.emphasis !== undefined) return false;
  const t = l.text.trim();
  // (A short question is a phrase too: "What should I do?" over what to do.)
  const phrase = PHRASE.test(t) || (/^[A-Z][A-Za-z' ]{2,30}\?$/.test(t) && PHRASE.test(t.slice(0, -1)));
  return phrase && t.length <= 40 && t.split(/\s+/).length <= 6 && !/^[a-z]/.test(t) && !/\s[-–—]\s/.test(t);
}

/** One question, nothing after its question mark. */
const QUESTION = /^[^?？.!。！；;]{3,80}[?？]$/;

/** A question set in bold over the paragraph that answers it ("What is OSDHack 2026?" / "OSDHack 2026 is an online…"). */
const askedOverAnswer = (l: Line, next: Line | undefined): boolean =>
  l.ev?.emphasis === 'all' &&
  paragraph(l) &&
  QUESTION.test(l.text.trim()) &&
  paragraph(next) &&
  next.ev?.emphasis === undefined &&
  !QUESTION.test(next.text.trim());

/** The label of a first line that names the course, workshop or lesson the document is for ("Course: …"). */
const COURSE_LABEL = /^(?:course|workshop|lesson|module|class)\s*$/i;

/** "Label: value" with a label of a few words: a field. */
const FIELD_LINE = /^((?:[A-Za-z][\w'’&/()-]*\s?){1,4}|[\u4e00-\u9fa5]{2,8})\s*[:：]\s*(\S.*)$/;

/**
 * Two "label：value" pairs or more on one line, the first value a number ("学分：3.5 学时：64", "Credits: 3 Hours: 45"),
 * each label a word (not a clock time's hour, "10:00 - 10:15"); a title with a subtitle is no such line ("Panel:
 * Linguistic Analyses: Exploratory Methods").
 */
const FIELDS = /^(?=[^\s:：]*\p{L})[^\s:：]{1,8}\s*[:：]\s*\d\S*\s+(?=[^\s:：]*\p{L})[^\s:：]{1,8}\s*[:：]\s*\S/u;

/** The lines up to the next heading element. */
function sectionRest(lines: Line[]): Line[] {
  const end = lines.findIndex((l) => l.ev?.heading !== undefined);
  return end < 0 ? lines : lines.slice(0, end);
}

/**
 * `titled`: the document's title is already known (from its markup), so no line here is that title. `paragraphs`:
 * each line is a paragraph its writer ended (Markdown), not a line a page's width ended (PDF). `wrapped`: the lines
 * are a page's lines (PDF).
 */
export function classifyStructured(lines: Line[], titled = false, paragraphs = false, wrapped = false): Segment[] {
  const out: Segment[] = [];
  let titleSeen = titled;
  const prompts = lines.filter((l, i) => boldOverList(l, lines[i + 1])).length;
  const asked = lines.filter((l, i) => askedOverAnswer(l, lines[i + 1])).length;
  const phrases = lines.filter((l, i) => phraseOverList(l, lines[i + 1])).length;
  const named = paragraphs ? lines.filter((l, i) => phraseOverParagraph(l, lines[i + 1])).length : 0;
  // (A line a page's width ended is often a sentence's last words, not a name.)
  const lists = wrapped ? 0 : lines.filter((l, i) => nameOverNumbered(l, lines[i + 1])).length;
  const weights = lines.filter((l, i) => weightOver(l, lines[i + 1])).length;
  const boldFields = lines.filter(
    (l, i) => l.ev?.emphasis === 'all' && paragraph(l) && FIELD_LINE.test(l.text) && overParagraph(lines[i + 1]),
  ).length;
  // (Text only: a PDF sets lines in for many reasons, a typist only to nest them.)
  const outlined = paragraphs ? lines.filter((l, i) => phraseOverIndented(l, lines[i + 1])).length : 0;
  // An FAQ's "Q. …?" and the "A. …" under it are a question and its answer, not items lettered Q and A.
  const faq = new Set<number>();
  lines.forEach((l, i) => {
    // (…numbered too: "Q1 我把播放器最小化了，怎么重新打开？" / "A1 任务栏右下角…")
    if (/^Q(\d*)[.:：\s]/.test(l.text) && /^A\d*[.:：\s]/.test(lines[i + 1]?.text ?? '')) faq.add(i).add(i + 1);
  });
  const blanks = formBlanks(lines);
  lines.forEach((line, i) => {
    // A form's blank to fill in, however large it is set ("Group:" / "Members:", "Score: ___ / 45"), is a field.
    if (blanks.has(i)) {
      const [label = '', value = ''] = line.text.split(/[:：]/, 2);
      out.push({
        kind: 'field',
        no: line.no,
        raw: line.text,
        label: label.trim(),
        value: value.trim(),
        ...(line.ev ? { ev: line.ev } : {}),
      });
      return;
    }
    // The author and date under the title, even set as a heading, are no section ("汪雄 2018/3/1").
    if (faq.has(i) || (titleSeen && i <= 3 && isByline(line.text))) {
      out.push({
        kind: 'text',
        no: line.no,
        raw: line.text,
        ...(faq.has(i) ? { qa: true as const } : {}),
        ...(line.ev ? { ev: line.ev } : {}),
      });
      return;
    }
    // The first line, or a bold title under a short byline or date ("Christian John" / "#maptimeDavis Workshop Jan 12").
    const byline = i <= 2 && lines.slice(0, i).every((l) => l.text.length <= 40 && !/[。.!?！？]$/.test(l.text));
    // (When the document's title is known, such a line is its first section: "Schedule of the Program".)
    const first = i === 0 || (byline && !titled && line.ev?.emphasis === 'all');
    const seg = classifyOne(line, lines[i + 1], {
      titleSeen,
      first,
      opening: i === 0,
      underHeading: lines[i - 1]?.ev?.heading !== undefined && lines[i - 1]?.ev?.size === undefined,
      prompts,
      asked,
      phrases,
      named,
      outlined,
      lists,
      weights,
      boldFields,
      later: () => lines.slice(i + 2, i + 40),
    });
    if (seg.kind === 'title' || (line.ev && classify(line, false).kind === 'title')) titleSeen = true;
    if (line.ev) seg.ev = line.ev;
    out.push(seg);
  });
  return emptyFields(out);
}

/**
 * The blanks of a form set as headings: a label with a line to write on ("Score: ___ / 45"), or short labels ending
 * with a colon one right after another ("Group:" / "Members:" / "Project:"), each with nothing under it.
 */
function formBlanks(lines: Line[]): Set<number> {
  const label = (l: Line | undefined) =>
    l?.ev?.heading !== undefined && /^[^:：]{1,30}[:：]$/.test(l.text.trim()) && l.text.trim().split(/\s+/).length <= 2;
  // (…with nothing under it: "## 权利和义务：" over "### 权利：" is a section and its first part.)
  const blank = (k: number) => {
    const l = lines[k];
    const after = lines[k + 1]?.ev?.heading;
    return label(l) && (after === undefined || after <= (l?.ev?.heading ?? 0));
  };
  const peers = (a: number, b: number) => blank(a) && blank(b) && lines[a]?.ev?.heading === lines[b]?.ev?.heading;
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (l.ev?.heading === undefined) return;
    if (/[:：]\s*_{3,}/.test(l.text) || peers(i, i - 1) || peers(i, i + 1)) out.add(i);
  });
  return out;
}

/**
 * A label set plain with nothing under it, among fields ("Judges:" / "Meraki:" / "Rackspace: Mary" / "EA:" /
 * "Schedule:"): a field left blank, not a section. It needs a field on one side and a field or a label on the other.
 * A bold label ("测评环境：") names a section by its type; a web address ("https://…") is no field.
 */
function emptyFields(segs: Segment[]): Segment[] {
  const field = (s: Segment | undefined) => s?.kind === 'field' && !s.value.startsWith('//');
  const fieldish = (s: Segment | undefined) => field(s) || s?.kind === 'label';
  return segs.map((s, i) => {
    if (s.kind !== 'label' || !/[:：]\s*$/.test(s.raw) || s.ev?.emphasis === 'all') return s;
    const prev = segs[i - 1];
    const next = segs[i + 1];
    const among = (field(prev) && fieldish(next)) || (field(next) && fieldish(prev));
    if (!among) return s;
    return { kind: 'field', no: s.no, raw: s.raw, label: s.text, value: '', ...(s.ev ? { ev: s.ev } : {}) };
  });
}

/** `titleSeen`: a title came before this line; `first`: this is the document's first line. */
function classifyOne(
  line: Line,
  next: Line | undefined,
  {
    titleSeen,
    first,
    opening,
    underHeading,
    prompts,
    asked,
    phrases,
    named: namedParts,
    outlined,
    lists,
    weights,
    boldFields,
    later,
  }: {
    titleSeen: boolean;
    first: boolean;
    opening: boolean;
    underHeading: boolean;
    /** How many bold lines in the document stand over a list set in under them. */
    prompts: number;
    /** How many bold questions stand over the paragraph that answers them. */
    asked: number;
    /** How many short plain phrases in the document stand right over a list. */
    phrases: number;
    /** How many stand alone over a paragraph of sentences. */
    named: number;
    /** How many stand right over lines set in further than them. */
    outlined: number;
    /** How many names stand right over a typed list numbered from 1. */
    lists: number;
    /** How many parts named with their weight stand right over what they hold. */
    weights: number;
    /** How many bold "name: what it is" lines stand over a paragraph of their own. */
    boldFields: number;
    later: () => Line[];
  },
): Segment {
  const { no, text } = line;
  // A web address alone names nothing, whatever type it is set in ("http://…/documents/." in a PDF's larger type).
  if (line.leadIn || WEB_ADDRESS.test(text.trim())) return { kind: 'text', no, raw: text };
  const base = classify(line, line.ev === undefined);
  const ev = line.ev;
  if (!ev) return base;
  const label = (t: string): Segment => ({ kind: 'label', no, raw: text, text: t });
  const question = base.kind === 'text' && !ev.list ? answeredQuestion(text, next?.text) : undefined;
  if (question) return label(question);
  const plain: Segment = { kind: 'text', no, raw: text };
  // "[要求]": a label set in brackets, kept as written, whatever its size.
  if (base.kind === 'label' && BRACKET_LABEL.test(text.trim())) return base;
  if (ev.heading !== undefined) {
    // Two fields and more on one line set as a heading ("学分：3.5 学时：64 (32时理论/32时上机)") give the course's facts;
    // they name no section.
    if (FIELDS.test(text.trim())) return plain;
    // A heading element naming a period by its number ("### Phase 1: Planning", "## Day 1 - Working with Data") is that
    // period's heading, its text cut where a heading's text is ("Phase 1"); a numbered task or step keeps its number as
    // its marker.
    if (base.kind === 'heading' && PERIOD_WORD.test(base.style)) return label(cut(text));
    // …and so is a part's number alone ("## Part 1", "### Lesson 00"): the part's name.
    if (base.kind === 'heading' && base.text === '' && PART_WORD.test(base.style)) return label(text.trim());
    if (base.kind === 'heading' || base.kind === 'month') return base;
    if (endsWithColon(text) && isSalutation(text)) return plain;
    const t = cut(text);
    return t ? label(t) : plain;
  }
  if (ev.list) {
    if (base.kind === 'heading') return runIn(base, ev);
    // Word keeps lists flat: a bullet right over a numbered list that starts afresh ("• 第二周" over "1. 关键字…") has
    // that list under it, as a nested list would.
    const heads =
      ev.list.parent || (!ev.list.ordered && next?.ev?.list?.ordered === true && parseMarker(next.text)?.value === 1);
    // A bullet that is a day alone, with nothing under it ("• Tuesday, January 12" under "Rosters"), is an item of a
    // list of days, not a day of the schedule.
    if (base.kind === 'month' && base.week && !base.rest && !heads && !ev.list.ordered) return plain;
    // A bullet that is a date and what happens then ("• Thurs Jan 5: Introduction"), with nothing under it, is an entry
    // of the schedule, not a section (a week's number, "• Week 1: Chapter 1", numbers its week as a heading does).
    if (base.kind === 'month' && base.rest && !heads && !ev.list.ordered && parseMarker(base.when) === null)
      return { kind: 'text', no, raw: text, dated: { when: base.when, rest: base.rest } };
    if (base.kind === 'month') return base;
    // A leaf bullet is content; a bullet with content under it is a heading when it names that content.
    // Bullets each followed by paragraphs of their own ("• 命令模式" / what it is / "• 插入模式" / …) name them, where the
    // file does not nest the paragraphs under the bullet (Word).
    // …paragraphs of prose: sentences, not a line that names the next part.
    // (A line set all in bold after it is the next part's name, not what the bullet says.)
    const explained =
      paragraph(next) &&
      next?.ev?.emphasis !== 'all' &&
      classify(next, false).kind === 'text' &&
      (next.text.length > 20 || /[。，,.!?！？；;]/.test(next.text));
    const phrase = text.replace(/[:：]\s*$/, '');
    // …and so do questions, each answered in the paragraphs after it ("What are the goals of the team?" / "Our goal
    // is…"), as in a team contract's questionnaire: the question, up to its question mark, names the answer.
    const question = firstQuestion(text);
    const names = (PHRASE.test(phrase) && phrase.length <= 20) || question !== undefined;
    if (!ev.list.parent && !ev.list.ordered && names && explained) {
      const depth = ev.list.depth;
      const again = later().find((l) => l.ev?.heading !== undefined || (l.ev?.list && l.ev.list.depth <= depth));
      const sibling = again?.ev?.list && !again.ev.list.ordered && again.ev.list.depth === depth;
      // A question is one even as the last of its part.
      if (sibling || (question && (again === undefined || again.ev?.list === undefined)))
        return label(question ? question.slice(0, -1).trim() : cut(text));
    }
    if (!heads) return plain;
    if (base.kind === 'label') return namesSection(text) ? base : plain;
    if (base.kind === 'field' || base.kind === 'span') return base;
    // Its length without the time it takes in brackets ("Introduction (10 minutes, CJ talking)").
    const bare = text.replace(/[（(][^()（）]*\d[^()（）]*[)）]/g, '').trim();
    if ((ev.emphasis === 'all' || endsWithColon(text) || bare.length <= 30) && namesSection(text))
      return label(cut(text));
    // A question with its answers listed under it ("What is the presenter responsible for?"), as in an FAQ.
    if (QUESTION.test(text) && text.split(/\s+/).length <= 12) return label(text.slice(0, -1).trim());
    return plain;
  }
  // A part's number alone over a numbered list ("Session 1" over "1. Using Scratch"), or a period's set in bold over
  // its slots ("Session 2"; not an article's number, "Article IV"), names the part so, as a heading element would;
  // so does a part's number alone over any list ("Part 1:" over "* Form cubs in a circle").
  const overList = next?.ev?.list !== undefined && next.ev.list.depth === 0 && next.ev.heading === undefined;
  const numberedNext = overList && next?.ev?.list?.ordered === true;
  if (base.kind === 'heading' && base.text === '' && /^[a-z]+$/.test(base.style)) {
    const part = PART_WORD.test(base.style) && (ev.emphasis === 'all' || overList);
    if (numberedNext || part) return label(text.trim().replace(/[:：]$/, ''));
  }
  if (base.kind === 'heading') return runIn(base, ev);
  // "16:00–16:10 | Welcome & Purpose" set in bold over what happens then: a time slot of the day, named as written.
  // …and a bold time span alone on its line heads what the next lines say happens then ("**10:00 – 12:00**" over
  // "**Doors Open & Check-In**").
  if (ev.emphasis === 'all' && CLOCK_SPAN.test(text.trim())) {
    const when = text.replace(/\s+/g, ' ').trim();
    return { kind: 'month', no, raw: text, when, rest: '', week: true, label: when };
  }
  // A time set in bold at the start of the line, then what happens ("**09.00 - 09.10** Welcome", "**ca. 12.45** End of
  // day 1"; a dot may stand for the colon): a slot of the day.
  const bold = ev.emphasis === 'all' ? text : ev.emphasis === 'lead' ? (ev.lead ?? '') : '';
  const time = !ev.list ? TIME_LEAD.exec(bold.trim()) : null;
  if (time && (ev.emphasis === 'all' || time[0].trim().length >= (ev.lead ?? '').trim().length)) {
    const rest = slotRest(text.trim().slice(time[0].length));
    if (rest) return { kind: 'month', no, raw: text, when: time[1] ?? '', rest, week: true, label: cut(text) };
  }
  // A time span and what happens then, set in bold or heading the list of what is done in it ("0:05–0:25 — Part 1:
  // …" over its bullets): a slot of the day.
  const heads = next?.ev?.list !== undefined && next.ev.heading === undefined && !ev.list;
  const slot = ev.emphasis === 'all' || heads ? datedLine(text) : null;
  if (slot && CLOCK_SPAN.test(slot.when)) {
    const rest = slotRest(slot.rest);
    const label = ev.emphasis === 'all' ? text.replace(/\s+/g, ' ').trim() : cut(text);
    return { kind: 'month', no, raw: text, when: slot.when, rest, week: true, label };
  }
  // "COURSE: Function-Valued Trait Modeling" opening the document names what it is: its title, as written.
  const field = FIELD_LINE.exec(text);
  if (first && !titleSeen && field && COURSE_LABEL.test(field[1] ?? '') && namesSection(field[2] ?? ''))
    return { kind: 'title', no, text: text.replace(/\s+/g, ' ').trim(), part: false };
  if (base.kind === 'month' || base.kind === 'span' || base.kind === 'field') return base;
  // The document's first line, a title by its words, is its title however it is set (Word's bold, centred title
  // paragraph is no heading element).
  if (first && base.kind === 'title') return base;
  // …and a bold first line over the document's fields ("Date: TBD"), over its first bold section label or over the
  // table it heads ("会议议程" over the agenda) is the title by its place, whatever its words ("PNB Open Science Summer
  // Workshop", "大数据技术及应用小组作业"); over a paragraph of its own it is the first section.
  const titleBlockNext =
    next?.table !== undefined ||
    (next?.ev !== undefined &&
      next.ev.heading === undefined &&
      !next.ev.list &&
      (FIELD_LINE.test(next.text) || (next.ev.emphasis === 'all' && !parseMarker(next.text))));
  if (
    opening &&
    !titleSeen &&
    ev.emphasis === 'all' &&
    titleBlockNext &&
    (base.kind === 'text' || base.kind === 'label') &&
    text.length <= 60 &&
    !/[。.!?！？;；]$/.test(text)
  )
    return { kind: 'title', no, text: text.replace(/\s+/g, ' ').trim(), part: false };
  // "学习计划：" alone on the first line, a list under it: the document's title, written as a label.
  const named = text.replace(/[:：]\s*$/, '').trim();
  if (first && !titleSeen && endsWithColon(text) && isTitleLike(named))
    return { kind: 'title', no, text: named, part: false };
  // …and a bold label closing the document heads a part left to fill in ("Signatures").
  const follows = next === undefined ? ev.emphasis === 'all' : next.ev?.heading === undefined;
  // A bold "name: what it is" line over a paragraph of its own ("Optional Round: Idea Submission" over what the round
  // asks), where more such lines head paragraphs: a part's heading, cut at its colon.
  if (field && ev.emphasis === 'all' && base.kind === 'text' && boldFields >= 2 && overParagraph(next))
    return label(cut(text));
  // "Lesson Title: Introduction to AI", "Learning Goals: By the end…:" set in bold: a field with its value.
  if (field && ev.emphasis === 'all' && base.kind === 'text')
    return { kind: 'field', no, raw: text, label: field[1] ?? '', value: field[2] ?? '' };
  // Right under a heading element (a web page's h3, Markdown's ##), which names the section, a plain line ending with
  // a colon over a list introduces that list ("Questions to challenge and guide your team:") — when it is the only
  // one: several ("Do these steps once:" / "Do these steps each time:") divide the section into parts.
  const colonLine = (l: Line) =>
    l.ev?.heading === undefined && !l.ev?.list && l.ev?.emphasis !== 'all' && endsWithColon(l.text);
  const leadsList =
    underHeading && colonLine(line) && next?.ev?.list !== undefined && !sectionRest(later()).some(colonLine);
  if (follows && !leadsList && (ev.emphasis === 'all' || endsWithColon(text)) && namesSection(text))
    return label(cut(text));
  // A session's name in bold over the hours it runs ("**Guided practice.**" / "3:00–5:00"): a name, its stop or not.
  const hours = next ? TIME_LEAD.exec(next.text.trim()) : null;
  const overHours = hours !== null && /[-–—~～]/.test(hours[1] ?? '');
  if (ev.emphasis === 'all' && overHours && text.split(/\s+/).length <= 4 && namesSection(text.replace(/\.$/, '')))
    return label(cut(text));
  // Prompts set in bold, each over the answers listed under it ("How and when you are going to meet." / "- weekly on
  // Fridays…"), as a group contract's form has them: each names its answers, sentence or not, where two or more do.
  if (prompts >= 2 && boldOverList(line, next) && text.length <= 200) return label(cut(text));
  // …and so do questions set in bold, each over the paragraph that answers it, where two or more do (an FAQ).
  if (asked >= 2 && askedOverAnswer(line, next)) return label(text.trim().slice(0, -1).trim());
  // A short phrase at the margin right above a list set in under it ("Welcome" over its bullets, in a PDF where
  // nothing else marks it) names that list.
  const listNext =
    next?.ev?.list !== undefined &&
    next.ev.list.depth === 0 &&
    next.ev.heading === undefined &&
    (next.ev.indent ?? 0) > (ev.indent ?? 0);
  if (listNext && base.kind === 'text' && text.length <= 30 && PHRASE.test(text)) return label(cut(text));
  // …and so do such phrases each right over its list where nothing shows how far lines are set in (a syllabus typed
  // as "What is Git" / "   * content management" / …, "Remotes" / "   * Push"), where two or more do.
  if (phrases >= 2 && base.kind === 'text' && phraseOverList(line, next)) return label(cut(text));
  // …and names right over typed lists numbered afresh, where two or more do.
  if (lists >= 2 && base.kind === 'text' && nameOverNumbered(line, next)) return label(cut(text));
  // …and parts named with their weight right over what they hold, where two or more are: the name and its weight.
  if (weights >= 2 && base.kind === 'text' && weightOver(line, next)) return label(text.replace(/\s+/g, ' ').trim());
  // …and phrases right over what is set in under them, where two or more do (an outline typed with tabs).
  if (outlined >= 2 && base.kind === 'text' && phraseOverIndented(line, next))
    return { kind: 'label', no, raw: text, text: cut(text), outline: true };
  // …and phrases alone over paragraphs of sentences, where three or more do ("Java 基础" / "掌握java 语法，…").
  if (namedParts >= 3 && base.kind === 'text' && phraseOverParagraph(line, next)) return label(cut(text));
  // A bold run-in word or phrase that opens a new sentence ("Consequences In the occurrence…") titles its paragraph.
  if (ev.emphasis === 'lead' && ev.lead && !endsWithColon(ev.lead) && namesSection(ev.lead)) {
    const rest = text.slice(text.indexOf(ev.lead) + ev.lead.length).trim();
    // …a sentence, not a name after a role ("Code Reviewer Gerard Dizon").
    const sentence = rest.split(/\s+/).length >= 4 || /[.!?。]$/.test(rest);
    if (/^[A-Z]/.test(rest) && sentence && ev.lead.split(/\s+/).length <= 6) return label(cut(ev.lead));
    // …and so does one followed only by the lower-case words of its links ("**Introductions** slides", "**Data
    // visualization** slides worksheets"): a session's name with its handouts.
    if (/^[a-z]+(?: [a-z]+){0,2}$/.test(rest) && ev.lead.split(/\s+/).length <= 6) return label(cut(ev.lead));
  }
  // A title-like line after the document's title that opens a numbered list ("Lesson Plan" / "1. …") names that part.
  if (titleSeen && base.kind === 'title' && !base.part && next && parseMarker(next.text) && namesSection(text))
    return label(cut(text));
  // A title with its part marker ("Part 2 of 3", "篇二 …") starts a plan of the collection, wherever it stands.
  if (base.kind === 'title' && base.part) return base;
  if (base.kind === 'title' || base.kind === 'collection') return plain;
  // A lead-in ("目前学习小组的计划是：") introduces what follows; it does not name a section. Notes are the exception:
  // "注：…如下：" heads the notes listed under it.
  if (base.kind === 'label' && !namesSection(text) && !NOTES_LABEL.test(base.text)) return plain;
  // "Aim – Control a sprite…": an English field whose label is set off by a dash.
  const dashed = /^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3})\s+[–—]\s+(\S.*)$/.exec(text);
  if (base.kind === 'text' && dashed)
    return { kind: 'field', no, raw: text, label: dashed[1] ?? '', value: dashed[2] ?? '' };
  return base;
}

/**
 * A numbered item that opens with a bold run-in title has that title as its text — not when the sentence goes on
 * after the bold words ("**Design and implement** efficient pipelines using…": the bold is emphasis).
 */
function runIn(seg: Segment, ev: TextBlock): Segment {
  if (seg.kind !== 'heading' || ev.emphasis !== 'lead' || !ev.lead) return seg;
  const m = parseMarker(ev.lead);
  const t = cut(m ? ev.lead.slice(m.end) : ev.lead);
  if (!t || !seg.raw.includes(ev.lead)) return seg;
  const after = seg.raw.slice(seg.raw.indexOf(ev.lead) + ev.lead.length).trimStart();
  // …and an aside in brackets right after the bold words is part of the title ("**引言** （背景介绍…）"); so is a
  // Chinese phrase the bold words open, with no stop in it but in its asides ("**博客** 的生态情况 (概念、使用情况等)",
  // "**NEP**机器学习势函数的基础知识（樊哲勇；1小时）", "**GPUMD**&**NEP**相关软件的安装").
  if ((/^[a-z(]/.test(after) && /[A-Za-z]$/.test(ev.lead)) || /^[（(]/.test(after)) return seg;
  const phrase = after.replace(/[（(][^（()）]*[)）]/g, '');
  if (/^[\u4e00-\u9fff&＆+]/.test(after) && !/[。！？；:：]/.test(phrase) && phrase.length <= 40) return seg;
  return { ...seg, text: t };
}
