/**
 * `npm run bench:groups`: quality, speed, determinism and refusals of formGroups on synthetic rosters (see
 * test/support/students.ts). Prints figures and whether each target is met; asserts nothing (the closing note
 * quotes them).
 *
 * 1. Quality: 39 rosters of 24–120 students (three subjects, gender, two keep-apart pairs among the strongest) per
 *    roster set; the main set is the one quoted, a second set with other seeds checks the method is not tuned to it.
 * 2. Side by side: per roster size (40, 120, 1,000, 2,000) and setting (total only; three subjects), groups of four
 *    with 2:1:1: range and SD of group means, range and minimum of within-group SDs, subject ranges (all ÷ class SD),
 *    hard-rule breaks, solve time and work units — Huzhu's default beside serpentine, random and anticlust (measured
 *    once); and the floor of the SD range once the means agree (a proven bound; an exact search at 40).
 *    Then the emphasis setting's trade-off: both figures at emphasis 0 … 1.
 * 3. Determinism: the same seed five times with a CPU-bound process running beside it.
 * 4. Refusals against brute force on small random rosters with random rules.
 * Times are wall clock (report.ms) on whatever load the machine has; work units are what decides the result.
 */
import { spawn } from 'node:child_process';
import { brokenRules, defaultTimeLimitMs, formGroups } from '../../shared/grouping/index.ts';
import type { BalanceSummary, GroupingOptions, GroupingReport } from '../../shared/grouping/types.ts';
import { assignStrata } from '../../shared/grouping/strata.ts';
import { groupCount, groupSizes } from '../../shared/grouping/sizes.ts';
import type { Student } from '../../shared/roster/types.ts';
import { syntheticRoster } from '../support/students.ts';
import { bruteForce, randomSmallRoster } from '../grouping/brute-force.ts';
import { smallestSpreadRange, spreadRangeBound } from '../grouping/frontier.ts';

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : Number.NaN;
};
const f = (x: number, d = 3): string => x.toFixed(d);
const yes = (ok: boolean): string => (ok ? 'yes' : 'NO');
const ids = (out: ReturnType<typeof formGroups>): string[][] =>
  out.ok ? out.rounds[0]!.groups.map((x) => x.members.map((m) => m.id)) : [];

const TOTAL_TARGET = 0.02;
const SUBJECT_TARGET = 0.5;

// ── 1. Quality ────────────────────────────────────────────────────────────────────────────────────────────────
function quality(size: number, mix: number[], seedOffset: number) {
  const ours: number[] = [];
  const serp: number[] = [];
  const rand: number[] = [];
  const spread: number[] = [];
  const spreadSerp: number[] = [];
  const ratios: number[] = [];
  const times: number[] = [];
  let broken = 0;
  let rosters = 0;
  for (let n = 24; n <= 120; n += 8)
    for (let seed = 1; seed <= 3; seed++) {
      const students = syntheticRoster(n, { seed: n * 10 + seed + seedOffset });
      const out = formGroups(students, { size, mix, seed });
      rosters++;
      if (!out.ok) {
        broken++;
        continue;
      }
      const g = out.rounds[0]!;
      const b = g.report.balance;
      const s = g.report.baselines.serpentine;
      broken += brokenRules({ students, groups: ids(out), gender: true }).length ? 1 : 0;
      ours.push(b.totalRangeSd);
      serp.push(s.totalRangeSd);
      rand.push(g.report.baselines.random.totalRangeSd);
      spread.push(b.spreadRangeSd);
      spreadSerp.push(s.spreadRangeSd);
      ratios.push(
        Math.max(...Object.keys(b.subjectRanges).map((k) => b.subjectRanges[k]! / (s.subjectRanges[k]! || 1e-9))),
      );
      times.push(g.report.ms);
    }
  return {
    label: `size ${size}, mix ${mix.join(':')}`,
    rosters,
    broken,
    ours: median(ours),
    serp: median(serp),
    rand: median(rand),
    spread: median(spread),
    spreadSerp: median(spreadSerp),
    ratio: median(ratios),
    ratioMax: Math.max(...ratios),
    ms: median(times),
  };
}

