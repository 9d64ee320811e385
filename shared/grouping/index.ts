/**
 * formGroups: balanced mixed-ability study groups from a roster.
 *   sizes (sizes.ts) → ability strata and per-group quotas (strata.ts) → conflict checks (constraints.ts) →
 *   serpentine start that respects pins/together/apart (start.ts) → exchange local search on the anticlustering
 *   objective (objective.ts, solve.ts, over the search state in state.ts) → range polish: narrow the range of mean
 *   totals, each subject held within half the serpentine draft's range (polish.ts; it never adds a rule penalty,
 *   so with a previous grouping it moves nobody extra and in rotation it adds no repeated pair) → roles
 *   (roles.ts), seats (seating.ts), report with baselines (report.ts).
 * Pure: no Node or DOM APIs, so the same code runs in the CLI, the browser and Apps Script V8.
 */
import type { Student } from '../roster/types.ts';
import type { Localized } from '../i18n/localized.ts';
import type {
  BalanceWeights,
  Conflict,
  Group,
  Grouping,
  GroupingOptions,
  GroupingOutcome,
  RoleNames,
} from './types.ts';
import { groupCount, groupSizes } from './sizes.ts';
import { assignStrata } from './strata.ts';
import { mixLabel } from '../settings/mix.ts';
import { buildRules, findConflicts } from './constraints.ts';
import { buildFeatures, DEFAULT_WEIGHTS, subjectNames } from './objective.ts';
import { startAssignment } from './start.ts';
import { solve } from './solve.ts';
import { makeRng, shuffle } from './random.ts';
import { countMoved, previousGroupOf } from './previous.ts';
import { metPairs } from './rotation.ts';
import { assignRoles, DEFAULT_ROLE_NAMES } from './roles.ts';
import { seatGroup } from './seating.ts';
import { balanceSummary, groupReport, randomSplit, serpentine, stat } from './report.ts';
import { brokenRules, genderBounds } from './verify.ts';

export type * from './types.ts';
export { brokenRules } from './verify.ts';
export { DEFAULT_ROLE_NAMES } from './roles.ts';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Default optimiser budget, growing with the class: 25 ms up to 40 students (so 40 are grouped in under 50 ms with
 * the roles and the report), then 2 ms a student (a class of 120: 185 ms), at most 700 ms so a grade of 2,000 is
 * grouped in under a second. The deterministic work budget often ends a class's search sooner; a large grade
 * stops at the limit (checked inside the search loops).
 */
export const defaultTimeLimitMs = (n: number): number => Math.max(25, Math.min(600, 2 * n - 55));

function conflict(code: string, message: Localized, students: string[] = []): GroupingOutcome {
  return { ok: false, conflicts: [{ code, students, message }] };
}

const isPosInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

