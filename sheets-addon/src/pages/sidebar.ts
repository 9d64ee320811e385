/**
 * The scoring sidebar (Sidebar.html): groups and members, one-click awards shown at once (optimistic totals) and
 * sent one at a time in click order (queued and retried while another teacher holds the lock), undo, reversal of
 * any past entry (older pages of the log on request), keyboard shortcuts.
 */
import { badgesFor } from '../../../shared/points/badges.ts';
import { fairScore } from '../../../shared/points/tallies.ts';
import { localDateTime } from '../../../shared/time/zoned.ts';
import {
  background,
  byId,
  el,
  pageStrings,
  type Reply,
  run,
  type ServerApi,
  type Success,
  say,
  start,
} from './client.ts';

const t = pageStrings({
  zh: {
    title: '积分',
    refresh: '刷新',
    tallies: '更新汇总',
    search: '搜索姓名或学号（按 / 聚焦）',
    clear: '清除选择',
    undo: '撤销上一步',
    note: '备注（可选）',
    recent: '最近记录',
    keys: '快捷键：1–9 加分，Shift+数字 扣分，Z 撤销，/ 搜索，Esc 清除选择',
    selected: '已选 {0} 人',
    none: '未选择学生：点姓名选人，点组名选整组',
    loading: '正在读取…',
    queued: '{0} 条记分排队中，正在重试…',
    notSaved: '{0} 条记分没有保存：',
    retryUnsaved: '再试一次',
    sending: '正在保存 {0} 条…',
    saved: '已记录：{0}',
    undone: '已撤销 {0} 条记录',
    reversed: '已撤回',
    reverse: '撤回这条',
    leader: '建议组长：{0}',
    total: '{0} 分',
    perMember: '人均 {0} 分',
    scaled: '按人数折算 {0} 分',
    scaledTitle: '小组人数不同，按平均人数折算后比较（在“设置”里可以改）',
    nothingToUndo: '没有可以撤销的操作。',
    cancelled: '已取消尚未保存的记分。',
    talliesDone: '{2} 已更新“{0}”（{1} 条记录）。',
    pick: '请先选择学生或小组。',
    noGroups: '还没有分组。',
    formGroups: '分组…',
    award: '给所选学生加 {0} 分（{1}）',
    deduct: '给所选学生扣 {0} 分（{1}）',
    badge: '{0}×{1}',
    older: '更早的记录',
    onlySelected: '只看所选学生',
    histEnd: '已到最早的记录。',
    histNone: '所选学生还没有记录。',
    histScanned: '已查到第 {0} 行，点“更早的记录”继续。',
    histPick: '先点姓名选择学生。',
  },
  en: {
    title: 'Scoring',
    refresh: 'Refresh',
    tallies: 'Update tallies',
    search: 'Search name or ID (press /)',
    clear: 'Clear',
    undo: 'Undo last',
    note: 'Note (optional)',
    recent: 'Recent entries',
    keys: 'Keys: 1–9 award, Shift+digit deduct, Z undo, / search, Esc clear',
    selected: '{0} selected',
    none: 'Nobody selected: click a name, or a group name for the whole group',
    loading: 'Loading…',
    queued: '{0} award(s) queued, retrying…',
    notSaved: '{0} entr(ies) not saved:',
    retryUnsaved: 'Try again',
    sending: 'Saving {0}…',
    saved: 'Recorded: {0}',
    undone: 'Undid {0} entr(ies)',
    reversed: 'taken back',
    reverse: 'Take back',
    leader: 'Suggested leader: {0}',
    total: '{0} pts',
    perMember: '{0} per member',
    scaled: 'scaled to size: {0}',
    scaledTitle: 'Groups differ in size, so points are scaled to an average-sized group (change it in Settings)',
    nothingToUndo: 'There is nothing to undo.',
    cancelled: 'Cancelled the award that was not saved yet.',
    talliesDone: 'Updated "{0}" ({1} entries) at {2}.',
    pick: 'Select students or a group first.',
    noGroups: 'No groups yet.',
    formGroups: 'Form groups…',
    award: 'Award {0} ({1}) to the selection',
    deduct: 'Deduct {0} ({1}) from the selection',
    badge: '{0}×{1}',
    older: 'Older entries',
    onlySelected: 'Only the selected students',
    histEnd: 'That is the oldest entry.',
    histNone: 'No entries for the selected students.',
    histScanned: 'Searched back to row {0}; press Older entries to go on.',
    histPick: 'Click names to select students first.',
  },
});

