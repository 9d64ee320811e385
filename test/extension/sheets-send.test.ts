/**
 * Sending on the real platform: failures at any step, retries, replies that are not JSON, settings read back as
 * typed values. Each test here failed on the extension as it was (append, FORMATTED_VALUE reads, no retry).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RetryPolicy } from '../../extension/lib/sheets.ts';
import {
  SheetsError,
  backoffMs,
  memoryJournal,
  sendPlan,
  serialToIsoDate,
  sheetsClient,
} from '../../extension/lib/sheets.ts';
import type { PlanDocument } from '../../shared/plan/types.ts';
import { defaultSettings, rowsToSettings, settingsToRows } from '../../shared/settings/index.ts';
import { startSheetsStandin } from './support/sheets-standin.ts';
import type { SheetsStandin, StandinCell } from './support/sheets-standin.ts';

const plan = (title: string, n: number, size = 6): PlanDocument['plans'][number] => ({
  title,
  headings: Array.from({ length: n }, (_, i) => ({ level: 1 + (i % 2), marker: `${i + 1}、`, text: `第${i + 1}部分` })),
  schedule: [
    { when: '三月份', items: ['组建小组'] },
    { when: '四月份', items: ['第一次评比'] },
  ],
  sessions: [],
  groupSize: { min: size, max: size }, // a stated size: a range the current size fits changes nothing
  goals: [],
  scoring: { categories: ['学习', '纪律'], badge: { name: '月亮', every: 20 }, rules: [] },
});
const doc: PlanDocument = { plans: [plan('班级互助小组实施方案', 30)] };

let standin: SheetsStandin | null = null;
afterEach(async () => {
  await standin?.close();
  standin = null;
});

/** A retry policy that records its waits instead of sleeping. */
const fastRetry = (waits: number[], attempts = 5): RetryPolicy => ({
  attempts,
  baseMs: 1000,
  maxBackoffMs: 32_000,
  jitterMs: 1000,
  sleep: async (ms) => {
    waits.push(ms);
  },
  random: () => 0.5,
});
const client = (s: SheetsStandin, waits: number[] = [], attempts = 5) =>
  sheetsClient((u, i) => fetch(u, i), s.base, s.token, s.spreadsheetId, { retry: fastRetry(waits, attempts) });

const rowsOf = (s: SheetsStandin, tab: string): StandinCell[][] => s.tabs.get(tab) ?? [];
const countTitle = (rows: StandinCell[][], title: string): number => rows.filter((r) => r[0] === title).length;

const existingTabs = (): Record<string, StandinCell[][]> => ({
  计划: [
    ['计划', '层级', '编号', '标题', '内容'],
    ['旧计划', '1', '一、', '旧标题', ''],
  ],
  日程: [['计划', '时间', '安排']],
  设置: settingsToRows(defaultSettings('zh'), 'zh'),
});

