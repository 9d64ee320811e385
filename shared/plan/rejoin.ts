/**
 * Re-joins lines that a PDF or a narrow page broke in mid-sentence: a line that does not end a sentence, followed by
 * a line that does not start a new item, title or month. Short heading lines ("二、落实小组活动,增强合作探究意识")
 * end where they end. A marker split by the break ("…工作总结。 十" / "一、注意事项：") is put back together.
 */
import { type TableBlock, wrapsWithSpace } from './blocks.ts';
import type { Line } from './line.ts';
import { parseMarker } from './markers.ts';
import { DECIMAL_START } from './numerals.ts';
import { isTitleLike, hasPartMarker } from './title.ts';
import { whenAt } from './when.ts';
import { RUNS_ON } from './vocabulary.ts';
import { countWork } from './work.ts';

const ENDS_SENTENCE = /(?:[。！？!?；;：:…]|(?<=[A-Za-z)\d]{2})\.)["”’」』)）】]*$/;
const SENTENCE_INSIDE = /[。！？!?；;]/;

/** A line being re-joined: its pieces are kept apart until the end, so each join costs only the new piece. */
interface Joined {
  no: number;
  /** A table passes through whole; nothing joins it. */
  table?: TableBlock;
  parts: string[];
  length: number;
  /** How far its first line is set in (Line.indent). */
  indent?: number;
  /** It is set in under the line above it (setInUnder): an outline's item. */
  under?: boolean;
  /** The last TAIL characters (all of a short line). */
  tail: string;
}

const text = (j: Joined): string => j.parts.join('');

export function rejoinLines(lines: Line[]): Line[] {
  const out: Joined[] = [];
  // Text copied from a preview site puts a blank line after every line, sentences broken or not: there a blank line
  // says nothing. Where blank lines are sparse they end paragraphs.
  const spaced = lines.filter((l) => l.afterBlank).length * 2 > lines.length;
  for (const line of lines) {
    if (line.table) {
      out.push({ no: line.no, parts: [], length: 0, tail: '', table: line.table });
      continue;
    }
    const prev = out[out.length - 1];
    let next = line.text;
    // An outline typed with tabs or spaces: each line its own item.
    const item = prev !== undefined && !prev.table && (setInUnder(prev, line) || nextItem(prev, line));
    // A blank line ends a paragraph, and a list item starts one of its own.
    if (prev && !prev.table && !(line.afterBlank && !spaced) && !line.bullet) {
      const shown = prev.length <= TAIL ? prev.tail : null;
      // A lone 十 at the end of the previous line belongs to the numeral that opens this one.
      const split = prev.tail.endsWith('十') ? /^(.*[。！？!?；;\s])十$/.exec(text(prev)) : null;
      if (split && /^[一二三四五六七八九][、.．]/.test(next)) {
        const kept = (split[1] ?? '').trim();
        prev.parts = [kept];
        prev.length = kept.length;
        prev.tail = kept.slice(-TAIL);
        next = `十${next}`;
      } else if (!item && continues(shown, prev.tail, prev.length, next)) {
        // English words broken at a line end are still two words.
        if (wrapsWithSpace(prev.tail, next)) next = ` ${next}`;
        prev.parts.push(next);
        prev.length += next.length;
        prev.tail = (prev.tail + next).slice(-TAIL);
        continue;
      }
    }
    const joined: Joined = { no: line.no, parts: [next], length: next.length, tail: next.slice(-TAIL) };
    if (line.indent) joined.indent = line.indent;
    if (item) joined.under = true;
    out.push(joined);
  }
  return out
    .map((j): Line => {
      if (j.table) return { no: j.no, text: '', table: j.table };
      return j.indent ? { no: j.no, text: text(j), indent: j.indent } : { no: j.no, text: text(j) };
    })
    .filter((l) => l.table || l.text.length > 0);
}

/**
 * A line set in further than an unnumbered line above it is under that line, as an outline typed with tabs nests
 * ("Ingestion" / "\tSqoop"), not its sentence going on; a numbered item's hanging indent does go on.
 */
function setInUnder(prev: Joined, line: Line): boolean {
  return (line.indent ?? 0) > (prev.indent ?? 0) && !parseMarker(prev.parts[0] ?? '');
}

/**
 * …and a line set in as far as such a short item, or less, is the outline's next item, not that item going on (a
 * long line, or a numbered one, wrapped: "Section 1.  A person who…" / "attended at least…").
 */
function nextItem(prev: Joined, line: Line): boolean {
  return (
    prev.under === true &&
    prev.length <= 40 &&
    (line.indent ?? 0) <= (prev.indent ?? 0) &&
    !parseMarker(prev.parts[0] ?? '')
  );
}

/** The last characters of a joined line are all its end tests need; reading only them keeps re-joining linear. */
const TAIL = 64;

/** The shape a line opens with: a word and a number ("Task", "Day") or a number alone, digits not compared. */
const LEAD = /^(?:[A-Za-z]{2,12}[ _-]?(?=\d)|\d{1,2}(?=[\s\u4e00-\u9fa5]))/;

/** Small words a title leaves in lower case ("Classification of Committees"). */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}\d'’()&/-]*|of|and|or|the|for|to|in|on|at|by|a|an|&|\/|-)$/u;

