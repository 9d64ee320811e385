/**
 * `npm run bench:groups`: quality and speed of formGroups on synthetic rosters (see test/support/synthetic.ts).
 * Prints figures; asserts nothing (targets are in issue #2 and the closing note quotes them).
 */
import { formGroups, brokenRules } from '../../shared/grouping/index.ts';
import { syntheticRoster } from '../support/synthetic.ts';

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const f = (x: number, d = 3): string => x.toFixed(d);

console.log('Quality: synthetic rosters of 24–120 students (three subjects, gender, 2 keep-apart pairs among the strongest)');
console.log('setting           rosters  broken  median range/SD  serpentine  random   worst subject ratio vs serpentine  median ms');
for (const [size, mix] of [
  [4, [2, 1, 1]],
  [6, [2, 2, 2]],
] as const) {
  const ours: number[] = [];
  const serp: number[] = [];
  const rand: number[] = [];
  const ratios: number[] = [];
  const times: number[] = [];
  let broken = 0;
  let rosters = 0;
  for (let n = 24; n <= 120; n += 8)
    for (let seed = 1; seed <= 3; seed++) {
      const students = syntheticRoster(n, { seed: n * 10 + seed });
      const out = formGroups(students, { size, mix: [...mix], seed });
      rosters++;
      if (!out.ok) {
        broken++;
        continue;
      }
      const g = out.rounds[0]!;
      const b = g.report.balance;
      const s = g.report.baselines.serpentine;
      broken += brokenRules({ students, groups: g.groups.map((x) => x.members.map((m) => m.id)), gender: true }).length ? 1 : 0;
      ours.push(b.totalRangeSd);
      serp.push(s.totalRangeSd);
      rand.push(g.report.baselines.random.totalRangeSd);
      ratios.push(Math.max(...Object.keys(b.subjectRanges).map((k) => b.subjectRanges[k]! / (s.subjectRanges[k]! || 1e-9))));
      times.push(g.report.ms);
    }
  console.log(
    `size ${size}, mix ${mix.join(':')}`.padEnd(18) +
      String(rosters).padStart(7) + String(broken).padStart(8) +
      f(median(ours), 4).padStart(17) + f(median(serp)).padStart(12) + f(median(rand)).padStart(8) +
      `median ${f(median(ratios), 2)}, max ${f(Math.max(...ratios), 2)}`.padStart(36) + f(median(times), 1).padStart(11),
  );
}

console.log('\nSpeed: solve time (ms, Node), size 4 with mix 2:1:1, default time budget');
console.log('students   groups   ms      range/SD  serpentine');
for (const n of [40, 100, 500, 1000, 2000, 5000, 10000]) {
  const students = syntheticRoster(n, { seed: n });
  const out = formGroups(students, { size: 4, mix: [2, 1, 1], seed: 1 });
  if (!out.ok) {
    console.log(`${n}: conflict ${out.conflicts[0]!.message.en}`);
    continue;
  }
  const r = out.rounds[0]!.report;
  console.log(`${String(n).padStart(8)} ${String(r.groups.length).padStart(8)} ${f(r.ms, 1).padStart(7)}  ${f(r.balance.totalRangeSd, 4).padStart(8)}  ${f(r.baselines.serpentine.totalRangeSd).padStart(9)}`);
}
