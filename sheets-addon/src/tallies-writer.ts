/**
 * 积分汇总/Tallies: recomputed from the whole log (computeTallies) and rewritten — leaderboard at A1, a blank row,
 * then the per-student table — plus one bar chart of the group leaderboard (created once, then its range updated).
 * Cost grows with the log, so it runs on demand (sidebar "Update tallies", and by the sidebar when the class has
 * been quiet for a while after awards), never inside an award.
 */
import type { Lang } from '../../shared/i18n/localized.ts';
import { computeTallies, talliesToRows } from '../../shared/points/index.ts';
import { activeSpreadsheet, timeZone, type Sheet } from './apps-script.ts';
import { readCurrentGroups } from './current-groups.ts';
import { findLog, readLog } from './points-log.ts';
import { readSettings } from './settings-store.ts';
import { withDocumentLock } from './document-lock.ts';
import type { Failure } from './responses.ts';
import { ensureSheet, writeBlock } from './workbook.ts';

export interface TalliesDone {
  ok: true;
  sheetName: string;
  events: number;
  groups: number;
  /** Log rows skipped or flagged, already localized (the rest was counted). */
  notices: string[];
}

const chartTitle = (lang: Lang): string => (lang === 'zh' ? '小组积分榜' : 'Group leaderboard');

/** Insert the leaderboard chart, or point the existing one at the new range (the leaderboard's size may change). */
const drawChart = (sheet: Sheet, rows: number, lang: Lang, anchorCol: number): void => {
  const range = sheet.getRange(1, 1, rows, 2);
  const existing = sheet.getCharts()[0];
  if (existing) {
    sheet.updateChart(existing.modify().clearRanges().addRange(range).build());
    return;
  }
  const builder = sheet
    .newChart()
    .asBarChart()
    .addRange(range)
    .setNumHeaders(1)
    .setOption('title', chartTitle(lang))
    .setPosition(1, anchorCol, 0, 0);
  sheet.insertChart(builder.build());
};

/**
 * Recompute and rewrite the summary, holding the document lock from the reading of the log to the chart: two
 * sidebars updating at once would otherwise interleave clearing and writing, and both insert a chart.
 */
export const updateTallies = (lang: Lang): TalliesDone | Failure => withDocumentLock(lang, () => writeTallies(lang));

const writeTallies = (lang: Lang): TalliesDone => {
  const ss = activeSpreadsheet();
  const current = readCurrentGroups(ss);
  const groups = (current?.groups ?? []).map((g) => ({
    name: g.name,
    members: g.members.map((m) => ({ id: m.id, name: m.name })),
  }));
  const { settings } = readSettings(ss, lang);
  const known = new Set(groups.flatMap((g) => g.members.map((m) => m.id)));
  const { events, problems } = readLog(findLog(ss), known);
  const t = computeTallies(events, groups, settings, new Date(), timeZone(ss));
  const blocks = talliesToRows(t, lang);
  const sheet = ensureSheet(ss, 'tallies', lang);
  sheet.clearContents();
  writeBlock(sheet, 1, 1, blocks.leaderboard);
  writeBlock(sheet, blocks.leaderboard.length + 2, 1, blocks.students);
  const width = Math.max(blocks.leaderboard[0]?.length ?? 0, blocks.students[0]?.length ?? 0);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.getRange(blocks.leaderboard.length + 2, 1, 1, width).setFontWeight('bold');
  if (blocks.leaderboard.length > 1) drawChart(sheet, blocks.leaderboard.length, lang, width + 2);
  return {
    ok: true,
    sheetName: sheet.getName(),
    events: events.length,
    groups: t.groups.length,
    notices: problems.slice(0, 10).map((p) => p.message[lang]),
  };
};