describe('sending twice writes the rows once', () => {
  // Plan rows (30 headings + field rows) are written, then the Schedule write fails; the teacher clicks Send again.
  for (const reply of [401, 403, 429, 500, 503] as const) {
    it(`a ${reply} on the Schedule write, then Send again: Plan rows once, Schedule rows once`, async () => {
      standin = await startSheetsStandin({ tabs: existingTabs() });
      const journal = memoryJournal();
      // For 429/5xx enough failures to outlast the client's retries.
      standin.fail({ method: 'PUT', path: '日程', reply, times: reply === 401 || reply === 403 ? 1 : 5 });
      const first = await sendPlan(client(standin), doc, 'zh', journal).catch((e: unknown) => e);
      expect(first).toBeInstanceOf(SheetsError);
      expect((first as SheetsError).done).toContain('计划');
      const afterFirst = countTitle(rowsOf(standin, '计划'), '班级互助小组实施方案');
      expect(afterFirst).toBeGreaterThan(30);

      await sendPlan(client(standin), doc, 'zh', journal);
      expect(countTitle(rowsOf(standin, '计划'), '班级互助小组实施方案')).toBe(afterFirst);
      expect(countTitle(rowsOf(standin, '日程'), '班级互助小组实施方案')).toBe(2);
      // The teacher's own rows are untouched and there is one header.
      expect(rowsOf(standin, '计划')[1]).toEqual(['旧计划', '1', '一、', '旧标题', '']);
      expect(rowsOf(standin, '计划').filter((r) => r[1] === '层级')).toHaveLength(1);
    });
  }

  it('a write that landed but whose reply was lost (503 after applying) is not repeated on Send again', async () => {
    standin = await startSheetsStandin({ tabs: existingTabs() });
    const journal = memoryJournal();
    standin.fail({ method: 'PUT', path: '计划', reply: 503, times: 5, afterApply: true });
    await expect(sendPlan(client(standin), doc, 'zh', journal)).rejects.toMatchObject({ kind: 'busy', status: 503 });
    const once = countTitle(rowsOf(standin, '计划'), '班级互助小组实施方案');
    expect(once).toBeGreaterThan(30);
    await sendPlan(client(standin), doc, 'zh', journal);
    await sendPlan(client(standin), doc, 'zh', journal);
    expect(countTitle(rowsOf(standin, '计划'), '班级互助小组实施方案')).toBe(once);
  });

  it('tabs created by a try whose reply was lost are not created twice (the retry finds them)', async () => {
    standin = await startSheetsStandin();
    standin.fail({ method: 'POST', path: `${standin.spreadsheetId}:batchUpdate`, reply: 503, afterApply: true });
    const report = await sendPlan(client(standin), doc, 'zh');
    expect(report.created).toEqual(['计划', '日程', '设置']);
    expect([...standin.tabs.keys()]).toEqual(['计划', '日程', '设置']);
    expect(rowsOf(standin, '计划').filter((r) => r[1] === '层级')).toHaveLength(1);
    expect(countTitle(rowsOf(standin, '计划'), '班级互助小组实施方案')).toBeGreaterThan(30);
  });

  it('after the teacher drops parts and sends again, the shorter outline replaces the longer one', async () => {
    standin = await startSheetsStandin({ tabs: existingTabs() });
    const journal = memoryJournal();
    await sendPlan(client(standin), doc, 'zh', journal);
    const shorter: PlanDocument = { plans: [plan('班级互助小组实施方案', 3)] };
    await sendPlan(client(standin), shorter, 'zh', journal);
    const rows = rowsOf(standin, '计划');
    expect(rows.filter((r) => r[0] === '班级互助小组实施方案' && r[1] !== '')).toHaveLength(3);
    // Left-over rows of the longer try are emptied, not left behind.
    expect(rows.slice(2).every((r) => r[0] === '班级互助小组实施方案' || r.every((c) => c === ''))).toBe(true);
  });

  it('a new send (another import) goes below the earlier one', async () => {
    standin = await startSheetsStandin({ tabs: existingTabs() });
    await sendPlan(client(standin), doc, 'zh', memoryJournal());
    await sendPlan(client(standin), { plans: [plan('第二份方案', 2)] }, 'zh', memoryJournal());
    const rows = rowsOf(standin, '计划');
    expect(countTitle(rows, '第二份方案')).toBeGreaterThan(0);
    const lastFirst = rows.map((r) => r[0]).lastIndexOf('班级互助小组实施方案');
    expect(rows.findIndex((r) => r[0] === '第二份方案')).toBeGreaterThan(lastFirst);
  });

  it('rows the teacher typed into the block between two tries are kept; the retry writes below them', async () => {
    standin = await startSheetsStandin({ tabs: existingTabs() });
    const journal = memoryJournal();
    standin.fail({ method: 'PUT', path: '计划', reply: 403 });
    await expect(sendPlan(client(standin), doc, 'zh', journal)).rejects.toMatchObject({ kind: 'forbidden' });
    rowsOf(standin, '计划').push(['老师自己的行', '', '', '', '']);
    await sendPlan(client(standin), doc, 'zh', journal);
    const rows = rowsOf(standin, '计划');
    expect(rows[2]).toEqual(['老师自己的行', '', '', '', '']);
    expect(rows[3]?.[0]).toBe('班级互助小组实施方案');
  });
});

