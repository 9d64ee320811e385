/**
 * The groups to print, from either surface: a grouping the CLI has just formed (with its seats), or the 分组 sheet
 * the add-on reads back (members, roles and gender as the teacher may have edited them, plus the 小组信息 table).
 * Seats of a group read back from the sheet are laid out again by seating.ts from the roles the sheet shows, so a
 * student moved by hand sits in the moved group.
 */
import { DEFAULT_ROLE_NAMES } from '../grouping/roles.ts';
import { seatGroup } from '../grouping/seating.ts';
import type { Grouping, Member, RoleKey, RoleNames } from '../grouping/types.ts';
import type { GroupInfo } from '../grouping/group-info.ts';
import type { Student } from '../roster/types.ts';
import type { ClassGroups, Gender, PrintGroup } from './types.ts';

const NO_INFO: GroupInfo = { title: '', motto: '', goal: '' };

/** 男/女/M/F/boy/girl… as the sheet shows it → M, F or unknown. */
export const genderOf = (text: string | null | undefined): Gender => {
  const t = (text ?? '').trim().toLowerCase();
  if (['男', 'm', 'male', 'boy', '男生'].includes(t)) return 'M';
  if (['女', 'f', 'female', 'girl', '女生'].includes(t)) return 'F';
  return null;
};

/** A grouping just formed (the CLI): seats as the engine laid them out. */
export const classFromGrouping = (
  grouping: Grouping,
  students: readonly Student[],
  meta: { className: string; date: string },
  info: ReadonlyMap<string, GroupInfo> = new Map(),
): ClassGroups => {
  const byId = new Map(students.map((s) => [s.id, s]));
  return {
    ...meta,
    groups: grouping.groups.map(
      (g): PrintGroup => ({
        name: g.name,
        ...(info.get(g.name) ?? NO_INFO),
        members: g.members.map((m) => ({
          id: m.id,
          name: m.name,
          role: m.role ?? '',
          gender: byId.get(m.id)?.gender ?? null,
        })),
        seating: g.seating,
      }),
    ),
  };
};

/** One role as the sheet shows it → its key (a subject leader is any role that is neither of the other two). */
const roleKey = (label: string, names: readonly RoleNames[]): RoleKey =>
  names.some((n) => n.leader === label)
    ? 'leader'
    : names.some((n) => n.recorder === label)
      ? 'recorder'
      : 'subjectLeader';

/** "数学组长、记录员" → the roles seating.ts weighs (subject leaders and the leader sit in the middle). */
export const rolesFromLabel = (
  label: string,
  names: readonly RoleNames[] = [DEFAULT_ROLE_NAMES.zh, DEFAULT_ROLE_NAMES.en],
): Member['roles'] =>
  label
    .split(/[、,，;；]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => ({ key: roleKey(s, names) }));

export interface SheetMember {
  id: string;
  name: string;
  role: string;
  gender?: string;
}

/** The current grouping as the add-on reads it back from the 分组 sheet. */
export const classFromSheet = (
  groups: readonly { name: string; members: readonly SheetMember[] }[],
  meta: { className: string; date: string },
  info: ReadonlyMap<string, GroupInfo> = new Map(),
): ClassGroups => ({
  ...meta,
  groups: groups.map(
    (g): PrintGroup => ({
      name: g.name,
      ...(info.get(g.name) ?? NO_INFO),
      members: g.members.map((m) => ({ id: m.id, name: m.name, role: m.role, gender: genderOf(m.gender) })),
      seating: seatGroup(
        g.members.map((m) => ({ id: m.id, name: m.name, role: m.role || null, roles: rolesFromLabel(m.role) })),
      ),
    }),
  ),
});
