/**
 * What a table says about a plan. Rows are content, never headings. A table with a column of times or dates is a
 * schedule, one entry per row: `when` is the row's time cells, `items` the lines of its content cells (person,
 * place, form and note columns are not content). A session-number column (序号, Session, S03E07) makes the rows
 * sessions: the first content cell of each. A goal column gives goals. Tables of criteria or scores give nothing.
 */
import type { TableBlock, TableCell } from './blocks.ts';
import { firstSentence } from './heading-text.ts';
import type { PlanScheduleEntry } from './types.ts';
import { isTimeValue, monthDay, TIME_LEAD } from './when.ts';

export interface TableReading {
  schedule: PlanScheduleEntry[];
  sessions: string[];
  goals: string[];
  /** The lines of each content cell, row by row: where a goal field inside a cell ("our aims: …") is found. */
  cells: string[][];
}

type Role = 'time' | 'session' | 'person' | 'note' | 'goal' | 'content';

const TIME_HEAD =
  /^(?:时间|日期|日程|时段|周次|週次|周|月份|時間|日期|date|dates|time|when|day|week|schedule)\b|时间|日期|時間/i;
const SESSION_HEAD =
  /^(?:序号|编号|场次|讲次|课次|次序|期数|no\.?|#|nr\.?|session(?:\s*(?:nr|no|number|#)\.?)?|lesson|episode)$/i;
const PERSON_HEAD =
  /讲师|主讲|主持|主辦|主办|负责|老师|教师|讲者|讲员|嘉宾|带领|presenter|speaker|host|lecturer|instructor|teacher|trainer|facilitator|\blead(?:s|ers?)?\b|who|responsib/i;
const NOTE_HEAD =
  /备注|说明|附件|链接|地点|地址|场地|形式|方式|类型|录播|视频|课件|slides?|other|notes?|remarks?|links?|materials?|place|location|room|venue|form|format|\btype\b|recording|video|resources?/i;
const GOAL_HEAD = /^(?:goals?|objectives?|aims?|目标|教学目标|学习目标)$/i;

/** A session's number: "3", "S03E07", "第 1 课时", "第三讲", "Lesson 4", "Lecture 0". */
const SESSION_VALUE =
  /^(?:S\d{1,2}E\d{1,3}|\d{1,3}|第\s*[\d一二三四五六七八九十]{1,3}\s*(?:课时|课|讲|次课|次|节)|(?:session|lesson|class|lecture)\s*\d{1,3})$/i;

const WEEK_HEAD = /^(?:weeks?|wk|周次|週次|周|教学周)$/i;
/** A bare month.day under a time header, perhaps with its hour ("9.10", "07.03 19:00"). */
const MONTH_DAY = new RegExp(`^${monthDay('\\.')}(?:\\s+\\d{1,2}:\\d{2})?$`);

/** Cell text that holds nothing yet. */
const PLACEHOLDER = /^(?:[-–—_/\\.·]+|tba|tbd|n\/a|na|待定|暂无|无|略|见下|\?+)$/i;

/** What a time cell holds when it names a time: a number, a date word, a weekday or a month. */
const TIMELIKE =
  /\d|[一二三四五六七八九十]|[年月日周时晨午晚]|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|day|morning|afternoon|evening|noon|tba|tbd)/i;

/** A cell's text; a narrow cell that shows its text a character or two a line ("第 / 1 / 周") reads as one word. */
const cellText = (c: TableCell | undefined): string => {
  if (!c) return '';
  const vertical = c.lines.length > 1 && c.lines.every((l) => [...l.trim()].length <= 2);
  return c.lines.join(vertical ? '' : ' ').trim();
};
/** A time cell's time: the whole cell, or its one line that is a time ("1 / 31/7 AM (4h)": a number, then the date). */
const timeText = (c: TableCell | undefined): string => {
  const whole = cellText(c);
  if (!c || c.lines.length < 2 || isTimeValue(whole)) return whole;
  return c.lines.find((l) => isTimeValue(l.trim()))?.trim() ?? whole;
};