describe('retries with exponential backoff (429 and 5xx)', () => {
  it('waits 1 s, 2 s, 4 s (plus jitter) and succeeds when Google recovers', async () => {
    standin = await startSheetsStandin();
    const waits: number[] = [];
    standin.fail({ method: 'PUT', path: '计划', reply: 429, times: 3 });
    const report = await sendPlan(client(standin, waits), doc, 'zh');
    expect(report.written.map((w) => w.kind)).toEqual(['plan', 'schedule', 'settings']);
    expect(waits).toEqual([1500, 2500, 4500]);
    expect(standin.requests.filter((r) => r.method === 'PUT' && r.path.includes('计划'))).toHaveLength(4);
  });

  it('gives up after the last attempt with a "busy" error; never retries 400, 401, 403 or 404', async () => {
    standin = await startSheetsStandin();
    const waits: number[] = [];
    standin.fail({ method: 'PUT', path: '日程', reply: 500, times: 9 });
    await expect(sendPlan(client(standin, waits, 3), doc, 'zh')).rejects.toMatchObject({ kind: 'busy', status: 500 });
    expect(waits).toHaveLength(2);
    for (const status of [400, 401, 403, 404]) {
      const w: number[] = [];
      standin.fail({ method: 'GET', path: '', reply: status });
      await expect(sendPlan(client(standin, w), doc, 'zh')).rejects.toMatchObject({ status });
      expect(w).toEqual([]);
    }
  });

  it('never waits longer than the maximum backoff', () => {
    const p = { ...fastRetry([]), random: () => 0.999 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(p, n))).toEqual([1999, 2999, 4999, 8999, 16999, 32000, 32000]);
  });
});

describe('a 200 reply that is not JSON', () => {
  it('is a Sheets error the teacher is told about, not an uncaught SyntaxError', async () => {
    standin = await startSheetsStandin();
    standin.fail({ method: 'GET', path: '', reply: 'not-json' });
    const err = await sendPlan(client(standin), doc, 'zh').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetsError);
    expect(err).toMatchObject({ kind: 'badReply', status: 200 });
    expect((err as SheetsError).detail).toContain('Sign in to the network');
  });

  it('after a write: the steps done so far are listed', async () => {
    standin = await startSheetsStandin();
    standin.fail({ method: 'PUT', path: '日程', reply: 'not-json' });
    const err = (await sendPlan(client(standin), doc, 'zh').catch((e: unknown) => e)) as SheetsError;
    expect(err.kind).toBe('badReply');
    expect(err.done).toEqual(['+计划', '+日程', '+设置', '计划']);
  });
});

