import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractInput, treeBlocks } from '../../extension/lib/extract.ts';
import type { BuildDoc, DomDocument } from '../../extension/lib/page-text.ts';
import { nodeToTree, readPage } from '../../extension/lib/page-text.ts';
import {
  eventsToTree,
  hasStructure,
  isPageTree,
  MAX_TREE_DEPTH,
  parsePageTree,
  toHtmlNode,
} from '../../extension/lib/page-tree.ts';
import type { PageEvent } from '../../extension/lib/page-walk.ts';

const page = (body: string, title = '读书小组活动方案') =>
  parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`)
    .document as unknown as DomDocument;
const blank = () => parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as BuildDoc;

const PLAN = `
  <nav class="menu"><a href="/">首页</a> <a href="/a">通知公告</a></nav>
  <div class="main-content">
    <h2>读书小组活动方案</h2>
    <h3>活动目标</h3><p>培养阅读习惯，提高表达能力，每周交流一次读书心得。</p>
    <h3>活动安排</h3>
    <ol type="a" start="2"><li>分组<ol><li>每组4人</li><li>组长一名</li></ol></li><li>交流</li></ol>
    <p style="display:none">隐藏的文字</p>
    <table><thead><tr><th>时间</th><th>内容</th></tr></thead>
      <tbody><tr><td>9月1日</td><td>组建小组</td></tr><tr><td rowspan="2">9月8日</td><td>第一次交流</td></tr>
      <tr><td>写读后感</td></tr></tbody></table>
  </div>
  <footer>版权所有</footer>`;

describe('page tree', () => {
  it('keeps headings, list numbering attributes and table spans; skips hidden content', () => {
    const tree = nodeToTree(page(PLAN).body!);
    expect(isPageTree(JSON.parse(JSON.stringify(tree)))).toBe(true);
    const json = JSON.stringify(tree);
    expect(json).toContain('"start":"2"');
    expect(json).toContain('"rowspan":"2"');
    expect(json).not.toContain('隐藏的文字');
    const blocks = treeBlocks(tree).blocks;
    const texts = blocks.filter((b) => b.kind === 'text');
    expect(texts.find((b) => b.text === '活动目标')).toMatchObject({ heading: 3 });
    expect(texts.find((b) => b.text.endsWith('分组'))).toMatchObject({ list: { depth: 0, marker: 'b.' } });
    expect(texts.find((b) => b.text.endsWith('每组4人'))).toMatchObject({ list: { depth: 1, marker: '1.' } });
    expect(texts.some((b) => b.text.includes('首页') || b.text.includes('版权'))).toBe(false);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => c.lines.join(' ')))).toEqual([
      ['时间', '内容'],
      ['9月1日', '组建小组'],
      ['9月8日', '第一次交流'],
      ['9月8日', '写读后感'],
    ]);
  });

  it('readPage sends the article or the page as a tree, and the extractor reads its outline and schedule', () => {
    const read = readPage(page(PLAN), '', { createDocument: blank });
    const tree = parsePageTree(read.treeJson);
    expect(tree).not.toBeNull();
    const result = extractInput({ kind: 'tree', tree: tree! });
    const plan = result.document.plans[0]!;
    expect(plan.headings.map((h) => [h.level, h.text])).toEqual(
      expect.arrayContaining([
        [1, '活动目标'],
        [1, '活动安排'],
      ]),
    );
    expect(plan.schedule.map((s) => s.when)).toEqual(expect.arrayContaining(['9月1日', '9月8日']));
  });

  it('a selection is read as text, with no tree', () => {
    expect(readPage(page(PLAN), '一、目标\n二、安排').treeJson).toBeUndefined();
    // Nor is a page of paragraphs only: its lines say as much.
    expect(readPage(page('<div><p>一、目标</p><p>二、安排</p></div>'), '').treeJson).toBeUndefined();
    expect(parsePageTree('{"tag":1}')).toBeNull();
    expect(parsePageTree('not json')).toBeNull();
  });

  it('folds elements nested deeper than the cap into their ancestor, keeping the text', () => {
    const events: PageEvent[] = [];
    for (let i = 0; i < MAX_TREE_DEPTH + 50; i++)
      events.push({ kind: 'open', tag: 'DIV', id: '', className: '', role: '' });
    events.push({ kind: 'text', text: '深处的文字' });
    for (let i = 0; i < MAX_TREE_DEPTH + 50; i++) events.push({ kind: 'close', tag: 'DIV' });
    events.push({ kind: 'text', text: '之后' });
    const tree = eventsToTree(events, 'article');
    expect(isPageTree(tree)).toBe(true);
    expect(treeBlocks(tree).blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['深处的文字', '之后']);
    // Folded blocks still end their lines, and the tree stays within the depth the reader recurses to.
    const two: PageEvent[] = [];
    for (let i = 0; i < MAX_TREE_DEPTH + 5; i++)
      two.push({ kind: 'open', tag: 'DIV', id: '', className: '', role: '' });
    two.push(
      { kind: 'open', tag: 'P', id: '', className: '', role: '' },
      { kind: 'text', text: '甲' },
      { kind: 'close', tag: 'P' },
    );
    two.push(
      { kind: 'open', tag: 'P', id: '', className: '', role: '' },
      { kind: 'text', text: '乙' },
      { kind: 'close', tag: 'P' },
    );
    const folded = eventsToTree(two, 'article');
    expect(treeBlocks(folded).blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['甲', '乙']);
    const depth = (v: unknown): number =>
      typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0;
    expect(depth(folded)).toBeLessThan(2 * MAX_TREE_DEPTH + 5);
  });

  it('rejects values that are not trees and reads attributes only as given', () => {
    expect(isPageTree({ tag: 'p', children: [1] })).toBe(false);
    expect(isPageTree({ tag: 'p', attrs: { a: 1 }, children: [] })).toBe(false);
    expect(isPageTree('p')).toBe(false);
    const n = toHtmlNode({ tag: 'ol', attrs: { start: '3' }, children: ['x'] });
    expect(n.attr('start')).toBe('3');
    expect(n.attr('toString')).toBeUndefined();
  });

  it('tells a tree with headings, lists or tables from one of paragraphs only', () => {
    expect(hasStructure(nodeToTree(page(PLAN).body!))).toBe(true);
    expect(hasStructure(nodeToTree(page('<div><p>一、目标</p><p>二、安排</p></div>').body!))).toBe(false);
  });
});
