import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tablesToCsv } from '../../shared/plan-tables/csv.ts';
import { planToTables, tablesToTsv } from '../../shared/plan-tables/index.ts';
import type { Plan } from '../../shared/plan/types.ts';
import { rowsToSettings } from '../../shared/settings/index.ts';
import { storedText } from '../../shared/sheet-text.ts';

// Plain strings plus the characters that matter here: separators, full-width forms, formula starts, quotes.
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[ 、,，;；=:：＝\t\n"'=+\-@学习纪律Ａ１]{0,12}$/),
);
const planArb: fc.Arbitrary<Plan> = fc.record({
  title: text,
  headings: fc.array(fc.record({ level: fc.integer({ min: 1, max: 6 }), marker: text, text }), { maxLength: 8 }),
  schedule: fc.array(fc.record({ when: text, items: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }),
  sessions: fc.array(text, { maxLength: 3 }),
  groupSize: fc.option(
    fc.record({ min: fc.option(fc.integer({ min: -5, max: 50 })), max: fc.option(fc.integer({ min: -5, max: 50 })) }),
  ),
  goals: fc.array(text, { maxLength: 3 }),
  mix: fc.option(fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 4 })),
  scoring: fc.record({
    categories: fc.array(text, { maxLength: 4 }),
    badge: fc.option(fc.record({ name: text, every: fc.integer({ min: -3, max: 200 }) })),
    rules: fc.array(text, { maxLength: 2 }),
  }),
});

describe('plan tables — properties', () => {
  it('any plan document gives rectangular tables and Settings rows the add-on reads without complaint', () => {
    fc.assert(
      fc.property(fc.array(planArb, { maxLength: 3 }), fc.constantFrom('zh' as const, 'en' as const), (plans, lang) => {
        const t = planToTables({ plans }, lang);
        for (const r of t.plan) expect(r).toHaveLength(5);
        for (const r of t.schedule) expect(r).toHaveLength(3);
        expect(rowsToSettings(t.settings).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV gives back any table exactly (after Sheets drops the protecting apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const back = Papa.parse<string[]>(tablesToCsv(rows).slice(1), {
            delimiter: ',',
            skipEmptyLines: false,
          }).data.map((r) => r.map(storedText));
          expect(back).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('TSV gives back any table whose cells have no tab or line break', () => {
    const cell = fc.string({ maxLength: 12 }).filter((s) => !/[\t\r\n]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const back = tablesToTsv(rows)
          .split('\n')
          .map((l) => l.split('\t').map(storedText));
        expect(back).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