/** "Section B. Classifications of Members": a part numbered by a word, its name in title case — a heading line. */
function namedPart(line: string): boolean {
  const m = parseMarker(line);
  if (!m || !/^[a-z]+$/.test(m.style) || line.length > 80) return false;
  return inTitleCase(line.slice(m.end));
}

/** A few words (one to eight), each capitalised but the small ones. */
function inTitleCase(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => TITLE_WORD.test(w));
}

/** A name set in title case, after its number if a section's bare number opens it ("3 Submission Instructions"). */
function titleLine(line: string): boolean {
  const name = line.trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '');
  return name.length <= 60 && /^\p{Lu}/u.test(name) && inTitleCase(name);
}

/** `prev`: the whole joined line when it is short (null otherwise); `tail`: its last characters. */
function continues(prev: string | null, tail: string, length: number, next: string): boolean {
  countWork((prev?.length ?? 0) + tail.length + next.length);
  // A marker left alone on its line ("一、" / "活动目的") opens the next line.
  const lone = prev !== null && length <= 12 ? parseMarker(prev) : null;
  // …but a part named by a word alone ("Section A.") over a whole sentence has that sentence as its text, not its name.
  const sentence = /^[a-z]+$/.test(lone?.style ?? '') && next.length > 40 && /[.。]$/.test(next);
  if (prev !== null && lone && lone.end >= prev.length && !parseMarker(next) && !sentence) return true;
  if (ENDS_SENTENCE.test(tail)) return false;
  if (/^[^\s，,。；;！!？?]{1,12}[:：]/.test(next)) return false;
  // Parallel lines that open alike ("Task01 …" / "Task02 …", "Day 1 …" / "Day 2 …") are items, not one sentence.
  if (prev !== null || length <= TAIL) {
    const a = LEAD.exec(prev ?? tail)?.[0];
    if (a && a === LEAD.exec(next)?.[0]) return false;
  }
  if (parseMarker(next) || DECIMAL_START.test(next) || whenAt(next)) return false;
  // A line that names a kind of document ("Constitution or the Bylaws") after "…governed by the" goes on that sentence.
  if ((isTitleLike(next) || hasPartMarker(next)) && !RUNS_ON.test(tail)) return false;
  if (prev !== null && (isTitleLike(prev) || hasPartMarker(prev))) return false;
  const headingLine = prev !== null && length <= 22 && parseMarker(prev) !== null && !SENTENCE_INSIDE.test(prev);
  if (headingLine || (prev !== null && namedPart(prev))) return false;
  // A short line all in title case ("Participant Handbook", "3 Submission Instructions") over a line that starts anew
  // (a capital, a number) is a heading, not the start of a sentence.
  if (prev !== null && titleLine(prev) && /^[\p{Lu}\d]/u.test(next)) return false;
  if (/[，,、]$/.test(tail)) return true;
  return length >= 20;
}
