/**
 * Assigns outline levels from the order in which numbering styles appear in a plan (a style stack), not from a fixed
 * marker→level table: the first style seen is level 1, a new style nests under the current one, and a style seen
 * before returns to its level. Conventional rank (第一章 > 一、 > （一） > 1. > （1） > ①) is only a tie-breaker for
 * two things a reader infers: a style that is clearly more major than everything open does not nest under it, and a
 * more major style arriving at "二、" after orphan items means its "一、" was lost, so those items sit under it.
 * Bare labels ("具体工作：") are peers at the top; month lines sit under a schedule heading when there is one.
 */
import { isTitleLike } from './title.ts';
import { WHOLE_DECIMAL } from './sequence.ts';
import { CLOCK_SPAN } from './when.ts';
import { NOTES_LABEL, PHASE_STYLE } from './vocabulary.ts';

export interface LevelInput {
  /** Numbering style; 'label' for bare section labels, 'month' for month/week lines. */
  style: string;
  value: number;
  text: string;
  /** Whether the heading's line carries content after it ("9月：组建小组"). */
  inline?: boolean;
  /** Whether the heading ends with a colon and nothing after it ("2、考核方式："): it introduces what follows. */
  opens?: boolean;
  /** How far the line is set in, in steps, where the reader saw it (a PDF's or a web page's indent). */
  indent?: number;
  /** Whether text or a list stands between this heading and the one before it. */
  afterContent?: boolean;
  /** A label of an outline typed with tabs or spaces: one set in further than such a label above it is inside it. */
  outline?: boolean;
}

/** A section about time ("时间安排", "教学阶段规划"): the dated and phased lines under it are its periods. */
export const SCHEDULE_PARENT =
  /安排|日程|行程|进程|行事历|月份|进度|时间表|计划|工作要点|具体工作|活动时间|阶段|步骤|schedule|timetable|timeline|calendar|dates/i;

/** Decimal section numbering: "1.5", "4.2.1." */
const DECIMAL = /^1(?:\.1)+$/;

/** The numbered parts of a charter: articles and chapters. */
const CHARTER_PARTS = new Set(['article', 'chapter', '第条', '第章']);

/** 第一节 as a part of a chapter, over its articles. */
const CHAPTER_PART = '第节/章';

export function rankOf(style: string): number {
  if (/^第(章|部分|单元|阶段)$/.test(style) || style === 'chapter') return 0;
  if (
    style === 'I.' ||
    style === '壹、' ||
    style === '01_' ||
    style === CHAPTER_PART ||
    /^(part|module|unit|phase|stage)$/.test(style)
  )
    return 1;
  if (/^一[、.:,]$/.test(style) || style === '第条' || style === 'article') return 2;
  if (style === '第款') return 3;
  // 第一节 numbers the meetings of a programme, which sit inside a section (六、各节活动内容) like Session N.
  if (
    style === '(一)' ||
    style === '㈠' ||
    style === 'A.' ||
    style === '第节' ||
    style === '第讲' ||
    style === '第课' ||
    /^(step|week|session|lesson|section)$/.test(style)
  )
    return 3;
  if (style === '一_') return 2;
  if (style.startsWith('w:')) return 3;
  if (
    /^1[、.):,]$/.test(style) ||
    style === '⒈' ||
    style === '1_' ||
    style === '1 -' ||
    style === '1-' ||
    style === WHOLE_DECIMAL
  )
    return 4;
  // Decimal section numbers ("1.5", "4.2.1.") sit under their whole number and above the lettered and bracketed
  // items inside them; so do sections numbered with the section sign ("§1") under their article.
  // …each further number one step inside ("6.1.1" under "6.1", though both are set in one heading type).
  if (DECIMAL.test(style)) return 4.5 + Math.min(style.split('.').length - 2, 4) * 0.04;
  if (style === '§' || style === '[1]') return 4.5;
  if (style === '§1.1' || style === '[1.1]') return 4.75;
  if (style === 'a_') return 5;
  if (style === '(1)' || style === '⑴' || style === 'a)' || style === '(a)') return 5;
  if (style === '①' || style === 'i)' || style === '(i)') return 6;
  if (style === '第一，') return 7;
  return 7;
}

