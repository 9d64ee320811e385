import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nodeToText, readPage } from '../../extension/lib/page-text.ts';
import type { BuildDoc, DomDocument } from '../../extension/lib/page-text.ts';

const page = (body: string, title = '班级互助小组实施方案 - 某某文库') =>
  parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`)
    .document as unknown as DomDocument;

const ARTICLE_LINES = [
  '一、指导思想',
  '为了更好地推动班级互助小组的工作开展，制定一套科学合理的实施方案显得尤为重要，全体同学都要积极参与。',
  '二、小组组建',
  '1、每组4-6人，按学习成绩好、中、差搭配，由班主任统一安排座位，便于组内交流与互相帮助。',
  '2、每组选出组长一名，负责组织本组的学习讨论与评比记录，每周向班主任汇报一次。',
  '三、评比办法',
  '对每个小组的学习、纪律、卫生情况进行评比，每得到20分，就可以换一个月亮。',
];

describe('nodeToText', () => {
  it('puts block elements and <br> on their own lines and skips scripts and styles', () => {
    const d = page(
      '<div>一、指导思想<br>二、目标</div><p>  三、<b>措施</b> </p><script>var x=1</script><style>p{}</style><ul><li>1. 甲</li><li>2. 乙</li></ul>',
    );
    expect(nodeToText(d.body!)).toBe('一、指导思想\n二、目标\n三、措施\n1. 甲\n2. 乙');
  });
  it('keeps table cells apart', () => {
    const d = page('<table><tr><td>三月份</td><td>组建小组</td></tr></table>');
    expect(nodeToText(d.body!)).toBe('三月份\t组建小组');
  });
});

/** An empty document for Readability's copy (linkedom has no document.implementation). */
const blank = () => parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as BuildDoc;

describe('readPage', () => {
  const body = `
    <header><nav><a href="/">首页</a> <a href="/fanwen">范文大全</a> <a href="/login">登录</a></nav></header>
    <aside class="ad sidebar"><p>广告：VIP 会员免费下载全部文档，点击立即开通！</p></aside>
    <article><h1>班级互助小组实施方案</h1>${ARTICLE_LINES.map((l) => `<p>${l}</p>`).join('')}</article>
    <footer><p>版权所有 © 某某文库 备案号 12345</p></footer>`;

  it('takes the main article as lines, without navigation, ads or footer', () => {
    const r = readPage(page(body), '', { createDocument: blank });
    expect(r.source).toBe('article');
    for (const l of ARTICLE_LINES) expect(r.text.split('\n')).toContain(l);
    expect(r.text).not.toContain('范文大全');
    expect(r.text).not.toContain('VIP');
    expect(r.text).not.toContain('备案号');
    expect(r.text.split('\n')[0]).toContain('班级互助小组实施方案');
  });

  it('prefers the selection when there is one', () => {
    const r = readPage(page(body), '  二、小组组建\n\n1、每组4-6人 ');
    expect(r).toMatchObject({ source: 'selection', text: '二、小组组建\n1、每组4-6人' });
  });

  it('falls back to the whole page when there is no article to find', () => {
    const r = readPage(page('<div>一、目标</div><div>二、措施</div>'), '');
    expect(r).toMatchObject({ source: 'page', text: '一、目标\n二、措施' });
  });
});
