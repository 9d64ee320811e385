/**
 * npm run bench:addon (section 2) / tsx test/bench/addon-menu.ts — the add-on through its menu path, over the
 * Apps Script stand-in, running the BUILT bundle (dist/Code.js as Apps Script runs it). Prints figures; asserts nothing.
 *   1. Form groups for 2,000 students: open the dialog, preview (read + check the roster), run (group + write the
 *      分组 sheet). Wall time in Node, and the spreadsheet calls it makes.
 *   2. One award's spreadsheet calls and cells read, for logs of 100 to 100,000 rows: the same whatever the length.
 */
import { performance } from 'node:perf_hooks';
import { bundleAddon } from '../../sheets-addon/build.ts';
import { createStandIn, loadBundle, runServerFunction, scriptFunction } from '../../sheets-addon/harness/index.ts';
import { syntheticRoster } from '../support/students.ts';

const rosterRows = (n: number): unknown[][] => {
  const students = syntheticRoster(n, { seed: 11 });
  const name = new Map(students.map((s) => [s.id, s.name]));
  return [
    ['学号', '姓名', '性别', '语文', '数学', '英语', '不同组'],
    ...students.map((s) => [
      s.id,
      s.name,
      s.gender === 'M' ? '男' : '女',
      s.subjects.语文,
      s.subjects.数学,
      s.subjects.英语,
      s.keepApart.map((id) => name.get(id)).join('、'),
    ]),
  ];
};

const totalCalls = (calls: Record<string, number>): number => Object.values(calls).reduce((a, b) => a + b, 0);

export interface MenuPathFigures {
  students: number;
  previewMs: number;
  runMs: number;
  totalMs: number;
  groups: number;
  calls: number;
  setValues: number;
  cellsWritten: number;
}

export const formGroupsMenuPath = async (n = 2000): Promise<MenuPathFigures> => {
  const b = await bundleAddon();
  const si = createStandIn({ files: b.pages, workbookOptions: { sheets: { 名单: rosterRows(n) } } });
  const ctx = loadBundle(b.code, si);
  si.workbook.resetStats();
  const t0 = performance.now();
  scriptFunction(ctx, 'showFormGroups')();
  si.endExecution();
  const preview = runServerFunction(ctx, si, 'formGroupsPreview', []) as { students: number; hasErrors: boolean };
  const t1 = performance.now();
  const run = runServerFunction(ctx, si, 'formGroupsRun', [{ by: 'size', value: 4, mix: '2:1:1', seed: 1 }]) as {
    ok: boolean;
    groups: number;
    message?: string;
  };
  const t2 = performance.now();
  if (preview.students !== n || preview.hasErrors || !run.ok)
    throw new Error(`menu path failed: ${run.message ?? 'roster misread'}`);
  const st = si.workbook.stats;
  return {
    students: n,
    previewMs: t1 - t0,
    runMs: t2 - t1,
    totalMs: t2 - t0,
    groups: run.groups,
    calls: totalCalls(st.calls),
    setValues: st.calls['Range.setValues'] ?? 0,
    cellsWritten: st.cellsWritten,
  };
};

export interface AwardCost {
  logRows: number;
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  ms: number;
}

/** One award (one student) on a class of 48 with a log of `rows` rows already there. */
export const awardCost = async (rows: number): Promise<AwardCost> => {
  const b = await bundleAddon();
  const si = createStandIn({ files: b.pages, workbookOptions: { sheets: { 名单: rosterRows(48) } } });
  const ctx = loadBundle(b.code, si);
  const call = (name: string, ...args: unknown[]): unknown => runServerFunction(ctx, si, name, args);
  call('formGroupsRun', { by: 'size', value: 4, mix: '2:1:1', seed: 1 });
  const state = call('scoringState') as { groups: { members: { id: string; name: string }[] }[] };
  const m = state.groups[0]!.members[0]!;
  call('awardPoints', { studentIds: [m.id], category: '学习', points: 1 });
  const header = si.workbook.sheet('积分记录').values()[0]!;
  const filler = Array.from({ length: rows }, (_, i) => [
    `e${i}`,
    '2026-11-01T00:00:00.000Z',
    m.id,
    m.name,
    '第1组',
    '学习',
    1,
    '',
    '',
    '',
    `e${i}`,
  ]);
  si.workbook.setSheet('积分记录', [header, ...filler]);
  call('awardPoints', { studentIds: [m.id], category: '学习', points: 1 }); // a full sheet grows by 1,000 rows once
  si.workbook.resetStats();
  const t0 = performance.now();
  const r = call('awardPoints', {
    studentIds: [m.id],
    category: '学习',
    points: 2,
    requestId: 'bench-request-0001',
  }) as {
    ok: boolean;
    message?: string;
  };
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(r.message);
  const st = si.workbook.stats;
  return { logRows: rows, calls: totalCalls(st.calls), cellsRead: st.cellsRead, cellsWritten: st.cellsWritten, ms };
};

export const main = async (): Promise<void> => {
  const f = await formGroupsMenuPath(2000);
  console.log(
    `Form groups for ${f.students} students through the menu path (built bundle over the stand-in, Node ${process.version}):`,
  );
  console.log(
    `  preview (read + check roster) ${f.previewMs.toFixed(0)} ms, run (group + build + write 分组) ${f.runMs.toFixed(0)} ms, total ${f.totalMs.toFixed(0)} ms`,
  );
  console.log(
    `  ${f.groups} groups; ${f.calls} spreadsheet calls, ${f.setValues} setValues, ${f.cellsWritten.toLocaleString('en')} cells written`,
  );
  console.log('');
  console.log('One award (one student): spreadsheet calls and cells read by log length');
  console.log('log rows   calls  cells read  cells written  ms');
  for (const rows of [100, 1_000, 10_000, 100_000]) {
    const c = await awardCost(rows);
    console.log(
      `${String(rows).padEnd(10)} ${String(c.calls).padEnd(6)} ${String(c.cellsRead).padEnd(11)} ${String(c.cellsWritten).padEnd(14)} ${c.ms.toFixed(1)}`,
    );
  }
};

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
