/**
 * Plan extraction: a document → the plan JSON of the team spec (shared/spec/plan-json.md), plus extras.
 * Readers (./read/…) turn each kind of input into blocks with evidence (./blocks.ts); then a pipeline of small
 * stages, each in its own module:
 *   lines → boilerplate → tab tables, rejoin and layout labels (plain text only) → split → classify → collection →
 *   outline (levels) → fields.
 */
import { type BlockDocument, hasCover, isStructured, type TextBlock } from './blocks.ts';
import type { ExtractResult, Plan, PlanHeading } from './types.ts';
import { toLines, type Line } from './line.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { joinMarkerLines } from './marker-line.ts';
import { unstyleStrayHeadings } from './stray-heading.ts';
import { dropContinuedHeadings } from './continued-heading.ts';
import { joinVerticalWords } from './vertical-words.ts';
import { rejoinLines } from './rejoin.ts';
import { tabTables } from './tab-table.ts';
import { splitRunTogether } from './split.ts';
import { whenAt } from './when.ts';
import { answeredQuestion, classify, type Segment } from './classify.ts';
import { asLayoutLabel, layoutLabels } from './layout-labels.ts';
import { joinBrokenTitles } from './broken-title.ts';
import { classifyStructured } from './classify-block.ts';
import { signOff } from './sign-off.ts';
import { acceptSequences } from './sequence.ts';
import { datedRows } from './dated-rows.ts';
import { splitCollection, type PlanPart } from './collection.ts';
import { buildOutline, type Outline } from './outline.ts';
import { extractSchedule } from './schedule.ts';
import { extractSessions } from './sessions.ts';
import { extractGroupSize } from './group-size.ts';
import { extractGoals } from './goals.ts';
import { extractRoles } from './roles.ts';
import { extractMix } from './mix.ts';
import { extractScoring } from './scoring.ts';
import { extractDetails } from './details.ts';
import { headingBodies } from './body.ts';
import { listInColumns } from './column-list.ts';
import { parseMarker } from './markers.ts';
import { readText } from './read/text.ts';
import { settleTitle } from './read/title.ts';
import { dropRepeatedTitle, hasPartMarker } from './title.ts';
import { NOTES } from './vocabulary.ts';

export type { ExtractResult, Plan, PlanDocument, PlanHeading, RemovedLine } from './types.ts';
export type { BlockDocument } from './blocks.ts';

/** Pasted or saved text (plain, or Markdown recognised by its content). */
export function extractPlans(text: string): ExtractResult {
  return extractBlocks(readText(text));
}

/** Any reader's blocks. */
export function extractBlocks(input: BlockDocument): ExtractResult {
  if (!isStructured(input)) {
    const text = input.blocks.map((b) => (b.kind === 'text' ? b.text : '')).join('\n');
    const { lines, removed } = removeBoilerplate(toLines(text));
    const labels = layoutLabels(lines);
    const classified = splitRunTogether(rejoinLines(tabTables(lines))).map((l, i, all): Segment => {
      const seg = classify(l);
      const question = seg.kind === 'text' ? answeredQuestion(l.text, all[i + 1]?.text) : undefined;
      const out: Segment = question
        ? { kind: 'label', no: l.no, raw: l.text, text: question }
        : asLayoutLabel(seg, labels);
      if (l.indent) out.indent = l.indent;
      return out;
    });
    const segments = signOff(acceptSequences(classified));
    return { document: { plans: splitCollection(segments).map((p) => toPlan(p)) }, removed };
  }
  const settled = settleTitle({
    ...input,
    blocks: joinMarkerLines(
      joinBrokenTitles(
        dropContinuedHeadings(unstyleStrayHeadings(joinVerticalWords(input.blocks), input.source)),
        hasCover(input.source),
      ),
    ),
  });
  const doc = { ...settled, blocks: datedRows(settled.blocks) };
  const { lines, removed } = removeBoilerplate(blockLines(doc), doc.source === 'pdf');
  const segments = signOff(
    acceptSequences(
      classifyStructured(
        splitStructured(lines),
        doc.title !== undefined,
        doc.source === 'markdown',
        doc.source === 'pdf',
      ),
    ),
  );
  const parts = planParts(segments, doc.title);
  const plans = parts.map((p, i) => toPlan(p, i === 0 ? doc.goals : undefined));
  return { document: { plans }, removed };
}

