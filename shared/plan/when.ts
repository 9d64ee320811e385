/**
 * Time expressions that open a schedule line: months (三月份, 六月份—七月份, 二月), weeks and days (第1周, Week 3, Day 2,
 * 第三天), phases (第一阶段（…）), date spans.
 */
import { CN_DIGITS, CN_NUMERAL, cnNumber, HEADING_NUMBER } from './numerals.ts';
import { foldAscii } from './normalize.ts';

const M = `(?:${HEADING_NUMBER})月份?(?:[上中下]旬|初|底|末)?`;
const MONTH = new RegExp(`^(${M}(?:\\s*[—–\\-~～至到]+\\s*${M})?)(?:\\s*[:：、.]\\s*|\\s*$)`);
/** "2024年3月：" with its colon; a bare "2024年9月" closing a document is the date it was signed. */
const YEAR_MONTH = new RegExp(
  `^(\\d{4}\\s*年\\s*${M}(?:\\s*[—–\\-~～至到]+\\s*(?:\\d{4}\\s*年\\s*)?${M})?)\\s*[:：]\\s*`,
);
const W = `第?(?:${HEADING_NUMBER})(?:周|週)`;
/**
 * A phase of the plan, with its name or dates in brackets: "第一阶段（软件研发阶段）", "第二阶段（9月1日—9月15日）";
 * also numbered after the word ("阶段一：大面积筛选").
 */
