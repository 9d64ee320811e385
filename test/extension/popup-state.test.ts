import { describe, expect, it } from 'vitest';
import type { PopupState } from '../../extension/lib/popup/state.ts';
import { applyEdit, initialState, loaded, plansToWrite, readText } from '../../extension/lib/popup/state.ts';

const TEXT = '学生互助实施方案\n一、指导思想\n为了提高学习效率。\n二、小组组建\n1、每组5人。\n2、选出组长一名。';

const read = (text: string): PopupState => {
  const r = readText(text);
  if (!r.ok) throw new Error(`not read: ${r.problem}`);
  return r.state;
};

describe('popup state', () => {
  it('starts with nothing read and nothing to write', () => {
    expect(initialState).toEqual({ doc: null, removed: [] });
    expect(plansToWrite(initialState)).toBeNull();
  });

  it('reads text into plans, and reports empty text instead of reading it', () => {
    const s = read(TEXT);
    expect(s.doc?.plans[0]?.title).toBe('学生互助实施方案');
    expect(plansToWrite(s)).toBe(s.doc);
    expect(readText('  \n ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('keeps the removed clutter lines of what was read', () => {
    const s = loaded({ document: { plans: [] }, removed: [{ line: 1, text: 'x', reason: 'page number' }] });
    expect(s.removed).toHaveLength(1);
    expect(plansToWrite(s)).toBeNull();
  });

  it('applies the teacher’s corrections without changing the state it was given', () => {
    const s = read(TEXT);
    const before = JSON.stringify(s);
    const leveled = applyEdit(s, { kind: 'setLevel', plan: 0, heading: 0, level: 2 });
    expect(leveled.doc?.plans[0]?.headings[0]?.level).toBe(2);
    const dropped = applyEdit(s, { kind: 'dropPart', plan: 0, heading: 1 });
    expect(dropped.doc?.plans[0]?.headings.map((h) => h.marker)).toEqual(['一、']);
    const none = applyEdit(s, { kind: 'dropPlan', plan: 0 });
    expect(none.doc?.plans).toEqual([]);
    expect(plansToWrite(none)).toBeNull();
    expect(JSON.stringify(s)).toBe(before);
  });

  it('ignores an edit when nothing was read', () => {
    expect(applyEdit(initialState, { kind: 'dropPlan', plan: 0 })).toBe(initialState);
  });
});
