/**
 * The scoring sidebar's server side.
 *   scoringState  — groups, categories, totals, badges, recent entries (reads the whole log once: on open/refresh).
 *   awardPoints   — one call per click: read the grouping, make the events, append them under the document lock.
 *                   A constant number of spreadsheet operations; the log is never re-read.
 *   undoLast      — compensates this teacher's last action (anonymous user key), found in a tail of the log.
 *   reverseEntry  — compensates any past entry (searches the log's id column outside the lock: reversals are rare).
 *   listEntries   — the history list, paged from the bottom of the log (bounded reads), optionally for some students,
 *                   so any past entry can be found and reversed without the sidebar loading the whole log.
 * A busy lock returns {ok:false, busy:true}: the sidebar keeps the award queued and retries; nothing is dropped.
 * Every write (award, undo, reversal) carries the click's request id and its attempt number; the rows' ids are
 * derived from the request id, so a retry of a write that did land finds its rows and is not applied twice.
 */

import type { SheetGroup } from '../../shared/grouping/sheet.ts';
import type { Lang, Localized } from '../../shared/i18n/localized.ts';
import type { AwardResult, AwardRequest as CoreAwardRequest, WriteContext } from '../../shared/points/award.ts';
import {
  computeTallies,
  isRequestId,
  LOG_WIDTH,
  makeAwardEvents,
  makeReversal,
  makeUndo,
  rowsToEvents,
} from '../../shared/points/index.ts';
import type { GroupRef, PointEvent } from '../../shared/points/types.ts';
import { activeSpreadsheet, type Sheet, type Spreadsheet, timeZone, userKey } from './apps-script.ts';
import { readCurrentGroups } from './current-groups.ts';
import { BUSY, withDocumentLock } from './document-lock.ts';
import {
  appendEvents,
  ensureLog,
  findAction,
  findEntry,
  findLog,
  readLog,
  readRows,
  UNDO_PAGE_ROWS,
} from './points-log.ts';
import { type Failure, fail, UserError } from './responses.ts';
import { readSettings } from './settings-store.ts';

const RECENT = 30;
/** History pages: rows read per getValues, and at most this many rows per call (a filter may match rarely). */
export const PAGE_ROWS = 200;
export const MAX_SCAN_ROWS = 1000;
const MAX_LIMIT = 100;
const MAX_FILTER_IDS = 200;

/** A log row as the sidebar lists it for reversal. */
export interface EntryView
  extends Pick<
    PointEvent,
    'eventId' | 'timestamp' | 'studentId' | 'studentName' | 'group' | 'category' | 'points' | 'note' | 'reverses'
  > {
  actionId: string;
  /** This row compensates another. */
  isReversal: boolean;
  /** This row has been compensated. */
  reversed: boolean;
}

export interface ScoringState {
  ok: true;
  lang: Lang;
  groupsSheet: string | null;
  groups: SheetGroup[];
  categories: { name: string; defaultPoints: number }[];
  badge: { name: string; every: number };
  fairness: 'total' | 'average' | 'normalized';
  totals: Record<string, number>;
  badges: Record<string, number>;
  groupScores: Record<string, number>;
  suggestedLeaders: Record<string, string>;
  recent: EntryView[];
  eventCount: number;
  /** The spreadsheet's time zone: the sidebar shows entries' times as the teacher's clock showed them. */
  timeZone: string;
  /** Messages about the log or settings (broken rows, unknown students), already localized. */
  notices: string[];
}

/** The sidebar's award: the core request plus the click's id and attempt (who records it comes from the session). */
export interface AwardRequest extends CoreAwardRequest, WriteRequest {}

export interface WriteDone {
  ok: true;
  actionId: string;
  entries: EntryView[];
  /** The request had already been written (a retry): nothing new was appended. */
  duplicate?: boolean;
}

/** One page of the history list (google.script.run listEntries). */
export interface EntriesQuery {
  /** Sheet row: only rows above it are read (the previous page's `next`). Omitted: from the bottom of the log. */
  before?: number;
  /** Only entries of these students (the sidebar's selection). */
  studentIds?: string[];
  studentId?: string;
  /** Entries wanted (default 30, at most 100). */
  limit?: number;
}