type State = Success<'scoringState'>;
type Member = State['groups'][number]['members'][number];
type Entry = State['recent'][number];
type AwardRequest = Parameters<ServerApi['awardPoints']>[0];
type EntriesQuery = NonNullable<Parameters<ServerApi['listEntries']>[0]>;
/** Points per student id. */
type Deltas = Record<string, number>;

/**
 * A write waiting to be sent (the first one may be in flight). Its request id is made once, at the click, and sent
 * with every attempt, so the server recognises a retry of a write that landed while its reply was lost.
 */
type Queued = { requestId: string; attempt: number; label: string } & (
  | { kind: 'award'; deltas: Deltas; req: AwardRequest }
  | { kind: 'reverse'; eventId: string; deltas: Deltas }
  | { kind: 'undo'; deltas: null }
);

const search = byId('search', HTMLInputElement);
const note = byId('note', HTMLInputElement);
const histOnly = byId('hist-only', HTMLInputElement);
const older = byId('older', HTMLButtonElement);

let S: State | null = null;
let totals: Record<string, number> = {}; // server totals + optimistic deltas
let selected: Record<string, boolean> = {};
let recent: Entry[] = [];
const queue: Queued[] = []; // writes in click order; the first is in flight
let inflight: Queued | null = null;
let retryMs = 0;
/**
 * Set when Google refused a write in a way retrying cannot fix (several accounts signed in, a permission not
 * granted): the queue stops, its clicks stay listed as not saved (their points taken off the totals) until the
 * teacher has fixed it and presses "Try again".
 */
let stopped: { message: string } | null = null;
let idleTimer: number | undefined;

// History beyond `recent`: pages of the log fetched with listEntries (from the bottom up), for one filter at a time.
// The server knows a page's own compensations; those further down came with newer pages: kept in reversedSeen.
const reversedSeen: Record<string, true> = {}; // event id → true once any row compensating it has been seen
interface History {
  key: string;
  ids: string[];
  entries: Entry[];
  /** `before` for the next page; undefined before the first page, null once the top of the log was read. */
  next: number | null | undefined;
  loading: boolean;
  scanned: number;
}
let hist: History = { key: '', ids: [], entries: [], next: undefined, loading: false, scanned: 0 };
let histTimer: number | undefined;

