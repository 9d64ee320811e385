/**
 * Markers accepted on sequence evidence rather than from a list: a marker that lost its punctuation in a copy
 * ("1跟岗观察", "2 体验前", "a光线清晰", "二理念") or a word marker no list names ("Task01", "Playset 1", "Day 3"). One
 * such line proves nothing; lines of the same shape whose numbers go 1, 2, 3… at line starts are a list — also when
 * the lines are bullets whose numbers were typed ("- 1 不穿校服 -0.5"). Likewise "2.1至2人…" right after item 1. is
 * item 2., not a decimal, and decimal numbering ("3.1 …", "3.2 …", "7.1 …") is a list when it goes on in order: the
 * same first number with the next last one, or a larger first number starting again at 1, with at least one step
 * inside a number — dates ("9.1 开学", "10.1 国庆") and a quantity ("1.5 小时") do not make such a chain.
 */
import type { Segment } from './classify.ts';
import { PERIOD_WORD } from './vocabulary.ts';
import { headingText } from './heading-text.ts';
import { parseMarker } from './markers.ts';
import { cnNumber, DECIMAL_NUMBER } from './numerals.ts';
import { EN_MONTH } from './when.ts';

interface Candidate {
  index: number;
  style: string;
  value: number;
  marker: string;
  rest: string;
  /** Decimal numbering: every number ("3.1" → [3, 1]). */
  parts?: number[];
  /** A number followed by a unit word ("14 班委"): an item only where it continues a run already proven. */
  weak?: boolean;
}

/**
 * Whether `c` goes on from `last` in its run: the next number, or for decimals a later first number starting at 1. A
 * run already proven may skip one number (a mistyped "Trining 3" between "Training 2" and "Training 4").
 */
function follows(last: Candidate, c: Candidate, proven = false): boolean {
  if (!c.parts || !last.parts) return c.value === last.value + 1 || (proven && c.value === last.value + 2);
  const head = (x: number[]) => x.slice(0, -1).join('.');
  if (head(c.parts) === head(last.parts)) return c.value === last.value + 1;
  return c.value === 1 && (c.parts[0] ?? 0) >= (last.parts[0] ?? 0);
}

/**
 * Characters that make a leading number a quantity, not a marker ("3人", "10月", "5%", "一等奖") — unless they open a
 * noun a section is named by ("1项目简介", "2时间安排", "3班级管理", "4人员分工"): no one counts 1 项 of 目简介.
 */
const UNIT =
  /^(?!项目|时间|班级|年级|人员|组织|日期|期末|期中|名称|本次)[年月日号时点分秒人个名位天周次元岁届级班组块张条项本页期等%％:：.,，、/\-~～)）]/;

/** A month's name opening what follows a number: the number is a day ("10 July 2026"). */
const MONTH_FIRST = new RegExp(`^${EN_MONTH}(?![a-z])`, 'i');

/** A unit of time after a number: the number is how many, not which ("1 week", "2 days"). */
const TIME_UNIT = /^(?:weeks?|days?|hours?|hrs?|months?|minutes?|mins?|years?)\b/i;

/** Words that caption a figure or a table, numbered as they come: never a part of the plan. */
const CAPTION = /^(?:figure|fig|table|tab|exhibit|listing|equation|eq)$/i;

/**
 * What makes a decimal at a line's start a quantity ("1.5小时", "2.5万元", "1.5倍"): the units of `UNIT` that
 * measure, not those that count ("1.2项目的背景" is section 1.2 — no one has 1.2 items, people or pages).
 */
const DECIMAL_UNIT = /^[年月日号时点分秒个天周元岁块级倍万亿千百米克升吨斤亩度版寸尺里%％:：.,，、/\-~～)）]/;

/**
 * A decimal number, its mark, and the text after it ("3.1 范围", "4.2.1. Dues", "3.3、项目…", "1.2项目的背景",
 * "1.1-gflops"); a Latin word run on into Chinese ("2.1WPS任务分解图", but also "3.5GHz处理器") only continues a run.
 */
