/** Sessions: the numbered meetings of a group's programme (第一节：…, Session 2 – …), titles only, in order. */
import type { Outline } from './outline.ts';

export function extractSessions(outline: Outline): string[] {
  return outline.nodes
    .filter((n) => n.style === '第节' || n.style === 'session' || n.style === 'lesson' || n.style === '第课时')
    .map((n) => n.text);
}