export interface EntriesPage {
  ok: true;
  /** Newest first, each with its sheet row. `reversed` is known from the rows read in this call: a compensation
   *  further down the log is in `reversedIds` of an earlier (newer) page, which the sidebar keeps. */
  entries: (EntryView & { row: number })[];
  /** Every event id compensated by a row read in this call (any student). */
  reversedIds: string[];
  /** `before` for the next older page; null once the top of the log was read. */
  next: number | null;
  /** Rows read in this call. */
  scanned: number;
}

const toRefs = (groups: readonly SheetGroup[]): GroupRef[] =>
  groups.map((g) => ({ name: g.name, members: g.members.map((m) => ({ id: m.id, name: m.name })) }));

const view = (e: PointEvent, reversed: ReadonlySet<string>): EntryView => ({
  eventId: e.eventId,
  actionId: e.actionId ?? e.eventId,
  timestamp: e.timestamp,
  studentId: e.studentId,
  studentName: e.studentName,
  group: e.group,
  category: e.category,
  points: e.points,
  note: e.note,
  isReversal: e.reverses !== null,
  reverses: e.reverses,
  reversed: reversed.has(e.eventId),
});

const noGroups: Localized = {
  zh: '还没有分组。请先用“分组…”生成分组表，再来记分。',
  en: 'There are no groups yet. Use "Form groups…" first, then keep points here.',
};

const requireGroups = (ss: Spreadsheet): SheetGroup[] => {
  const current = readCurrentGroups(ss);
  if (!current || current.groups.length === 0) throw new UserError(noGroups);
  return current.groups;
};

export const scoringState = (lang: Lang): ScoringState => {
  const ss = activeSpreadsheet();
  const current = readCurrentGroups(ss);
  const groups = current?.groups ?? [];
  const stored = readSettings(ss, lang);
  const known = new Set(groups.flatMap((g) => g.members.map((m) => m.id)));
  const { events, problems } = readLog(findLog(ss), known);
  const t = computeTallies(events, toRefs(groups), stored.settings, new Date(), timeZone(ss));
  const reversed = new Set(events.flatMap((e) => (e.reverses === null ? [] : [e.reverses])));
  const totals: Record<string, number> = {};
  const badges: Record<string, number> = {};
  for (const s of t.students) {
    totals[s.id] = s.total;
    badges[s.id] = s.badges;
  }
  const groupScores: Record<string, number> = {};
  const suggestedLeaders: Record<string, string> = {};
  for (const g of t.groups) {
    groupScores[g.name] = g.score;
    if (g.suggestedLeader) suggestedLeaders[g.name] = g.suggestedLeader.id;
  }
  const notices = [
    ...(current ? [] : [noGroups[lang]]),
    ...stored.problems.map((p) => p[lang]),
    ...problems.slice(0, 5).map((p) => p.message[lang]),
    ...(problems.length > 5
      ? [
          lang === 'zh'
            ? `积分记录还有 ${problems.length - 5} 处需要检查。`
            : `${problems.length - 5} more rows of the Points log need a look.`,
        ]
      : []),
  ];
  return {
    ok: true,
    lang,
    groupsSheet: current?.sheetName ?? null,
    groups,
    categories: stored.settings.categories.map((c) => ({ ...c })),
    badge: { ...stored.settings.badge },
    fairness: stored.settings.fairness,
    totals,
    badges,
    groupScores,
    suggestedLeaders,
    recent: events
      .slice(-RECENT)
      .reverse()
      .map((e) => view(e, reversed)),
    eventCount: events.length,
    timeZone: timeZone(ss),
    notices,
  };
};

const intIn = (v: unknown, lo: number, hi: number, dflt: number): number => {
  const n = Math.floor(Number(v));
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : dflt;
};

/**
 * Entries above row `before` (or from the bottom), newest first: blocks of PAGE_ROWS rows, one getValues each,
 * until `limit` entries match or MAX_SCAN_ROWS rows were read. Cost is bounded whatever the log's length.
 */
