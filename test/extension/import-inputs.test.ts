/** The popup's new inputs, outside the browser: file blocks capped, the settings plan choice, the settings read. */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksText, capBlocks } from '../../extension/lib/blocks-text.ts';
import { treeBlocks } from '../../extension/lib/extract.ts';
import type { ParseHtml } from '../../extension/lib/popup/paste.ts';
import { pastedHtmlTree } from '../../extension/lib/popup/paste.ts';
import { applyEdit, loaded, settingsPlanOf } from '../../extension/lib/popup/state.ts';
import { readSpreadsheetSettings, sendPlan, sheetsClient } from '../../extension/lib/sheets.ts';
import type { BlockDocument } from '../../shared/plan/blocks.ts';
import { extractPlans } from '../../shared/plan/index.ts';
import { defaultSettings, rowsToSettings, settingsToRows } from '../../shared/settings/index.ts';
import type { SheetsStandin } from './support/sheets-standin.ts';
import { startSheetsStandin } from './support/sheets-standin.ts';

const DOC: BlockDocument = {
  source: 'docx',
  blocks: [
    { kind: 'text', text: '一、目标', heading: 1 },
    {
      kind: 'table',
      header: 1,
      rows: [
        [{ lines: ['时间'] }, { lines: ['内容'] }],
        [{ lines: ['9月'] }, { lines: ['组建'] }],
      ],
    },
    { kind: 'text', text: '二、安排', heading: 1 },
  ],
};

describe('file blocks', () => {
  it('as text: a line a block, table cells tab-separated', () => {
    expect(blocksText(DOC)).toBe('一、目标\n时间\t内容\n9月\t组建\n二、安排');
  });
  it('cut to the input cap at a block boundary', () => {
    expect(capBlocks(DOC, 1000)).toEqual({ doc: DOC, cut: false });
    const cut = capBlocks(DOC, 8);
    expect(cut.cut).toBe(true);
    expect(cut.doc.blocks).toHaveLength(1);
  });
});

describe('pasted HTML', () => {
  const parse: ParseHtml = (html) =>
    parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as ReturnType<ParseHtml>;
  it('is parsed into a tree that keeps headings and list numbering; scripts and hidden text are not read', () => {
    const got = pastedHtmlTree(
      '<h2>一、目标</h2><ol start="3"><li>甲</li></ol><script>x()</script><p style="display:none">藏</p>',
      1000,
      parse,
    );
    expect(got?.text).toBe('一、目标\n甲');
    const blocks = treeBlocks(got!.tree).blocks;
    expect(blocks).toEqual([
      expect.objectContaining({ text: '一、目标', heading: 2 }),
      expect.objectContaining({ text: '甲', list: expect.objectContaining({ marker: '3.' }) }),
    ]);
    expect(pastedHtmlTree('<p>长长长长长</p>', 3, parse)).toBeNull();
    expect(pastedHtmlTree('<p> </p>', 100, parse)).toBeNull();
  });
});

const COLLECTION = '甲组方案\n一、分组\n每组4人。\n\n乙组方案\n一、分组\n每组6人。';

describe('settings plan choice', () => {
  it('follows the chosen plan when another is dropped, and falls back to the first', () => {
    const s0 = loaded(extractPlans(COLLECTION));
    expect(s0.doc!.plans).toHaveLength(2);
    expect(settingsPlanOf(s0)).toBe(0);
    const s1 = applyEdit(s0, { kind: 'settingsPlan', plan: 1 });
    expect(settingsPlanOf(s1)).toBe(1);
    expect(settingsPlanOf(applyEdit(s1, { kind: 'dropPlan', plan: 0 }))).toBe(0);
    expect(applyEdit(s1, { kind: 'dropPlan', plan: 0 }).doc!.plans[0]!.title).toBe(s0.doc!.plans[1]!.title);
    expect(settingsPlanOf(applyEdit(s1, { kind: 'dropPlan', plan: 1 }))).toBe(0);
    expect(applyEdit(s0, { kind: 'settingsPlan', plan: 9 })).toBe(s0);
  });
});

describe('the spreadsheet settings read for the preview', () => {
  let standin: SheetsStandin | null = null;
  afterEach(async () => {
    await standin?.close();
    standin = null;
  });
  const clientOf = (s: SheetsStandin) => sheetsClient((u, i) => fetch(u, i), s.base, s.token, s.spreadsheetId);

  it('reads the Settings tab in either language, defaults when there is none, and writes nothing', async () => {
    standin = await startSheetsStandin({
      tabs: { Settings: settingsToRows({ ...defaultSettings('en'), groupSize: 6, mix: null }, 'en') },
    });
    const got = await readSpreadsheetSettings(clientOf(standin), 'zh');
    expect(got.found).toBe(true);
    expect(got.settings.groupSize).toBe(6);
    expect(standin.requests.every((r) => r.method === 'GET')).toBe(true);
    await standin.close();
    standin = await startSheetsStandin();
    expect(await readSpreadsheetSettings(clientOf(standin), 'zh')).toEqual({
      settings: defaultSettings('zh'),
      found: false,
    });
  });

  it('the send writes the chosen plan’s settings', async () => {
    standin = await startSheetsStandin();
    const doc = extractPlans(COLLECTION).document;
    const sizes = doc.plans.map((p) => p.groupSize?.max);
    expect(sizes).toEqual([4, 6]);
    await sendPlan(clientOf(standin), doc, 'zh', undefined, 1);
    expect(rowsToSettings(standin.tabs.get('设置')!).settings.groupSize).toBe(sizes[1]);
  });
});