console.log(
  '1. Quality — synthetic rosters of 24–120 students (3 subjects, gender, 2 keep-apart pairs among the strongest)',
);
console.log(
  `targets: median range of group mean totals ÷ class SD ≤ ${TOTAL_TARGET}; median worst-subject range ÷ serpentine's ≤ ${SUBJECT_TARGET}; no broken rule (gender included)`,
);
console.log(
  'roster set   setting            rosters broken │ range/SD  target │ serpentine  random │ SD range/SD (serp.) │ subject ratio (max)  target │ median ms',
);
for (const [set, offset] of [
  ['main', 0],
  ['check', 5000],
] as const)
  for (const [size, mix] of [
    [4, [2, 1, 1]],
    [6, [2, 2, 2]],
  ] as const) {
    const r = quality(size, [...mix], offset);
    console.log(
      `${set.padEnd(13)}${r.label.padEnd(19)}${String(r.rosters).padStart(7)}${String(r.broken).padStart(7)} │ ${f(r.ours, 4).padStart(8)}${yes(r.ours <= TOTAL_TARGET && r.broken === 0).padStart(8)} │ ${f(r.serp).padStart(10)}${f(r.rand).padStart(8)} │ ${`${f(r.spread)} (${f(r.spreadSerp)})`.padStart(19)} │ ${`${f(r.ratio, 2)} (${f(r.ratioMax, 2)})`.padStart(20)}${yes(r.ratio <= SUBJECT_TARGET).padStart(8)} │ ${f(r.ms, 1).padStart(9)}`,
    );
  }

// ── 2. Side by side ───────────────────────────────────────────────────────────────────────────────────────────
interface Figures {
  means: number;
  meansSd: number;
  spread: number;
  spreadMin: number;
  subject: number;
}
const figures = (b: BalanceSummary, r: GroupingReport): Figures => {
  const sd = r.class.total?.sd || 1;
  let subject = 0;
  for (const [k, v] of Object.entries(b.subjectRanges)) subject = Math.max(subject, v / (r.class.subjects[k]?.sd || 1));
  return {
    means: b.totalRangeSd,
    meansSd: b.totalMeansSd / sd,
    spread: b.spreadRangeSd,
    spreadMin: b.spreadMin / sd,
    subject,
  };
};
const medianOf = (rows: Figures[]): Figures => ({
  means: median(rows.map((x) => x.means)),
  meansSd: median(rows.map((x) => x.meansSd)),
  spread: median(rows.map((x) => x.spread)),
  spreadMin: median(rows.map((x) => x.spreadMin)),
  subject: median(rows.map((x) => x.subject)),
});

console.log('');
console.log(
  '2. Side by side — groups of four, 2:1:1, gender, 2 keep-apart pairs; all figures ÷ class SD (subjects ÷ their own SD)',
);
console.log(
  'targets: means range ≤ 0.02; within-group SD range ≤ anticlust k-plus (rows ac k-plus); each subject ≤ 0.1',
);
console.log(
  'students  setting    method      │ means range  means SD │ SD range  SD min │ worst subj │ breaks  median ms  work units',
);
/**
 * anticlust 0.8.11-1 (Papenberg & Klau's R package), measured once on these same rosters (exported to CSV): medians of
 * means range, within-group SD range and worst subject, with anticlustering(features, K = n / 4, objective,
 * categories = the 2:1:1 stratum, standardize = TRUE); features the total alone ('total') or the total and the three
 * subjects ('subjects'). Not rerun here: R is not part of this project.
 */
const ANTICLUST: Record<
  number,
  Record<'total' | 'subjects', Record<'k-plus' | 'variance', [number, number, number]>>
> = {
  40: {
    total: { 'k-plus': [0.4676, 0.238, 0.985], variance: [0.0301, 0.913, 0.977] },
    subjects: { 'k-plus': [0.4725, 0.462, 0.741], variance: [0.2226, 0.807, 0.345] },
  },
  120: {
    total: { 'k-plus': [0.8613, 0.535, 1.457], variance: [0.0572, 1.287, 1.246] },
    subjects: { 'k-plus': [0.8065, 0.712, 0.988], variance: [0.1864, 1.265, 0.317] },
  },
  1000: {
    total: { 'k-plus': [1.178, 0.736, 1.798], variance: [0.0268, 1.793, 1.457] },
    subjects: { 'k-plus': [1.1404, 1.114, 1.225], variance: [0.1582, 1.768, 0.201] },
  },
  2000: {
    total: { 'k-plus': [1.2548, 0.787, 1.809], variance: [0.0132, 1.919, 1.495] },
    subjects: { 'k-plus': [1.2259, 1.084, 1.247], variance: [0.108, 1.952, 0.172] },
  },
};

