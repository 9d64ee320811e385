/**
 * Turning a click into log events. Decision: a group award is one event PER MEMBER (same actionId), never a single
 * "group" event. So every point belongs to a student, per-student tallies and badges stay true, and a group's score
 * is always the sum over its members — which is what the fairness modes (tallies.ts) normalise for group size.
 * Undo and reversal append compensating events that reference the original (the log is never edited).
 *
 * Every write is one request with a client-made request id, reused when the request is retried. The events'
 * ids are derived from it (`<requestId>:1`, `<requestId>:2`…) and their actionId is the request id, so a retry of
 * a request that did land — an award, an undo or a reversal — finds its own rows and is not applied twice.
 */
import type { Lang, Localized } from '../i18n/localized.ts';
import type { GroupRef, Member, PointEvent } from './types.ts';

/** Who writes, and under which request. */
export interface WriteContext {
  /** The click's id, made by the client and reused on every retry of that click. */
  requestId: string;
  /** Anonymous key of the teacher writing ('' when unknown). */
  userKey: string;
  /** The writer's language, for the note of a compensating row (default Chinese). */
  lang?: Lang;
}

export interface AwardRequest {
  /** Students to award (ids). */
  studentIds?: string[];
  /** Or a whole group (all its current members). Both may be given: the union, each student once. */
  group?: string;
  category: string;
  /** Signed points: positive award, negative deduction. */
  points: number;
  note?: string;
}

export type AwardResult = { ok: true; actionId: string; events: PointEvent[] } | { ok: false; message: Localized };

/** A request id the log can hold and the derived ids stay short: letters, digits and dashes, 8–64 of them. */
export const isRequestId = (id: unknown): id is string => typeof id === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(id);

/** The id of the n-th event (from 0) written by a request. */
export const eventIdOf = (requestId: string, n: number): string => `${requestId}:${n + 1}`;

const iso = (now: Date | string): string => (typeof now === 'string' ? new Date(now).toISOString() : now.toISOString());

const refuse = (zh: string, en: string): AwardResult => ({ ok: false, message: { zh, en } });

/** Events for one award/deduction click, their ids derived from the request id. */
export const makeAwardEvents = (
  req: AwardRequest,
  groups: readonly GroupRef[],
  now: Date | string,
  ctx: WriteContext,
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
  const events = picked.map(
    ({ m, group }, i): PointEvent => ({
      eventId: eventIdOf(ctx.requestId, i),
      timestamp,
      studentId: m.id,
      studentName: m.name,
      group,
      category: req.category,
      points: req.points,
      note: req.note ?? '',
      userKey: ctx.userKey,
      reverses: null,
      actionId: ctx.requestId,
    }),
  );
  return { ok: true, actionId: ctx.requestId, events };
};

/** The note of a compensating row: what happened, in both languages (the log is shared by both). */
const NOTES = {
  undo: { zh: '撤销', en: 'undo' },
  reversal: { zh: '撤回这条记录', en: 'taken back' },
} satisfies Record<string, Localized>;

const compensate = (e: PointEvent, timestamp: string, n: number, ctx: WriteContext, note: Localized): PointEvent => ({
  eventId: eventIdOf(ctx.requestId, n),
  timestamp,
  studentId: e.studentId,
  studentName: e.studentName,
  group: e.group,
  category: e.category,
  points: -e.points,
  note: note[ctx.lang ?? 'zh'],
  userKey: ctx.userKey,
  reverses: e.eventId,
  actionId: ctx.requestId,
});

const reversedIds = (events: readonly PointEvent[]): Set<string> => {
  const s = new Set<string>();
  for (const e of events) if (e.reverses !== null) s.add(e.reverses);
  return s;
};

/**
 * Undo the writer's last action (all events sharing its actionId) that is not itself a compensation and not
 * already reversed. Only that teacher's own actions count (two teachers each undo their own); with no key at all
 * there is no telling whose an action is, so nothing is undone. `events` may be just the tail of the log: it must
 * reach back far enough to include the action and any reversals of it.
 */
export const makeUndo = (events: readonly PointEvent[], now: Date | string, ctx: WriteContext): AwardResult => {
  if (ctx.userKey === '')
    return refuse(
      '无法确认是谁在操作，不能撤销。请在记录里找到这一条，点“撤回这条记录”。',
      'Cannot tell who you are, so nothing was undone. Find the entry in the history and take it back there.',
    );
  const done = reversedIds(events);
  let last: PointEvent | undefined;
  for (let i = events.length - 1; i >= 0 && !last; i--) {
    const e = events[i];
    if (e && e.reverses === null && !done.has(e.eventId) && e.userKey === ctx.userKey) last = e;
  }
  if (!last) return refuse('您没有可以撤销的记分。', 'You have nothing to undo.');
  const aid = last.actionId ?? last.eventId;
  const originals = events.filter(
    (e) => (e.actionId ?? e.eventId) === aid && e.reverses === null && !done.has(e.eventId),
  );
  const timestamp = iso(now);
  return {
    ok: true,
    actionId: ctx.requestId,
    events: originals.map((e, i) => compensate(e, timestamp, i, ctx, NOTES.undo)),
  };
};

/** Take back one past entry. Refused for an unknown id, a compensation row, or an entry already taken back. */
export const makeReversal = (
  events: readonly PointEvent[],
  eventId: string,
  now: Date | string,
  ctx: WriteContext,
): AwardResult => {
  const e = events.find((x) => x.eventId === eventId);
  if (!e) return refuse(`找不到这条记录（${eventId}）。`, `That entry (${eventId}) was not found.`);
  if (e.reverses !== null)
    return refuse(
      '这条记录本身就是撤回记录，不能再撤回；如需恢复，请重新加分。',
      'This entry itself takes another back and cannot be taken back; award the points again instead.',
    );
  if (reversedIds(events).has(eventId))
    return refuse('这条记录已经撤回过了。', 'This entry has already been taken back.');
  return { ok: true, actionId: ctx.requestId, events: [compensate(e, iso(now), 0, ctx, NOTES.reversal)] };
};