export const listEntries = (query: EntriesQuery | null | undefined, _lang: Lang): EntriesPage => {
  const q = query ?? {};
  const log = findLog(activeSpreadsheet());
  const empty: EntriesPage = { ok: true, entries: [], reversedIds: [], next: null, scanned: 0 };
  if (!log) return empty;
  const last = log.getLastRow();
  let top =
    q.before === undefined || q.before === null ? last : Math.min(last, intIn(q.before, 1, last + 1, last + 1) - 1);
  const limit = intIn(q.limit, 1, MAX_LIMIT, RECENT);
  const ids = [
    ...(Array.isArray(q.studentIds) ? q.studentIds : []),
    ...(q.studentId === undefined ? [] : [q.studentId]),
  ]
    .slice(0, MAX_FILTER_IDS)
    .map((x) => String(x).trim())
    .filter((x) => x !== '');
  const only = ids.length > 0 ? new Set(ids) : null;
  const found: { e: PointEvent; row: number }[] = [];
  const reversedIds = new Set<string>();
  let scanned = 0;
  while (top >= 1 && found.length < limit && scanned < MAX_SCAN_ROWS) {
    // Unfiltered, every row is (normally) an entry: read just what is wanted.
    const size = Math.min(top, MAX_SCAN_ROWS - scanned, only ? PAGE_ROWS : Math.min(PAGE_ROWS, limit - found.length));
    const from = top - size + 1;
    const rows = readRows(log, from, top);
    scanned += size;
    top = from - 1;
    for (let i = rows.length - 1; i >= 0; i--) {
      // One row at a time so each entry keeps its sheet row; the header, blank and broken rows give no event.
      const e = rowsToEvents(rows.slice(i, i + 1), { firstRow: from + i }).events[0];
      if (!e) continue;
      if (e.reverses !== null) reversedIds.add(e.reverses);
      if (found.length < limit && (!only || only.has(e.studentId))) found.push({ e, row: from + i });
      else if (found.length >= limit) {
        top = from + i;
        break;
      } // resume at this row next time
    }
  }
  return {
    ok: true,
    entries: found.map(({ e, row }) => ({ ...view(e, reversedIds), row })),
    reversedIds: [...reversedIds],
    next: top >= 1 ? top + 1 : null,
    scanned,
  };
};

/** Run `write` holding the document's write lock; a busy lock returns the "queued" reply the sidebar retries. */
const withLock = <T>(lang: Lang, write: () => T): T | Failure => withDocumentLock(lang, write, BUSY.award);

/** A write request as the sidebar sends it: the click's id, and which attempt this is (a retry is 2 or more). */
export interface WriteRequest {
  requestId?: string;
  attempt?: number;
}

const contextOf = (req: WriteRequest | null | undefined, lang: Lang): WriteContext => {
  if (!isRequestId(req?.requestId))
    throw new UserError({
      zh: '这次操作缺少编号，没有记下。请刷新侧边栏再试。',
      en: 'This request has no id and was not written. Reload the sidebar and try again.',
    });
  return { requestId: req.requestId, userKey: userKey(), lang };
};

/**
 * A retried request whose first attempt was written (its reply was lost): its rows, found by their action id
 * however far back they are. Only retries look (one read of one column), so a first attempt costs no read.
 */
const alreadyWritten = (log: Sheet, req: WriteRequest, ctx: WriteContext): WriteDone | null => {
  if ((req.attempt ?? 1) <= 1) return null;
  const rows = findAction(log, ctx.requestId);
  if (rows.length === 0) return null;
  const { events } = rowsToEvents(rows.map((r) => r.values));
  return { ok: true, actionId: ctx.requestId, duplicate: true, entries: events.map((e) => view(e, new Set())) };
};

const written = (r: AwardResult, lang: Lang, append: (events: PointEvent[]) => void): WriteDone | Failure => {
  if (!r.ok) return fail(r.message, lang);
  append(r.events);
  return { ok: true, actionId: r.actionId, entries: r.events.map((e) => view(e, new Set())) };
};

