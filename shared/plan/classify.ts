/**
 * Says what each segment is: a title, the collection's heading, a numbered heading, a month/week line, a bare label
 * heading ("具体工作："), a "label：value" field, a date span, or running text.
 */
import type { TableBlock, TextBlock } from './blocks.ts';
import type { Line } from './line.ts';
import { parseMarker } from './markers.ts';
import { cutSentence, headingText, trimPunctuation } from './heading-text.ts';
import { rankOf } from './levels.ts';
import { hasPartMarker, isCollectionHeading, isTitleLike } from './title.ts';
import { whenAt } from './when.ts';
import { foldAscii } from './normalize.ts';
import { alternation, CAPTION_LINE, COUNTED_LIST, LABEL_NOUNS, NOTES } from './vocabulary.ts';

export type Segment = SegmentKind & {
  /** The reader's evidence for the line the segment came from (structured inputs only). */
  ev?: TextBlock;
  /** Plain text: how far its line is set in (Line.indent). */
  indent?: number;
};

type SegmentKind =
  | { kind: 'title'; no: number; text: string; part: boolean }
  | { kind: 'collection'; no: number; text: string }
  | {
      kind: 'heading';
      no: number;
      raw: string;
      marker: string;
      style: string;
      value: number;
      text: string;
      body: string;
    }
  | {
      kind: 'month';
      no: number;
      raw: string;
      when: string;
      rest: string;
      week: boolean;
      label?: string;
      session?: string;
    }
  | {
      kind: 'label';
      no: number;
      raw: string;
      text: string;
      /** Named by an outline typed with tabs or spaces: it heads what is set in under it, and nests as set in. */
      outline?: true;
    }
  | { kind: 'field'; no: number; raw: string; label: string; value: string }
  | { kind: 'span'; no: number; raw: string; when: string }
  /**
   * `qa`: a question or its answer in an FAQ ("Q1 …" / "A1 …"), whatever its letter and number look like. `dated`: a
   * line of content that is also an entry of the schedule (a leaf bullet "Thurs Jan 5: Introduction").
   */
  | { kind: 'text'; no: number; raw: string; qa?: true; dated?: { when: string; rest: string } }
  | { kind: 'table'; no: number; raw: string; table: TableBlock };

/** Nouns that end a bare section label ("班级教育工作重点", "招募方法"). */
const LABEL_NOUN = new RegExp(`(?:${alternation(LABEL_NOUNS)})$`);
/** English section names that stand alone on a line ("Goals", "Evaluation", "Roles and duties"). */
const EN_LABEL =
  /^(?:[A-Z][a-z]+\s+){0,3}(?:goals?|objectives?|aims?|purposes?|evaluation|assessment|schedule|timeline|roles?(?: and (?:duties|responsibilities))?|materials|resources|background|rationale|activities|procedures?|overview|outcomes|rules|scoring|grouping|groups|sessions|agenda|notes?)$/i;
/** Who a letter or notice is addressed to ("各班：", "同学们：", "各相关高校外国语学院及相关院系："). */
const SALUTATION =
  /^(?:各|全体|亲爱的|尊敬的|致).{0,10}$|^各.{0,24}(?:院系|学院|单位|部门|学校|班级|年级|中心|处室|人员|同学|师生|教职工)$|(?:们|家长|老师|同志|同仁)$/;
/** Whether a line ending with a colon opens a letter by naming whom it is addressed to: not a section. */
export const isSalutation = (text: string): boolean =>
  SALUTATION.test(
    foldAscii(text)
      .replace(/[:：]\s*$/, '')
      .trim(),
  );
/** "注：" alone on its line, or introducing a list ("注：…各单元内容如下："). */
const NOTE_LINE = new RegExp(`^(${NOTES})\\s*[:：](?:\\s*[-–—•·*]?\\s*|.*[:：]\\s*)$`);
const NOT_LABEL = /^(?:注|备注|比如|例如|如|即|说明|其中|附件\d*)$/;

