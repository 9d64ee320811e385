/**
 * formGroups: balanced mixed-ability study groups from a roster.
 *   options checked (typed conflicts) → sizes (sizes.ts) → ability strata and per-group quotas (strata.ts) → the
 *   hard rules (rules.ts): plain contradictions, then the exact feasibility search (feasible.ts); a refusal names
 *   the smallest conflict (diagnose.ts) → a start that keeps every rule (start.ts) → the search (search.ts: the
 *   exchange search on the profile cost, then the range polish, never leaving the rules; objective.ts says
 *   what is better) → final verification (rules.ts) → roles (roles.ts), seats (seating.ts), report with baselines
 *   (report.ts). Conflicts and notices are data; explain.ts words them.
 * Pure: no Node or DOM APIs, so the same code runs in the CLI, the browser and Apps Script V8.
 */
import type { Student } from '../roster/types.ts';
import type {
  BalanceWeights,
  Conflict,
  Group,
  Grouping,
  GroupingOptions,
  GroupingOutcome,
  Notice,
  RoleNames,
} from './types.ts';
import { groupCount, groupSizes } from './sizes.ts';
import { assignStrata, type Strata } from './strata.ts';
import { mixLabel } from '../settings/mix.ts';
import {
  buildRules,
  genderBounds,
  genderCategory,
  genderDeviations,
  listRules,
  plainConflicts,
  studentRefs,
  brokenRules,
  type Rules,
} from './rules.ts';
import { decideFeasibility } from './feasible.ts';
import { diagnose } from './diagnose.ts';
import { MAX_BALANCED_SUBJECTS } from '../roster/parse.ts';
import { buildFeatures, DEFAULT_EMPHASIS, DEFAULT_WEIGHTS, subjectNames, type SoftGoals } from './objective.ts';
import { startAssignment } from './start.ts';
import { solve } from './search.ts';
import { seededRng, shuffle } from './random.ts';
import { countMoved, previousGroupOf } from './previous.ts';
import { metPairs } from './rotation.ts';
import { assignRoles, DEFAULT_ROLE_NAMES } from './roles.ts';
import { seatGroup } from './seating.ts';
import { balanceSummary, groupReport, randomSplit, serpentine, stat } from './report.ts';

export type * from './types.ts';
export { brokenRules } from './rules.ts';
export { DEFAULT_ROLE_NAMES } from './roles.ts';
export { explainBroken, explainConflict, explainNotice, explainRefusal } from './explain.ts';

/** Rotation rounds at most: each round is a full search, and 50 rounds is more than a school year of changes. */
export const MAX_ROUNDS = 50;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Default budget of counted work (clock.ts), growing with the class: about 0.3 s for a class of 40, 1 s for 500, at
 * most 3 s for a grade (2,000 and more) on a busy 2-core machine. A class's search usually converges well before.
 */
export const defaultTimeLimitMs = (n: number): number => Math.round(Math.min(3000, 250 + 1.5 * n));

const isPosInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** Options that cannot be used at all, before anything is computed. */
function optionConflicts(students: readonly Student[], options: GroupingOptions): Conflict[] {
  const n = students.length;
  if (n === 0) return [{ kind: 'no-students' }];
  if (options.size !== undefined && !isPosInt(options.size)) return [{ kind: 'size-invalid', size: options.size }];
  if (options.groups !== undefined && (!isPosInt(options.groups) || options.groups > n))
    return [{ kind: 'groups-invalid', groups: options.groups, students: n }];
  const mix = options.mix ?? [];
  if (mix.length > 0 && !mix.every((v) => isPosInt(v))) return [{ kind: 'mix-invalid', mix: [...mix] }];
  const ids = new Set<string>();
  for (const s of students) {
    if (ids.has(s.id)) return [{ kind: 'duplicate-id', id: s.id }];
    ids.add(s.id);
  }
  return [];
}

interface Plan {
  sizes: number[];
  mix: number[] | null;
  strata: Strata;
  rules: Rules;
  notices: Notice[];
}

/** Sizes, strata and rules; notices where the request had to be adapted (one group, small groups). */
function plan(students: Student[], options: GroupingOptions, score: number[]): Plan {
  const n = students.length;
  const k =
    options.size === undefined && options.groups === undefined && options.previous && options.previous.length > 0
      ? Math.min(n, options.previous.length)
      : groupCount(n, options);
  const sizes = groupSizes(n, k);
  const notices: Notice[] = [];
  if (options.size !== undefined && options.groups === undefined && options.size > n)
    notices.push({ kind: 'size-over-class', size: options.size, students: n });
  let mix = options.mix && options.mix.length > 0 ? options.mix : null;
  // One group, or groups too small to seat one student per band: the mix cannot mean what it says.
  let smallest = n;
  for (const s of sizes) smallest = Math.min(smallest, s);
  if (mix && (k === 1 || smallest < mix.length)) {
    notices.push({ kind: 'mix-not-applied', mix: mixLabel(mix), size: smallest, groups: k });
    if (k === 1) mix = null;
  }
  return { sizes, mix, strata: assignStrata(score, sizes, mix), rules: buildRules(students), notices };
}