function roles(header: TableCell[] | undefined, body: TableCell[][]): Role[] {
  const width = Math.max(header?.length ?? 0, ...body.map((r) => r.length));
  const out: Role[] = [];
  for (let c = 0; c < width; c++) {
    const h = cellText(header?.[c])
      .replace(/[（(][^）)]*[）)]/g, '')
      .trim();
    const values = body.map((r) => timeText(r[c])).filter((v) => v !== '' && !PLACEHOLDER.test(v));
    // Under a "Time"/"日期" header a bare month.day ("9.10", "07.03 19:00") is a date; under "Week"/"周次" a number is a
    // week.
    const isTime = (v: string) =>
      isTimeValue(v) ||
      (h !== '' && TIME_HEAD.test(h) && MONTH_DAY.test(v)) ||
      (WEEK_HEAD.test(h) && /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/.test(v));
    const timeShare = values.length ? values.filter(isTime).length / values.length : 0;
    // A column of numbered lessons ("Lecture 3", "第2课时"), whatever its header says ("Event").
    const named = values.some((v) => SESSION_VALUE.test(v) && !/^\d+$/.test(v));
    const sessionShare = values.length ? values.filter((v) => SESSION_VALUE.test(v)).length / values.length : 0;
    if (h && GOAL_HEAD.test(h)) out.push('goal');
    else if (h && SESSION_HEAD.test(h) && (sessionShare >= 0.5 || values.length === 0)) out.push('session');
    else if ((h && TIME_HEAD.test(h) && timeShare >= 0.5) || timeShare >= 0.8) out.push('time');
    else if (h && PERSON_HEAD.test(h)) out.push('person');
    else if (h && NOTE_HEAD.test(h)) out.push('note');
    else if ((!h || named) && sessionShare >= 0.8 && (c === 0 || !out.includes('session'))) out.push('session');
    // A column of bare numbers (hours, points) counts something; it says nothing that happens.
    else if (values.length > 0 && values.every((v) => /^\d+(?:\.\d+)?%?$/.test(v))) out.push('note');
    else out.push('content');
  }
  return out;
}

/** The header row: the marked header rows, or a first row with no time or session number ("第 1 课时") in it. */
function splitHeader(t: TableBlock): { header: TableCell[] | undefined; body: TableCell[][] } {
  if (t.header > 0) return { header: t.rows[t.header - 1], body: t.rows.slice(t.header) };
  // A first row of one cell spanning the table is its caption ("…课程表 / 任课教师：…"); the header comes after it.
  if (tableCaption(t) !== null) return splitHeader({ ...t, rows: t.rows.slice(1) });
  const first = t.rows[0];
  // Column names in two rows, the first grouping columns under a name set across them ("计划教学内容" over "授课内容 |
  // 授课方式 | 作业") and naming the others again below, merged down ("上课时间", "备注"): one header of the finer names.
  const second = t.rows[1];
  if (first && second && t.rows.length > 2 && twoRowHeader(first, second))
    return { header: second.map((c, i) => (cellText(c) !== '' ? c : (first[i] ?? c))), body: t.rows.slice(2) };
  // A row of column names: no time or session number in it, or one that opens with the time column's name ("日期/课程 |
  // 周一 | 周二…", whose other names are weekdays).
  const names =
    first &&
    (!first.some((c) => isTimeValue(cellText(c)) || (/^第/.test(cellText(c)) && SESSION_VALUE.test(cellText(c)))) ||
      (TIME_HEAD.test(cellText(first[0])) && !isTimeValue(cellText(first[0]))));
  if (first && t.rows.length > 1 && names && !counted(t.rows)) return { header: first, body: t.rows.slice(1) };
  return { header: undefined, body: t.rows };
}

function twoRowHeader(first: TableCell[], second: TableCell[]): boolean {
  const text = (r: TableCell[], i: number) => cellText(r[i]);
  const across = first.some((_, i) => i > 0 && text(first, i) !== '' && text(first, i) === text(first, i - 1));
  const down = first.some((_, i) => text(first, i) !== '' && text(first, i) === text(second, i));
  const names = second.every((c) => !isTimeValue(cellText(c)) && !SESSION_VALUE.test(cellText(c)));
  return across && down && names;
}

/** The text of a row that is one cell merged across the table (the columns it spans show it), or null. */
function spanning(row: TableCell[]): string | null {
  const text = cellText(row[0]);
  const shown = row.filter((c) => cellText(c) !== '');
  return shown.length > 1 && text !== '' && shown.every((c) => cellText(c) === text) ? text : null;
}

