/**
 * Goals: the items under a heading that names goals (目标, 总目标, 工作目标, 活动目的, 小组目的, Goals, Objectives…);
 * a paragraph under such a heading gives one goal (its first sentence); "小组目标：…" or "一、活动目的：…" gives the
 * text after the label. Items about setting targets ("定目标") are not goal headings.
 */
import { childrenOf, type Outline, type OutlineNode } from './outline.ts';
import { firstSentence } from './heading-text.ts';
import { readTableBlock } from './tables.ts';
import { script } from './title.ts';

export const GOAL_HEADING =
  /^(?:[\u4e00-\u9fa5]{0,8}(?:目标|目的)(?:(?:与|和|及)(?:任务|要求|意义))?|(?:[A-Za-z]+\s+){0,4}(?:goals?|objectives?|aims?|purposes?|(?:learning )?outcomes)|(?:goals?|objectives?|aims?|purposes?)\s+(?:of|for)\s+[A-Za-z ]{1,40})$/i;
const NOT_GOAL = /^(?:定|制定|确定|确立|设定|明确|实现|达成|完成|围绕)/;

export function isGoalHeading(text: string): boolean {
  return GOAL_HEADING.test(text.trim()) && !NOT_GOAL.test(text.trim());
}

/** A field that states a goal: "实现目标：DNS服务器的搭建" names what to achieve, where "定目标：…" says how goals are set. */
const isGoalField = (label: string): boolean =>
  isGoalHeading(label) || (GOAL_HEADING.test(label.trim()) && /^(?:实现|达成|完成)/.test(label.trim()));

/**
 * A table's goal column, and goal fields inside its cells: "教学目标：用英语思考" gives its value; "our aims:" alone on
 * its line gives the lines after it in its own language (the cell's translation that follows is not one of them).
 */
function tableGoals(table: Parameters<typeof readTableBlock>[0]): string[] {
  const reading = readTableBlock(table);
  const out = [...reading.goals];
  for (const lines of reading.cells)
    lines.forEach((line, i) => {
      const f = /^([^:：]{1,20}?)\s*[:：]\s*(.*)$/.exec(line.trim());
      if (!f || !isGoalField(f[1] ?? '')) return;
      if (f[2]) {
        out.push(f[2].trim());
        return;
      }
      for (const next of lines.slice(i + 1)) {
        if (script(next) !== script(f[1] ?? '') || /[:：]/.test(next)) break;
        out.push(firstSentence(next));
      }
    });
  return out;
}

export function extractGoals(outline: Outline): string[] {
  const out: string[] = [];
  const fieldGoals = (n: { content: OutlineNode['content'] }) => {
    n.content.forEach((s, i) => {
      if (s.kind !== 'field' || !isGoalField(s.label)) return;
      // "Learning Goals: By the end of the lesson, students will be able to:" introduces the goals listed below it.
      const listed: string[] = [];
      if (/[:：]\s*$/.test(s.value))
        for (const item of n.content.slice(i + 1)) {
          if (item.kind !== 'text' || !item.ev?.list) break;
          listed.push(firstSentence(item.raw));
        }
      out.push(...(listed.length > 0 ? listed : [firstSentence(s.value)]));
    });
  };
  fieldGoals({ content: outline.preamble });
  for (const s of outline.preamble) if (s.kind === 'table') out.push(...tableGoals(s.table));
  let insideGoal = 0;
  outline.nodes.forEach((n, i) => {
    if (insideGoal && n.level <= insideGoal) insideGoal = 0;
    if (!insideGoal && isGoalHeading(n.text) && n.style !== 'month') {
      insideGoal = n.level;
      const kids = childrenOf(outline.nodes, i);
      if (isUmbrella(outline, i, kids)) {
        // "Team Mission and Objectives or Goals" over sections of its own: the goals are in the sections.
        insideGoal = 0;
      } else if (kids.length > 0) {
        if (n.inline) out.push(firstSentence(n.inline));
        for (const k of kids) out.push(...(isGroupLabel(k) ? goalsUnder(outline, k) : [k.text]));
      } else if (n.inline) {
        out.push(firstSentence(n.inline));
      } else {
        out.push(...contentGoals(n));
      }
    }
    fieldGoals(n);
    for (const s of n.content) if (s.kind === 'table') out.push(...tableGoals(s.table));
  });
  return out.filter((g) => g.length > 0);
}

/**
 * A bare goal label under a goal heading ("三、小组目标 / （一）总目标 / （二）具体目标") groups goals; it is not one.
 * A label that carries its goal after a colon ("1、教师培训目标：切实抓好…") stays a goal itself; one whose goal ran on
 * without punctuation ("（一）总目标帮助组员…", a lost line break) groups it.
 */
function isGroupLabel(k: OutlineNode): boolean {
  if (!isGoalHeading(k.text)) return false;
  if (!k.inline) return true;
  const raw = k.segment.kind === 'heading' ? k.segment.raw : '';
  const at = raw.indexOf(k.text);
  return at >= 0 && !/^\s*[:：]/.test(raw.slice(at + k.text.length));
}

function goalsUnder(outline: Outline, k: OutlineNode): string[] {
  const i = outline.nodes.indexOf(k);
  const kids = childrenOf(outline.nodes, i);
  if (kids.length > 0) return kids.map((c) => c.text);
  if (k.inline) return [firstSentence(k.inline)];
  const para = k.content.find((s) => s.kind === 'text');
  return para && para.kind === 'text' ? [firstSentence(para.raw)] : [];
}

/** The goals written under a heading without numbered items: each list item, else the first paragraph's sentence. */
function contentGoals(n: OutlineNode): string[] {
  const items = n.content.filter((s) => s.kind === 'text' && s.ev?.list);
  if (items.length > 0) return items.map((s) => (s.kind === 'text' ? firstSentence(s.raw) : ''));
  const para = n.content.find((s) => s.kind === 'text');
  return para && para.kind === 'text' ? [firstSentence(para.raw)] : [];
}

/** A goal heading whose children are unnumbered sections with content of their own is an umbrella, not a list. */
function isUmbrella(outline: Outline, _i: number, kids: OutlineNode[]): boolean {
  if (kids.length === 0 || kids.some((k) => k.marker !== '')) return false;
  return kids.every((k) => k.content.length > 0 || childrenOf(outline.nodes, outline.nodes.indexOf(k)).length > 0);
}
