/**
 * Three teachers scoring one class at once over the Apps Script stand-in, from a fixed seed: awards, group awards,
 * undos and reversals, sent one at a time per teacher as the sidebar sends them (a click's request id made once,
 * the attempt counted on every retry), while the network loses requests and replies and executions hold the
 * document lock. A simple model applies each click's intended effect exactly once, in the order the server first
 * carried it out, and decides what each undo and reversal should do; the log must agree with it.
 * Used by test/addon/simulation.test.ts (bounded) and `npm run bench:addon` (thousands of steps).
 */
import { makeRng } from '../../shared/grouping/random.ts';
import { LOG_COL } from '../../shared/points/log.ts';
import { formGroupsRequest, newRequestId, open, otherUser, ROSTER_ZH, type Session } from './helpers.ts';

export interface SimulationOptions {
  seed: number;
  steps: number;
  /** Chance that a request never reaches the server. */
  lostRequest?: number;
  /** Chance that the server carries a request out but its reply is lost. */
  lostReply?: number;
  /** Chance, per step, that some execution takes the document lock and holds it for a few steps. */
  lockHeld?: number;
}

export interface SimulationReport {
  clicks: number;
  serverCalls: number;
  retries: number;
  lostRequests: number;
  lostReplies: number;
  busyReplies: number;
  duplicatesRecognised: number;
  refusals: number;
  /** Clicks the model says landed but the log has no rows for (must be 0). */
  lost: number;
  /** Log rows beyond what the model expects, or event ids / clicks written twice (must be 0). */
  duplicated: number;
  /** Students whose total in the sidebar differs from the model (must be 0). */
  totalsWrong: number;
  /** Server decisions (done / refused) that differ from the model's (must be 0). */
  decisionsWrong: number;
  logRows: number;
}

type Click = { requestId: string; attempt: number; owner: number } & (
  | { kind: 'award'; studentIds?: string[]; group?: string; points: number; category: string }
  | { kind: 'undo' }
  | { kind: 'reverse'; eventId: string }
);

interface ModelEvent {
  eventId: string;
  studentId: string;
  points: number;
  takenBack: boolean;
}
interface ModelAction {
  requestId: string;
  owner: number;
  events: ModelEvent[];
}

interface Reply {
  ok: boolean;
  busy?: boolean;
  duplicate?: boolean;
  alreadyReversed?: boolean;
  entries?: { eventId: string; studentId: string; points: number; reverses: string | null }[];
}