/** Rows whose first cells count 1, 2, 3…: numbered from the first row on, so that row is no header. */
const counted = (rows: TableCell[][]): boolean =>
  rows.length > 1 && rows.every((r, i) => cellText(r[0]) === String(i + 1));

/** The caption a table carries in a first row of one merged cell, as its lines; null when it has none. */
export function tableCaption(t: TableBlock): string[] | null {
  const first = t.rows[0];
  if (!first || t.rows.length < 3) return null;
  return spanning(first) !== null ? (first[0]?.lines ?? []) : null;
}

export function readTableBlock(t: TableBlock): TableReading {
  const out: TableReading = { schedule: [], sessions: [], goals: [], cells: [] };
  const { header, body } = splitHeader(t);
  const role = roles(header, body);
  const times = role.flatMap((r, i) => (r === 'time' ? [i] : []));
  const content = role.flatMap((r, i) => (r === 'content' ? [i] : []));
  // A lesson column that holds each lesson's number over its date ("1 / 31/7 AM / (4h)") numbers the rows too.
  const numbered = role.findIndex(
    (r, i) =>
      r === 'time' &&
      SESSION_HEAD.test(cellText(header?.[i])) &&
      body.every((row) => SESSION_VALUE.test(row[i]?.lines[0]?.trim() ?? '')),
  );
  const sessionCol = role.includes('session') ? role.indexOf('session') : numbered;
  // A day's table headed by its date alone ("| 9月20日 | | |" over "09:00 ~ 09:20 | 开班仪式"): its slots are that day's.
  const headText = (header ?? []).map(cellText);
  const day =
    times.length > 0 &&
    headText.length > 1 &&
    headText.slice(1).every((h) => h === '') &&
    isTimeValue(headText[0] ?? '')
      ? `${headText[0]} `
      : '';
  let lastWhen = '';
  let lastCells: string[] = [];
  for (const row of body) {
    for (const [i, r] of role.entries()) if (r === 'goal') out.goals.push(...(row[i]?.lines ?? []).map(firstSentence));
    for (const i of content) if (row[i]?.lines.length) out.cells.push(row[i]?.lines ?? []);
    // A weekly timetable repeats a lesson across the days of its row: each item once.
    const items = [
      ...new Set(
        content.flatMap((i) =>
          (row[i]?.lines ?? []).filter((l) => !PLACEHOLDER.test(l.trim())).map((l) => firstSentence(l)),
        ),
      ),
    ];
    if (sessionCol >= 0) {
      const s = cellText(row[sessionCol]);
      const topic = cellText(row[content[0] ?? -1]);
      if (s && !PLACEHOLDER.test(s) && topic && !PLACEHOLDER.test(topic)) out.sessions.push(topic);
    }
    if (times.length === 0) continue;
    const across = spanning(row);
    if (across !== null) {
      // A row of one cell merged across the table: a day over its slots ("Wednesday, March 11, 2015"), or a slot with
      // its time written into it ("10:50 AM- 11:00 AM Coffee Break").
      const slot = TIME_LEAD.exec(across);
      const when = isTimeValue(across) ? across : slot && isTimeValue(slot[1] ?? '') ? (slot[1] ?? '').trim() : '';
      if (when) {
        const rest = across.slice(slot && when !== across ? slot[0].length : across.length).trim();
        out.schedule.push({ when, items: rest ? [firstSentence(rest)] : [] });
        lastWhen = '';
        continue;
      }
    }
    let cells = times.map((i) => timeText(row[i]));
    // A time cell merged down over several rows ("Day 1" beside each of its times) is written in its first row only.
    if (cells.some((c) => c !== '')) cells = cells.map((c, k) => c || (lastCells[k] ?? ''));
    lastCells = cells;
    let when = cells.filter((c) => c !== '').join(' ');
    // An empty time cell continues the row above; a placeholder or a word with no time in it ("(Break)") gives no
    // entry.
    if (when === '') when = lastWhen;
    else lastWhen = PLACEHOLDER.test(when) || !TIMELIKE.test(when) ? '' : when;
    if (when === '' || PLACEHOLDER.test(when) || !TIMELIKE.test(when)) continue;
    out.schedule.push({ when: day + when, items: items.filter((x) => x !== '') });
  }
  return out;
}