interface Open {
  style: string;
  text: string;
  value: number;
  /** Siblings seen in this run of the style, and whether any of them had children. */
  run: number;
  runHadChildren: boolean;
  hasChildren: boolean;
  /** Month lines: whether every one in the run carried its item on its own line. */
  inline: boolean;
  opens: boolean;
  indent: number;
  outline: boolean;
}

const SESSION_STYLES = new Set(['第节', '第讲', '第课', '第课时', 'session', 'lesson', 'week']);
const isPlain = (style: string) => style !== 'label' && style !== 'month';
/** A numbering by a word and its number: 实验一, 第二章, Session 3, Task01. */
const isUnit = (style: string) => /^(?:w:|第)/.test(style) || /^[a-z]{3,}$/.test(style);
function lastIndex<T>(xs: T[], test: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i] as T)) return i;
  return -1;
}

/** A line set in capitals ("WE ALSO AGREE"). */
const capitals = (t: string): boolean => /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t);

/** A label set in 【】 or 〖〗 ranks above plain labels. */
const bracketed = (text: string): boolean => /^[【〖].*[】〗]$/.test(text.trim());

export function assignLevels(input: LevelInput[]): number[] {
  // In a constitution of chapters and articles (第一章 … 第一条), a 节 divides a chapter and holds its articles: it
  // ranks between them, not with the meetings a programme numbers 第一节.
  const articles = input.some((x) => x.style === '第条') && input.some((x) => x.style === '第章');
  const items = articles ? input.map((x) => (x.style === '第节' ? { ...x, style: CHAPTER_PART } : x)) : input;
  const levels: number[] = [];
  let stack: Open[] = [];
  // Lists of one rank met inside another ("1." holding "1)"): "parent>child" styles, so that the last item's list
  // goes inside it too, though nothing follows it to show that ("1. 首页 / 1) 头部 / 2. 购物车 / 1) 头部").
  const inside = new Set<string>();
  const open = (item: LevelInput): Open => ({
    style: item.style,
    text: item.text,
    value: item.value,
    run: 1,
    runHadChildren: false,
    hasChildren: false,
    inline: Boolean(item.inline),
    opens: Boolean(item.opens),
    indent: item.indent ?? 0,
    outline: Boolean(item.outline),
  });
  const push = (item: LevelInput) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.hasChildren = true;
    stack.push(open(item));
    levels.push(stack.length);
  };
  items.forEach((item, i) => {
    // The open list of this style it continues: the deepest one whose next number it is (a style nested under itself
    // by a colon-ended item), else the outermost.
    // Where the page shows how far lines are set in, the list it continues is the one set in as far as it is.
    // Among period lines, a slot of the day ("10:00 – 12:00") is a kind of its own, inside the day or week above it.
    const clock = item.style === 'month' && CLOCK_SPAN.test(item.text);
    const same = (s: Open) => s.style === item.style && (item.style !== 'month' || CLOCK_SPAN.test(s.text) === clock);
    const goesOnFrom = (s: Open) => same(s) && s.value + 1 === item.value;
    const level = item.indent === undefined ? -1 : lastIndex(stack, (s) => goesOnFrom(s) && s.indent === item.indent);
    const next = level >= 0 ? level : lastIndex(stack, goesOnFrom);
    const at = next >= 0 ? next : stack.findIndex(same);
    if (item.style === 'label') {
      // Labels are peers of the label before them that looks the same, and start again at the top when nothing
      // numbered holds them; a plain label under a bracketed one ("【Group Rules】" / "Attendance") is inside it.
      // …and one set in further than the label above it ("Ingestion" / "\tSqoop") is inside it.
      const look = bracketed(item.text);
      const ind = item.indent ?? 0;
      const within = (s: Open) => item.outline === true && s.outline && s.indent < ind;
      const peer = stack.findIndex((s) => s.style === 'label' && bracketed(s.text) === look && !within(s));
      const holder = look ? -1 : lastIndex(stack, (s) => s.style === 'label' && (bracketed(s.text) || within(s)));
      const top = stack[stack.length - 1];
      // A major numbered section (一、, 第一章) opened under the peer holds the label: "作业内容" / "一、第一阶段" /
      // "提交方式与时间" is a part of 一、.
      const section = lastIndex(stack, (s) => isPlain(s.style) && rankOf(s.style) <= 2);
      // Labels set in capitals ("OUR PLAN:" … "WE ALSO AGREE:") are each other's peers whatever opened between them.
      const capsPeer = peer >= 0 && capitals(item.text) && capitals(stack[peer]?.text ?? '');
      if (peer >= 0 && section > peer && !capsPeer) stack = stack.slice(0, section + 1);
      else if (peer >= 0) stack = stack.slice(0, peer);
      else if (holder >= 0) stack = stack.slice(0, holder + 1);
      // A label right under a dated heading that carries its item ("Sep 26 meeting: Work session" / "Implementation
      // notes:") belongs to that date.
      else if (top?.style === 'month' && top.inline && !top.hasChildren && !item.afterContent) stack = stack.slice();
      // …and so does the name of what happens in a slot of the day, on the line under it ("10:00 – 12:00" / "Judging").
      else if (top?.style === 'month' && CLOCK_SPAN.test(top.text) && !top.hasChildren && !top.inline)
        stack = stack.slice();
      // …and a part of a day or week named alone on its line, before anything else in it ("Day 1" / "Session 1").
      else if (
        top?.style === 'month' &&
        !CLOCK_SPAN.test(top.text) &&
        !top.inline &&
        !top.hasChildren &&
        !item.afterContent
      )
        stack = stack.slice();
      // An appended part ("附月份安排") starts again at the top.
      else if (/^附/.test(item.text)) stack = [];
      // Right under a numbered part with nothing in it yet ("（一）项目启动阶段" / "阶段主任务"), it is a part of that part.
      else if (top && isPlain(top.style) && stack.length >= 2 && rankOf(top.style) === 3 && !top.hasChildren)
        stack = stack.slice();
      // Right under a section, before anything in it, a major one ("二、搬什么？" / "搬运物品：") or one whose few
      // words name it ("4. 背景说明" / "【整体背景】"), it is a part of that section.
      else if (
        top &&
        isPlain(top.style) &&
        !top.hasChildren &&
        !item.afterContent &&
        !isTitleLike(item.text) &&
        (rankOf(top.style) <= 2 ||
          (rankOf(top.style) <= 4 && /^[\u4e00-\u9fff]{2,6}$/.test(top.text) && !NOTES_LABEL.test(item.text)))
      )
        stack = stack.slice();
      // Inside a numbered section, a label is one of the items it sits among (a note, a sub-topic); its own list nests
      // under it.
      else if (top && isPlain(top.style) && stack.length >= 2) stack = stack.slice(0, -1);
      // Right under a part named by a word and its number ("实验三 …" / "考核方法", Session 2 / Materials), it is a
      // part of that unit.
      else if (top && isPlain(top.style) && isUnit(top.style) && !top.hasChildren) stack = stack.slice();
      // Under a major numbered section alone ("三、比赛规则" / "时间安排："), it is a part of that section — unless it
      // names a document of its own (an enclosed "…实施细则" after a notice's "一、组织单位").
      else if (top && stack.length === 1 && isPlain(top.style) && rankOf(top.style) <= 2 && !isTitleLike(item.text))
        stack = stack.slice();
      else stack = [];
      push(item);
      return;
    }
    // A charter's first article or chapter after a label with text of its own ("PREAMBLE" / "We the army cadet corps…"
    // / "ARTICLE 1: NAME") is the label's sibling, not its part.
    if (stack[stack.length - 1]?.style === 'label' && item.afterContent && at < 0 && CHARTER_PARTS.has(item.style))
      stack = stack.slice(0, -1);
    // A list starting at 1 right under an item that ends with a colon is that item's own list ("2、考核方式：" /
    // "1、学生根据…"), whatever its style.
    const last = stack[stack.length - 1];
    if (
      last?.opens &&
      !last.hasChildren &&
      item.value === 1 &&
      isPlain(last.style) &&
      (at < 0 || at === stack.length - 1 || rankOf(item.style) > rankOf(last.style))
    ) {
      push(item);
      return;
    }
    // "1." again, set in further than the childless "1." above it: the list starts again inside that item.
    if (
      at >= 0 &&
      item.value === 1 &&
      last &&
      isPlain(last.style) &&
      !last.hasChildren &&
      item.indent !== undefined &&
      item.indent > last.indent
    ) {
      push(item);
      return;
    }
    // "1." again at 1 under a lesser numbering's item that names a part ("1. 需求分析" / "（3）课程管理系统" /
    // "1.学生进行课程信息查询"): it cannot go on from the first "1.", so it starts a list inside the item above it.
    if (
      at >= 0 &&
      next < 0 &&
      item.value === 1 &&
      last &&
      at < stack.length - 1 &&
      isPlain(last.style) &&
      rankOf(last.style) > rankOf(item.style) &&
      !last.hasChildren &&
      last.text.length <= 20 &&
      last.text.split(/\s+/).length <= 4 &&
      (item.indent === undefined || item.indent > (stack[at]?.indent ?? 0))
    ) {
      push(item);
      return;
    }
    // "3.2 统一抽象模型" over "1. … / 2. …", then "3.3 …": a list numbered afresh under a section whose numbering goes on
    // after it is inside that section, though whole numbers usually rank above decimals (and 一、 above 1.) — and though
    // the sections above number in the same style ("2、项目概述" / "2.2 项目功能" / "1、用户可以注册…").
    const section = stack[stack.length - 1];
    if (
      section &&
      isPlain(section.style) &&
      // (…a section named alone on its line: "2. 奖项设置：全赛季设置…" is an item, the list after it no part of it.)
      (DECIMAL.test(section.style) || (!section.inline && !section.hasChildren)) &&
      item.value === 1 &&
      rankOf(item.style) < rankOf(section.style) &&
      sectionResumes(items, i, section, rankOf(item.style))
    ) {
      push(item);
      return;
    }
    if (at >= 0) {
      const prev = stack[at];
      stack = stack.slice(0, at + 1);
      stack[at] = {
        ...open(item),
        run: (prev?.run ?? 0) + 1,
        runHadChildren: Boolean(prev?.runHadChildren || prev?.hasChildren),
        inline: Boolean(prev?.inline && item.inline),
      };
      levels.push(at + 1);
      return;
    }
    if (item.style === 'month') {
      const day = clock ? lastIndex(stack, (s) => s.style === 'month') : -1;
      if (day >= 0) {
        stack = stack.slice(0, day + 1);
        push(item);
        return;
      }
      // A phase holds the weeks and days it runs for ("Phase 1 - Research" / "Week 1-2: Conduct…").
      const phase = lastIndex(stack, (s) => PHASE_STYLE.test(s.style));
      if (phase >= 0) {
        stack = stack.slice(0, phase + 1);
        push(item);
        return;
      }
      const under = [...stack].reverse().findIndex((s) => SCHEDULE_PARENT.test(s.text));
      // A label that introduces the dated lines under it ("Rota:" / "Week 1: Ana") holds them, whatever it is called.
      const top = stack[stack.length - 1];
      if (top?.style === 'label' && top.opens && !top.hasChildren) {
        push(item);
      } else if (under >= 0) {
        stack = stack.slice(0, stack.length - under);
        push(item);
      } else {
        stack = [open(item)];
        levels.push(1);
      }
      return;
    }
    // A numbering first met set in under an item of another ("A. 导言" / "    第一章：…") is inside that item, whatever
    // rank the two usually have.
    const above = stack[stack.length - 1];
    if (above && isPlain(above.style) && !above.hasChildren && (item.indent ?? 0) > above.indent) {
      push(item);
      return;
    }
    const rank = rankOf(item.style);
    const bottom = stack[0];
    if (bottom && isPlain(bottom.style) && rank < rankOf(bottom.style)) {
      if (item.value > 1 && stack.length <= 2 && noEarlierParent(items, i)) {
        // "二、" after orphan items: its lost "一、" held them, so they move one level down.
        for (let j = 0; j < levels.length; j++) levels[j] = (levels[j] ?? 1) + 1;
      }
      stack = [open(item)];
      levels.push(1);
      return;
    }
    // Close open styles that are less major than this one.
    let depth = stack.length;
    while (depth > 0 && isPlain(stack[depth - 1]?.style ?? '') && rankOf(stack[depth - 1]?.style ?? '') > rank) depth--;
    stack = stack.slice(0, depth);
    // "2、考核方式：/ 1、… / 2、… / 3. 内容及流程：": a number of the same rank that goes on from an open item returns
    // to its level; when several go on to it, the one that introduces its items as this one does ("…：") is its
    // sibling.
    const goesOn = (s: Open) => isPlain(s.style) && rankOf(s.style) === rank && s.value + 1 === item.value;
    const alike = lastIndex(stack, (s) => goesOn(s) && s.opens === Boolean(item.opens));
    const outer = alike >= 0 ? alike : lastIndex(stack, goesOn);
    if (outer >= 0) stack = stack.slice(0, outer + 1);
    const top = stack[stack.length - 1];
    if (top && ((isPlain(top.style) && rankOf(top.style) === rank) || leafRun(top))) {
      // A style of the same rank continues the list (1、2、3、4.) or starts a sibling list; a new list after a run of
      // childless sessions does not belong to the last session.
      const continues = rankOf(top.style) === rank && item.value === top.value + 1;
      // "1. 分组 / 1) 按成绩 / 2) 按性别 / 2. 评价": when the open list resumes after the new one, the new one is inside it.
      const within = `${top.style}>${item.style}`;
      if (continues || leafRun(top) || (!resumesLater(items, i, top) && !inside.has(within))) {
        stack[stack.length - 1] = { ...open(item), run: continues ? top.run + 1 : 1 };
        levels.push(stack.length);
        return;
      }
      inside.add(within);
    }
    push(item);
  });
  return levels;
}

