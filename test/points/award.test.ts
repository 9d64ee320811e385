import { describe, expect, it } from 'vitest';
import { makeAwardEvents, makeReversal, makeUndo } from '../../shared/points/award.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import { counter, makeGroups } from './helpers.ts';

const groups = makeGroups([4, 6]);
const now = '2026-11-23T03:00:00.000Z';

const ok = (r: ReturnType<typeof makeAwardEvents>): PointEvent[] => {
  if (!r.ok) throw new Error(r.message.en);
  return r.events;
};

describe('makeAwardEvents', () => {
  it('awards one student', () => {
    const events = ok(
      makeAwardEvents(
        { studentIds: ['A1'], category: '学习', points: 2, note: '好', recordedBy: 't' },
        groups,
        now,
        counter(),
      ),
    );
    expect(events).toEqual([
      {
        eventId: 'e1',
        timestamp: now,
        studentId: 'A1',
        studentName: '学生A1',
        group: 'A',
        category: '学习',
        points: 2,
        note: '好',
        recordedBy: 't',
        reverses: null,
        actionId: 'e1',
      },
    ]);
  });
  it('awards a whole group as one event per member sharing an actionId', () => {
    const events = ok(makeAwardEvents({ group: 'B', category: '纪律', points: 1 }, groups, new Date(now), counter()));
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(6);
    expect(new Set(events.map((e) => e.actionId))).toEqual(new Set(['e1']));
    expect(events.every((e) => e.group === 'B' && e.points === 1)).toBe(true);
  });
  it('deducts from several students, each once even if also in the chosen group', () => {
    const events = ok(
      makeAwardEvents({ group: 'A', studentIds: ['A2', 'B1'], category: '卫生', points: -1 }, groups, now, counter()),
    );
    expect(events.map((e) => e.studentId)).toEqual(['A1', 'A2', 'A3', 'A4', 'B1']);
    expect(events.every((e) => e.points === -1)).toBe(true);
  });
  it.each([
    [{ studentIds: ['ZZ'], category: '学习', points: 1 }, 'ZZ'],
    [{ group: 'Q', category: '学习', points: 1 }, 'Q'],
    [{ studentIds: [], category: '学习', points: 1 }, 'Select'],
    [{ studentIds: ['A1'], category: '学习', points: 0 }, 'non-zero'],
    [{ studentIds: ['A1'], category: ' ', points: 1 }, 'category'],
  ])('refuses %j with a clear message', (req, word) => {
    const r = makeAwardEvents(req, groups, now, counter());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toContain(word);
      expect(r.message.zh.length).toBeGreaterThan(0);
    }
  });
});

describe('makeUndo', () => {
  it('undoes every event of a multi-student action and nothing else', () => {
    const id = counter();
    const first = ok(makeAwardEvents({ studentIds: ['A1'], category: '学习', points: 2 }, groups, now, id));
    const second = ok(
      makeAwardEvents({ studentIds: ['A2', 'A3', 'B1'], category: '纪律', points: 1 }, groups, now, id),
    );
    const log = [...first, ...second];
    const r = makeUndo(log, '', now, id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events.map((e) => [e.studentId, e.points, e.reverses])).toEqual([
      ['A2', -1, second[0]!.eventId],
      ['A3', -1, second[1]!.eventId],
      ['B1', -1, second[2]!.eventId],
    ]);
    expect(new Set(r.events.map((e) => e.actionId)).size).toBe(1);
    // Net effect: only the first award remains.
    const sum = [...log, ...r.events].reduce((s, e) => s + e.points, 0);
    expect(sum).toBe(2);
    // A second undo takes back the action before it.
    const r2 = makeUndo([...log, ...r.events], '', now, id);
    expect(r2.ok && r2.events.map((e) => e.reverses)).toEqual([first[0]!.eventId]);
  });
  it('undoes only my own last action when recordedBy is given', () => {
    const id = counter();
    const mine = ok(
      makeAwardEvents({ studentIds: ['A1'], category: '学习', points: 2, recordedBy: 'me' }, groups, now, id),
    );
    const theirs = ok(
      makeAwardEvents({ studentIds: ['B1'], category: '学习', points: 2, recordedBy: 'you' }, groups, now, id),
    );
    const r = makeUndo([...mine, ...theirs], 'me', now, id);
    expect(r.ok && r.events.map((e) => e.reverses)).toEqual([mine[0]!.eventId]);
  });
  it('says there is nothing to undo on an empty or fully undone log', () => {
    expect(makeUndo([], '', now, counter()).ok).toBe(false);
    const id = counter();
    const a = ok(makeAwardEvents({ studentIds: ['A1'], category: '学习', points: 2 }, groups, now, id));
    const u = makeUndo(a, '', now, id);
    const r = makeUndo([...a, ...(u.ok ? u.events : [])], '', now, id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('nothing to undo');
  });
  it('skips members of an action already reversed one by one', () => {
    const id = counter();
    const a = ok(makeAwardEvents({ group: 'A', category: '学习', points: 1 }, groups, now, id));
    const rev = makeReversal(a, a[1]!.eventId, '', now, id);
    const log = [...a, ...(rev.ok ? rev.events : [])];
    const u = makeUndo(log, '', now, id);
    expect(u.ok && u.events.map((e) => e.studentId)).toEqual(['A1', 'A3', 'A4']);
  });
});

describe('makeReversal', () => {
  const id = counter();
  const log = ok(makeAwardEvents({ studentIds: ['A1', 'A2'], category: '学习', points: 3 }, groups, now, id));
  it('reverses one entry with a compensating row referencing it', () => {
    const r = makeReversal(log, log[1]!.eventId, 't', now, id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      studentId: 'A2',
      points: -3,
      reverses: log[1]!.eventId,
      recordedBy: 't',
      category: '学习',
    });
  });
  it('refuses reversing twice', () => {
    const r = makeReversal(log, log[0]!.eventId, '', now, id);
    const log2 = [...log, ...(r.ok ? r.events : [])];
    const again = makeReversal(log2, log[0]!.eventId, '', now, id);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message.en).toContain('already been reversed');
  });
  it('refuses reversing a reversal', () => {
    const r = makeReversal(log, log[0]!.eventId, '', now, id);
    if (!r.ok) throw new Error('setup');
    const again = makeReversal([...log, ...r.events], r.events[0]!.eventId, '', now, id);
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.message.en).toContain('itself a reversal');
      expect(again.message.zh).toContain('撤销记录');
    }
  });
  it('refuses an unknown id', () => {
    const r = makeReversal(log, 'nope', '', now, id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('nope');
  });
});
