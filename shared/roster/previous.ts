/**
 * An earlier grouping, read back from the 分组 sheet or a file, matched to this roster's students. Students are
 * matched by id only when the roster has a real id column (学号): a row counter (序号) or the row number is
 * renumbered when a student leaves, and would hand one child's place to another. Otherwise they are matched by
 * name, and a name shared by two students matches neither (said in a warning).
 */
import type { Localized } from '../i18n/localized.ts';
import { nameList } from './names.ts';
import type { Roster } from './types.ts';

/** A member as an earlier grouping recorded it. */
export interface PreviousMember {
  id?: string;
  name?: string;
}

export interface MatchedPrevious {
  /** Member ids of this roster, one list per earlier group (students who left are gone, new ones absent). */
  groups: string[][];
  warnings: Localized[];
}

export function matchPrevious(previous: readonly (readonly PreviousMember[])[], roster: Roster): MatchedPrevious {
  const byId = new Map(roster.students.map((s) => [s.id, s.id]));
  const byName = new Map<string, string[]>();
  for (const s of roster.students) {
    const list = byName.get(s.name);
    if (list) list.push(s.id);
    else byName.set(s.name, [s.id]);
  }
  const shared = new Set<string>();
  const resolve = (m: PreviousMember): string | null => {
    if (roster.idSource === 'column' && m.id !== undefined) {
      const hit = byId.get(m.id.trim());
      if (hit !== undefined) return hit;
    }
    const name = m.name?.trim() ?? '';
    const ids = byName.get(name) ?? [];
    if (ids.length > 1) shared.add(name);
    return ids.length === 1 ? (ids[0] ?? null) : null;
  };
  const used = new Set<string>();
  const groups = previous.map((g) =>
    g.flatMap((m) => {
      const id = resolve(m);
      if (id === null || used.has(id)) return [];
      used.add(id);
      return [id];
    }),
  );
  const warnings: Localized[] = [];
  if (shared.size > 0) {
    const names = [...shared];
    warnings.push({
      zh: `名单里有同名的学生（${nameList(names, 'zh')}），${roster.idSource === 'column' ? '上次的分组里' : '名单没有学号，'}按姓名分不清是哪一位，他们这次重新安排。`,
      en: `Several students share a name (${nameList(names, 'en')}); ${roster.idSource === 'column' ? 'the earlier grouping' : 'without an id column the roster'} cannot tell them apart by name, so they are placed afresh.`,
    });
  }
  return { groups, warnings };
}