const PHASE_WORD = `(?:第\\s*(?:${HEADING_NUMBER})\\s*阶段|阶段\\s*(?:${CN_NUMERAL}|\\d{1,2}))`;
const PHASE = `${PHASE_WORD}(?:\\s*[（(][^（()）]{1,40}[)）])?`;
/** A phase by its number alone: "第一阶段", "阶段二". */
export const PHASE_ALONE = new RegExp(`^${PHASE_WORD}$`);
/** A week and its day, then what happens, set off by commas ("第2周, 9月5日, 课程介绍"), as a course calendar lists them. */
const WEEK_DAY = new RegExp(
  `^(${W}\\s*[,，]\\s*(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{1,2}[./]\\d{1,2}))\\s*[,，:：]\\s*(?=\\S)`,
);
const PHASE_NAMED = new RegExp(`^(第\\s*(?:${HEADING_NUMBER})\\s*阶段\\s*[（(][^（()）]{1,40}[)）])\\s*[:：]?\\s*`);
/** A week with its topic in brackets ("第三周（异常处理）"), like a phase. */
const WEEK = new RegExp(
  `^((?:${W}(?:\\s*[—–\\-~～至到]+\\s*${W})?(?:\\s*[（(][^（()）]{1,40}[)）])?)|${PHASE}|(?:week|day)\\s+\\d{1,2}(?:\\s*[—–\\-~]+\\s*(?:(?:week|day)\\s+)?\\d{1,2})?|(?:weeks|days)\\s+\\d{1,2}\\s*(?:[—–\\-~]+|to|and|&)\\s*\\d{1,2}|第\\s*(?:\\d{1,2}|${CN_NUMERAL})\\s*天)(?:\\s*[:：、.]\\s*|\\s*$)`,
  'i',
);
const D = '(?:(?:\\d{4}|\\d{2}xx|20xx)[.\\-/年])?\\d{1,2}[.\\-/月]\\d{1,2}日?';
/** A date that opens a schedule line, with its colon: "2024年3月5日：开学典礼", "3月5日—8日：…". */
// …or a span of days written month.day ("1.24-1.27：drain算法改进完成"); one such date alone may be a decimal.
const DATE_LINE =
  /^((?:\d{4}\s*年\s*)?\d{1,2}\s*[月年]\s*\d{1,2}\s*日(?:\s*[—–\-~～至到]+\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?|(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\s*[—–\-~～至到]\s*(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01]))\s*[:：]\s*/;
/** A year as Chinese dates write it before the month: "2021年". */
const CN_YEAR = '\\d{4}\\s*年\\s*';

/**
 * A whole date with its year, a space, then what happens that day, as a course's day-by-day plan is typed ("2021年9月22日
 * 数据库查询", "2021年10月18-28日 项目开发"): the year makes it a date, not a number; a sentence after it is prose.
 */
const FULL_DATE_TOPIC = new RegExp(
  `^(${CN_YEAR}\\d{1,2}\\s*月\\s*\\d{1,2}(?:\\s*[—–\\-~～]\\s*\\d{1,2})?\\s*日)[ \\t]+(?=\\S)`,
);
/** A clock time as Chinese notices write it: 9:00, 9时, 9时30分, 下午2点, 3点半. */
const CN_CLOCK =
  '(?:上午|下午|晚上|中午)?\\s*\\d{1,2}\\s*(?:[:：]\\s*\\d{2}|时(?:\\s*\\d{1,2}\\s*分)?|点(?:\\s*\\d{1,2}\\s*分|半)?)';
/**
 * A day and its hours, then what happens, after a comma or straight on: "4月21日9时00分至11时00分，熟悉比赛场地",
 * "2016年12月10日晚上19：00进行滚榜".
 */
const DATE_CLOCK_LINE = new RegExp(
  `^((?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]\\s*(?:[(（][^)）]{1,4}[)）])?\\s*${CN_CLOCK}(?:\\s*[-–—~～至到]\\s*${CN_CLOCK})?)(?:\\s*[,，]\\s*(?=\\S)|(?=[\\u4e00-\\u9fff]))`,
);
const DATE_SPAN = new RegExp(`^${D}\\s*[—–\\-~～至到]+\\s*${D}$`, 'i');
/** A whole date as Chinese writes it: "2024年3月5日", "3 月 5 号". */
const CN_DATE = `(?:${CN_YEAR})?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]`;
/** A span of whole dates, then what happens in it after a comma: "2026 年 1 月 7 日-2026 年 1 月 20 日，查找文献". */
const DATE_SPAN_LINE = new RegExp(
  `^(${CN_DATE}\\s*[—–\\-~～至到]+\\s*(?:${CN_DATE}|\\d{1,2}\\s*[日号]))\\s*[,，]\\s*(?=\\S)`,
);

/**
 * A full date alone on its line, as a title block or a notice's signature prints it: "2022-10-28", "October 28, 2022",
 * "28 October 2022", "2022年10月28日", "二〇二四年三月十八日".
 */
export const DATE_ALONE =
  /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[一二〇零○]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$/;

/**
 * A school term alone, as a course document sets it on its cover or under its title: "2023秋", "2023年秋季学期",
 * "2023-2024学年第一学期", "Fall 2023", "Spring Semester 2024", "Semester 1, 2024".
 */
export const TERM_ALONE =
  /^(?:\d{4}\s*年?\s*(?:[-–—~至]\s*\d{4}\s*年?\s*)?(?:学年\s*)?(?:第[一二]学期|[上下]学期|[春夏秋冬]季?(?:学期)?)|(?:fall|autumn|spring|summer|winter)(?:\s+(?:semester|term|quarter))?\s*,?\s*\d{4}(?:\s*[-–/]\s*\d{2,4})?|(?:semester|term)\s*[12]\s*,?\s*\d{4})$/i;

/** An author and a date under a title, as a byline sets them: "汪雄 2018/3/1", "Jane Doe, March 3, 2020". */
export function isByline(text: string): boolean {
  const m = /^([\u4e00-\u9fff]{2,4}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})[\s,，]+(\S.*)$/u.exec(text.trim());
  // …not a day's name over its date ("Saturday, 21 May 2016", "星期六 2016/5/21").
  if (m === null || /day$|^(?:星期|礼拜|周)/i.test(m[1] ?? '')) return false;
  return DATE_ALONE.test((m[2] ?? '').replace(/\s+/g, ' '));
}