export async function simulateScoring(opts: SimulationOptions): Promise<SimulationReport> {
  const random = makeRng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const first = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: ROSTER_ZH } } });
  if (!first.call('formGroupsRun', formGroupsRequest).ok) throw new Error('simulation: grouping failed');
  const teachers: Session[] = [
    first,
    await otherUser(first, 'b@school.example', { locale: 'zh-CN' }),
    await otherUser(first, 'c@school.example', { locale: 'zh-CN' }),
  ];
  const groups: { name: string; members: { id: string }[] }[] = first.call('scoringState').groups;
  const students = groups.flatMap((g) => g.members.map((m) => m.id));

  // The model: actions in the order the server first carried them out.
  const actions: ModelAction[] = [];
  const byEvent = new Map<string, ModelEvent>();
  const committed = new Set<string>(); // request ids the server carried out
  const report: SimulationReport = {
    clicks: 0,
    serverCalls: 0,
    retries: 0,
    lostRequests: 0,
    lostReplies: 0,
    busyReplies: 0,
    duplicatesRecognised: 0,
    refusals: 0,
    lost: 0,
    duplicated: 0,
    totalsWrong: 0,
    decisionsWrong: 0,
    logRows: 0,
  };

  /** What the model says a click should do now: 'write' or 'refuse'. */
  const expected = (c: Click): 'write' | 'refuse' => {
    if (c.kind === 'award') return 'write';
    if (c.kind === 'undo')
      return actions.some((a) => a.owner === c.owner && a.events.some((e) => !e.takenBack && e.points !== 0))
        ? 'write'
        : 'refuse';
    const e = byEvent.get(c.eventId);
    return e && !e.takenBack && e.points !== 0 ? 'write' : 'refuse';
  };

  /** Record what the server did with a click it carried out for the first time. */
  const apply = (c: Click, r: Reply): void => {
    const events = r.entries ?? [];
    if (c.kind === 'award') {
      actions.push({
        requestId: c.requestId,
        owner: c.owner,
        events: events.map((e) => ({ eventId: e.eventId, studentId: e.studentId, points: e.points, takenBack: false })),
      });
      for (const e of actions[actions.length - 1]?.events ?? []) byEvent.set(e.eventId, e);
      return;
    }
    // The model decides what an undo takes back (the owner's last action with anything left) and checks the
    // server took back exactly that; a reversal takes back its one entry.
    const target =
      c.kind === 'undo'
        ? [...actions].reverse().find((a) => a.owner === c.owner && a.events.some((e) => !e.takenBack && e.points))
        : undefined;
    const want =
      c.kind === 'undo'
        ? (target?.events.filter((e) => !e.takenBack && e.points) ?? [])
        : [byEvent.get(c.eventId)].filter((e): e is ModelEvent => e !== undefined);
    const got = events.map((e) => e.reverses).sort();
    if (JSON.stringify(got) !== JSON.stringify(want.map((e) => e.eventId).sort())) report.decisionsWrong++;
    for (const e of want) e.takenBack = true;
    const action: ModelAction = { requestId: c.requestId, owner: c.owner, events: [] };
    for (const e of events) {
      const m = { eventId: e.eventId, studentId: e.studentId, points: 0, takenBack: true };
      action.events.push(m); // compensations cancel what they take back; they are not undone themselves
      byEvent.set(e.eventId, m);
    }
    actions.push(action);
  };

  const queues: Click[][] = teachers.map(() => []);
  const holding: { teacher: number; until: number }[] = [];

  const send = (t: number, drain: boolean): void => {
    const c = queues[t]?.[0];
    const s = teachers[t];
    if (!c || !s) return;
    if (c.attempt > 0) report.retries++;
    c.attempt++;
    if (!drain && random() < (opts.lostRequest ?? 0)) {
      report.lostRequests++;
      return; // never arrived: the sidebar retries later
    }
    const req = { requestId: c.requestId, attempt: c.attempt };
    report.serverCalls++;
    const before = expected(c);
    const r: Reply =
      c.kind === 'award'
        ? s.call('awardPoints', {
            ...req,
            category: c.category,
            points: c.points,
            ...(c.studentIds ? { studentIds: c.studentIds } : { group: c.group }),
          })
        : c.kind === 'undo'
          ? s.call('undoLast', req)
          : s.call('reverseEntry', c.eventId, req);
    if (r.busy) report.busyReplies++;
    else if (r.ok && r.duplicate) {
      report.duplicatesRecognised++;
      if (!committed.has(c.requestId)) report.decisionsWrong++; // a "duplicate" of something never written
    } else if (r.ok) {
      if (committed.has(c.requestId)) report.duplicated++; // written a second time
      if (before !== 'write') report.decisionsWrong++;
      committed.add(c.requestId);
      apply(c, r);
    } else {
      if (before !== 'refuse' && !committed.has(c.requestId)) report.decisionsWrong++;
      report.refusals++;
    }
    if (!drain && !r.busy && random() < (opts.lostReply ?? 0)) {
      report.lostReplies++;
      return; // carried out (or refused), but the sidebar never heard: it retries
    }
    if (!r.busy) queues[t]?.shift();
  };

  for (let step = 0; step < opts.steps; step++) {
    // Executions holding the lock finish after a few steps.
    for (let i = holding.length - 1; i >= 0; i--) {
      const h = holding[i];
      if (h && h.until <= step) {
        teachers[h.teacher]?.si.endExecution();
        holding.splice(i, 1);
      }
    }
    const t = Math.floor(random() * teachers.length);
    const roll = random();
    if (roll < (opts.lockHeld ?? 0) && holding.length === 0) {
      const h = Math.floor(random() * teachers.length);
      if (teachers[h]?.si.LockService.getDocumentLock().tryLock(0))
        holding.push({ teacher: h, until: step + 1 + Math.floor(random() * 4) });
    } else if (roll < 0.75) {
      report.clicks++;
      const whole = random() < 0.2;
      queues[t]?.push({
        kind: 'award',
        requestId: newRequestId(),
        attempt: 0,
        owner: t,
        category: pick(['学习', '纪律', '卫生']),
        points: pick([1, 2, 2, 3, -1]),
        ...(whole
          ? { group: pick(groups).name }
          : {
              studentIds: [...new Set([pick(students), pick(students), pick(students)])].slice(
                0,
                1 + Math.floor(random() * 3),
              ),
            }),
      });
    } else if (roll < 0.87) {
      report.clicks++;
      queues[t]?.push({ kind: 'undo', requestId: newRequestId(), attempt: 0, owner: t });
    } else {
      const ids = [...byEvent.keys()];
      if (ids.length > 0) {
        report.clicks++;
        queues[t]?.push({ kind: 'reverse', eventId: pick(ids), requestId: newRequestId(), attempt: 0, owner: t });
      }
    }
    // Each teacher's sidebar sends its next queued write (one in flight at a time).
    for (let k = 0; k < teachers.length; k++) if (random() < 0.7) send(k, false);
  }
  // End of the lesson: locks released, the network calm; every queue drains.
  for (const h of holding) teachers[h.teacher]?.si.endExecution();
  for (let k = 0; k < teachers.length; k++) {
    let guard = 0;
    while ((queues[k]?.length ?? 0) > 0 && guard++ < 10_000) send(k, true);
  }

  // Check the log against the model.
  const rows = first.si.workbook.sheet('积分记录').values().slice(1);
  report.logRows = rows.length;
  const eventIds = rows.map((r) => String(r[LOG_COL.eventId]));
  report.duplicated += eventIds.length - new Set(eventIds).size;
  const modelEvents = actions.flatMap((a) => a.events);
  report.duplicated += Math.max(0, rows.length - modelEvents.length);
  const inLog = new Set(eventIds);
  report.lost += modelEvents.filter((e) => !inLog.has(e.eventId)).length;
  const model = new Map<string, number>(students.map((id) => [id, 0]));
  for (const e of modelEvents)
    if (e.points !== 0 && !e.takenBack) model.set(e.studentId, (model.get(e.studentId) ?? 0) + e.points);
  const totals: Record<string, number> = first.call('scoringState').totals;
  for (const id of students) if ((totals[id] ?? 0) !== (model.get(id) ?? 0)) report.totalsWrong++;
  return report;
}
