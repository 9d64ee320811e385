/**
 * npm run bench:addon — speed of the add-on's pure core (Node). Prints figures; asserts nothing.
 *
 * Section 1 (points/settings helper): parse a Points log of N rows (rowsToEvents) + recompute tallies
 * (computeTallies) + build the Tallies sheet blocks (talliesToRows), median of several runs, for 10k/50k/100k rows,
 * and an estimate for Apps Script.
 * Section 2 (add-on helper): `benchFormGroupsMenuPath` below is the marked place for the
 * "form groups for 2,000 students through the menu path" figure.
 */
import { performance } from 'node:perf_hooks';
import { eventToRow, LOG_HEADERS, rowsToEvents } from '../../shared/points/log.ts';
import { computeTallies } from '../../shared/points/tallies.ts';
import { talliesToRows } from '../../shared/points/tallies-sheet.ts';
import type { GroupRef, PointEvent } from '../../shared/points/types.ts';
import { defaultSettings } from '../../shared/settings/defaults.ts';
import { storedText } from '../../shared/sheet-text.ts';

/** Assumptions for the Apps Script estimate (stated, not measured: Google's servers are not reachable here). */
export const APPS_SCRIPT_CPU_FACTOR = { low: 3, high: 5 }; // Apps Script V8 vs Node on this machine
export const GETVALUES_MS_PER_MILLION_CELLS = { low: 1000, high: 4000 }; // one getValues() over a large range

const RUNS = 7;
const NOW = '2026-11-25T12:00:00Z';

/** A class of 48 students in 12 groups of 4, and a log of n awards spread over one term, ~2% undone. */
export const syntheticLog = (n: number): { rows: unknown[][]; groups: GroupRef[] } => {
  const groups: GroupRef[] = Array.from({ length: 12 }, (_, g) => ({
    name: `第${g + 1}组`,
    members: Array.from({ length: 4 }, (_, i) => ({
      id: `S${String(g * 4 + i + 1).padStart(3, '0')}`,
      name: `学生${g * 4 + i + 1}`,
    })),
  }));
  const members = groups.flatMap((g) => g.members.map((m) => ({ ...m, group: g.name })));
  const cats = ['学习', '纪律', '卫生'];
  const start = Date.parse('2026-09-01T00:00:00Z');
  const span = Date.parse(NOW) - start;
  let seed = 42;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const rows: unknown[][] = [LOG_HEADERS('zh')];
  let prev: PointEvent | null = null;
  for (let i = 0; i < n; i++) {
    const m = members[Math.floor(rnd() * members.length)]!;
    const e: PointEvent =
      prev && rnd() < 0.02
        ? {
            ...prev,
            eventId: `ev${i}`,
            points: -prev.points,
            reverses: prev.eventId,
            actionId: `ev${i}`,
            note: '撤销 / undo',
          }
        : {
            eventId: `ev${i}`,
            timestamp: new Date(start + Math.floor((i / n) * span)).toISOString(),
            studentId: m.id,
            studentName: m.name,
            group: m.group,
            category: cats[i % 3]!,
            points: rnd() < 0.15 ? -1 : 2,
            note: i % 10 === 0 ? '课堂表现好' : '',
            userKey: 'k-teacher',
            reverses: null,
            actionId: `ev${i}`,
          };
    // As getValues() returns it: Sheets drops the leading apostrophe that keeps ids and times as text.
    rows.push(eventToRow(e).map((c) => (typeof c === 'string' ? storedText(c) : c)));
    prev = e.reverses === null ? e : null;
  }
  return { rows, groups };
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const benchTallies = (n: number): { parse: number; tallies: number; rows: number; total: number } => {
  const { rows, groups } = syntheticLog(n);
  const settings = defaultSettings('zh');
  const parse: number[] = [],
    tallies: number[] = [],
    sheet: number[] = [],
    total: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const { events, problems } = rowsToEvents(rows);
    const t1 = performance.now();
    const t = computeTallies(events, groups, settings, NOW, 'Asia/Shanghai');
    const t2 = performance.now();
    talliesToRows(t, 'zh');
    const t3 = performance.now();
    if (events.length !== n || problems.length !== 0) throw new Error('synthetic log misread');
    parse.push(t1 - t0);
    tallies.push(t2 - t1);
    sheet.push(t3 - t2);
    total.push(t3 - t0);
  }
  return { parse: median(parse), tallies: median(tallies), rows: median(sheet), total: median(total) };
};

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