export const awardPoints = (req: AwardRequest, lang: Lang): WriteDone | Failure => {
  const ss = activeSpreadsheet();
  const ctx = contextOf(req, lang);
  const groups = toRefs(requireGroups(ss));
  const points = Number(req.points);
  if (Math.abs(points) > 1000)
    return fail({ zh: '一次最多加减 1000 分。', en: 'At most 1000 points at a time.' }, lang);
  const made = makeAwardEvents(
    {
      studentIds: Array.isArray(req.studentIds) ? req.studentIds.map(String) : [],
      ...(req.group ? { group: String(req.group) } : {}),
      category: String(req.category ?? ''),
      points,
      note: String(req.note ?? '').slice(0, 500),
    },
    groups,
    new Date(),
    ctx,
  );
  if (!made.ok) return fail(made.message, lang);
  return withLock(lang, () => {
    const log = ensureLog(ss, lang);
    return (
      alreadyWritten(log, req, ctx) ??
      written(made, lang, (events) => {
        appendEvents(log, events);
      })
    );
  });
};

/**
 * This teacher's undo, looked for from the bottom of the log a page at a time: a lesson's clicks are in the last
 * page, but colleagues may have written many rows since, so it reads further back only when it has to.
 */
const findUndo = (log: Sheet, ctx: WriteContext): AwardResult => {
  const pages: unknown[][][] = [];
  let top = log.getLastRow();
  let result: AwardResult = makeUndo([], new Date(), ctx);
  while (top >= 2 && !result.ok) {
    const from = Math.max(2, top - UNDO_PAGE_ROWS + 1);
    pages.unshift(readRows(log, from, top));
    result = makeUndo(rowsToEvents(pages.flat(), { firstRow: from }).events, new Date(), ctx);
    top = from - 1;
  }
  return result;
};

export const undoLast = (req: WriteRequest, lang: Lang): WriteDone | Failure => {
  const ss = activeSpreadsheet();
  const ctx = contextOf(req, lang);
  return withLock(lang, () => {
    const log = findLog(ss);
    if (!log) return fail({ zh: '您没有可以撤销的记分。', en: 'You have nothing to undo.' }, lang);
    const again = alreadyWritten(log, req, ctx);
    if (again) return again;
    return written(findUndo(log, ctx), lang, (ev) => {
      appendEvents(log, ev);
    });
  });
};

/** A refused reversal because the entry is already taken back: the sidebar marks it so. */
export type ReverseRefused = Failure & { alreadyReversed?: true };

const alreadyReversed = (lang: Lang): ReverseRefused => ({
  ...fail({ zh: '这条记录已经撤回过了。', en: 'This entry has already been taken back.' }, lang),
  alreadyReversed: true,
});

/**
 * Take back any entry of the log, however old. Rare: the log's id and "takes back" columns are read once
 * (findEntry), never on awards. A retry of a reversal that landed finds its own row first.
 */
export const reverseEntry = (eventId: string, req: WriteRequest, lang: Lang): WriteDone | ReverseRefused => {
  const ss = activeSpreadsheet();
  const ctx = contextOf(req, lang);
  const id = String(eventId ?? '').trim();
  const notFound = (): Failure => fail({ zh: '找不到这条记录。', en: 'That entry was not found.' }, lang);
  const log = findLog(ss);
  if (!log) return notFound();
  // The log is searched OUTSIDE the lock (it can be long); under the lock only the rows appended since are
  // checked, so a colleague's reversal of the same entry in the meantime is not doubled.
  const seen = log.getLastRow();
  const found = findEntry(log, id);
  if (!found) return notFound();
  if (found.reversedBy) {
    if (found.reversedBy.actionId === ctx.requestId)
      return { ok: true, actionId: ctx.requestId, duplicate: true, entries: [view(found.reversedBy, new Set())] };
    return alreadyReversed(lang);
  }
  const made = makeReversal([found.event], id, new Date(), ctx);
  if (!made.ok) return fail(made.message, lang);
  return withLock(lang, () => {
    const last = log.getLastRow();
    if (last > seen) {
      const { events: newer } = rowsToEvents(log.getRange(seen + 1, 1, last - seen, LOG_WIDTH).getValues(), {
        firstRow: seen + 1,
      });
      const mine = newer.find((e) => e.reverses === id);
      if (mine?.actionId === ctx.requestId)
        return { ok: true as const, actionId: ctx.requestId, duplicate: true, entries: [view(mine, new Set())] };
      if (mine) return alreadyReversed(lang);
    }
    return written(made, lang, (ev) => {
      appendEvents(log, ev);
    });
  });
};
