/**
 * Roles inside a group.
 * - 组长 (leader): the leader candidate with the highest total; without a candidate, the highest total (in a 2:1:1
 *   group, one of the two strong students — the classroom habit).
 * - 学科组长 (subject leader): for each subject in roster order, the group's best in that subject among members
 *   holding the fewest roles so far (so roles spread: 人人有岗).
 * - 记录员 (recorder): among members with no role yet, the one closest to the group's median total (a middle
 *   student, so recording is not left to the strongest or the weakest); groups of one or two have no recorder
 *   unless someone is free.
 */
import type { Student } from '../roster/types.ts';
import type { Member, RoleKey, RoleNames } from './types.ts';

export const DEFAULT_ROLE_NAMES: Record<'zh' | 'en', RoleNames> = {
  zh: { leader: '组长', subjectLeader: '学科组长', recorder: '记录员' },
  en: { leader: 'Leader', subjectLeader: 'Subject leader', recorder: 'Recorder' },
};

/** "学科组长" + 数学 → "数学组长"; "Subject leader" + Math → "Math leader"; "{subject}代表" + 语文 → "语文代表". */
export function subjectRoleName(pattern: string, subject: string, lang: 'zh' | 'en'): string {
  if (pattern.includes('{subject}')) return pattern.split('{subject}').join(subject);
  if (pattern.includes('学科')) return pattern.replace('学科', subject);
  if (/subject/i.test(pattern)) return pattern.replace(/subject/i, subject);
  return lang === 'zh' ? subject + pattern : `${subject} ${pattern}`;
}

const byScore = (v: (s: Student) => number | null) => (a: Student, b: Student) =>
  (v(b) ?? -Infinity) - (v(a) ?? -Infinity);

export function assignRoles(group: Student[], subjects: string[], names: RoleNames, lang: 'zh' | 'en'): Member[] {
  // Roles per member, by position in the group (ids are unique within a roster).
  const roles: { key: RoleKey; subject?: string }[][] = group.map(() => []);
  const at = (s: Student): { key: RoleKey; subject?: string }[] => roles[group.indexOf(s)] ?? [];
  const byTotal = byScore((s) => s.total);
  const leader = group.filter((s) => s.leaderCandidate).sort(byTotal)[0] ?? group.slice().sort(byTotal)[0];
  if (leader) at(leader).push({ key: 'leader' });
  for (const sub of subjects) {
    const scored = group.filter((s) => s.subjects[sub] !== null && s.subjects[sub] !== undefined);
    // Among the members holding the fewest roles so far, the best in this subject.
    let fewest = Infinity;
    for (const s of scored) fewest = Math.min(fewest, at(s).length);
    const chosen = scored.filter((s) => at(s).length === fewest).sort(byScore((s) => s.subjects[sub] ?? null))[0];
    if (chosen) at(chosen).push({ key: 'subjectLeader', subject: sub });
  }
  const free = group.filter((s) => at(s).length === 0).sort(byTotal);
  const recorder = free[Math.floor((free.length - 1) / 2)];
  if (recorder) at(recorder).push({ key: 'recorder' });

  return group.map((s, i) => {
    const rs = roles[i] ?? [];
    const label = rs
      .map((r) =>
        r.key === 'leader'
          ? names.leader
          : r.key === 'recorder'
            ? names.recorder
            : subjectRoleName(names.subjectLeader, r.subject ?? '', lang),
      )
      .join(lang === 'zh' ? '、' : ', ');
    return { id: s.id, name: s.name, role: rs.length ? label : null, roles: rs };
  });
}
