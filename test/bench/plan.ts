/**
 * `npm run bench:plan`: the extractor's accuracy on each labelled fixture and test document (scored with the team's
 * scorer), as written and with its line breaks removed, and its
 * speed on texts of 10 KB, 100 KB and 1 MB built from the fixtures — as lines, and as one long line (the worst case
 * for splitting run-together items) — so the growth with size is visible.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractPlans } from '../../shared/plan/index.ts';
import {
  DOCUMENT_NAMES,
  FIXTURE_NAMES,
  PLAN_DOCUMENTS,
  PLAN_FIXTURES,
  scoreDocument,
  spaceLineBreaks,
  stripLineBreaks,
} from '../plan/score.ts';

const texts = FIXTURE_NAMES.map((n) => readFileSync(join(PLAN_FIXTURES, `${n}.txt`), 'utf8'));

const LABELLED = [
  ...FIXTURE_NAMES.map((name) => ({ name, dir: PLAN_FIXTURES })),
  ...DOCUMENT_NAMES.map((name) => ({ name, dir: PLAN_DOCUMENTS })),
];

// As written, and with every line break removed or turned into a space (text copied from PDF viewers and web pages).
for (const [heading, change] of [
  ['as written', (t: string) => t],
  ['line breaks removed', stripLineBreaks],
  ['line breaks turned into spaces', spaceLineBreaks],
] as const) {
  console.log(
    `\nAccuracy per labelled text, ${heading} (thresholds as written: headings F1 ≥ 0.95, levels ≥ 0.95; schedule, sessions, goals F1 ≥ 0.9; group size exact)`,
  );
  console.log(
    'text                    plans  head.F1  levels  sched.when  sched.items  sessions  goals  groupSize  ms',
  );
  for (const { name, dir } of LABELLED) {
    const text = change(readFileSync(join(dir, `${name}.txt`), 'utf8'));
    const t0 = performance.now();
    const doc = extractPlans(text).document;
    const ms = performance.now() - t0;
    const s = scoreDocument(join(dir, `${name}.gold.json`), doc);
    const f = (x: number) => x.toFixed(3).padStart(7);
    console.log(
      `${name.padEnd(22)} ${`${s.plans.got}/${s.plans.gold}`.padStart(5)}  ${f(s.headings.f1)} ${f(s.headings.levelAcc)}  ${f(s.schedule.when.f1)}     ${f(s.schedule.items.f1)}    ${f(s.sessions.f1)} ${f(s.goals.f1)}  ${`${s.groupSize.exact}/${s.groupSize.of}`.padStart(6)}   ${ms.toFixed(1)}`,
    );
  }
}

function build(bytes: number, oneLine: boolean): string {
  const all = texts.join('\n');
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += `${all}\n`;
  const cut = out.slice(0, Math.round(out.length * (bytes / Buffer.byteLength(out))));
  return oneLine ? cut.replace(/\n+/g, '') : cut;
}

function time(text: string): number {
  extractPlans(text.slice(0, 2000)); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    extractPlans(text);
    runs.push(performance.now() - t0);
  }
  return Math.min(...runs);
}

console.log('\nSpeed (best of 3)');
console.log('size      lines (ms)  one line (ms)  ms per 100 KB (lines)');
for (const kb of [10, 100, 1000]) {
  const lines = time(build(kb * 1024, false));
  const single = time(build(kb * 1024, true));
  console.log(
    `${(kb >= 1000 ? '1 MB' : `${kb} KB`).padEnd(9)} ${lines.toFixed(1).padStart(10)}  ${single.toFixed(1).padStart(13)}  ${((lines / kb) * 100).toFixed(1).padStart(10)}`,
  );
}