/** Each text block is one line; a numbered list item shows the number its list gives it. */
function blockLines(doc: BlockDocument): Line[] {
  const out: Line[] = [];
  doc.blocks.forEach((b, i) => {
    const no = b.no ?? i + 1;
    if (b.kind === 'table') {
      const items = listInColumns(b);
      if (items) for (const text of items) out.push({ no, text, ev: { kind: 'text', text, no } });
      else out.push({ no, text: '', table: b });
      return;
    }
    // A line of no letters or digits ("\" left of an image, "---", "* * *") is decoration, not text.
    if (!b.list?.marker && !/[\p{L}\p{N}]/u.test(b.text)) return;
    const marker = b.list?.marker;
    // The list's number is what a reader sees first, even before a word marker ("2. Phase 1: …"); an author who also
    // typed the number keeps one copy.
    const typed = parseMarker(b.text)?.marker;
    const text = marker && typed !== marker ? `${marker} ${b.text}` : b.text;
    out.push({ no, text, ev: b });
  });
  return out;
}

/**
 * Items run together inside one line ("1.甲；2.乙；3.丙") are split as in plain text; the pieces after the first are
 * items of the line, one level further in. Heading elements are never split.
 */
/** "注：", "说明：" opening a line: the notes listed after it. */
const NOTES_LEAD = new RegExp(`^(?:${NOTES})\\s*[:：]`);

/** The last point of an enumeration inside a sentence: "…; and 4) gain", ", or (c) leave". */
const SENTENCE_LIST = /[;,]\s*(?:and|or)\s+\(?(?:\d{1,2}|[a-z])\)\s/i;

/**
 * "…several purposes: a. To enhance…" over "b. To promote…": the list's first item run on after the colon of the
 * sentence that leads in to it, the rest on lines of their own. The item goes on a line of its own.
 */
function firstItemRunOn(line: Line, next: Line | undefined): Line[] | null {
  const after = next ? parseMarker(next.text) : null;
  if (after?.value !== 2 || next?.ev?.heading !== undefined) return null;
  const at = line.text.search(/[:：]\s+\S/);
  // A sentence leads in ("This organization shall have several purposes:"); a label run on to its list ("Standing
  // meeting agenda: 1. …") is left to the lead-in rule.
  if (at < 0 || line.text.slice(0, at).trim().split(/\s+/).length < 5) return null;
  const rest = line.text.slice(at + 1).trim();
  const first = parseMarker(rest);
  if (first?.value !== 1 || first.style !== after.style) return null;
  return [
    { ...line, text: line.text.slice(0, at + 1).trim() },
    { no: line.no, text: rest, ev: { ...(line.ev as TextBlock), text: rest } },
  ];
}