/**
 * A run of session headings (at least three) or of month lines that carry their items inline (at least two), none
 * with children: each is a leaf, and a list that follows is not the last one's child.
 */
function leafRun(top: Open): boolean {
  if (top.runHadChildren || top.hasChildren) return false;
  if (SESSION_STYLES.has(top.style)) return top.run >= 3;
  return top.style === 'month' && top.run >= 2 && top.inline;
}

/**
 * Whether the open section's numbering goes on after item `i` (its next number), before anything ranked above `rank`.
 * Lists of the section's own style numbered afresh in between ("二、健康数据" / "1. 睡眠质量" / "2. …" under "2. 功能概述")
 * are lists of their own: their numbers do not count.
 */
function sectionResumes(items: LevelInput[], i: number, section: Open, rank: number): boolean {
  let inner: number | undefined;
  for (let j = i + 1; j < items.length && j <= i + 200; j++) {
    const x = items[j];
    if (!x || !isPlain(x.style)) continue;
    if (x.style === section.style) {
      const goesOnInner = inner !== undefined && inner + 1 === x.value;
      if (!goesOnInner && x.value === section.value + 1) return true;
      if (!goesOnInner && x.value !== 1) return false;
      inner = x.value;
      continue;
    }
    if (rankOf(x.style) < rank) return false;
    // (The new list's next item closes the list inside the one before it: "三、家庭共享" after "1. 睡眠质量" / "2. …".)
    if (rankOf(x.style) === rank) inner = undefined;
  }
  return false;
}

/** Whether the open heading's list continues (its next number) after item `i`, before anything more major. */
function resumesLater(items: LevelInput[], i: number, top: Open): boolean {
  const rank = rankOf(top.style);
  for (let j = i + 1; j < items.length && j <= i + 200; j++) {
    const x = items[j];
    if (!x || !isPlain(x.style) || rankOf(x.style) < rank) return false;
    if (x.style === top.style) return x.value === top.value + 1;
  }
  return false;
}

/** True when every item before `i` is numbered (no bare labels that could be the parent instead). */
function noEarlierParent(items: LevelInput[], i: number): boolean {
  return items.slice(0, i).every((x) => x.style !== 'label' && x.style !== 'month');
}