/** The floor of the SD range when the means range is at most 0.02: a bound (all sizes), an exact search (40). */
function spreadFloor(n: number, rosters: number): { bound: number; exact: number | null } {
  const bound: number[] = [];
  const exact: number[] = [];
  for (let t = 1; t <= rosters; t++) {
    const students = syntheticRoster(n, { seed: n * 100 + t });
    bound.push(spreadRangeBound(students, TOTAL_TARGET / 2));
    if (n <= 40) exact.push(smallestSpreadRange(students, TOTAL_TARGET));
  }
  return { bound: median(bound), exact: exact.length ? median(exact) : null };
}

const otherRow = (n: number, setting: string, name: string, v: [number, number, number]): void =>
  console.log(
    `${String(n).padStart(8)}  ${setting.padEnd(9)}  ${name.padEnd(10)}  │ ${f(v[0], 4).padStart(11)}${'—'.padStart(10)} │ ${f(v[1]).padStart(8)}${'—'.padStart(8)} │ ${(v[2] < 0 ? '—' : f(v[2])).padStart(10)} │`,
  );

for (const n of [40, 120, 1000, 2000])
  for (const setting of ['total', 'subjects'] as const) {
    const rosters = n <= 120 ? 5 : 2;
    const rows: Record<'ours' | 'serp' | 'rand', Figures[]> = { ours: [], serp: [], rand: [] };
    const ms: number[] = [];
    const work: number[] = [];
    let breaks = 0;
    for (let t = 1; t <= rosters; t++) {
      const students = syntheticRoster(n, { seed: n * 100 + t });
      const options: GroupingOptions = {
        size: 4,
        mix: [2, 1, 1],
        seed: t,
        ...(setting === 'total' ? { balance: { total: 1, subjects: 0, gender: 1, attributes: {} } } : {}),
      };
      const out = formGroups(students, options);
      if (!out.ok) {
        breaks++;
        continue;
      }
      const r = out.rounds[0]!.report;
      breaks += brokenRules({ students, groups: ids(out) }).length;
      rows.ours.push(figures(r.balance, r));
      rows.serp.push(figures(r.baselines.serpentine, r));
      rows.rand.push(figures(r.baselines.random, r));
      ms.push(r.ms);
      work.push(r.work);
    }
    for (const [name, key] of [
      ['Huzhu', 'ours'],
      ['serpentine', 'serp'],
      ['random', 'rand'],
    ] as const) {
      const m = medianOf(rows[key]);
      const tail =
        key === 'ours'
          ? `${String(breaks).padStart(7)}${f(median(ms), 0).padStart(11)}${String(Math.round(median(work))).padStart(12)}`
          : '';
      console.log(
        `${String(n).padStart(8)}  ${setting.padEnd(9)}  ${name.padEnd(10)}  │ ${f(m.means, 4).padStart(11)}${f(m.meansSd, 4).padStart(10)} │ ${f(m.spread).padStart(8)}${f(m.spreadMin).padStart(8)} │ ${f(m.subject).padStart(10)} │${tail}`,
      );
    }
    const ac = ANTICLUST[n]?.[setting];
    if (ac)
      for (const obj of ['k-plus', 'variance'] as const)
        otherRow(n, setting, obj === 'k-plus' ? 'ac k-plus' : 'ac var.', ac[obj]);
    if (setting === 'subjects') {
      const floor = spreadFloor(n, rosters);
      otherRow(n, 'floor', 'bound', [TOTAL_TARGET, floor.bound, -1]);
      if (floor.exact !== null) otherRow(n, 'floor', 'exact', [TOTAL_TARGET, floor.exact, -1]);
    }
  }
console.log(
  'ac = anticlust 0.8.11-1 on the same rosters (measured once, see ANTICLUST); floor = the narrowest SD range any grouping',
);
console.log(
  'can have with means range ≤ 0.02: bound = a proven lower bound (mix and means only), exact = exact search (gender, keep-apart too)',
);

// ── Emphasis ──────────────────────────────────────────────────────────────────────────────────────────────────
console.log('');
console.log(
  'Emphasis — one setting trades the two figures a teacher compares: 0 平均分更接近 (means closer) … 1 组内差距更一致 (spreads more alike)',
);
console.log('groups of four, 2:1:1, three subjects; medians ÷ class SD');
console.log('emphasis │ 40: means  SD range  subj │ 120: means  SD range  subj │ 1000: means  SD range  subj');
for (const emphasis of [0, 0.25, 0.5, 0.75, 1]) {
  const cells: string[] = [];
  for (const n of [40, 120, 1000]) {
    const rows: Figures[] = [];
    for (let t = 1; t <= (n <= 120 ? 5 : 2); t++) {
      const students = syntheticRoster(n, { seed: n * 100 + t });
      const out = formGroups(students, { size: 4, mix: [2, 1, 1], seed: t, emphasis });
      if (out.ok) rows.push(figures(out.rounds[0]!.report.balance, out.rounds[0]!.report));
    }
    const m = medianOf(rows);
    cells.push(`${f(m.means, 4).padStart(10)}${f(m.spread).padStart(10)}${f(m.subject).padStart(6)}`);
  }
  console.log(`${f(emphasis, 2).padStart(8)} │${cells.join(' │')}`);
}

