/** Place, time, participants and evaluation, from "label：value" fields or numbered label headings ("四、活动地点：…"). */
import { childrenOf, type Outline } from './outline.ts';
import type { Segment } from './classify.ts';
import { trimPunctuation } from './heading-text.ts';

const PLACE = /^(?:(?:活动|培训|小组|上课|集合)?(?:地点|场地|地址)|venue|place|location)$/i;
const TIME = /^(?:(?:活动|小组|培训|实施)?(?:时间|日期)|(?:meeting )?(?:time|dates?|when))$/i;
const PEOPLE =
  /^(?:参与|参加|活动|服务|招募|培训)(?:人员|对象|者|范围)$|^(?:活动|服务)对象$|^参与者$|^(?:participants|members|target group)$/i;
const EVALUATION = /评价|评估|考评|考核|evaluation|assessment/i;

export interface Details {
  place: string | null;
  time: string | null;
  participants: string | null;
  evaluation: string[];
}

export function extractDetails(outline: Outline): Details {
  const d: Details = { place: null, time: null, participants: null, evaluation: [] };
  const take = (label: string, value: string) => {
    const v = trimPunctuation(value.replace(/\[[^\]]*\]/g, '').trim());
    if (!v) return;
    if (PLACE.test(label)) d.place ??= v;
    else if (TIME.test(label)) d.time ??= v;
    else if (PEOPLE.test(label)) d.participants ??= v;
  };
  const fields = (segs: Segment[]) => {
    for (const s of segs) if (s.kind === 'field') take(s.label, s.value);
  };
  fields(outline.preamble);
  outline.nodes.forEach((n, i) => {
    if (n.segment.kind === 'heading' && n.inline) take(n.text, n.inline);
    if (EVALUATION.test(n.text) && n.style !== 'month')
      d.evaluation.push(...childrenOf(outline.nodes, i).map((c) => c.text));
    fields(n.content);
  });
  return d;
}