const DECIMAL_ITEM = new RegExp(
  `^(${DECIMAL_NUMBER})([.、]?|-(?=[A-Za-z\\u4e00-\\u9fa5]))(\\s+|(?<=[、-])|(?=[\\u4e00-\\u9fa5])|(?=[A-Za-z]+[\\u4e00-\\u9fa5]))(.+)$`,
);

/** The style of whole sections numbered as decimals: "1.0", "2.0". */
export const WHOLE_DECIMAL = '1.0';

/** The style of decimal numbering with `parts` numbers ("3.1" → 1.1). */
const decimalStyle = (parts: number) => `1${'.1'.repeat(parts - 1)}`;

function candidate(index: number, raw: string, lead?: string): Candidate | null {
  const t = raw.trim();
  // "1.1." keeps its closing dot, "3.1、" its 、, as written (Word's heading numbering "%1.%2.").
  let m = DECIMAL_ITEM.exec(t);
  if (m && !/^\d/.test(m[4] ?? '')) {
    // A mark after the number ("3.3、项目…") sets it apart: no quantity ("3.3万").
    const unit = !m[2] && DECIMAL_UNIT.test(m[4] ?? '');
    const latin = !m[2] && !m[3] && /^[A-Za-z]/.test(m[4] ?? '');
    const written = (m[1] ?? '').split('.').map(Number);
    // "2.0 ABOUT THE TEAM" over "2.1 …": a whole section written as a decimal, a whole number as "2" would be.
    const whole = written.length === 2 && written[1] === 0 && (written[0] ?? 0) > 0;
    const parts = whole ? written.slice(0, 1) : written;
    if (!unit || m[3]) {
      const value = parts[parts.length - 1] ?? 0;
      return {
        index,
        style: whole ? WHOLE_DECIMAL : decimalStyle(parts.length),
        value,
        marker: `${m[1] ?? ''}${m[2] ?? ''}`,
        rest: m[4] ?? '',
        parts,
        weak: unit || latin,
      };
    }
  }
  // "A.1 Name", "B.2 Requirements": a lettered part's numbered sections, as decimals under letters.
  m = /^([A-Z])\.(\d{1,2})(\.?)\s+(\S.*)$/.exec(t);
  if (m) {
    const parts = [(m[1] ?? 'A').charCodeAt(0) - 64, Number(m[2])];
    return { index, style: 'A.1', value: parts[1] ?? 0, marker: `${m[1]}.${m[2]}${m[3]}`, rest: m[4] ?? '', parts };
  }
  // "1-1：从控制器读取数据", "2-3：…": a part's number and its item's, set off by a colon (a date has none).
  m = /^(\d{1,2})-(\d{1,2})\s*[:：]\s*(\S.*)$/.exec(t);
  if (m) {
    const parts = [Number(m[1]), Number(m[2])];
    return { index, style: '1-1', value: parts[1] ?? 0, marker: `${m[1]}-${m[2]}`, rest: m[3] ?? '', parts };
  }
  // "1 - Data collection", "2 – Instrument Maintenance": a number set off by a dash.
  m = /^(\d{1,2})\s+[-–—]\s+(\p{L}.*)$/u.exec(t);
  if (m) return { index, style: '1 -', value: Number(m[1]), marker: `${m[1]} -`, rest: m[2] ?? '' };
  // …or by a hyphen run on into Chinese ("0-思辨", "1-考研"), as a site's section headings may be numbered.
  m = /^(\d{1,2})-(?=[\u4e00-\u9fff])(.+)$/u.exec(t);
  if (m) return { index, style: '1-', value: Number(m[1]), marker: `${m[1]}-`, rest: m[2] ?? '' };
  // "1: What is Unix?", "2: 分组": a number set off by a colon and a space (a ratio or a clock time has no space).
  m = /^(\d{1,2})[:：]\s+(\p{L}.*)$/u.exec(t);
  if (m) return { index, style: '1:', value: Number(m[1]), marker: `${m[1]}:`, rest: m[2] ?? '' };
  m = /^(\d{1,2})(\s+|(?=[\u4e00-\u9fa5]))(.+)$/.exec(t);
  // (A number before a sign, "2 +", "1 + exp(θ)", is a piece of a formula broken over lines; a day before its month,
  // "05 Jun 2023", "10 July 2026, 6:00 PM IST to …", is a date.)
  if (m && !/^[\d\p{Sm}]/u.test(m[3] ?? '') && /\p{L}/u.test(m[3] ?? '') && !MONTH_FIRST.test(m[3] ?? '')) {
    // …and so is "1 point for…", "2 students": an English count is followed by a word in lower case.
    const unit = UNIT.test(m[3] ?? '') || /^[a-z]/.test(m[3] ?? '');
    // "3人" is a quantity; "14 班委…", set apart by a space, may still be item 14 of a run.
    if (!unit || m[2]) {
      // A zero-padded number ("01 搬运任务", "02 …") numbers the parts of a post, over its 一、 sections.
      const style = /^0\d$/.test(m[1] ?? '') ? '01_' : '1_';
      return { index, style, value: Number(m[1]), marker: m[1] ?? '', rest: m[3] ?? '', weak: unit };
    }
  }
  // "二理念", or "二 教学目的" with a space where the 、 was.
  m = /^([一二三四五六七八九十]{1,3})(\s+)?(?=[\u4e00-\u9fa5])(.+)$/.exec(t);
  // "六时" is a time; "六 时间的安排", set apart, is not.
  if (m && (m[2] || !UNIT.test(m[3] ?? '')) && !/^[一二三四五六七八九十]/.test(m[3] ?? '')) {
    const v = cnNumber(m[1] ?? '');
    if (v) return { index, style: '一_', value: v, marker: m[1] ?? '', rest: m[3] ?? '' };
  }
  // A word and a Chinese numeral ("实验一VMware的安装", "任务二 …", "环节（三）：…"), set apart from the text after it.
  m =
    /^([\u4e00-\u9fa5]{1,4}?)([一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十]{1,3}[）)])(?![\u4e00-\u9fa5])\s*([:：、.]?)\s*(.+)$/.exec(
      t,
    );
  // (周一, 星期二 name weekdays, not items.)
  if (m && !/^[第一二三四五六七八九十]/.test(m[1] ?? '') && !/^(?:周|星期|礼拜)$/.test(m[1] ?? '')) {
    const v = cnNumber((m[2] ?? '').replace(/[（()）]/g, ''));
    const word = m[1] ?? '';
    // "实验一、" keeps its 、 as "一、" does; a colon is the text's ("实验一：").
    const marker = `${word}${m[2] ?? ''}${m[3] === '、' ? '、' : ''}`;
    if (v) return { index, style: `w:${word}`, value: v, marker, rest: m[4] ?? '' };
  }
  // A word and an ordinal ("仪式第一项：升国旗", "活动第二步：…"); an aside in brackets may follow it ("仪式第四项（视情况而定）：…").
  m =
    /^([\u4e00-\u9fa5]{1,4}?)(第([一二三四五六七八九十]{1,3})[项步])(?:[（(][^()（）]{1,12}[)）])?\s*[:：、]\s*(\S.*)$/.exec(
      t,
    );
  if (m && !/^第/.test(m[1] ?? '')) {
    const word = m[1] ?? '';
    const v = cnNumber(m[3] ?? '');
    if (v) return { index, style: `w:${word}第项`, value: v, marker: `${word}${m[2] ?? ''}`, rest: m[4] ?? '' };
  }
  // …or an Arabic number, set off by a colon, a space or an aside in brackets ("方式1：从已给命题中选择2个", "小组2 …",
  // "实验1（整张图片vs提取人脸的图片）"); "每周2次" runs on.
  m = /^([\u4e00-\u9fa5]{1,4}?)(\d{1,2})(?:\s*[:：、.]\s*|\s+|(?=[（(]))(\S.*)$/.exec(t);
  // 附1 numbers an attachment, not a section; 图1 and 表2 caption a figure and a table.
  if (m && !/^[第每共约近附]/.test(m[1] ?? '') && !/[年月日周号第]$/.test(m[1] ?? '') && !/^[图表]$/.test(m[1] ?? '')) {
    const word = m[1] ?? '';
    return { index, style: `w:${word}`, value: Number(m[2]), marker: `${word}${m[2] ?? ''}`, rest: m[3] ?? '' };
  }
  m = /^([a-z])(?=[\u4e00-\u9fa5])(.+)$/.exec(t);
  if (m) return { index, style: 'a_', value: (m[1] ?? 'a').charCodeAt(0) - 96, marker: m[1] ?? '', rest: m[2] ?? '' };
  // "Bylaw A Basic Laws", "Appendix B: …": a word and a capital letter, lettered in turn.
  m = /^(\p{Lu}\p{Ll}{2,11}) (\p{Lu})(?=[\s:：.]|$)[\s:：.\-–—]*(.*)$/u.exec(t);
  if (m && !CAPTION.test(m[1] ?? '')) {
    const word = m[1] ?? '';
    const value = (m[2] ?? 'A').charCodeAt(0) - 64;
    return { index, style: `w:${word.toLowerCase()}:A`, value, marker: `${word} ${m[2]}`, rest: m[3] ?? '' };
  }
  // …of one word or two ("Hands-on lab 1: Vector addition"), or a capital letter ("Q1. Understanding…"); a dot
  // right after the number is the marker's, as in "Section 1.", and so is a number sign before it ("Rule #1").
  m =
    /^((?:[A-Za-z][A-Za-z-]{1,11} )?[A-Za-z][A-Za-z]{1,11}|[A-Z])([ _-]?#?)(\d{1,3})(\.(?![\d.]))?(?![\d.])[\s:：.\-–—]*(.*)$/.exec(
      t,
    );
  // Not a range of them ("Day 16 - Day 17"), a caption ("Figure 2: Click on base"), a formula ("P1 = (l1 cos θ1…"),
  // a sentence that opens with a time ("After day 1, students will:") or a time counted to or from a day ("T-1 week",
  // "T+2 days": the number counts the weeks).
  if (
    m &&
    !/^[,，]/.test(m[5] ?? '') &&
    !TIME_UNIT.test(m[5] ?? '') &&
    !(m[5] ?? '').toLowerCase().startsWith((m[1] ?? '').toLowerCase()) &&
    !CAPTION.test(m[1] ?? '') &&
    !/^[=+*/<>≤≥≈]/.test(m[5] ?? '')
  ) {
    const word = m[1] ?? '';
    const marker = `${word}${m[2] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`;
    // A number sign names a thing as often as it numbers a part ("Quiz #1 Due"): a part's number is set off from its
    // text, by a colon or dash, or by bold type (`lead`).
    if ((m[2] ?? '').includes('#') && lead !== marker && !/^\s*[:：\-–—]/.test(t.slice(marker.length))) return null;
    return { index, style: `w:${word.toLowerCase()}`, value: Number(m[3]), marker, rest: m[5] ?? '' };
  }
  return null;
}