function splitStructured(input: Line[]): Line[] {
  const lines = input.flatMap((l, i) =>
    l.table || l.ev?.heading !== undefined || !l.ev ? [l] : (firstItemRunOn(l, input[i + 1]) ?? [l]),
  );
  const out: Line[] = [];
  for (const line of lines) {
    if (line.table || line.ev?.heading !== undefined || !line.ev) {
      out.push(line);
      continue;
    }
    // "we will: 1) learn …; 2) spend …; and 4) gain …": numbers inside a sentence, its last item after "and", count
    // the sentence's points; they are no list.
    if (SENTENCE_LIST.test(line.text)) {
      out.push(line);
      continue;
    }
    const pieces = splitRunTogether([{ no: line.no, text: line.text }]);
    // "第2周：第二章。", "第1周：第一章，以及第二章开个头": what a week takes, naming its chapters, is not a list run on
    // to it (that would start at 1 and number items: "三月份：1、…2、…").
    const period = whenAt(line.text);
    const next = parseMarker(pieces[1]?.text ?? '');
    if (
      pieces.length > 1 &&
      period &&
      period.kind !== 'span' &&
      next &&
      (next.value > 1 || /^第.+章$/.test(next.marker))
    ) {
      out.push(line);
      continue;
    }
    // One marker inside a line the writer ended, run on to a word ("围绕课程第三讲：对象存储技术主题…"), names what the
    // sentence is about: a line of its own follows a stop, or starts a list run together with more of them.
    const before = pieces[0]?.text ?? '';
    if (pieces.length === 2 && !/[。！？!?.；;：:，,、\s)）]$/.test(before) && /[\p{L}\p{N}]/u.test(before)) {
      out.push(line);
      continue;
    }
    // A list's number alone is no item: what follows it on the line is its text ("2. Phase 1: Initial Attempt").
    const head = pieces[0];
    const lone = head ? parseMarker(head.text) : null;
    if (head && lone && lone.end >= head.text.length && pieces.length > 1) {
      pieces.splice(0, 2, { no: head.no, text: `${head.text} ${pieces[1]?.text ?? ''}` });
    }
    // "基本要求：1、完成安装 … 2、…": a label written before the list it introduces, on its line, leads in to it.
    // "注：1. …" and "说明：1、…" are the exception: they head the notes listed after them.
    const first = pieces[0]?.text ?? '';
    const leadIn =
      pieces.length > 1 && /[:：]\s*$/.test(first) && !NOTES_LEAD.test(first) && parseMarker(pieces[1]?.text ?? '');
    pieces.forEach((p, k) => {
      if (k === 0) out.push({ ...line, text: p.text, ...(leadIn ? { leadIn: true as const } : {}) });
      else {
        const depth = line.ev?.list ? line.ev.list.depth + 1 : undefined;
        const ev = {
          kind: 'text' as const,
          text: p.text,
          ...(depth !== undefined ? { list: { depth, ordered: true, parent: false } } : {}),
        };
        out.push({ no: p.no, text: p.text, ev });
      }
    });
  }
  return out;
}

/** One plan titled as the document shows, unless the document is a collection of plans with part markers. */
function planParts(segments: Segment[], title: string | undefined): PlanPart[] {
  const parts = segments.some((s) => s.kind === 'title' && s.part && hasPartMarker(s.text));
  // A title printed again as a label under itself ("比赛规则" / "比赛规则：") is still the title.
  if (title === undefined || parts)
    return splitCollection(segments).map((p) => ({ ...p, segments: dropRepeatedTitle(p.segments, p.title) }));
  return [
    {
      title,
      segments: dropRepeatedTitle(
        segments.filter((s) => s.kind !== 'collection'),
        title,
      ),
    },
  ];
}

function toPlan(part: PlanPart, metaGoals?: string[]): Plan {
  const outline = buildOutline(part.segments);
  const sentences = part.segments.flatMap(sentencesOf);
  const details = extractDetails(outline);
  const bodies = headingBodies(outline);
  const plan: Plan = {
    title: part.title.trim(),
    headings: outline.nodes.map((n, i): PlanHeading => {
      const h: PlanHeading = { level: n.level, marker: n.marker, text: n.text };
      const body = bodies[i];
      if (body) h.body = body;
      return h;
    }),
    schedule: extractSchedule(outline),
    sessions: extractSessions(outline),
    groupSize: extractGroupSize(sentences),
    goals: [...(metaGoals ?? []), ...extractGoals(outline)],
    mix: extractMix(sentences),
    roles: extractRoles(part.segments),
    place: details.place,
    time: details.time,
    participants: details.participants,
    evaluation: details.evaluation,
  };
  const scoring = extractScoring(sentences);
  if (scoring) plan.scoring = scoring;
  return plan;
}

function sentencesOf(s: Segment): string[] {
  // A table's cells say what the plan says too ("以5~6人为一组" in a lesson plan laid out as a table): each once,
  // though a cell spanning rows is repeated in each.
  if (s.kind === 'table') return [...new Set(s.table.rows.flat().map((c) => c.lines.join('')))].flatMap(sentencesIn);
  return s.kind === 'title' || s.kind === 'collection' ? [] : sentencesIn(s.raw);
}

function sentencesIn(raw: string): string[] {
  return raw
    .split(/(?<=[。！？!?；;])/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export type { Outline };