// ── Speed ─────────────────────────────────────────────────────────────────────────────────────────────────────
console.log('');
console.log(
  'Speed — solve time (ms, wall clock on this machine as loaded now; median of 3), size 4 with 2:1:1, default budget',
);
console.log(
  'targets: 40 students < 2,000 ms; 2,000 students < 8,000 ms (budgets are counted work: same seed, same groups)',
);
console.log('students   groups   budget ms   solve ms  target │ work units │ range/SD  serpentine  random');
for (const n of [40, 100, 500, 1000, 2000, 5000]) {
  const students = syntheticRoster(n, { seed: n });
  const runs = Array.from({ length: 3 }, () => formGroups(students, { size: 4, mix: [2, 1, 1], seed: 1 }));
  const out = runs[0]!;
  if (!out.ok) continue;
  const r = out.rounds[0]!.report;
  const ms = median(runs.map((o) => (o.ok ? o.rounds[0]!.report.ms : Number.NaN)));
  const target = n === 40 ? yes(ms < 2000) : n === 2000 ? yes(ms < 8000) : '';
  console.log(
    `${String(n).padStart(8)}${String(r.groups.length).padStart(9)}${String(defaultTimeLimitMs(n)).padStart(12)}${f(ms, 1).padStart(11)}${target.padStart(8)} │ ${String(r.work).padStart(10)} │ ${f(r.balance.totalRangeSd, 4).padStart(8)}${f(r.baselines.serpentine.totalRangeSd).padStart(12)}${f(r.baselines.random.totalRangeSd).padStart(8)}`,
  );
}

// ── 3. Determinism under load ─────────────────────────────────────────────────────────────────────────────────
console.log('');
console.log('3. Determinism — the same seed five times, with a CPU-bound process running beside it');
const busy = spawn(process.execPath, ['-e', 'const end = Date.now() + 600000; while (Date.now() < end) {}']);
try {
  for (const n of [40, 120]) {
    const students = syntheticRoster(n, { seed: 4242 + n });
    const runs = Array.from({ length: 5 }, () => formGroups(students, { size: 4, mix: [2, 1, 1], seed: 7 }));
    const first = JSON.stringify(ids(runs[0]!));
    const same = runs.every((o) => JSON.stringify(ids(o)) === first);
    const times = runs.map((o) => (o.ok ? o.rounds[0]!.report.ms : Number.NaN));
    const early = runs.some((o) => o.ok && o.rounds[0]!.report.stoppedEarly);
    console.log(
      `${String(n).padStart(8)} students: identical groups ${yes(same)}; stopped early ${early ? 'YES' : 'no'}; times ${times.map((t) => f(t, 0)).join(', ')} ms`,
    );
  }
} finally {
  busy.kill();
}

// ── 4. Refusals against brute force ───────────────────────────────────────────────────────────────────────────
console.log('');
console.log(
  '4. Refusals — small random rosters (4–12 students, random keep-apart/keep-together/pins, sizes, mixes) vs brute force',
);
let satisfiable = 0;
let refused = 0;
let impossible = 0;
let accepted = 0;
let broken = 0;
for (let seed = 1; seed <= 500; seed++) {
  const { students, size, mix } = randomSmallRoster(seed);
  const n = students.length;
  const sizes = groupSizes(n, groupCount(n, { size }));
  const strata = assignStrata(
    students.map((s: Student) => s.total ?? 0),
    sizes,
    mix && sizes.length > 1 ? mix : null,
  );
  const truth = bruteForce(students, sizes, strata.quota, strata.stratumOf);
  const out = formGroups(students, { size, mix, seed, timeLimitMs: 20 });
  if (truth) {
    satisfiable++;
    if (!out.ok) refused++;
  } else {
    impossible++;
    if (out.ok) accepted++;
  }
  if (out.ok && brokenRules({ students, groups: ids(out) }).length) broken++;
}
console.log(
  `satisfiable ${satisfiable}: refused ${refused} (${f((100 * refused) / Math.max(1, satisfiable), 1)}%, target 0) · impossible ${impossible}: grouped anyway ${accepted} · groupings breaking a rule ${broken}`,
);
