/**
 * `npm run bench:groups`: quality and speed of formGroups on synthetic rosters (see test/support/synthetic.ts).
 * Prints figures and whether each target of issue #2 is met; asserts nothing (the closing note quotes them).
 *
 * Quality: 39 rosters of 24–120 students (three subjects, gender, two keep-apart pairs among the strongest) per
 * roster set; the main set is the one quoted, a second set with other seeds checks the method is not tuned to it.
 * Speed: solve time (formGroups' own report.ms, wall clock) with the default time budget.
 */
import { formGroups, brokenRules, defaultTimeLimitMs } from '../../shared/grouping/index.ts';
import { syntheticRoster } from '../support/synthetic.ts';

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : NaN;
};
const f = (x: number, d = 3): string => x.toFixed(d);
const yes = (ok: boolean): string => (ok ? 'yes' : 'NO');

const TOTAL_TARGET = 0.02;
const SUBJECT_TARGET = 0.5;

interface Row {
  label: string;
  rosters: number;
  broken: number;
  ours: number;
  serp: number;
  rand: number;
  ratio: number;
  ratioMax: number;
  ms: number;
}

function quality(size: number, mix: number[], seedOffset: number): Row {
  const ours: number[] = [];
  const serp: number[] = [];
  const rand: number[] = [];
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
      broken += brokenRules({ students, groups: g.groups.map((x) => x.members.map((m) => m.id)), gender: true }).length
        ? 1
        : 0;
      ours.push(b.totalRangeSd);
      serp.push(s.totalRangeSd);
      rand.push(g.report.baselines.random.totalRangeSd);
      // The roster's worst subject: its range of group means over the serpentine draft's.
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
    ratio: median(ratios),
    ratioMax: Math.max(...ratios),
    ms: median(times),
  };
}

console.log(
  'Quality — synthetic rosters of 24–120 students (3 subjects, gender, 2 keep-apart pairs among the strongest)',
);
console.log(
  `targets: median range of group mean totals ÷ class SD ≤ ${TOTAL_TARGET}; median worst-subject range ÷ serpentine's ≤ ${SUBJECT_TARGET}; no broken rule`,
);
console.log('');
console.log(
  'roster set   setting            rosters broken │ range/SD  target │ serpentine  random │ subject ratio (max)  target │ median ms',
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
      set.padEnd(13) +
        r.label.padEnd(19) +
        String(r.rosters).padStart(7) +
        String(r.broken).padStart(7) +
        ' │ ' +
        f(r.ours, 4).padStart(8) +
        yes(r.ours <= TOTAL_TARGET && r.broken === 0).padStart(8) +
        ' │ ' +
        f(r.serp).padStart(10) +
        f(r.rand).padStart(8) +
        ' │ ' +
        `${f(r.ratio, 2)} (${f(r.ratioMax, 2)})`.padStart(20) +
        yes(r.ratio <= SUBJECT_TARGET).padStart(8) +
        ' │ ' +
        f(r.ms, 1).padStart(9),
    );
  }

console.log('');
console.log(
  'Speed — solve time (ms, wall clock, Node; median of 5 runs, 3 above 2,000 students — the groups are the same every run), size 4 with mix 2:1:1, default time budget',
);
console.log('targets: 40 students < 50 ms; 2,000 students < 1,000 ms');
console.log('students   groups   budget ms   solve ms  target │ range/SD  serpentine  random │ subject ratio');
for (const n of [40, 100, 500, 1000, 2000, 5000, 10000]) {
  const students = syntheticRoster(n, { seed: n });
  const runs = Array.from({ length: n > 2000 ? 3 : 5 }, () =>
    formGroups(students, { size: 4, mix: [2, 1, 1], seed: 1 }),
  );
  const out = runs[0]!;
  if (!out.ok) {
    console.log(`${n}: conflict ${out.conflicts[0]!.message.en}`);
    continue;
  }
  const r = { ...out.rounds[0]!.report, ms: median(runs.map((o) => (o.ok ? o.rounds[0]!.report.ms : NaN))) };
  const b = r.balance;
  const s = r.baselines.serpentine;
  const ratio = Math.max(
    ...Object.keys(b.subjectRanges).map((k) => b.subjectRanges[k]! / (s.subjectRanges[k]! || 1e-9)),
  );
  const target = n === 40 ? yes(r.ms < 50) : n === 2000 ? yes(r.ms < 1000) : '';
  console.log(
    String(n).padStart(8) +
      String(r.groups.length).padStart(9) +
      String(defaultTimeLimitMs(n)).padStart(12) +
      f(r.ms, 1).padStart(11) +
      target.padStart(8) +
      ' │ ' +
      f(b.totalRangeSd, 4).padStart(8) +
      f(s.totalRangeSd).padStart(12) +
      f(r.baselines.random.totalRangeSd).padStart(8) +
      ' │ ' +
      f(ratio, 2).padStart(13),
  );
}
