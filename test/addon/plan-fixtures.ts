/** Pasted plans for the import tests: a plain text one, and clipboard HTML as the dialog page sends it (a plain tree). */
import type { PlainElement, PlainHtml } from '../../shared/plan/read/plain-html.ts';

export const h = (tag: string, attrs: Record<string, string> | null, ...children: PlainHtml[]): PlainElement => ({
  tag,
  ...(attrs ? { attrs } : {}),
  children,
});

/** Word/WPS/web copy: h1 title, h2 sections with h3 under one, nested ordered lists, a schedule table. */
export const HTML_PLAN: PlainHtml = h(
  'body',
  null,
  h('h1', null, '七年级（2）班小组合作学习方案'),
  h('h2', null, '一、指导思想'),
  h('p', null, '以学生为主体，让每个学生在小组中互相帮助、共同进步。'),
  h('h2', null, '二、分组办法'),
  h('p', null, '每组4-6人，按2:1:1搭配。'),
  h('h3', null, '（一）组内分工'),
  h(
    'ol',
    null,
    h('li', null, '组长', h('ol', { type: 'a' }, h('li', null, '组织讨论'), h('li', null, '分配任务'))),
    h('li', null, '记录员'),
  ),
  h('h3', null, '（二）积分规则'),
  h('p', null, '积分类别：学习、纪律、卫生。每累计20分可兑换一个“星星”。'),
  h('h2', null, '三、活动安排'),
  h(
    'table',
    null,
    h('tr', null, h('th', null, '时间'), h('th', null, '内容')),
    h('tr', null, h('td', null, '9月1日'), h('td', null, '分组并选出组长')),
    h('tr', null, h('td', null, '9月15日'), h('td', null, '第一次小组展示')),
    h('tr', null, h('td', null, '10月8日'), h('td', null, '期中评比')),
  ),
  h('script', null, 'alert(1)'),
);