const section1 = (): void => {
  console.log(
    `Points log → tallies (Node ${process.version}, median of ${RUNS} runs, 48 students, ${LOG_HEADERS('zh').length} columns)`,
  );
  console.log('rows      parse      tallies    sheet rows  total');
  let total100k = 0;
  for (const n of [10_000, 50_000, 100_000]) {
    const r = benchTallies(n);
    if (n === 100_000) total100k = r.total;
    console.log(
      `${String(n).padEnd(9)} ${fmt(r.parse).padEnd(10)} ${fmt(r.tallies).padEnd(10)} ${fmt(r.rows).padEnd(11)} ${fmt(r.total)}`,
    );
  }
  const cells = 100_000 * LOG_HEADERS('zh').length;
  const cpuLo = total100k * APPS_SCRIPT_CPU_FACTOR.low,
    cpuHi = total100k * APPS_SCRIPT_CPU_FACTOR.high;
  const readLo = (cells / 1e6) * GETVALUES_MS_PER_MILLION_CELLS.low,
    readHi = (cells / 1e6) * GETVALUES_MS_PER_MILLION_CELLS.high;
  console.log('');
  console.log('Apps Script estimate for a 100,000-row log (assumptions, not measured):');
  console.log(
    `  compute: ${fmt(total100k)} × ${APPS_SCRIPT_CPU_FACTOR.low}–${APPS_SCRIPT_CPU_FACTOR.high} (Apps Script V8 slower than local Node) = ${(cpuLo / 1000).toFixed(1)}–${(cpuHi / 1000).toFixed(1)} s`,
  );
  console.log(
    `  getValues of ${cells.toLocaleString('en')} cells at ${GETVALUES_MS_PER_MILLION_CELLS.low / 1000}–${GETVALUES_MS_PER_MILLION_CELLS.high / 1000} s per million cells = ${(readLo / 1000).toFixed(1)}–${(readHi / 1000).toFixed(1)} s`,
  );
  console.log(
    `  total ≈ ${((cpuLo + readLo) / 1000).toFixed(1)}–${((cpuHi + readHi) / 1000).toFixed(1)} s, well inside the 6-minute limit (awards append one row and never re-read the log).`,
  );
};

/**
 * SECTION 2 — add-on helper: fill in the "form groups for 2,000 students through the menu path" figure here
 * (e.g. load dist/Code.js over the Apps Script stand-in, call the menu callback, time it). Return null until then.
 */
export const benchFormGroupsMenuPath = async (): Promise<{ label: string; ms: number } | null> => {
  const { formGroupsMenuPath } = await import('./addon-menu.ts');
  const f = await formGroupsMenuPath(2000);
  return {
    label: `Form groups for 2,000 students through the menu path (built bundle over the stand-in: dialog, roster check, ${f.groups} groups, 分组 sheet with ${f.setValues} setValues and ${f.calls} spreadsheet calls; award cost: tsx test/bench/addon-menu.ts)`,
    ms: f.totalMs,
  };
};

/** Section 3: three teachers, a flaky network and a busy lock, thousands of clicks (test/addon/simulation.ts). */
const section3 = async (): Promise<void> => {
  const { simulateScoring } = await import('../addon/simulation.ts');
  console.log('Three teachers scoring one class at once (lost requests 10%, lost replies 15%, lock held 8% of steps)');
  console.log(
    'seed  steps  clicks  server calls  retries  lost replies  busy  dup. recognised  refusals  rows   lost  duplicated  totals wrong  decisions wrong  ms',
  );
  for (const seed of [11, 12, 13]) {
    const t0 = performance.now();
    const r = await simulateScoring({ seed, steps: 2000, lostRequest: 0.1, lostReply: 0.15, lockHeld: 0.08 });
    const ms = performance.now() - t0;
    console.log(
      [
        seed,
        2000,
        r.clicks,
        r.serverCalls,
        r.retries,
        r.lostReplies,
        r.busyReplies,
        r.duplicatesRecognised,
        r.refusals,
        r.logRows,
        r.lost,
        r.duplicated,
        r.totalsWrong,
        r.decisionsWrong,
        Math.round(ms),
      ]
        .map(String)
        .join('  '),
    );
  }
};

const main = async (): Promise<void> => {
  section1();
  console.log('');
  const r = await benchFormGroupsMenuPath();
  console.log(
    r
      ? `${r.label}: ${fmt(r.ms)}`
      : 'Form groups for 2,000 students through the menu path: not measured yet (see benchFormGroupsMenuPath).',
  );
  console.log('');
  await section3();
};

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
