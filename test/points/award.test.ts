import { describe, expect, it } from 'vitest';
import { makeAwardEvents, makeReversal, makeUndo } from '../../shared/points/award.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import { makeGroups, requests } from './helpers.ts';

const groups = makeGroups([4, 6]);
const now = '2026-11-23T03:00:00.000Z';

const ok = (r: ReturnType<typeof makeAwardEvents>): PointEvent[] => {
  if (!r.ok) throw new Error(r.message.en);
  return r.events;
};

describe('makeAwardEvents', () => {
  it('awards one student, the event id derived from the request id', () => {
    const events = ok(
      makeAwardEvents({ studentIds: ['A1'], category: '学习', points: 2, note: '好' }, groups, now, {
        requestId: 'click-0001',
        userKey: 'k1',
      }),
    );
    expect(events).toEqual([
      {
        eventId: 'click-0001:1',
        timestamp: now,
        studentId: 'A1',
        studentName: '学生A1',
        group: 'A',
        category: '学习',
        points: 2,
        note: '好',
        userKey: 'k1',
        reverses: null,
        actionId: 'click-0001',
      },
    ]);
  });
  it('awards a whole group as one event per member sharing the request id as actionId', () => {
    const events = ok(
      makeAwardEvents({ group: 'B', category: '纪律', points: 1 }, groups, new Date(now), requests()()),
    );
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(6);
    expect(new Set(events.map((e) => e.actionId))).toEqual(new Set(['req-0001-teacher-a']));
    expect(events.every((e) => e.group === 'B' && e.points === 1)).toBe(true);
  });
  it('gives the same ids when the same request is made again (a retry)', () => {
    const ctx = { requestId: 'click-retry-1', userKey: 'k' };
    const a = ok(makeAwardEvents({ group: 'B', category: '纪律', points: 1 }, groups, now, ctx));
    const b = ok(makeAwardEvents({ group: 'B', category: '纪律', points: 1 }, groups, now, ctx));
    expect(b.map((e) => e.eventId)).toEqual(a.map((e) => e.eventId));
  });
  it('deducts from several students, each once even if also in the chosen group', () => {
    const events = ok(
      makeAwardEvents(
        { group: 'A', studentIds: ['A2', 'B1'], category: '卫生', points: -1 },
        groups,
        now,
        requests()(),
      ),
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
    const r = makeAwardEvents(req, groups, now, requests()());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toContain(word);
      expect(r.message.zh.length).toBeGreaterThan(0);
    }
  });
});

describe('makeUndo', () => {
  it('undoes every event of a multi-student action and nothing else', () => {
    const next = requests();
    const first = ok(makeAwardEvents({ studentIds: ['A1'], category: '学习', points: 2 }, groups, now, next()));
    const second = ok(
      makeAwardEvents({ studentIds: ['A2', 'A3', 'B1'], category: '纪律', points: 1 }, groups, now, next()),
    );
    const log = [...first, ...second];
    const r = makeUndo(log, now, next());
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
    const r2 = makeUndo([...log, ...r.events], now, next());
    expect(r2.ok && r2.events.map((e) => e.reverses)).toEqual([first[0]!.eventId]);
  });
  it("undoes only my own last action, never a colleague's", () => {
    const me = requests('me');
    const you = requests('you');
    const mine = ok(makeAwardEvents({ studentIds: ['A1'], category: '学习', points: 2 }, groups, now, me()));
    const theirs = ok(makeAwardEvents({ studentIds: ['B1'], category: '学习', points: 2 }, groups, now, you()));
    const r = makeUndo([...mine, ...theirs], now, me());
    expect(r.ok && r.events.map((e) => e.reverses)).toEqual([mine[0]!.eventId]);
  });
  it('refuses to guess whose action it is when the writer is unknown', () => {
    const theirs = ok(makeAwardEvents({ studentIds: ['B1'], category: '学习', points: 2 }, groups, now, requests()()));
    const r = makeUndo(theirs, now, { requestId: 'undo-unknown-1', userKey: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.zh).toContain('撤回这条记录');
  });
  it('says there is nothing to undo on an empty or fully undone log', () => {
    const next = requests();
    expect(makeUndo([], now, next()).ok).toBe(false);
    const a = ok(makeAwardEvents({ studentIds: ['A1'], category: '学习', points: 2 }, groups, now, next()));
    const u = makeUndo(a, now, next());
    const r = makeUndo([...a, ...(u.ok ? u.events : [])], now, next());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('nothing to undo');
  });
  it('skips members of an action already taken back one by one', () => {
    const next = requests();
    const a = ok(makeAwardEvents({ group: 'A', category: '学习', points: 1 }, groups, now, next()));
    const rev = makeReversal(a, a[1]!.eventId, now, next());
    const log = [...a, ...(rev.ok ? rev.events : [])];
    const u = makeUndo(log, now, next());
    expect(u.ok && u.events.map((e) => e.studentId)).toEqual(['A1', 'A3', 'A4']);
  });
});

describe('makeReversal', () => {
  const next = requests('t');
  const log = ok(makeAwardEvents({ studentIds: ['A1', 'A2'], category: '学习', points: 3 }, groups, now, next()));
  it('takes back one entry with a compensating row referencing it', () => {
    const ctx = next();
    const r = makeReversal(log, log[1]!.eventId, now, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events).toEqual([
      expect.objectContaining({
        eventId: `${ctx.requestId}:1`,
        actionId: ctx.requestId,
        studentId: 'A2',
        points: -3,
        reverses: log[1]!.eventId,
        userKey: 't',
        category: '学习',
        note: '撤回这条记录',
      }),
    ]);
  });
  it('refuses taking back twice', () => {
    const r = makeReversal(log, log[0]!.eventId, now, next());
    const log2 = [...log, ...(r.ok ? r.events : [])];
    const again = makeReversal(log2, log[0]!.eventId, now, next());
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message.en).toContain('already been taken back');
  });
  it('refuses taking back a row that itself takes one back', () => {
    const r = makeReversal(log, log[0]!.eventId, now, next());
    if (!r.ok) throw new Error('setup');
    const again = makeReversal([...log, ...r.events], r.events[0]!.eventId, now, next());
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.message.en).toContain('itself takes another back');
      expect(again.message.zh).toContain('撤回记录');
    }
  });
  it('refuses an unknown id', () => {
    const r = makeReversal(log, 'nope', now, next());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('nope');
  });
});
