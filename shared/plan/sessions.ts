/**
 * Sessions: the numbered meetings of a group's programme (第一节：…, Session 2 – …, "4-18 课程一 项目介绍"), titles only, in order; and the
 * rows of a table with a session-number column (序号, Session S03E07).
 */
import type { Segment } from './classify.ts';
import type { Outline } from './outline.ts';
import { readTableBlock } from './tables.ts';

const SESSION_STYLES = new Set(['第节', 'session', 'lesson', '第课时', '第讲']);

export function extractSessions(outline: Outline): string[] {
  const out: string[] = [];
  const tables = (segs: Segment[]) => {
    for (const s of segs) if (s.kind === 'table') out.push(...readTableBlock(s.table).sessions);
  };
  tables(outline.preamble);
  for (const n of outline.nodes) {
    if (SESSION_STYLES.has(n.style)) out.push(n.text);
    else if (n.segment.kind === 'month' && n.segment.session) out.push(n.segment.session);
    tables(n.content);
  }
  return out;
}