describe('Settings are read as typed values and only changed rows are written', () => {
  const teacherSettings = (): StandinCell[][] => [
    ['Setting', 'Value'],
    ['Group size', 4],
    ['Ability mix', '2:1:1'],
    ['Point categories', 'Study=2, Discipline=1'],
    ['Badge', 'Moon'],
    ['Points per badge', 20],
    ['Group comparison', 'normalized'],
    ['Show negative points', true],
    ['Periods', 'week, month, term'],
    ['Term start', { date: '2026-09-01' }],
  ];

  it('a term start typed as a date (9/1/2026 in an en-US sheet) survives a send', async () => {
    standin = await startSheetsStandin({ tabs: { Settings: teacherSettings() }, locale: 'en_US' });
    const report = await sendPlan(client(standin), doc, 'en');
    const rows = rowsOf(standin, 'Settings');
    expect(rows[9]).toEqual(['Term start', { date: '2026-09-01' }]);
    expect(rows[1]).toEqual(['Group size', '6']);
    // Reads asked for typed values.
    for (const r of standin.requests.filter((q) => q.method === 'GET' && q.path.includes('/values/'))) {
      expect(r.query.valueRenderOption).toBe('UNFORMATTED_VALUE');
      expect(r.query.dateTimeRenderOption).toBe('SERIAL_NUMBER');
    }
    // Only the rows the plan changes were sent: group size, mix (2:1:1 no longer adds up), categories, badge.
    const batch = standin.requests.find((q) => q.path.endsWith('/values:batchUpdate'));
    const ranges = (batch?.body as { data: { range: string }[] } | undefined)?.data.map((d) => d.range);
    expect(ranges).toEqual(["'Settings'!B2", "'Settings'!B3", "'Settings'!B4", "'Settings'!B5"]);
    expect(standin.requests.some((q) => q.method === 'PUT' && q.path.includes('Settings'))).toBe(false);
    expect(report.skippedSettings).toEqual([]);
    const { settings, problems } = rowsToSettings(
      rows.map((r) => r.map((c) => (typeof c === 'object' ? '2026-09-01' : c))),
    );
    expect(problems).toEqual([]);
    expect(settings.termStart).toBe('2026-09-01');
    expect(settings.groupSize).toBe(6);
    expect(settings.showNegative).toBe(true);
  });

  it('a row that cannot be read is never overwritten; the report names it', async () => {
    const tabs = teacherSettings();
    tabs[1] = ['Group size', 'five or six'];
    standin = await startSheetsStandin({ tabs: { Settings: tabs } });
    const report = await sendPlan(client(standin), doc, 'en');
    expect(rowsOf(standin, 'Settings')[1]).toEqual(['Group size', 'five or six']);
    expect(report.skippedSettings).toEqual([{ row: 2, label: 'Group size' }]);
  });

  it('a setting the sheet does not have yet is added below, not over another row', async () => {
    const tabs = teacherSettings().filter((r) => r[0] !== 'Badge');
    standin = await startSheetsStandin({ tabs: { Settings: tabs } });
    await sendPlan(
      client(standin),
      { plans: [{ ...plan('P', 1), scoring: { categories: [], badge: { name: 'Star', every: 10 }, rules: [] } }] },
      'en',
    );
    const rows = rowsOf(standin, 'Settings');
    expect(rows).toHaveLength(10);
    expect(rows[9]).toEqual(['Badge', 'Star']);
    expect(rows[4]).toEqual(['Points per badge', '10']);
  });
});

describe('the stand-in renders values as the real API does', () => {
  it('FORMATTED_VALUE by default (dates in the sheet locale), typed values and serial dates when asked', async () => {
    standin = await startSheetsStandin({
      tabs: { S: [['a', 4, true, { date: '2026-09-01' }], [], ['', 'x', '', ''], [], ['']] },
      locale: 'en_US',
    });
    const get = async (query: string) => {
      const res = await fetch(`${standin?.base}/v4/spreadsheets/${standin?.spreadsheetId}/values/S!A1:D9?${query}`, {
        headers: { Authorization: `Bearer ${standin?.token}` },
      });
      return ((await res.json()) as { values?: unknown[][] }).values;
    };
    expect(await get('')).toEqual([['a', '4', 'TRUE', '9/1/2026'], [], ['', 'x']]);
    expect(await get('valueRenderOption=UNFORMATTED_VALUE')).toEqual([['a', 4, true, 46266], [], ['', 'x']]);
    expect(await get('valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=FORMATTED_STRING')).toEqual([
      ['a', 4, true, '9/1/2026'],
      [],
      ['', 'x'],
    ]);
    expect(serialToIsoDate(46266)).toBe('2026-09-01');
    expect(serialToIsoDate(46266.75)).toBe('2026-09-01');
  });

  it('refuses values that do not fit the range, as the API does', async () => {
    standin = await startSheetsStandin({ tabs: { S: [] } });
    const res = await fetch(
      `${standin.base}/v4/spreadsheets/${standin.spreadsheetId}/values/${encodeURIComponent('S!A1:B1')}?valueInputOption=RAW`,
      {
        method: 'PUT',
        headers: { Authorization: `Bearer ${standin.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ values: [['a'], ['b']] }),
      },
    );
    expect(res.status).toBe(400);
  });
});
