import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAwardEvents, makeUndo } from '../../shared/points/award.ts';
import { eventToRow, LOG_COL, rowsToEvents } from '../../shared/points/log.ts';
import { computeTallies } from '../../shared/points/tallies.ts';
import type { PointEvent } from '../../shared/points/types.ts';
import { defaultSettings } from '../../shared/settings/defaults.ts';
import { rowsToSettings, settingsToRows } from '../../shared/settings/sheet.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { makeGroups, requests, stored } from './helpers.ts';

const groups = makeGroups([4, 6, 5]);
const ids = groups.flatMap((g) => g.members.map((m) => m.id));
const NOW = '2026-11-25T12:00:00Z';

const action = fc.record({
  who: fc.oneof(
    fc.constantFrom(...groups.map((g) => ({ group: g.name }))),
    fc.subarray(ids, { minLength: 1 }).map((studentIds) => ({ studentIds })),
  ),
  category: fc.constantFrom('学习', '纪律', '卫生'),
  points: fc.integer({ min: -5, max: 5 }).filter((x) => x !== 0),
});

describe('properties', () => {
  it('undoing every action brings every total back to 0', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 15 }), (actions) => {
        const next = requests();
        const log: PointEvent[] = [];
        for (const a of actions) {
          const r = makeAwardEvents({ ...a.who, category: a.category, points: a.points }, groups, NOW, next());
          if (r.ok) log.push(...r.events);
        }
        for (let k = 0; k < actions.length; k++) {
          const u = makeUndo(log, NOW, next());
          if (!u.ok) return false;
          log.push(...u.events);
        }
        const t = computeTallies(log, groups, defaultSettings(), NOW, 'UTC');
        return t.students.every((s) => s.total === 0) && !makeUndo(log, NOW, next()).ok;
      }),
    );
  });

  it('group totals add up to the sum of all awards, and survive a trip through the log sheet', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), (actions) => {
        const next = requests();
        const log: PointEvent[] = [];
        for (const a of actions) {
          const r = makeAwardEvents({ ...a.who, category: a.category, points: a.points }, groups, NOW, next());
          if (r.ok) log.push(...r.events);
        }
        const { events, problems } = rowsToEvents(
          log.map((e) => stored(eventToRow(e))),
          { firstRow: 2 },
        );
        expect(problems).toEqual([]);
        const t = computeTallies(events, groups, { ...defaultSettings(), fairness: 'total' }, NOW, 'UTC');
        const sum = log.reduce((s, e) => s + e.points, 0);
        expect(t.groups.reduce((s, g) => s + g.total, 0)).toBe(sum);
        expect(t.students.reduce((s, x) => s + x.total, 0)).toBe(sum);
      }),
    );
  });

  it('formula-looking names always come back as the same text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).map((s) => `=${s}`),
        fc.constantFrom('+', '-', '@', '='),
        (name, lead) => {
          const e: PointEvent = {
            eventId: 'a',
            timestamp: '2026-11-23T00:00:00.000Z',
            studentId: '1',
            studentName: name,
            group: `${lead}g`,
            category: '学习',
            points: 1,
            note: '',
            userKey: '',
            reverses: null,
            actionId: 'a',
          };
          const row = eventToRow(e);
          expect(row[LOG_COL.name]).toBe(`'${name}`);
          // Sheets drops the leading apostrophe of a text cell on read.
          const back = rowsToEvents([stored(row)], { firstRow: 2 }).events[0]!;
          expect(back.studentName).toBe(name.trim());
          expect(back.group).toBe(`${lead}g`);
        },
      ),
    );
  });

  it('settings round-trip through the sheet in both languages', () => {
    const settingsArb: fc.Arbitrary<Settings> = fc
      .record({
        groupSize: fc.integer({ min: 2, max: 12 }),
        categories: fc.uniqueArray(
          fc.record({
            name: fc.constantFrom('学习', '纪律', '卫生', '作业', 'Sport', '发言'),
            defaultPoints: fc.integer({ min: 1, max: 10 }),
          }),
          { minLength: 1, maxLength: 4, selector: (c) => c.name },
        ),
        badge: fc.record({ name: fc.constantFrom('月亮', '星星', 'Star'), every: fc.integer({ min: 1, max: 500 }) }),
        fairness: fc.constantFrom('total', 'average', 'normalized'),
        showNegative: fc.boolean(),
        periods: fc.uniqueArray(fc.constantFrom('week', 'month', 'term'), { minLength: 1 }),
        termStart: fc.option(
          fc
            .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        ),
      })
      .chain((s) =>
        fc
          .option(fc.integer({ min: 1, max: s.groupSize - 1 }))
          .map((a): Settings => ({ ...s, mix: a === null ? null : [a, s.groupSize - a] })),
      );
    fc.assert(
      fc.property(settingsArb, fc.constantFrom('zh', 'en'), (s, lang) => {
        const { settings, problems } = rowsToSettings(settingsToRows(s, lang));
        expect(problems).toEqual([]);
        expect(settings).toEqual(s);
      }),
    );
  });
});
