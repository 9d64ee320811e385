/**
 * The DOM walk on linkedom documents (no styles there, so only inline styles count; computed styles, shadow roots
 * and iframes are covered in Chromium by page-reading.e2e.test.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomNode } from '../../extension/lib/page-walk.ts';
import { eventsToText, walkPage } from '../../extension/lib/page-walk.ts';

const body = (html: string): DomNode =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as DomNode;
const all = { maxChars: Number.POSITIVE_INFINITY, deadline: Number.POSITIVE_INFINITY, now: () => 0 };

describe('walkPage', () => {
  it('leaves out hidden, aria-hidden, display:none and visibility:hidden text', () => {
    const w = walkPage(
      body(
        '<p>一、看得见</p><p hidden>二、hidden</p><div aria-hidden="true"><p>三、读屏隐藏</p></div><p style="display: none">四、不显示</p><p style="visibility:hidden">五、不可见</p><p>六、也看得见</p>',
      ),
      null,
      all,
    );
    expect(eventsToText(w.events)).toBe('一、看得见\n六、也看得见');
  });

  it('emits balanced, typed events with the attributes Readability scores by', () => {
    const w = walkPage(body('<div id="main" class="content"><h2>标题</h2><p>正文</p></div>'), null, all);
    expect(w.events[0]).toEqual({ kind: 'open', tag: 'DIV', id: 'main', className: 'content', role: '' });
    const opens = w.events.filter((e) => e.kind === 'open').length;
    expect(w.events.filter((e) => e.kind === 'close').length).toBe(opens);
    expect(w.elements).toBe(3);
    expect(w.maxDepth).toBe(2);
  });

  it('walks 100,000 nested elements without overflowing the stack', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    let at = document.body;
    for (let i = 0; i < 100_000; i++) {
      const d = document.createElement('div');
      if (i % 1000 === 0) d.append(`第${i}层`);
      at.append(d);
      at = d;
    }
    const w = walkPage(document.body as unknown as DomNode, null, all);
    expect(w.elements).toBe(100_000);
    expect(w.maxDepth).toBe(100_000);
    expect(w.cut).toBeNull();
  });

  it('stops at the character cap or the time budget and says so', () => {
    const many = body(Array.from({ length: 5000 }, (_, i) => `<p>第${i}段</p>`).join(''));
    const bySize = walkPage(many, null, { ...all, maxChars: 100 });
    expect(bySize.cut).toBe('size');
    expect(bySize.chars).toBeLessThan(120);
    let clock = 0;
    const byTime = walkPage(many, null, { maxChars: Number.POSITIVE_INFINITY, deadline: 10, now: () => clock++ });
    expect(byTime.cut).toBe('time');
    // A cut walk still closes what it opened.
    expect(byTime.events.filter((e) => e.kind === 'open').length).toBe(
      byTime.events.filter((e) => e.kind === 'close').length,
    );
  });
});