/** "label：value" or "label：" alone; the label is checked by fieldLabel. */
const FIELD =
  /^([^\s，,。；;：:、！!？?()（）“”"](?:[^，,。；;：:、！!？?()（）“”"]{0,30}[^\s，,。；;：:、！!？?()（）“”"])?)\s*[:：]\s*(.*)$/;

/**
 * A label is a short name: up to twelve characters, a Latin word counting as one ("介绍 IT 行业及 HTML"), with a space
 * only where Chinese text sets off a Latin word — spaces elsewhere ("第一 步") or a Latin label with spaces are not one;
 * nor is a clause that says what can or will be done ("Docker 部署可使用", "R 基础部分预计讲 4 天"), which leads in.
 */
function fieldLabel(label: string): boolean {
  if (!/\s/.test(label)) return label.length <= 12;
  if (!/[\u4e00-\u9fff]/.test(label) || /[^\s\w\u4e00-\u9fff+#./-]/.test(label)) return false;
  if (/可以?|需要?|应该?|预计|将会?|\d/.test(label)) return false;
  if (/[^A-Za-z0-9+#./-]\s+[^A-Za-z0-9+#./-]/.test(label) || /\s{2}/.test(label)) return false;
  return label.replace(/[A-Za-z0-9+#./-]+/g, 'A').replace(/\s/g, '').length <= 12;
}

/** "答：", "回答：" opening a line: an answer. */
const ANSWER = /^\s*(?:答|回答|解答)\s*[:：]\s*/;

/**
 * A question on a line of its own, answered on the next ("首要问题，什么是"网页制作"？" / "答：…"), names its answer as
 * a section, as an FAQ's numbered questions do: its words up to the question mark.
 */
export function answeredQuestion(text: string, next: string | undefined): string | undefined {
  const t = text.trim();
  if (next === undefined || !ANSWER.test(next) || t.length > 60 || !/[?？]$/.test(t)) return undefined;
  return t.slice(0, -1).trim() || undefined;
}

/** A label set in brackets alone on its line: "[要求]", "【活动目标】" (not a citation "[1]" nor Markdown's "[TOC]"). */
export const BRACKET_LABEL = /^(?:\[[\u4e00-\u9fff][^\]]{0,11}\]|【[^】]{1,12}】)$/;

/** `runIn`: whether a heading's body may have run onto its line (plain text); false for structured lines. */
export function classify(line: Line, runIn = true): Segment {
  const { no, text } = line;
  if (line.table) return { kind: 'table', no, raw: '', table: line.table };
  // "答：" opens an answer in a list of questions and answers: it names nothing, and what follows it is read as
  // written ("答：第一，首先…" goes on with its first point).
  const answer = ANSWER.exec(text);
  if (answer) {
    const rest = text.slice(answer[0].length);
    return rest.trim() ? classify({ ...line, text: rest }, runIn) : { kind: 'text', no, raw: text };
  }
  const f = foldAscii(text);
  if (isCollectionHeading(text) && !parseMarker(text)) return { kind: 'collection', no, text };
  if (hasPartMarker(text) && isTitleLike(text)) return { kind: 'title', no, text: text.trim(), part: true };
  const w = whenAt(text);
  if (w) {
    if (w.kind === 'span') return { kind: 'span', no, raw: text, when: w.when };
    const month: Segment = { kind: 'month', no, raw: text, when: w.when, rest: w.rest, week: w.kind === 'week' };
    if (w.label) month.label = trimPunctuation(cutSentence(w.label).text);
    if (w.session) month.session = trimPunctuation(w.session);
    return month;
  }
  const m = parseMarker(text);
  if (m) {
    const rest = text.slice(m.end);
    const { text: ht, body } = headingText(rest, rankOf(m.style) <= 3, runIn);
    return { kind: 'heading', no, raw: text, marker: m.marker, style: m.style, value: m.value, text: ht, body };
  }
  if (CAPTION_LINE.test(f)) return { kind: 'text', no, raw: text };
  // A title printed twice in a row on one line ("…方案…方案") is one title; "02 计分规则", "3.2 比赛规则" and
  // "2 比赛规则" number a part.
  if (isTitleLike(text) && !/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s/.test(text))
    return { kind: 'title', no, text: text.trim().replace(/^(.{4,}?)\1+$/, '$1'), part: false };
  // "注：" alone on its line, or one whose text ends by introducing a list ("注：…各单元内容如下："), heads the notes
  // listed under it; a note with its text is prose.
  const note = NOTE_LINE.exec(f);
  if (note) return { kind: 'label', no, raw: text, text: text.slice(0, (note[1] ?? '').length) };
  if (/如下[:：]?$/.test(f) || /^(?:注|备注|比如|例如)[:：]/.test(f)) return { kind: 'text', no, raw: text };
  // "[要求]", "【活动目标】" alone on a line: a label set in brackets, kept as written.
  if (BRACKET_LABEL.test(text.trim())) return { kind: 'label', no, raw: text, text: text.trim() };
  // "■ 相关文献链接:" alone on its line: a label a web page set off with a symbol, not a bullet's item.
  const marked = /^\s*[■□●◆◇★☆▶►◎※]\s*([^\s，,。；;：:]{1,12})\s*[:：]\s*$/.exec(text);
  if (marked) return { kind: 'label', no, raw: text, text: marked[1] ?? '' };
  // "【专家委员会主任】 许钧教授": a bracketed label with its value on the line is a field, as with a colon.
  const bracketed = /^【([^】]{1,12})】\s*(\S.*)$/.exec(text);
  if (bracketed) return { kind: 'field', no, raw: text, label: bracketed[1] ?? '', value: bracketed[2] ?? '' };
  const field = FIELD.exec(text);
  if (field && !NOT_LABEL.test(field[1] ?? '') && fieldLabel(field[1] ?? '')) {
    const label = field[1] ?? '';
    // A markdown bullet left after the colon ("小组目的：- 1、…" lost its line break) is no value.
    const value = (field[2] ?? '').trim().replace(/^[-–—•·*]+$/, '');
    // A salutation ("各班：", "同学们：", "尊敬的家长：") opens a letter; it is not a section.
    if (!value && isSalutation(label)) return { kind: 'text', no, raw: text };
    // "搬运物品包括有三种：", "需解决以下核心问题：" lead in to what is listed under them.
    if (!value && (COUNTED_LIST.test(label) || /以下|如下|下列|下述/.test(label)))
      return { kind: 'text', no, raw: text };
    if (!value || /^\[[^\]]*\]$/.test(value)) return { kind: 'label', no, raw: text, text: label };
    return { kind: 'field', no, raw: text, label, value };
  }
  if (EN_LABEL.test(f.replace(/[:：]$/, '').trim()))
    return { kind: 'label', no, raw: text, text: text.replace(/[:：]\s*$/, '').trim() };
  // A bullet left at the end ("本班学生奋斗目标-") belonged to the list that followed before the line break was lost.
  const bare = f.replace(/\s*[-–—•·*]$/, '');
  // …not "至少包含以下内容", which leads in to what follows.
  if (
    bare.length <= 14 &&
    !/[\p{P}\d]/u.test(bare.replace(/[“”]/g, '')) &&
    LABEL_NOUN.test(bare) &&
    !/以下|如下|下列|下述/.test(bare)
  ) {
    return { kind: 'label', no, raw: text, text: text.trim().replace(/\s*[-–—•·*]$/, '') };
  }
  return { kind: 'text', no, raw: text };
}