export function formGroups(students: Student[], options: GroupingOptions): GroupingOutcome {
  const t0 = now();
  const bad = optionConflicts(students, options);
  if (bad.length) return { ok: false, conflicts: bad };
  const n = students.length;
  const lang = options.lang ?? 'zh';
  const weights: BalanceWeights = {
    ...DEFAULT_WEIGHTS,
    ...options.balance,
    attributes: { ...DEFAULT_WEIGHTS.attributes, ...(options.balance?.attributes ?? {}) },
  };
  // Dozens of score columns cannot each be balanced in a meaningful way: the total is (the roster says so).
  if (subjectNames(students).length > MAX_BALANCED_SUBJECTS) weights.subjects = 0;
  const feat = buildFeatures(students, weights, options.emphasis ?? DEFAULT_EMPHASIS);
  const { sizes, mix, strata, rules, notices } = plan(students, options, feat.score);
  const refs = studentRefs(students);
  const label = mix ? mixLabel(mix) : null;
  const plain = plainConflicts(students, {
    refs,
    rules,
    sizes,
    quota: strata.quota,
    stratumOf: strata.stratumOf,
    mix: label,
  });
  if (plain.length) return { ok: false, conflicts: plain };
  const prev = options.previous ? previousGroupOf(students, options.previous) : null;
  const feasible = decideFeasibility({ quota: strata.quota, stratumOf: strata.stratumOf, rules, prefer: prev });
  if (feasible.status === 'not-decided') return { ok: false, conflicts: [{ kind: 'not-decided', students: n }] };
  if (feasible.status === 'infeasible') {
    const why = diagnose({
      refs,
      sizes,
      quota: strata.quota,
      stratumOf: strata.stratumOf,
      mix: label,
      list: listRules(students),
      budget: 4e7,
    });
    return { ok: false, conflicts: [why] };
  }

  const warnings: Notice[] = [...notices];
  if (mix && feat.missingTotals.length)
    warnings.push({ kind: 'missing-totals', students: feat.missingTotals.map((i) => refs[i] ?? { id: '', name: '' }) });
  const askedRounds = Math.max(1, Math.floor(options.rounds ?? 1));
  if (askedRounds > MAX_ROUNDS) warnings.push({ kind: 'rounds-capped', asked: askedRounds, max: MAX_ROUNDS });
  const rounds = Math.min(askedRounds, MAX_ROUNDS);

  const gcat = Int32Array.from(students, genderCategory);
  const share = [0, 0, 0];
  for (const c of gcat) share[c] = (share[c] ?? 0) + 1 / n;
  const bounds = sizes.map((s) => share.map((p) => genderBounds(s, p)));
  const gLo = bounds.map((b) => b.map((x) => x[0]));
  const gHi = bounds.map((b) => b.map((x) => x[1]));
  const met = rounds > 1 ? metPairs(n) : null;
  const seed = options.seed ?? 1;
  const timeLimitMs = options.timeLimitMs ?? defaultTimeLimitMs(n);
  const subjects = subjectNames(students);
  const names: RoleNames = { ...DEFAULT_ROLE_NAMES[lang], ...options.roleNames };
  const pattern = options.groupName ?? (lang === 'zh' ? '第{n}组' : 'Group {n}');
  const stratumById = new Map(students.map((s, i) => [s.id, strata.stratumOf[i] ?? 0]));
  const results: Grouping[] = [];

  for (let r = 0; r < rounds; r++) {
    const tr = r === 0 ? t0 : now();
    const rng = seededRng(seed, r);
    const order = shuffle(
      rng,
      students.map((_, i) => i),
    );
    const roundPrev = r === 0 ? prev : null;
    const start = startAssignment({
      sizes,
      quota: strata.quota,
      stratumOf: strata.stratumOf,
      score: feat.score,
      placed: feasible.group,
      gcat,
      gHi,
      prev: roundPrev,
      order,
    });
    const goals: SoftGoals = { gcat, gLo, gHi, met: met ? (i, j) => met.count(i, j) : null, prev: roundPrev };
    const res = solve({ feat, sizes, stratumOf: strata.stratumOf, group: start, rules, goals, rng, timeLimitMs });
    if (res.stoppedEarly) warnings.push({ kind: 'stopped-early', round: r + 1 });
    const memberIdx: number[][] = sizes.map(() => []);
    for (const [i, g] of res.group.entries()) memberIdx[g]?.push(i);
    for (const m of memberIdx) m.sort((a, b) => (feat.score[b] ?? 0) - (feat.score[a] ?? 0) || a - b);
    const studentGroups = memberIdx.map((m) => m.map((i) => students[i] as Student));
    const idGroups = studentGroups.map((m) => m.map((s) => s.id));

    // The last word: a grouping that breaks a hard rule never reaches a teacher.
    const broken = brokenRules({
      students,
      groups: idGroups,
      ...(mix ? { quota: strata.quota, stratumOf: stratumById } : {}),
    });
    if (broken.length) return { ok: false, conflicts: [{ kind: 'rules-broken', broken }] };
    const gender = genderDeviations(students, idGroups);
    if (gender.length && r === 0) warnings.push({ kind: 'gender-off', deviations: gender.length });

    const groups: Group[] = studentGroups.map((m, q) => {
      const members = assignRoles(m, subjects, names, lang);
      return { name: pattern.split('{n}').join(String(q + 1)), members, seating: seatGroup(members) };
    });
    results.push({
      groups,
      report: {
        groups: groups.map((g, q) => groupReport(g.name, studentGroups[q] ?? [], subjects)),
        class: {
          size: n,
          total: stat(students.map((s) => s.total)),
          subjects: Object.fromEntries(subjects.map((s) => [s, stat(students.map((x) => x.subjects[s]))])),
        },
        balance: balanceSummary(studentGroups, students, subjects),
        baselines: {
          serpentine: balanceSummary(serpentine(students, sizes), students, subjects),
          random: balanceSummary(randomSplit(students, sizes, seededRng(seed, 104729 + r)), students, subjects),
        },
        ...(r === 0 && prev ? { moved: countMoved(prev, res.group) } : {}),
        ms: now() - tr,
        work: Math.round(res.work),
        stoppedEarly: res.stoppedEarly,
      },
    });
    if (met) met.add(res.group);
  }
  return { ok: true, rounds: results, warnings };
}
