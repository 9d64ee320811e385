/**
 * Splits a page that holds several plans. A plan starts at each title that carries a part marker (篇一, 【第一篇】,
 * 第二篇：); in a collection without part markers (or with only a few), at each title-like line (…实施方案) that is
 * followed by content. The collection's heading, its blurb and titles with nothing under them belong to no plan.
 * Title-like lines right after a plan's title (a repeated title, a subtitle) are its title block and are dropped.
 */
import type { Segment } from './classify.ts';
import { CN_DIGITS } from './numerals.ts';
import { dropRepeatedTitle } from './title.ts';

/**
 * A part marker alone on its line ("篇二", "【第三篇】", "Part 2"). Its number is looser than title.ts's part markers
 * (numerals and digits mixed, up to three): kept as it was, since a stricter one would change which lines start a part.
 */
const N = `[${CN_DIGITS}\\d]{1,3}`;
const BARE_PART = new RegExp(`^(?:【第${N}篇】|第${N}篇[:：]?|篇${N}|(?:plan|part)\\s+\\d{1,2}[:.]?)$`, 'i');

export interface PlanPart {
  title: string;
  segments: Segment[];
}

export function splitCollection(segments: Segment[]): PlanPart[] {
  const starts = planStarts(segments);
  if (starts.length === 0) {
    // One plan: its title is the first title-like line, else a short plain first line.
    let at = segments.findIndex((s) => s.kind === 'title');
    const plain = at < 0 ? plainTitle(segments) : undefined;
    if (plain) at = 0;
    const found = segments[at];
    const title = plain ?? (found?.kind === 'title' ? found.text : '');
    const rest = segments.filter((s, i) => i !== at && s.kind !== 'collection');
    return [{ title, segments: dropRepeatedTitle(dropTitleBlock(rest), title) }];
  }
  const parts: PlanPart[] = [];
  starts.forEach((at, i) => {
    const s = segments[at];
    const end = starts[i + 1] ?? segments.length;
    if (s?.kind !== 'title') return;
    const body = segments.slice(at + 1, end).filter((x) => x.kind !== 'collection');
    // A part marker alone on its line ("【第一篇】") takes the title line that follows it.
    const next = body[0];
    if (BARE_PART.test(s.text) && next?.kind === 'title' && !next.part) {
      parts.push({ title: `${s.text} ${next.text}`, segments: dropTitleBlock(body.slice(1), next.text) });
      return;
    }
    parts.push({ title: s.text, segments: dropTitleBlock(body, s.text) });
  });
  return parts;
}

/** Without a title-like line: a short first line without sentence punctuation, followed by more text, is the title. */
function plainTitle(segments: Segment[]): string | undefined {
  const first = segments[0];
  if (first?.kind !== 'text' || segments.length < 2) return undefined;
  const t = first.raw.trim();
  return t.length <= 30 && !/[。！？!?；;，,：:]/.test(t) ? t : undefined;
}

/** Indices of the titles that open plans. */
function planStarts(segments: Segment[]): number[] {
  const part = segments.flatMap((s, i) => (s.kind === 'title' && s.part ? [i] : []));
  // A title-like line after numbered sections of its own ("Article I: …" … "Signatories to the Constitution") is a
  // part of that one plan, not the start of another: a collection's heading and blurb hold no numbered sections.
  const weakAll = weakStarts(segments);
  const first = weakAll[0] ?? 0;
  const before = segments.slice(0, first).filter((s) => s.kind === 'heading').length;
  const weak = before >= 2 ? [] : weakAll;
  const useWeak = part.length < 2 || weak.length > part.length;
  const all = useWeak ? [...new Set([...part, ...weak])].sort((a, b) => a - b) : part;
  return all;
}

/** Plain titles followed by content, skipping repeats of the current title and lines of its title block. */
function weakStarts(segments: Segment[]): number[] {
  const out: number[] = [];
  const content = contentFollows(segments);
  let current = '';
  let sawContent = true;
  segments.forEach((s, i) => {
    if (s.kind === 'collection') return;
    if (s.kind !== 'title') {
      sawContent = true;
      return;
    }
    if (s.part) {
      current = s.text;
      sawContent = false;
      return;
    }
    if (s.text === current || !sawContent) return;
    if (content[i] && opensOutline(segments, i)) {
      out.push(i);
      current = s.text;
      sawContent = false;
    }
  });
  return out;
}

/**
 * A plan's numbering starts afresh: the first numbered heading after a title is its first ("一、", "1."), or there is
 * none before the next title. A line like "制定学习计划" inside a list is followed by "三、…", not by a new start.
 */
function opensOutline(segments: Segment[], at: number): boolean {
  for (let j = at + 1; j < segments.length; j++) {
    const s = segments[j];
    if (!s) break;
    if (s.kind === 'title') return true;
    if (s.kind === 'heading') return s.value === 1;
  }
  return true;
}

/**
 * For each title: whether content follows it before a different title (copies of the same title are skipped).
 * Computed backwards in one pass so that long runs of repeated titles stay linear.
 */
function contentFollows(segments: Segment[]): boolean[] {
  const result: boolean[] = new Array<boolean>(segments.length).fill(false);
  // For the next non-collection segment after i: its index, and for titles the answer for a run of the same text.
  let next = -1;
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (!s || s.kind === 'collection') continue;
    if (s.kind === 'title') {
      const n = next >= 0 ? segments[next] : undefined;
      if (!n) result[i] = false;
      else if (n.kind !== 'title') result[i] = true;
      else result[i] = n.text === s.text ? (result[next] ?? false) : false;
    }
    next = i;
  }
  return result;
}

function dropTitleBlock(segments: Segment[], title = ''): Segment[] {
  let i = 0;
  while (i < segments.length && segments[i]?.kind === 'title') i++;
  const rest = segments.slice(i);
  // Later copies of the plan's own title, or stray title lines, are not content.
  return rest.filter((s) => !(s.kind === 'title' && (s.text === title || !s.part)));
}
