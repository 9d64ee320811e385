import { describe, expect, it } from 'vitest';
import { eventToRow, LOG_COL, LOG_HEADERS, LOG_WIDTH, rowsToEvents, TEACHER_COLUMNS } from '../../shared/points/log.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import { ev, stored } from './helpers.ts';

const e1: PointEvent = {
  eventId: 'req-1:1',
  timestamp: '2026-11-23T01:02:03.000Z',
  studentId: '001',
  studentName: '王小明',
  group: '第1组',
  category: '学习',
  points: 2,
  note: '回答问题',
  userKey: 'k-teacher',
  reverses: null,
  actionId: 'req-1',
};

describe('LOG_HEADERS', () => {
  it("puts what a teacher reads first and Huzhu's own columns last, in both languages", () => {
    expect(LOG_HEADERS('zh').slice(0, TEACHER_COLUMNS)).toEqual([
      '时间',
      '姓名',
      '学号',
      '小组',
      '类别',
      '分数',
      '备注',
    ]);
    expect(LOG_HEADERS('en').slice(0, TEACHER_COLUMNS)).toEqual([
      'Time',
      'Name',
      'Student ID',
      'Group',
      'Category',
      'Points',
      'Note',
    ]);
    expect(LOG_HEADERS('zh')).toHaveLength(LOG_WIDTH);
    expect(LOG_HEADERS('en')).toHaveLength(LOG_WIDTH);
  });
});

describe('eventToRow', () => {
  it('writes the time as a date-time value and points as a number', () => {
    const row = eventToRow(e1);
    expect(row).toHaveLength(LOG_WIDTH);
    expect(row[LOG_COL.time]).toEqual(new Date('2026-11-23T01:02:03.000Z'));
    expect(row[LOG_COL.points]).toBe(2);
    expect(row[LOG_COL.name]).toBe('王小明');
    expect(row[LOG_COL.reverses]).toBe('');
  });
  it('keeps formula-looking names and notes as text', () => {
    const row = eventToRow({
      ...e1,
      studentName: '=IMPORTXML("http://evil","//a")',
      note: '+1',
      group: '-2',
      category: '@x',
    });
    expect(row[LOG_COL.name]).toBe(`'=IMPORTXML("http://evil","//a")`);
    expect(row[LOG_COL.note]).toBe("'+1");
    expect(row[LOG_COL.group]).toBe("'-2");
    expect(row[LOG_COL.category]).toBe("'@x");
  });
  it('keeps ids with leading zeros and the exact time as text (not numbers or dates)', () => {
    const row = eventToRow(e1);
    expect(row[LOG_COL.studentId]).toBe("'001");
    expect(row[LOG_COL.instant]).toBe("'2026-11-23T01:02:03.000Z");
  });
  it('keeps a note starting with an apostrophe intact after Sheets drops one', () => {
    const row = stored(eventToRow({ ...e1, note: "'引用" }));
    expect(row[LOG_COL.note]).toBe("'引用");
  });
  it('writes the eventId as actionId when there is none', () => {
    const { actionId: _drop, ...rest } = e1;
    expect(eventToRow(rest)[LOG_COL.actionId]).toBe('req-1:1');
  });
});

describe('rowsToEvents', () => {
  it('round-trips events written by eventToRow, header included', () => {
    const second: PointEvent = {
      ...e1,
      eventId: 'req-2:1',
      points: -2,
      reverses: 'req-1:1',
      actionId: 'req-2',
      note: '撤销 / undo',
    };
    const { events, problems } = rowsToEvents([LOG_HEADERS('zh'), stored(eventToRow(e1)), stored(eventToRow(second))]);
    expect(problems).toEqual([]);
    expect(events).toEqual([e1, second]);
  });
  it('takes the time from the date-time cell when the exact time is missing (a row typed by hand)', () => {
    const row = stored(eventToRow(e1));
    row[LOG_COL.instant] = '';
    row[LOG_COL.time] = new Date('2026-11-23T09:30:00+08:00');
    const { events } = rowsToEvents([LOG_HEADERS('en'), row]);
    expect(events[0]?.timestamp).toBe('2026-11-23T01:30:00.000Z');
  });
  it('accepts points typed as text or full-width digits', () => {
    const a = stored(eventToRow(e1));
    a[LOG_COL.points] = '3';
    const b = stored(eventToRow({ ...e1, eventId: 'b' }));
    b[LOG_COL.points] = '－１';
    const { events, problems } = rowsToEvents([a, b], { firstRow: 2 });
    expect(problems).toEqual([]);
    expect(events.map((e) => e.points)).toEqual([3, -1]);
  });
  it('skips broken rows with the sheet row number and keeps the rest', () => {
    const good = stored(eventToRow(e1));
    const badPoints = stored(eventToRow({ ...e1, eventId: 'b' }));
    badPoints[LOG_COL.points] = '两分';
    const noId = stored(eventToRow({ ...e1, eventId: 'c' }));
    noId[LOG_COL.eventId] = '';
    const badTime = stored(eventToRow({ ...e1, eventId: 'd' }));
    badTime[LOG_COL.time] = '昨天';
    badTime[LOG_COL.instant] = '';
    const noStudent = stored(eventToRow({ ...e1, eventId: 'f' }));
    noStudent[LOG_COL.studentId] = '';
    const dup = stored(eventToRow(e1));
    const { events, problems } = rowsToEvents([LOG_HEADERS('zh'), good, badPoints, noId, badTime, noStudent, dup]);
    expect(events.map((e) => e.eventId)).toEqual(['req-1:1']);
    expect(problems.map((p) => p.row)).toEqual([3, 4, 5, 6, 7]);
    expect(problems.every((p) => p.kind === 'skipped')).toBe(true);
    expect(problems[0]!.message.zh).toContain('第 3 行');
    expect(problems[0]!.message.zh).toContain('两分');
    expect(problems[0]!.message.en).toContain('row 3');
    expect(problems[1]!.message.en).toContain('entry ID');
    expect(problems[2]!.message.en).toContain('time');
    expect(problems[3]!.message.en).toContain('student ID');
    expect(problems[4]!.message.en).toContain('twice');
  });
  it('ignores blank (deleted or cleared) rows silently', () => {
    const { events, problems } = rowsToEvents([
      LOG_HEADERS('zh'),
      stored(eventToRow(e1)),
      ['', '', null],
      [],
      stored(eventToRow({ ...e1, eventId: 'z' })),
    ]);
    expect(problems).toEqual([]);
    expect(events).toHaveLength(2);
  });
  it('keeps but flags an unknown student', () => {
    const other = stored(eventToRow(ev({ eventId: 'x', studentId: '999', points: 1, studentName: '转学生' })));
    const { events, problems } = rowsToEvents([stored(eventToRow(e1)), other], {
      knownStudentIds: new Set(['001']),
      firstRow: 2,
    });
    expect(events).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, kind: 'flagged' });
    expect(problems[0]!.message.zh).toContain('999');
  });
  it('gives a hand-typed row without action ID its own action', () => {
    const row = stored(eventToRow(e1));
    row[LOG_COL.actionId] = '';
    expect(rowsToEvents([row], { firstRow: 2 }).events[0]!.actionId).toBe('req-1:1');
  });
  it('reads 100,000 rows in one pass', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => stored(eventToRow({ ...e1, eventId: `id${i}` })));
    const { events, problems } = rowsToEvents(rows, { firstRow: 2 });
    expect(events).toHaveLength(100_000);
    expect(problems).toHaveLength(0);
  });
});