/**
 * The series a candidate counts in. Numbers set in heading type and numbers in the text under them are two series
 * ("0.1 Society Name", "0.2 Aims" as headings, each over its own "1.1 …" clauses).
 */
const runKey = (c: Candidate, s: Segment): string => (s.ev?.heading !== undefined && c.parts ? `${c.style}#` : c.style);

/** A line whose number could only have been typed: not an automatically numbered item. */
const isPlainLine = (s: Segment): s is Segment & { raw: string } =>
  (s.kind === 'text' || s.kind === 'label' || s.kind === 'field') &&
  !s.ev?.list?.marker &&
  !(s.kind === 'text' && s.qa);

/** Roman numbering styles, and the letter styles whose items may be the same letter ("i." after "h."). */
const LETTER_STYLE: Readonly<Record<string, string>> = { 'i)': 'a)', '(i)': '(a)', 'I.': 'A.' };
/** Both kinds of style: the ones whose last item decides how an ambiguous letter reads. */
const ROMAN_OR_LETTER = new Set([...Object.keys(LETTER_STYLE), ...Object.values(LETTER_STYLE)]);

/**
 * "i." right after "h." is the ninth letter, not the Roman one ("h. Mentoring" / "i. Overnight Accomodations" / "j.
 * Submission"), as "v." after "u." and "x." after "w." are — unless "ii." follows it, which starts a Roman list.
 */
