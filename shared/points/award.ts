/**
 * Turning a click into log events. Decision: a group award is one event PER MEMBER (same actionId), never a single
 * "group" event. So every point belongs to a student, per-student tallies and badges stay true, and a group's score
 * is always the sum over its members — which is what the fairness modes (tallies.ts) normalise for group size.
 * Undo and reversal append compensating events that reference the original (the log is never edited).
 */
import type { Localized } from '../i18n/localized.ts';
import type { GroupRef, Member, PointEvent } from './types.ts';

export interface AwardRequest {
  /** Students to award (ids). */
  studentIds?: string[];
  /** Or a whole group (all its current members). Both may be given: the union, each student once. */
  group?: string;
  category: string;
  /** Signed points: positive award, negative deduction. */
  points: number;
  note?: string;
  recordedBy?: string;
}

export type AwardResult = { ok: true; actionId: string; events: PointEvent[] } | { ok: false; message: Localized };

const iso = (now: Date | string): string => (typeof now === 'string' ? new Date(now).toISOString() : now.toISOString());

const refuse = (zh: string, en: string): AwardResult => ({ ok: false, message: { zh, en } });

/**
 * Events for one award/deduction click. `idGen` makes unique ids (the add-on passes Utilities.getUuid; tests pass
 * a counter). The first id is the actionId.
 */
export const makeAwardEvents = (
  req: AwardRequest,
  groups: readonly GroupRef[],
  now: Date | string,
  idGen: () => string,
): AwardResult => {
  if (!Number.isFinite(req.points) || req.points === 0)
    return refuse('分数必须是非零数字。', 'Points must be a non-zero number.');
  if (req.category.trim() === '') return refuse('请选择一个积分类别。', 'Choose a point category.');
  const byId = new Map<string, { m: Member; group: string }>();
  for (const g of groups) for (const m of g.members) byId.set(m.id, { m, group: g.name });
  const picked: { m: Member; group: string }[] = [];
  const taken = new Set<string>();
  const add = (x: { m: Member; group: string }): void => {
    if (!taken.has(x.m.id)) {
      taken.add(x.m.id);
      picked.push(x);
    }
  };
  if (req.group !== undefined) {
    const g = groups.find((x) => x.name === req.group);
    if (!g)
      return refuse(
        `找不到小组“${req.group}”；请先刷新分组。`,
        `Group "${req.group}" was not found; refresh the groups first.`,
      );
    if (g.members.length === 0) return refuse(`小组“${g.name}”没有成员。`, `Group "${g.name}" has no members.`);
    for (const m of g.members) add({ m, group: g.name });
  }
  for (const id of req.studentIds ?? []) {
    const hit = byId.get(id);
    if (!hit)
      return refuse(
        `学号“${id}”不在当前分组中；请刷新名单。`,
        `Student ID "${id}" is not in the current groups; refresh the list.`,
      );
    add(hit);
  }
  if (picked.length === 0) return refuse('请先选择学生或小组。', 'Select students or a group first.');
  const timestamp = iso(now);
  const actionId = idGen();
  const events = picked.map(
    ({ m, group }, i): PointEvent => ({
      eventId: i === 0 ? actionId : idGen(),
      timestamp,
      studentId: m.id,
      studentName: m.name,
      group,
      category: req.category,
      points: req.points,
      note: req.note ?? '',
      recordedBy: req.recordedBy ?? '',
      reverses: null,
      actionId,
    }),
  );
  return { ok: true, actionId, events };
};

const compensate = (
  e: PointEvent,
  timestamp: string,
  eventId: string,
  actionId: string,
  recordedBy: string,
  note: Localized,
): PointEvent => ({
  eventId,
  timestamp,
  studentId: e.studentId,
  studentName: e.studentName,
  group: e.group,
  category: e.category,
  points: -e.points,
  note: `${note.zh} / ${note.en}`,
  recordedBy,
  reverses: e.eventId,
  actionId,
});

const reversedIds = (events: readonly PointEvent[]): Set<string> => {
  const s = new Set<string>();
  for (const e of events) if (e.reverses !== null) s.add(e.reverses);
  return s;
};

/**
 * Undo the last action (all events sharing its actionId) that is not itself a compensation and not already
 * reversed. With `recordedBy` non-empty, only that person's actions are considered (two teachers each undo their own).
 * `events` may be just the tail of the log (e.g. the last few hundred rows) so an undo need not re-read the whole
 * sheet; it must reach back far enough to include the action and any reversals of it.
 */
export const makeUndo = (
  events: readonly PointEvent[],
  recordedBy: string,
  now: Date | string,
  idGen: () => string,
): AwardResult => {
  const done = reversedIds(events);
  let last: PointEvent | undefined;
  for (const e of [...events].reverse()) {
    if (e.reverses !== null || done.has(e.eventId)) continue;
    if (recordedBy !== '' && e.recordedBy !== recordedBy) continue;
    last = e;
    break;
  }
  if (!last) return refuse('没有可以撤销的操作。', 'There is nothing to undo.');
  const aid = last.actionId ?? last.eventId;
  const originals = events.filter(
    (e) => (e.actionId ?? e.eventId) === aid && e.reverses === null && !done.has(e.eventId),
  );
  const timestamp = iso(now);
  const actionId = idGen();
  const note = { zh: '撤销', en: 'undo' };
  const out = originals.map((e, i) =>
    compensate(e, timestamp, i === 0 ? actionId : idGen(), actionId, recordedBy, note),
  );
  return { ok: true, actionId, events: out };
};

/** Reverse one past entry. Refused for an unknown id, a compensation row, or an entry already reversed. */
export const makeReversal = (
  events: readonly PointEvent[],
  eventId: string,
  recordedBy: string,
  now: Date | string,
  idGen: () => string,
): AwardResult => {
  const e = events.find((x) => x.eventId === eventId);
  if (!e) return refuse(`找不到记录“${eventId}”。`, `Entry "${eventId}" was not found.`);
  if (e.reverses !== null)
    return refuse(
      '这条记录本身就是撤销记录，不能再撤销；如需恢复，请重新加分。',
      'This entry is itself a reversal and cannot be reversed; award the points again instead.',
    );
  if (reversedIds(events).has(eventId))
    return refuse('这条记录已经撤销过了。', 'This entry has already been reversed.');
  const actionId = idGen();
  return {
    ok: true,
    actionId,
    events: [compensate(e, iso(now), actionId, actionId, recordedBy, { zh: '冲正', en: 'reversal' })],
  };
};
