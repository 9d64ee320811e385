/**
 * Assigns outline levels from the order in which numbering styles appear in a plan (a style stack), not from a fixed
 * marker→level table: the first style seen is level 1, a new style nests under the current one, and a style seen
 * before returns to its level. Conventional rank (第一章 > 一、 > （一） > 1. > （1） > ①) is only a tie-breaker for
 * two things a reader infers: a style that is clearly more major than everything open does not nest under it, and a
 * more major style arriving at "二、" after orphan items means its "一、" was lost, so those items sit under it.
 * Bare labels ("具体工作：") are peers at the top; month lines sit under a schedule heading when there is one.
 */

export interface LevelInput {
  /** Numbering style; 'label' for bare section labels, 'month' for month/week lines. */
  style: string;
  value: number;
  text: string;
}

const SCHEDULE_PARENT = /安排|日程|行事历|月份|进度|时间表|计划表|工作要点|具体工作/;

export function rankOf(style: string): number {
  if (/^第(章|部分|单元|阶段)$/.test(style)) return 0;
  if (style === '第节' || style === 'I.' || /^(part|module|unit|phase|stage)$/.test(style)) return 1;
  if (style === '一、' || style === '一.') return 2;
  if (style === '(一)' || style === '㈠' || style === 'A.' || /^(step|week|session|lesson)$/.test(style)) return 3;
  if (/^1[、.)]$/.test(style) || style === '⒈') return 4;
  if (style === '(1)' || style === '⑴' || style === 'a)') return 5;
  if (style === '①') return 6;
  return 7;
}

export function assignLevels(items: LevelInput[]): number[] {
  const levels: number[] = [];
  let stack: { style: string; text: string }[] = [];
  items.forEach((item, i) => {
    const at = stack.findIndex((s) => s.style === item.style);
    if (item.style === 'label') {
      stack = [{ style: 'label', text: item.text }];
      levels.push(1);
      return;
    }
    if (at >= 0) {
      stack = stack.slice(0, at + 1);
      stack[at] = { style: item.style, text: item.text };
      levels.push(at + 1);
      return;
    }
    if (item.style === 'month') {
      const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
      const under = [...stack].reverse().findIndex((s) => SCHEDULE_PARENT.test(s.text));
      if (parent && under >= 0) {
        const depth = stack.length - under;
        stack = stack.slice(0, depth);
        stack.push({ style: 'month', text: item.text });
        levels.push(depth + 1);
      } else {
        stack = [{ style: 'month', text: item.text }];
        levels.push(1);
      }
      return;
    }
    const rank = rankOf(item.style);
    const bottom = stack[0];
    if (bottom && bottom.style !== 'label' && bottom.style !== 'month' && rank < rankOf(bottom.style)) {
      if (item.value > 1 && levels.length > 0 && levels.every((l) => l >= 1) && stack.length <= 2 && noEarlierParent(items, i)) {
        // "二、" after orphan items: its lost "一、" held them, so they move one level down.
        for (let j = 0; j < levels.length; j++) levels[j] = (levels[j] ?? 1) + 1;
      }
      stack = [{ style: item.style, text: item.text }];
      levels.push(1);
      return;
    }
    // Nest below the deepest open style that is more major than this one.
    let depth = stack.length;
    while (depth > 0 && rankOf(stack[depth - 1]?.style ?? '') > rank && stack[depth - 1]?.style !== 'label' && stack[depth - 1]?.style !== 'month') depth--;
    stack = stack.slice(0, depth);
    stack.push({ style: item.style, text: item.text });
    levels.push(depth + 1);
  });
  return levels;
}

/** True when every item before `i` is numbered (no bare labels that could be the parent instead). */
function noEarlierParent(items: LevelInput[], i: number): boolean {
  return items.slice(0, i).every((x) => x.style !== 'label' && x.style !== 'month');
}