/** A request id (letters, digits and dashes: what the server accepts). */
function uuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `r${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
const badges = (total: number): number => (S ? badgesFor(total, S.badge) : 0);
const selectedIds = (): string[] => Object.keys(selected).filter((k) => selected[k]);
function memberById(id: string): Member | null {
  for (const g of S?.groups ?? []) for (const m of g.members) if (m.id === id) return m;
  return null;
}
const pendingFor = (id: string): boolean => queue.some((q) => q.deltas && q.deltas[id] !== undefined);

async function load(): Promise<void> {
  say('status', 'info', t('loading'));
  const st = await run('scoringState');
  if (!st.ok) {
    say('status', 'error', st.message);
    return;
  }
  S = st;
  totals = { ...st.totals };
  for (const q of queue) applyDeltas(q.deltas, 1); // unsent work stays visible
  recent = st.recent.slice();
  for (const r of recent) {
    if (r.reversed) reversedSeen[r.eventId] = true;
    if (r.reverses) reversedSeen[r.reverses] = true;
  }
  say('status', '', '');
  say('notice', 'info', st.notices[0] ?? '', st.notices.slice(1));
  renderCats(st);
  render();
}

function applyDeltas(d: Deltas | null, sign: 1 | -1): void {
  for (const [id, points] of Object.entries(d ?? {})) totals[id] = (totals[id] ?? 0) + sign * points;
}

function renderCats(st: State): void {
  const box = byId('cats');
  box.textContent = '';
  st.categories.forEach((c, i) => {
    const key = i < 9 ? ` [${i + 1}]` : '';
    box.appendChild(el('span', { class: 'name', text: c.name + key }));
    box.appendChild(
      el('button', {
        class: 'plus',
        id: `award-${i}`,
        'data-testid': `award-${i}`,
        title: t('award', c.defaultPoints, c.name),
        text: `+${c.defaultPoints}`,
        onclick: () => award(i, 1),
      }),
    );
    box.appendChild(
      el('button', {
        class: 'minus',
        id: `deduct-${i}`,
        'data-testid': `deduct-${i}`,
        title: t('deduct', c.defaultPoints, c.name),
        text: `−${c.defaultPoints}`,
        onclick: () => award(i, -1),
      }),
    );
  });
}

/** Mean size of the non-empty groups (what a normalized score scales to), as the tallies compute it. */
function meanSize(st: State): number {
  const sizes = st.groups.map((g) => g.members.length).filter((n) => n > 0);
  return sizes.length ? sizes.reduce((a, b) => a + b, 0) / sizes.length : 0;
}

const matches = (q: string, text: string): boolean => String(text).toLowerCase().indexOf(q) >= 0;

function render(): void {
  const q = search.value.trim().toLowerCase();
  const box = byId('groups');
  box.textContent = '';
  const st = S;
  if (!st) return;
  if (!st.groups.length)
    box.appendChild(
      el('div', { class: 'msg info' }, [
        `${t('noGroups')} `,
        el('button', {
          'data-testid': 'open-form-groups',
          text: t('formGroups'),
          onclick: () => background(run('showFormGroups')),
        }),
      ]),
    );
  st.groups.forEach((g, gi) => {
    const groupHit = !q || matches(q, g.name);
    const shown = g.members.filter((m) => groupHit || matches(q, m.name) || matches(q, m.id));
    if (!shown.length) return;
    const sum = g.members.reduce((a, m) => a + (totals[m.id] ?? 0), 0);
    // One number per group, the leaderboard's: scaled by the fairness setting, and saying so.
    const score = fairScore(st.fairness, sum, g.members.length, meanSize(st));
    const scoreText =
      st.fairness === 'total'
        ? t('total', score)
        : st.fairness === 'average'
          ? t('perMember', score)
          : t('scaled', score);
    const all = g.members.length > 0 && g.members.every((m) => selected[m.id]);
    // Leader rotation: the member with the most badges is suggested as next 组长 (only once someone has one).
    const suggested = st.suggestedLeaders[g.name];
    const leader = suggested !== undefined && (st.badges[suggested] ?? 0) > 0 ? memberById(suggested) : null;
    const head = el(
      'button',
      {
        class: `ghead${all ? ' all' : ''}`,
        'data-testid': 'group',
        'data-group': g.name,
        'aria-pressed': all ? 'true' : 'false',
        onclick: () => {
          for (const m of g.members) selected[m.id] = !all;
          render();
        },
      },
      [
        el('span', { class: 'gname', text: g.name }),
        el('span', {
          class: 'gtotal',
          'data-testid': 'group-total',
          text: scoreText,
          title: st.fairness === 'total' ? null : t('scaledTitle'),
        }),
      ],
    );
    const items = shown.map((m) => {
      const total = totals[m.id] ?? 0;
      const b = badges(total);
      return el(
        'button',
        {
          class: `member${selected[m.id] ? ' sel' : ''}${pendingFor(m.id) ? ' pending' : ''}`,
          'data-testid': 'student',
          'data-id': m.id,
          'aria-pressed': selected[m.id] ? 'true' : 'false',
          onclick: () => {
            selected[m.id] = !selected[m.id];
            render();
          },
        },
        [
          el('span', { class: 'mname', text: m.name }),
          m.role ? el('span', { class: 'role', text: m.role }) : null,
          el('span', {
            class: 'badges',
            'data-testid': 'badges',
            title: st.badge.name,
            text: b ? t('badge', st.badge.name, b) : '',
          }),
          el('span', { class: 'total', 'data-testid': 'total', text: String(total) }),
        ],
      );
    });
    box.appendChild(
      el('div', { class: 'group', 'data-index': gi }, [
        head,
        ...items,
        leader ? el('div', { class: 'leader', text: t('leader', leader.name) }) : null,
      ]),
    );
  });
  const n = selectedIds().length;
  byId('sel-count').textContent = n ? t('selected', n) : t('none');
  renderRecent();
  renderQueue();
}

/** The history filter: the selected students when "only selected" is ticked, else everyone. */
function histFilter(): { key: string; ids: string[] } {
  const ids = histOnly.checked ? selectedIds().sort() : [];
  return { key: ids.join('\u0001'), ids };
}

function histReset(f: { key: string; ids: string[] }): void {
  hist = { key: f.key, ids: f.ids, entries: [], next: undefined, loading: false, scanned: 0 };
}

/** One more page of older entries (bounded on the server); the first page starts at the bottom of the log. */
async function loadOlder(): Promise<void> {
  const f = histFilter();
  if (hist.key !== f.key) histReset(f);
  if (hist.loading || hist.next === null) return;
  const q: EntriesQuery = { limit: 30 };
  if (f.ids.length) q.studentIds = f.ids;
  if (hist.next !== undefined) q.before = hist.next;
  else if (!f.ids.length) q.limit = Math.min(100, recent.length + 30); // the first page overlaps what is shown
  const h = hist;
  h.loading = true;
  renderRecent();
  const res = await run('listEntries', q);
  h.loading = false;
  if (h !== hist) return; // the filter changed meanwhile
  if (!res.ok) {
    say('status', 'error', res.message);
    renderRecent();
    return;
  }
  for (const id of res.reversedIds) reversedSeen[id] = true;
  h.entries = h.entries.concat(res.entries);
  h.next = res.next;
  h.scanned = res.entries.length ? 0 : (h.next ?? 0);
  renderRecent();
}

function renderRecent(): void {
  const f = histFilter();
  if (hist.key !== f.key) {
    histReset(f);
    clearTimeout(histTimer);
    if (f.ids.length) histTimer = setTimeout(() => background(loadOlder()), 300); // the selection's own entries
  }
  const only: Record<string, true> | null = f.ids.length ? {} : null;
  for (const id of f.ids) if (only) only[id] = true;
  const box = byId('recent');
  box.textContent = '';
  const pending = only ? [] : queue.map((q) => q.label).reverse();
  for (const label of pending)
    box.appendChild(
      el('li', { class: 'pending', 'data-testid': 'entry-pending' }, [el('span', { class: 'what', text: label })]),
    );
  const seen: Record<string, true> = {};
  const rows: Entry[] = [];
  for (const r of recent.slice(0, 40).concat(hist.entries)) {
    if (seen[r.eventId] || (only && !only[r.studentId])) continue;
    seen[r.eventId] = true;
    rows.push(r);
  }
  // Newest first (a colleague's rows fetched later may be newer than some shown at load); sort is stable.
  rows.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0));
  for (const r of rows) {
    const what = `${r.points > 0 ? '+' : ''}${r.points} ${r.category} · ${r.studentName}${r.note ? ` · ${r.note}` : ''}`;
    const done = r.reversed || reversedSeen[r.eventId] === true;
    const queued = queue.some((q) => q.kind === 'reverse' && q.eventId === r.eventId);
    const canReverse = !r.isReversal && !done && !queued; // one click queues it; a second would be refused anyway
    box.appendChild(
      el('li', { class: done ? 'reversed' : '', 'data-testid': 'entry', 'data-event': r.eventId }, [
        el('time', { class: 'when', datetime: r.timestamp, text: whenText(r.timestamp) }),
        el('span', { class: 'what', title: localTime(r.timestamp), text: what }),
        canReverse
          ? el('button', { 'data-testid': 'reverse', text: t('reverse'), onclick: () => reverse(r) })
          : done
            ? el('span', { class: 'muted', text: t('reversed') })
            : null,
      ]),
    );
  }
  older.hidden = hist.next === null;
  older.disabled = hist.loading;
  older.textContent = hist.loading ? t('loading') : t('older');
  let info = '';
  if (histOnly.checked && !f.ids.length) info = t('histPick');
  else if (hist.next === null) info = only && !rows.length ? t('histNone') : t('histEnd');
  else if (hist.scanned) info = t('histScanned', hist.scanned);
  byId('hist-info').textContent = info;
}

/** The entry's time as the teacher's clock showed it (the spreadsheet's zone), never an ISO instant. */
function localTime(iso: string): string {
  return localDateTime(Date.parse(iso), S?.timeZone);
}

/** Short: the time for today's entries, month-day and time for older ones. */
function whenText(iso: string): string {
  const full = localTime(iso);
  const today = localDateTime(Date.now(), S?.timeZone).slice(0, 10);
  return full.slice(0, 10) === today ? full.slice(11) : full.slice(5);
}

function renderQueue(): void {
  const waiting = queue.length;
  byId('retry-unsaved').hidden = !stopped;
  if (stopped) {
    say(
      'queue',
      'error',
      `${t('notSaved', waiting)} ${stopped.message}`,
      queue.map((q) => q.label),
    );
    return;
  }
  if (!waiting) {
    say('queue', '', '');
    return;
  }
  say('queue', 'busy', retryMs ? t('queued', waiting) : t('sending', waiting));
}

/** After the teacher fixed what Google refused: the not-saved clicks count again and are sent. */
function retryUnsaved(): void {
  if (!stopped) return;
  stopped = null;
  for (const q of queue) applyDeltas(q.deltas, 1);
  render();
  pump();
}

function award(i: number, sign: 1 | -1): void {
  const c = S?.categories[i];
  if (!c) return;
  const ids = selectedIds();
  if (!ids.length) {
    say('status', 'error', t('pick'));
    return;
  }
  const pts = sign * c.defaultPoints;
  const deltas: Deltas = {};
  for (const id of ids) deltas[id] = pts;
  const names = ids.map((id) => memberById(id)?.name ?? id);
  const label = `${pts > 0 ? '+' : ''}${pts} ${c.name} · ${names.slice(0, 3).join('、')}${names.length > 3 ? '…' : ''}`;
  queue.push({
    kind: 'award',
    requestId: uuid(),
    attempt: 0,
    deltas,
    label,
    req: { studentIds: ids, category: c.name, points: pts, note: note.value.trim() },
  });
  if (!stopped) applyDeltas(deltas, 1);
  note.value = '';
  render();
  pump();
}

function reverse(r: Entry): void {
  const d: Deltas = { [r.studentId]: -r.points };
  queue.push({
    kind: 'reverse',
    eventId: r.eventId,
    requestId: uuid(),
    attempt: 0,
    deltas: d,
    label: `${t('reverse')} · ${r.studentName}`,
  });
  if (!stopped) applyDeltas(d, 1);
  render();
  pump();
}

function undo(): void {
  // A click still waiting in the queue is simply taken back; otherwise the server undoes the last saved one.
  if (queue.length > (inflight ? 1 : 0)) {
    const q = queue.pop();
    if (q && !stopped) applyDeltas(q.deltas, -1);
    say('status', 'info', t('cancelled'));
    render();
    return;
  }
  queue.push({ kind: 'undo', requestId: uuid(), attempt: 0, deltas: null, label: t('undo') });
  render();
  pump();
}

type WriteReply = Reply<'awardPoints'> | Reply<'reverseEntry'> | Reply<'undoLast'>;

function call(q: Queued): Promise<WriteReply> {
  q.attempt += 1;
  const req = { requestId: q.requestId, attempt: q.attempt };
  if (q.kind === 'award') return run('awardPoints', { ...q.req, ...req });
  if (q.kind === 'reverse') return run('reverseEntry', q.eventId, req);
  return run('undoLast', req);
}

/** Send the queue one write at a time, in click order; busy or lost calls stay queued and are retried. */
function pump(): void {
  const q = queue[0];
  if (inflight || !q || stopped) return;
  inflight = q;
  background(call(q).then((res) => settle(q, res)));
}

function settle(q: Queued, res: WriteReply): void {
  inflight = null;
  if (res.ok) {
    queue.shift();
    retryMs = 0;
    applyDeltas(q.deltas, -1);
    const undone: Record<string, true> = {};
    for (const e of res.entries) {
      totals[e.studentId] = (totals[e.studentId] ?? 0) + e.points;
      if (e.reverses) {
        undone[e.reverses] = true;
        reversedSeen[e.reverses] = true;
      }
    }
    if (!res.duplicate) recent = res.entries.slice().reverse().concat(recent);
    for (const r of recent) if (undone[r.eventId]) r.reversed = true;
    say(
      'status',
      'ok',
      q.kind === 'award' ? t('saved', q.label) : q.kind === 'undo' ? t('undone', res.entries.length) : t('reversed'),
    );
    scheduleIdle();
  } else if (('busy' in res && res.busy) || ('transport' in res && res.transport && res.retryable)) {
    retryMs = Math.min(retryMs ? retryMs * 2 : 1000, 8000);
    say('status', 'busy', res.message);
    render();
    setTimeout(pump, retryMs); // not at once: the lock holder needs a moment
    return;
  } else if ('transport' in res || ('permission' in res && res.permission)) {
    // Retrying cannot help: keep every waiting click, shown as not saved, and say what to do.
    stopped = { message: res.message };
    retryMs = 0;
    for (const x of queue) applyDeltas(x.deltas, -1);
    say('status', 'error', res.message);
    render();
    return;
  } else {
    queue.shift();
    retryMs = 0;
    applyDeltas(q.deltas, -1);
    if ('alreadyReversed' in res && res.alreadyReversed && q.kind === 'reverse') reversedSeen[q.eventId] = true; // a colleague was quicker
    say('status', 'error', res.message, 'details' in res ? res.details : undefined);
  }
  render();
  pump();
}

/** After the class has been quiet for a while, rewrite the Tallies sheet and reconcile totals with the log. */
function scheduleIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (!queue.length) background(updateTallies());
  }, 20000);
}

async function updateTallies(): Promise<void> {
  clearTimeout(idleTimer);
  const res = await run('updateTallies');
  if (!queue.length) await load();
  // Said after the reload, so it stays on screen until the teacher's next action replaces it.
  if (res.ok)
    say('status', 'ok', t('talliesDone', res.sheetName, res.events, whenText(new Date().toISOString())), res.notices);
  else if ('busy' in res && res.busy)
    scheduleIdle(); // a colleague is updating it right now: try again later
  else say('status', 'error', res.message);
}

document.addEventListener('keydown', (e) => {
  // Text fields take keys; a checkbox (the history filter) does not stop the shortcuts.
  const target = e.target instanceof HTMLElement ? e.target : null;
  const typing =
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !/^(checkbox|radio|button)$/.test(target.type));
  if (e.key === 'Escape') {
    if (typing) target.blur();
    selected = {};
    render();
    return;
  }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  const m = /^Digit([1-9])$/.exec(e.code || '');
  if (m) {
    e.preventDefault();
    award(Number(m[1]) - 1, e.shiftKey ? -1 : 1);
    return;
  }
  if (e.key === 'z' || e.key === 'Z') {
    e.preventDefault();
    undo();
    return;
  }
  if (e.key === '/') {
    e.preventDefault();
    search.focus();
  }
});
search.addEventListener('input', render);
search.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const first = document.querySelector('[data-testid=student]');
  const id = first?.getAttribute('data-id');
  if (id !== null && id !== undefined) {
    selected[id] = true;
    render();
  }
});
byId('clear').addEventListener('click', () => {
  selected = {};
  render();
});
byId('undo').addEventListener('click', undo);
byId('retry-unsaved').addEventListener('click', retryUnsaved);
byId('refresh').addEventListener('click', () => background(load()));
byId('tallies').addEventListener('click', () => background(updateTallies()));
older.addEventListener('click', () => background(loadOlder()));
histOnly.addEventListener('change', () => renderRecent());
window.addEventListener('beforeunload', (e) => {
  if (queue.length) {
    e.preventDefault();
    e.returnValue = '';
  }
});

start({ ready: load, errors: 'status' });