function lettersNotRoman(segments: Segment[]): Segment[] {
  const out = [...segments];
  const last = new Map<string, number>();
  let lastStyle = '';
  out.forEach((s, i) => {
    if (s.kind !== 'heading') return;
    const letters = LETTER_STYLE[s.style];
    const value = /^\(?([a-zA-Z])[.)]?\)?$/.exec(s.marker)?.[1]?.toLowerCase().charCodeAt(0);
    if (letters && value !== undefined && lastStyle === letters && last.get(letters) === value - 97) {
      const next = out.find((x, k) => k > i && x.kind === 'heading' && (x.style === s.style || x.style === letters));
      const roman = next?.kind === 'heading' && next.style === s.style && next.value === 2;
      if (!roman) out[i] = { ...s, style: letters, value: value - 96 };
    }
    const now = out[i] as typeof s;
    last.set(now.style, now.value);
    if (ROMAN_OR_LETTER.has(now.style)) lastStyle = now.style;
  });
  return out;
}

/**
 * A clause numbered under an accepted one ("3.1.1 MATCH Timing" after "3.1 Overview", "3.2.5" after "3.2.1"): its
 * number opens with its parent's, which the document has shown to number its sections. No run of its own is needed:
 * the parent's number is the proof (a date or a quantity does not open with a section's number just above it).
 */
