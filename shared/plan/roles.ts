/** Group roles the plan names with their duties ("组长:全面负责本小组日常管理工作", "学科组长:…", "协调记录组长:…"). */
import type { PlanRole } from './types.ts';
import type { Segment } from './classify.ts';
import { trimPunctuation } from './heading-text.ts';

const ROLE =
  /^[\u4e00-\u9fa5]{0,6}(?:组长|副组长|组员|记录员|发言人|汇报员|计时员|监督员|检查员|科代表|小老师|联络员|reporter|recorder|leader|timekeeper)$/i;

export function extractRoles(segments: Segment[]): PlanRole[] {
  const out: PlanRole[] = [];
  for (const s of segments) {
    if (s.kind === 'field' && ROLE.test(s.label) && !out.some((r) => r.name === s.label)) {
      out.push({ name: s.label, duties: trimPunctuation(s.value) });
    }
  }
  return out;
}