/** A span of clock times alone, as an event's time is set under its title: "10:00 am - 12:00 pm ET", "14:00–16:00 CET". */
export const TIME_ALONE =
  /^\d{1,2}(?:[:：]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—~～至到]|to)\s*\d{1,2}(?:[:：]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?$/i;

export interface WhenMatch {
  /** The time expression as written. */
  when: string;
  /** The heading text when it is more than the time ("October 31 Meeting - SPARQL…" runs on after a dash). */
  label?: string;
  /** Text after the expression and its separator. */
  rest: string;
  /** month: 三月份; week: 第1周, Week 3 or a dated line; span: a bare date range (no heading). */
  kind: 'month' | 'week' | 'span';
  /** A numbered lesson's topic on a dated line ("4-18 课程一 项目介绍" → "项目介绍"). */
  session?: string;
}

/** A month or week line ("三月份：…", "-三月份", "第1周：…"), or a bare date span. */
export function whenAt(text: string): WhenMatch | null {
  const f = foldAscii(text);
  const m = MONTH.exec(f) ?? YEAR_MONTH.exec(f);
  if (m && validMonths(m[1] ?? '')) {
    return { when: text.slice(0, (m[1] ?? '').length).trim(), rest: text.slice(m[0].length).trim(), kind: 'month' };
  }
  const d = DATE_LINE.exec(f);
  if (d) return { when: text.slice(0, (d[1] ?? '').length).trim(), rest: text.slice(d[0].length).trim(), kind: 'week' };
  const dated = FULL_DATE_TOPIC.exec(f);
  // …what happens: not the day's weekday or hour ("2018年02月26日 周一", "2019年12月2日 15:11"), which are the date's.
  const topic = dated ? f.slice(dated[0].length) : '';
  if (dated && !/[。！？]$/.test(f) && topic.length <= 60 && !/^\d/.test(topic) && !CN_WEEKDAY_ALONE.test(topic))
    return {
      when: text.slice(0, (dated[1] ?? '').length).trim(),
      rest: text.slice(dated[0].length).trim(),
      kind: 'week',
      label: text.trim(),
    };
  const span = DATE_SPAN_LINE.exec(f);
  if (span) {
    const rest = text.slice(span[0].length).trim();
    return { when: text.slice(0, (span[1] ?? '').length).trim(), rest, kind: 'week', label: text.trim() };
  }
  const c = DATE_CLOCK_LINE.exec(f);
  if (c) {
    const rest = text.slice(c[0].length).trim();
    return { when: text.slice(0, (c[1] ?? '').length).trim(), rest, kind: 'week', label: text.trim() };
  }
  // A day alone on its line, as an agenda sets each day over its slots ("Friday, May 2nd", "Mon, August 12", "Day 1 –
  // February 02, 2026", "Day 2 (Wednesday, 10/22)").
  // Its name is cut where a heading's text is ("Day 1 : 16 February 2022" → "Day 1").
  const alone = f.trim();
  if (EN_DAY_ALONE.test(alone) || CN_DAY_ALONE.test(alone)) {
    const day = text.trim().replace(/\s*[:：]$/, '');
    return { when: day, rest: '', kind: 'week', label: day };
  }
  const day = EN_DAY_LINE.exec(f);
  if (day) {
    const rest = text.slice(day[0].length).trim();
    return { when: text.slice(0, (day[1] ?? '').length).trim(), rest, kind: 'week', label: text.trim() };
  }
  const e = EN_DATE_LINE.exec(f);
  if (e) {
    const when = text.slice(0, (e[1] ?? '').length).trim();
    const rest = text.slice(e[0].length).trim();
    return { when, rest, kind: 'week', label: /[:：]/.test(e[2] ?? '') ? when : text.trim() };
  }
  // A phase named in brackets ends at its bracket, whatever follows it ("第二阶段（…）预期持续时间半年").
  const phase = PHASE_NAMED.exec(f);
  if (phase)
    return {
      when: text.slice(0, (phase[1] ?? '').length).trim(),
      rest: text.slice(phase[0].length).trim(),
      kind: 'week',
    };
  const lesson = datedLesson(text);
  if (lesson) return lesson;
  const wd = WEEK_DAY.exec(f);
  if (wd) {
    const when = text.slice(0, (wd[1] ?? '').length).trim();
    // Commas cut no heading's text: the line is the week's name; a colon ends it at the time.
    const label = /[:：]/.test(wd[0]) ? when : text.trim();
    return { when, rest: text.slice(wd[0].length).trim(), kind: 'week', label };
  }
  const w = WEEK.exec(f);
  if (w) return { when: text.slice(0, (w[1] ?? '').length).trim(), rest: text.slice(w[0].length).trim(), kind: 'week' };
  if (DATE_SPAN.test(f.trim())) return { when: text.trim(), rest: '', kind: 'span' };
  return null;
}

const MONTH_NUMBER = new RegExp(`(${HEADING_NUMBER})月`, 'g');

function validMonths(s: string): boolean {
  const nums = [...s.matchAll(MONTH_NUMBER)].map((x) => cnNumber(x[1] ?? ''));
  return nums.length > 0 && nums.every((n) => n !== null && n >= 1 && n <= 12);
}

// A month heading inside a line: followed by its colon, or directly by the first item of its list ("三月份1、…").
const RUN_ON_MONTH = new RegExp(
  `${M}(?:\\s*[—–\\-~～至到]+\\s*${M})?(?:\\s*[:：]|(?=\\s*(?:[-–—•]\\s*)?(?:1[、.]|[(（]1[)）])))`,
  'g',
);

// A week heading inside a line, with its colon ("…活动日程第一周：相逢是缘…第二周：…").
const RUN_ON_WEEK = new RegExp(`第(?:${HEADING_NUMBER})(?:周|週)(?=\\s*[:：])`, 'g');

/** Where month headings start inside a line ("…（三、四、五年级）十月份：", "…安排三月份1、…"); never at 0. */
export function runOnMonthsAt(folded: string): number[] {
  const out: number[] = [];
  if (folded.includes('周') || folded.includes('週')) {
    for (const m of folded.matchAll(RUN_ON_WEEK)) {
      const at = m.index ?? 0;
      if (at > 0 && !/[\d一二三四五六七八九十每从自至到]/.test(folded[at - 1] ?? '')) out.push(at);
    }
  }
  if (!folded.includes('月')) return out.sort((a, b) => a - b);
  for (const m of folded.matchAll(RUN_ON_MONTH)) {
    const at = m.index ?? 0;
    if (at === 0) continue;
    const before = folded[at - 1] ?? '';
    // A dash after a word is a list bullet ("具体工作安排-三月份"); after a month it makes a range (三月-四月).
    const bullet = /[—–-]/.test(before) && !/[\d一二三四五六七八九十月份旬初底末~至到]/.test(folded[at - 2] ?? '');
    if (!bullet && /[\d一二三四五六七八九十年月—–\-~至到在于的从自将每]/.test(before)) continue;
    if (validMonths(m[0])) out.push(at);
  }
  return out.sort((a, b) => a - b);
}

/** A month and a day written with a separator: 4-18, 9.10, 3/12 (month 1–12, day 1–31). `sep` is a character class. */
export const monthDay = (sep: string): string => `(?:0?[1-9]|1[0-2])${sep}(?:0?[1-9]|[12]\\d|3[01])`;

export const EN_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "Sep 12", "Sep. 12, 2020", and as a table cell writes it, "Dec.9.2020"; day first, with an ordinal or a year (a bare
// "2 may" is a number and a verb): "27th February", "3 March 2026"; or written the ISO way, "2024-02-22".
const EN_DATE = `(?:${EN_MONTH}(?:\\s+|(?<=\\.))\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?(?![\\d:：.]))?(?:(?:,?\\s+|\\.)\\d{4})?|\\d{1,2}(?:st|nd|rd|th)\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${EN_MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
/**
 * A heading that is a date alone ("October 18, 2021", "13th February 2017", "November 21st", "2021年10月18日"): the day
 * its part is about. Wider than DATE_ALONE (a signature's full date), as an agenda's day headings are written.
 */
export const DATE_HEADING = new RegExp(`^(?:${EN_DATE}|${CN_DATE})$`, 'i');
const EN_WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
/** The half of the day after an hour: "4pm", "6:30 PM", "9 a.m.". */
const AM_PM = '\\s*[ap]\\.?m\\.?';
/** An English date with its weekday and hour as a meeting is announced: "Friday 27th February 2026, 4pm". */
const EN_MEETING = `(?:${EN_WEEKDAY},?\\s+)?${EN_DATE}(?:,?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?${AM_PM})?`;
/**
 * A day alone on its line: "Friday, May 2nd", "8th Nov, Fri", "Day 1 – February 02, 2026", "Day 2 (Wednesday,
 * 10/22)"; or a week or day by its number with its date in brackets: "Week 1 (September 1)", "Week 01 (08/18)", "DAY 1
 * (May 19)", "Day 1 (December 8, 2025 Monday)".
 */
const EN_DAY = `(?:(?:day\\s+\\d{1,2}\\s*[:：—–-]\\s*(?:${EN_WEEKDAY},?\\s+)?|${EN_WEEKDAY},?\\s+)${EN_DATE}|${EN_DATE},?\\s+${EN_WEEKDAY}|day\\s+\\d{1,2}\\s*[(（]${EN_WEEKDAY}[^()（）]{0,24}[)）]|(?:week|day)\\s+\\d{1,2}\\s*[(（](?:${EN_WEEKDAY},?\\s+)?(?:${EN_DATE}|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?)(?:,?\\s+${EN_WEEKDAY})?[)）])`;
/**
 * The hours a day's line may give after its date, from and to, with their time zone: "2pm - 4pm CT", "9:00am -
 * 2:00pm". (One time alone, "9:13 PM", is when a page was printed.)
 */
const DAY_HOURS = `(?:,?\\s+\\d{1,2}(?::\\d{2})?${AM_PM}\\s*[-–—]\\s*\\d{1,2}(?::\\d{2})?${AM_PM}(?:\\s+(?:[CEMP][SD]?T|UTC|GMT|BST|CES?T|JST|IST|AE[SD]T))?)?`;
const EN_DAY_ALONE = new RegExp(`^${EN_DAY}${DAY_HOURS}\\s*[:：]?$`, 'i');
/** A weekday with its date, alone on its line, either way round: "周二 （2022.06.14）", "6月14日（星期二）". */
const CN_WEEKDAY = '(?:周|星期|礼拜)[一二三四五六日天]';
const CN_WEEKDAY_ALONE = new RegExp(`^${CN_WEEKDAY}$`);
const CN_DAY_DATE = '(?:\\d{4}\\s*[.\\-/年]\\s*)?\\d{1,2}\\s*[.\\-/月]\\s*\\d{1,2}\\s*[日号]?';
const CN_DAY_ALONE = new RegExp(
  `^(?:${CN_WEEKDAY}\\s*[（(]\\s*${CN_DAY_DATE}\\s*[）)]|${CN_DAY_DATE}\\s*(?:[（(]\\s*${CN_WEEKDAY}\\s*[）)]|${CN_WEEKDAY}))$`,
);
/** …and a day with what it is for after a bullet, a bar, a dash or a colon ("Day 1 – Tuesday, December 16 • Kickoff & Talks"). */
const EN_DAY_LINE = new RegExp(`^(${EN_DAY})(\\s*[•·|:]\\s*|\\s+[-–—]\\s+)(?=\\S)`, 'i');
/**
 * An English date that opens a line, a word or two naming the occasion, then a colon or a dash: "Sep. 12 meeting: …";
 * its weekday may follow in brackets ("2024-09-09 (周一): 复习…").
 */
const EN_DATE_LINE = new RegExp(
  `^(${EN_DATE}(?:\\s*[(（](?:${EN_WEEKDAY}|${CN_WEEKDAY})[)）])?(?:\\s+[A-Za-z]+){0,2}?)(\\s*:\\s*|\\s+[-–—]\\s+)(?=\\S)`,
  'i',
);

/** A lesson numbered by a word: 课程一, 第3课, 第二讲, Lesson 4, Session 2, Lecture 5. */
const LESSON = `课程\\s*(?:${HEADING_NUMBER})|第\\s*(?:${HEADING_NUMBER})\\s*(?:课时|课|讲|节|次课|次)|(?:lesson|session|lecture|class|meeting)\\s*\\d{1,2}\\b`;
/** A short date: 4-18, 4.18, 4/18, 4月18日, Apr 18. */
const SHORT_DATE = `${monthDay('[-./]')}(?![\\d./-])|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]?|${EN_DATE}`;
/**
 * A date and then a numbered lesson with its topic: "4-18 课程一  项目介绍 工具环境的测试(git)", "5-4课程七 …". The lesson
 * word tells the date from a range of numbers (4-18), so the line is the lesson's heading and its entry of the schedule.
 */
const DATED_LESSON = new RegExp(
  `^(${SHORT_DATE})\\s*((?:${LESSON})(?![\\d${CN_DIGITS}]))(\\s*[:：]\\s*|\\s*[.、-]?\\s*)(\\S.*)?$`,
  'i',
);

function datedLesson(text: string): WhenMatch | null {
  const m = DATED_LESSON.exec(foldAscii(text));
  if (!m) return null;
  const when = text.slice(0, (m[1] ?? '').length).trim();
  const topic = m[4] ? text.slice(text.length - m[4].length).trim() : '';
  // After a colon the topic is the entry's item, as for "Sep. 12 meeting: Chapter 1"; else the lesson and its topic.
  const rest = /[:：]/.test(m[3] ?? '') ? topic : text.slice((m[1] ?? '').length).trim();
  const out: WhenMatch = { when, rest, kind: 'week', label: text.trim() };
  if (topic) out.session = topic;
  return out;
}

/** One date of a dated item: 5月8日, 10.1, 2024-03-05, 3/12; a span joins two (5月8日-5月12日, 10.1-10.3). */
const ITEM_DATE = `(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|${monthDay('[./]')}`;
const ITEM_SPAN = `(?:(?:${ITEM_DATE})(?:\\s*[-–—~～至到]+\\s*(?:(?:${ITEM_DATE})|\\d{1,2}\\s*[日号]))?|${EN_MEETING})`;
/**
 * A numbered item that opens with its dates and goes on with what happens then: "5月8日-5月12日，各组提交…",
 * "10.1-10.3,10.7学习react native…". Decimal look-alikes (1.5 小时) are no dates.
 */
const DATED_ITEM = new RegExp(
  `^(${ITEM_SPAN}(?:\\s*[,，、]\\s*${ITEM_SPAN})*)(?![\\d.]|\\s*(?:小时|个|分|倍|米|%|％))\\s*[,，]?\\s*(?=\\S|$)`,
  'i',
);

/** The dates and the rest of a dated item's text, or null. */
export function datedItem(text: string): { when: string; rest: string } | null {
  const f = foldAscii(text);
  const m = DATED_ITEM.exec(f);
  if (!m) return null;
  const when = text.slice(0, (m[1] ?? '').length).trim();
  // A bare M.D needs a span or a list beside it to be a date ("10.1-10.3"): "3.5 …" alone is a number.
  if (!/[月年-]|\d[./]\d+\s*[-–—~～至到,，、]|[a-z]/i.test(foldAscii(when)) && !/\d{4}/.test(when)) return null;
  return { when, rest: text.slice(m[0].length).trim() };
}

/** Pieces a time cell is made of: dates, weeks, months, clock times, weekdays. */
const TIME_TOKEN = new RegExp(
  [
    '(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?(?:份)?',
    `${CN_NUMERAL}月份?`,
    '\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}(?:/\\d{1,2})*',
    '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?',
    EN_DATE,
    `第?\\s*(?:\\d{1,2}|${CN_NUMERAL})\\s*[周週](?![一二三四五六日天末])`,
    // "12.3（十四周周二）": 3 December, as a date column writes it, with its week or weekday beside it.
    `${monthDay('\\.')}(?!\\d)(?=\\s*[（(]?\\s*(?:第|[\\d一二三四五六七八九十]{1,3}\\s*周|周|星期))`,
    '(?:week|day)\\s+\\d{1,2}',
    `\\d{1,2}\\s*[:：]\\s*\\d{2}(?:${AM_PM})?`,
    `\\d{1,2}${AM_PM}`,
    // A weekday with its class periods, numbered either way: "周 3 第五 节", "星期二 1-2节".
    `(?:周|星期|礼拜)\\s*(?:[1-7](?![\\d周])|[一二三四五六日天])(?:\\s*第?\\s*(?:\\d{1,2}|${CN_NUMERAL})(?:\\s*[-–~～]\\s*(?:\\d{1,2}|${CN_NUMERAL}))?\\s*节)?`,
    // Class periods: "1-2节", "第3节".
    '第?\\d{1,2}(?:\\s*[-–~～]\\s*\\d{1,2})?\\s*节',
    '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?',
    '\\d{1,2}\\s*[日号]',
  ].join('|'),
  'gi',
);

const TIME_ZONE =
  /[(]?\s*\b(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::\d{2})?\s*[)]?|\b(?:utc|gmt|cet|cest|edt|est|pdt|pst|bst)\b/gi;

/** Whether a table cell holds only a time: a date, a week, a month, a clock time or a span of them. */
export function isTimeValue(cell: string): boolean {
  // A time zone says where the time is kept, not another time ("16:45 (UTC+3:30)").
  const f = foldAscii(cell).replace(TIME_ZONE, '').trim();
  if (!f || f.length > 60) return false;
  let found = false;
  const rest = f.replace(TIME_TOKEN, () => {
    found = true;
    return '';
  });
  // What joins times: "Week of 10/28 to 11/1", "Mon & Fri 11/4 & 11/8".
  // …and what qualifies one: "31/7 AM (4h)", "下午（2小时）".
  const joins = rest.replace(
    /\b(?:week of|to|and|through|thru|[ap]\.?m\.?)(?![a-z])|&|到校|放学|课前|课后|[(（]\s*\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?|小时|分钟)\s*[)）]/gi,
    '',
  );
  return found && /^[\s()（）,，、\-–—~～至到/.上下午晚早]*$/.test(joins);
}

const CLOCK = '\\d{1,2}[:：]\\d{2}';
/** A line that opens with a clock time ("11:00 AM : Lunch"). */
export const CLOCK_START = new RegExp(`^${CLOCK}`);
/** A time or date at the start of a line, then a space and the rest (no colon: "Jun 29: …" is a dated heading). */
const DATED = new RegExp(
  `^(${CLOCK}\\s*(?:[-–—~～至到]\\s*(?:${CLOCK})?)?|${EN_DATE}|${CN_DATE}(?:\\s*[-–—~～至到]\\s*(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*[日号])?)\\s+(?![:：])(\\S.*)$`,
  'i',
);

/** A span of clock times ("16:00–16:10"): a slot of the day. */
export const CLOCK_SPAN = /^\d{1,2}[:：]\d{2}\s*[-–—~～至到]\s*\d{1,2}[:：]\d{2}$/;

/** A clock time as an agenda sets it: "09.00", "12:30", "6:30pm", "7pm". */
const AGENDA_CLOCK = `(?:\\d{1,2}[:.：]\\d{2}(?:${AM_PM})?|\\d{1,2}${AM_PM})`;
/** A clock time or span that opens a line: "09.00 - 09.10", "ca. 12.45", "6:30pm:", "7:40pm-8:30pm". */
export const TIME_LEAD = new RegExp(
  `^((?:ca\\.\\s*)?${AGENDA_CLOCK}(?:\\s*[-–—~～]\\s*${AGENDA_CLOCK})?)\\s*[:：]?(?:\\s+|$)`,
  'i',
);

/**
 * A clock time or span with its half of the day, then what happens ("11:00 AM : Hackers Checkin", "6:30 PM - 7:00 PM
 * Dinner", "8:00 AM - Breakfast"): a colon or a dash after a time only sets it apart (after a date, "Jun 29: …", a
 * colon makes a heading).
 */
const CLOCK_ROW = new RegExp(
  `^(${CLOCK}${AM_PM}(?:\\s*[-–—~～至到]\\s*${CLOCK}${AM_PM})?|${CLOCK}(?:\\s*[-–—~～至到]\\s*${CLOCK})?(?=\\s*[:：]\\s))(?:\\s*[:：]|\\s+[-–—])?\\s+(\\S.*)$`,
  'i',
);

/** The time and the rest of a dated line, or null. */
export function datedLine(text: string): { when: string; rest: string } | null {
  const folded = foldAscii(text);
  const m = CLOCK_ROW.exec(folded) ?? DATED.exec(folded);
  if (!m) return null;
  const when = text.slice(0, (m[1] ?? '').length).trim();
  return isTimeValue(when) ? { when, rest: text.slice(text.length - (m[2] ?? '').length).trim() } : null;
}