export function formGroups(students: Student[], options: GroupingOptions): GroupingOutcome {
  const t0 = now();
  const n = students.length;
  const lang = options.lang ?? 'zh';
  if (n === 0) return conflict('size-invalid', { zh: '名单里没有学生。', en: 'The roster has no students.' });
  if (options.size !== undefined && !isPosInt(options.size))
    return conflict('size-invalid', {
      zh: `每组人数必须是至少1的整数（现在是${options.size}）。`,
      en: `Group size must be a whole number of at least 1 (got ${options.size}).`,
    });
  if (options.groups !== undefined && (!isPosInt(options.groups) || options.groups > n))
    return conflict('size-invalid', {
      zh: `组数必须是1到${n}之间的整数（现在是${options.groups}）。`,
      en: `The number of groups must be a whole number from 1 to ${n} (got ${options.groups}).`,
    });
  const mix = options.mix && options.mix.length > 0 ? options.mix : null;
  if (mix && !mix.every((v) => isPosInt(v)))
    return conflict('size-invalid', {
      zh: `搭配比例必须是正整数，如2:1:1（现在是${mix.join(':')}）。`,
      en: `The mix must be whole numbers such as 2:1:1 (got ${mix.join(':')}).`,
    });
  const ids = new Set<string>();
  for (const s of students) {
    if (ids.has(s.id))
      return conflict(
        'duplicate-id',
        { zh: `学号${s.id}出现了不止一次。`, en: `The id ${s.id} appears more than once.` },
        [s.id],
      );
    ids.add(s.id);
  }

  const k =
    options.size === undefined && options.groups === undefined && options.previous && options.previous.length > 0
      ? Math.min(n, options.previous.length)
      : groupCount(n, options);
  const sizes = groupSizes(n, k);
  const weights: BalanceWeights = {
    ...DEFAULT_WEIGHTS,
    ...options.balance,
    attributes: { ...DEFAULT_WEIGHTS.attributes, ...(options.balance?.attributes ?? {}) },
  };
  const feat = buildFeatures(students, weights);
  const strata = assignStrata(feat.score, sizes, mix);
  const rules = buildRules(students);
  const conflicts: Conflict[] = findConflicts({
    students,
    rules,
    sizes,
    quota: strata.quota,
    stratumOf: strata.stratumOf,
    mixLabel: mix ? mixLabel(mix) : null,
  });
  if (conflicts.length) return { ok: false, conflicts };

  const warnings: Localized[] = [];
  if (mix && feat.missingTotals.length)
    warnings.push({
      zh: `${feat.missingTotals.length}名学生没有总分，按全班中位数参与分档：${feat.missingTotals.slice(0, 10).join('、')}`,
      en: `${feat.missingTotals.length} students have no total and were banded at the class median: ${feat.missingTotals.slice(0, 10).join(', ')}`,
    });

  const gcat = students.map((s) => (s.gender === 'M' ? 0 : s.gender === 'F' ? 1 : 2));
  const share = [0, 0, 0];
  for (const c of gcat) share[c]! += 1 / n;
  const bounds = sizes.map((s) => share.map((p) => genderBounds(s, p)));
  const gLo = bounds.map((b) => b.map((x) => x[0]));
  const gHi = bounds.map((b) => b.map((x) => x[1]));
  const prev = options.previous ? previousGroupOf(students, options.previous) : null;
  const rounds = Math.max(1, Math.floor(options.rounds ?? 1));
  const met = rounds > 1 ? metPairs(n) : null;
  const seed = options.seed ?? 1;
  const timeLimitMs = options.timeLimitMs ?? defaultTimeLimitMs(n);
  const subjects = subjectNames(students);
  const names: RoleNames = { ...DEFAULT_ROLE_NAMES[lang], ...options.roleNames };
  const pattern = options.groupName ?? (lang === 'zh' ? '第{n}组' : 'Group {n}');
  const stratumById = new Map(students.map((s, i) => [s.id, strata.stratumOf[i]!]));
  const results: Grouping[] = [];

  for (let r = 0; r < rounds; r++) {
    const tr = r === 0 ? t0 : now();
    const rng = makeRng(seed + r * 7919);
    const order = shuffle(
      rng,
      students.map((_, i) => i),
    );
    const start = startAssignment({
      k,
      sizes,
      quota: strata.quota,
      stratumOf: strata.stratumOf,
      score: feat.score,
      rules,
      gcat,
      gHi,
      prev: r === 0 ? prev : null,
      order,
    });
    const res = solve({
      feat,
      sizes,
      stratumOf: strata.stratumOf,
      group: start.group,
      fixed: start.fixed,
      apart: rules.apart,
      gcat,
      gLo,
      gHi,
      met: met ? (i, j) => met.count(i, j) : null,
      metWeight: 2,
      prev: r === 0 ? prev : null,
      moveWeight: 50,
      rng,
      timeLimitMs,
    });
    const memberIdx: number[][] = sizes.map(() => []);
    for (const [i, g] of res.group.entries()) memberIdx[g]?.push(i);
    for (const m of memberIdx) m.sort((a, b) => feat.score[b]! - feat.score[a]! || a - b);
    const idGroups = memberIdx.map((m) => m.map((i) => students[i]!.id));

    const broken = brokenRules({
      students,
      groups: idGroups,
      quota: mix ? strata.quota : undefined,
      stratumOf: mix ? stratumById : undefined,
    });
    if (broken.length) {
      const apartPairs = broken.filter((b) => b.includes('must be apart'));
      const involved = [...new Set(apartPairs.flatMap((b) => b.split(' ').filter((w) => ids.has(w))))];
      return {
        ok: false,
        conflicts: [
          {
            code: apartPairs.length ? 'keep-apart-unsolved' : 'rules-unsolved',
            students: involved,
            message: {
              zh: `找不到同时满足所有规则的分组：${broken.slice(0, 5).join('；')}。请减少“分开/同组/指定组”规则。`,
              en: `No grouping found that keeps every rule: ${broken.slice(0, 5).join('; ')}. Relax some keep-apart/keep-together/pinned rules.`,
            },
          },
        ],
      };
    }
    const genderBroken = brokenRules({ students, groups: idGroups, gender: true }).filter((b) => b.includes('gender'));
    if (genderBroken.length && r === 0)
      warnings.push({
        zh: `男女比例无法在每组都做到（受同组/指定组/分档规则限制）：${genderBroken.length}处偏差。`,
        en: `The gender balance could not hold in every group (limited by keep-together, pinned or mix rules): ${genderBroken.length} deviations.`,
      });

    const groups: Group[] = memberIdx.map((m, q) => {
      const members = assignRoles(
        m.map((i) => students[i]!),
        subjects,
        names,
        lang,
      );
      return { name: pattern.split('{n}').join(String(q + 1)), members, seating: seatGroup(members) };
    });
    const studentGroups = memberIdx.map((m) => m.map((i) => students[i]!));
    const baseRng = makeRng(seed + 104729);
    const ms = now() - tr;
    results.push({
      groups,
      report: {
        groups: groups.map((g, q) => groupReport(g.name, studentGroups[q]!, subjects)),
        class: {
          size: n,
          total: stat(students.map((s) => s.total)),
          subjects: Object.fromEntries(subjects.map((s) => [s, stat(students.map((x) => x.subjects[s]))])),
        },
        balance: balanceSummary(studentGroups, students, subjects),
        baselines: {
          serpentine: balanceSummary(serpentine(students, sizes), students, subjects),
          random: balanceSummary(randomSplit(students, sizes, baseRng), students, subjects),
        },
        ...(r === 0 && prev ? { moved: countMoved(prev, res.group) } : {}),
        ms,
      },
    });
    if (met) met.add(res.group);
  }
  return { ok: true, rounds: results, warnings };
}