function subClauses(decimals: Candidate[], accepted: Set<Candidate>): void {
  const shown = new Set<string>();
  for (const c of decimals) {
    const parts = c.parts ?? [];
    const number = parts.join('.');
    if (!accepted.has(c) && parts.length >= 3 && shown.has(parts.slice(0, -1).join('.'))) accepted.add(c);
    if (accepted.has(c)) shown.add(number);
  }
}

export function acceptSequences(segments: Segment[]): Segment[] {
  const out = lettersNotRoman(segments);
  const runs = new Map<string, Candidate[]>();
  const accepted = new Set<Candidate>();
  // Decimal numbers set in heading type, by series: once the document shows it numbers its headings so, each such
  // heading is numbered, where its series skips a number too ("1.1", "1.3", "1.4" beside "2.1", "2.2").
  const headed = new Map<string, Candidate[]>();
  let lastDotted: { value: number } | null = null;
  const decimals: Candidate[] = [];
  out.forEach((s, i) => {
    if (s.kind === 'heading' && s.style === '1.') lastDotted = { value: s.value };
    // A section numbered with its mark ("三．课程设计…") keeps a count of sections whose mark was lost ("二 …", "四 …").
    if (s.kind === 'heading' && /^一[、.]$/.test(s.style)) {
      const run = runs.get('一_') ?? [];
      const last = run[run.length - 1];
      const c: Candidate = { index: i, style: '一_', value: s.value, marker: s.marker, rest: '' };
      if (last && follows(last, c)) runs.set('一_', [...run, c]);
      else if (s.value === 1) runs.set('一_', [c]);
      return;
    }
    if (!isPlainLine(s)) return;
    // "2.1至2人不做扣0.5分" after item 1.: item 2. whose text starts with a number.
    // …but "2.6-2.7：…" is a span of days (month.day to month.day), not an item.
    const dotted = /^(\d{1,2})\.(?=\d{1,2}[^\d.%％])(?!\d{1,2}\s*[-–—~～至到]\s*\d{1,2}\.\d)/.exec(s.raw);
    const prev = lastDotted as { value: number } | null;
    // …unless it goes on from the decimals before the item ("3.1 …", "3.2 …" over "1. …", "2. …", then "3.3 …").
    const decimal = dotted ? candidate(i, s.raw) : null;
    const chain = decimal ? runs.get(runKey(decimal, s)) : undefined;
    const before = chain?.[chain.length - 1];
    const goesOn = decimal !== null && before !== undefined && follows(before, decimal);
    if (dotted && prev && Number(dotted[1]) === prev.value + 1 && !goesOn) {
      const { text, body } = headingText(s.raw.slice(dotted[0].length), false, !s.ev);
      out[i] = {
        kind: 'heading',
        no: s.no,
        raw: s.raw,
        marker: dotted[0],
        style: '1.',
        value: prev.value + 1,
        text,
        body,
      };
      if (s.ev) out[i] = { ...(out[i] as Segment), ev: s.ev };
      lastDotted = { value: prev.value + 1 };
      return;
    }
    if (parseMarker(s.raw)) return;
    const c = candidate(i, s.raw, s.ev?.lead?.trim());
    if (!c) return;
    if (c.parts && !c.weak) decimals.push(c);
    // A heading element naming a period ("## Day 1 - Working with Data") is its heading as written (classify-block.ts).
    if (s.ev?.heading !== undefined && PERIOD_WORD.test(c.style)) return;
    // In a bullet, a typed number numbers the items ("- 1 不穿校服"); a word with a number names one ("- Cohort 1")
    // unless a colon sets a title after it ("- Lab1：LC-3 汇编").
    const titled = /^[^:：]{1,16}[:：]\s*\S/.test(s.raw) && c.rest.trim() !== '';
    if (s.ev?.list && !/^1[._:]/.test(c.style) && !(c.style.startsWith('w:') && titled)) return;
    // A zero-padded number over a short name ("01 搬运任务") numbers a part on its own: no quantity is written so.
    if (c.style === '01_' && !c.weak && /^[^，,。；;！!？?]{1,20}$/.test(c.rest.trim())) accepted.add(c);
    const key = runKey(c, s);
    if (key.endsWith('#') && !c.weak) {
      const series = headed.get(key);
      if (series) series.push(c);
      else headed.set(key, [c]);
    }
    const run = runs.get(key) ?? [];
    const last = run[run.length - 1];
    // A number before a unit word continues a run proven by two items, or the item before it that no unit followed
    // ("2.1 上机作业" / "2.2 期末考试").
    if (c.weak && !(last && (run.length >= 2 || !last.weak) && follows(last, c))) {
      // …or it starts one that a plain item goes on ("1.1 名词解释" / "1.2 比赛安排": 名 is no unit here).
      if (run.length === 0 && c.value <= 1) runs.set(key, [c]);
      return;
    }
    if (last && follows(last, c, run.length >= 2)) run.push(c);
    // A run starts at 1, or at 0 ("Task00", "Part0", "Lecture 0").
    else if (c.value <= 1) run.splice(0, run.length, c);
    else {
      run.length = 0;
      return;
    }
    runs.set(key, run);
    // Decimal numbering shows itself by a step inside one number (3.1 → 3.2); "9.1 开学 / 10.1 国庆" are dates.
    if (run.length >= 2 && (!c.parts || run.some((x) => x.value >= 2))) for (const x of run) accepted.add(x);
  });
  for (const series of headed.values())
    if (series.some((c) => accepted.has(c))) for (const c of series) accepted.add(c);
  subClauses(decimals, accepted);
  for (const c of accepted) {
    const s = out[c.index];
    if (!s || !isPlainLine(s)) continue;
    const { text, body } = headingText(c.rest, c.style === '一_', !s.ev);
    if (!text) continue;
    const seg: Segment = {
      kind: 'heading',
      no: s.no,
      raw: s.raw,
      marker: c.marker,
      style: c.style,
      value: c.value,
      text,
      body,
    };
    if (s.ev) seg.ev = s.ev;
    out[c.index] = seg;
  }
  return out;
}
