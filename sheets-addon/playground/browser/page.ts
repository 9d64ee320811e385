/**
 * The playground page: menu buttons, the add-on's sidebar/dialog in a sandboxed iframe (its google.script.run
 * calls arrive here by postMessage and are POSTed to the server), and a live view of the workbook.
 * Every piece of sheet or add-on text goes in with textContent — never as HTML. server.ts bundles this module.
 */
import type {
  FrameMessage,
  LocaleRequest,
  RosterReply,
  RosterRequest,
  OpenView,
  Outcome,
  ResultMessage,
  RunReply,
  SheetView,
  StateView,
  UsersView,
  WorkbookView,
} from './protocol.ts';

const $ = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The playground page has no #${id}`);
  return node;
};
const frame = ((): HTMLIFrameElement => {
  const node = $('frame');
  if (!(node instanceof HTMLIFrameElement)) throw new Error('#frame is not an iframe');
  return node;
})();
const userSelect = ((): HTMLSelectElement => {
  const node = $('user');
  if (!(node instanceof HTMLSelectElement)) throw new Error('#user is not a select');
  return node;
})();

/** The visitor's language: Chinese for a zh* browser, English otherwise (the simulated users' locale follows). */
const LANG: 'zh' | 'en' = /^zh/i.test(navigator.language) ? 'zh' : 'en';
const TEXT = {
  zh: {
    subtitle: '插件试玩——真实构建的 Code.js 运行在本机的 Apps Script 替身上；数据不会离开这台电脑',
    user: '用户',
    reset: '重置工作簿',
    details: '显示详情',
    menu: '扩展程序 › 互助：',
    rosterTitle: '用自己的名单',
    rosterChoose: '把 CSV 或 .xlsx 文件拖到这里，或点此选择文件',
    rosterPaste: '……或粘贴从 Excel、WPS、表格里复制的单元格',
    rosterUse: '使用粘贴的内容',
    rosterSheet: '工作表',
    reading: '正在读取……',
    tooBig: '文件太大（上限 5 MB）。名单只需要学号、姓名等几列，请删掉别的内容再试。',
    loaded: (sheet: string, rows: number) => `已把 ${rows - 1} 名学生（加表头共 ${rows} 行）放进“${sheet}”表。`,
    moreRows: (n: number) => `……还有 ${n} 行`,
    chart: '图表',
  },
  en: {
    subtitle: 'add-on playground — the built Code.js over a local Apps Script stand-in; nothing leaves this machine',
    user: 'User',
    reset: 'Reset workbook',
    details: 'Show details',
    menu: 'Extensions › Huzhu:',
    rosterTitle: 'Your own roster',
    rosterChoose: 'Drop a CSV or .xlsx file here, or choose one',
    rosterPaste: '…or paste cells copied from Excel, WPS or Sheets',
    rosterUse: 'Use pasted cells',
    rosterSheet: 'Worksheet',
    reading: 'Reading…',
    tooBig:
      'The file is too big (the limit is 5 MB). A roster needs only a few columns such as ID and name; remove the rest and try again.',
    loaded: (sheet: string, rows: number) =>
      `The ${sheet} sheet now holds ${rows - 1} students (${rows} rows with the header).`,
    moreRows: (n: number) => `… ${n} more rows`,
    chart: 'Chart',
  },
}[LANG];
type StaticKey = { [K in keyof typeof TEXT]: (typeof TEXT)[K] extends string ? K : never }[keyof typeof TEXT];
const isStaticKey = (k: string | undefined): k is StaticKey =>
  k !== undefined && typeof (TEXT as Record<string, unknown>)[k] === 'string';

document.documentElement.lang = LANG === 'zh' ? 'zh-CN' : 'en';
for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
  const key = node.dataset.i18n;
  if (isStaticKey(key)) node.textContent = TEXT[key];
}
for (const node of Array.from(document.querySelectorAll<HTMLTextAreaElement>('[data-i18n-placeholder]'))) {
  const key = node.dataset.i18nPlaceholder;
  if (isStaticKey(key)) node.placeholder = TEXT[key];
}

const state: {
  user: string;
  version: number;
  shownSeq: number;
  tab: string | null;
  activeSheet?: string;
  workbook?: WorkbookView;
} = { user: '', version: -1, shownSeq: -1, tab: null };

/** GET (no body) or POST JSON to the playground server; the reply's shape is the server's (see protocol.ts). */
/** This run's token, put into the page by the server: /api requests without it are refused (see server.ts). */
const TOKEN = document.querySelector('meta[name="playground-token"]')?.getAttribute('content') ?? '';

async function api<T>(path: string, body?: unknown): Promise<T> {
  const headers = { 'x-playground-token': TOKEN };
  const init: RequestInit =
    body === undefined
      ? { headers }
      : {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        };
  const r = await fetch(path, init);
  return r.json();
}
const q = (path: string): string => `${path}${path.indexOf('?') < 0 ? '?' : '&'}user=${encodeURIComponent(state.user)}`;

/** Run a request in the background; a failure shows as a message instead of going nowhere. */
const background = (task: Promise<unknown>): void => {
  task.catch((e: unknown) => message(`playground: ${e instanceof Error ? e.message : String(e)}`, true));
};

function message(text: string, isError: boolean): void {
  const box = $('messages');
  const div = document.createElement('div');
  div.className = `msg${isError ? ' error' : ''}`;
  div.textContent = text;
  box.prepend(div);
  while (box.children.length > 4) box.lastChild?.remove();
}

function renderMenu(items: StateView['menu']): void {
  const nav = $('menu');
  const label = nav.firstElementChild;
  nav.textContent = '';
  if (label) nav.appendChild(label);
  for (const item of items) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = item.caption;
    b.dataset.fn = item.functionName;
    b.dataset.testid = `menu-${item.functionName}`;
    b.addEventListener('click', () =>
      background(
        api<Outcome>(q('/api/menu'), { functionName: item.functionName }).then((r) => {
          if (!r.ok) message(`${item.caption}: ${r.error.message}`, true);
          return poll();
        }),
      ),
    );
    nav.appendChild(b);
  }
}

function renderPanel(open: OpenView | null): void {
  const panel = $('panel');
  if (!open) {
    panel.hidden = true;
    state.shownSeq = -1;
    frame.removeAttribute('src');
    return;
  }
  if (open.seq === state.shownSeq) return;
  state.shownSeq = open.seq;
  panel.hidden = false;
  panel.className = open.kind === 'sidebar' ? 'sidebar' : 'dialog';
  panel.dataset.kind = open.kind;
  panel.style.width = `${open.kind === 'sidebar' ? 320 : open.width + 2}px`;
  panel.style.height = open.kind === 'sidebar' ? '' : `${open.height + 30}px`;
  $('panel-title').textContent = open.title;
  frame.src = q(`/frame/${open.seq}`);
}

function renderMessages(list: StateView['messages']): void {
  for (const m of list) message(m.text, m.error);
}

function renderTabs(sheets: SheetView[]): void {
  const tabs = $('tabs');
  tabs.textContent = '';
  if (!sheets.some((s) => s.name === state.tab)) state.tab = sheets[0]?.name ?? null;
  for (const s of sheets) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = s.name;
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(s.name === state.tab));
    b.addEventListener('click', () => {
      state.tab = s.name;
      if (state.workbook) renderWorkbook(state.workbook);
      background(api<Outcome>(q('/api/activate'), { sheet: s.name }));
    });
    tabs.appendChild(b);
  }
}

function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function renderGrid(sheet: SheetView | undefined): void {
  const table = $('grid');
  if (!(table instanceof HTMLTableElement)) throw new Error('#grid is not a table');
  table.textContent = '';
  table.dataset.sheet = sheet ? sheet.name : '';
  if (!sheet) return;
  const head = table.insertRow();
  head.appendChild(document.createElement('th'));
  for (let c = 1; c <= sheet.columns; c++) {
    const th = document.createElement('th');
    th.textContent = colName(c);
    head.appendChild(th);
  }
  sheet.rows.forEach((row, r) => {
    const tr = table.insertRow();
    if (r < sheet.frozenRows) tr.className = 'frozen';
    const th = document.createElement('th');
    th.textContent = String(r + 1);
    tr.appendChild(th);
    for (const cell of row) {
      const td = tr.insertCell();
      td.textContent = cell.t;
      if (cell.f) {
        td.className = 'formula';
        td.title = cell.f;
      } else if (cell.n) td.className = 'num';
      if (cell.b) td.className += ' bold';
    }
  });
  if (sheet.truncated) {
    const more = table.insertRow().insertCell();
    more.colSpan = sheet.columns + 1;
    more.textContent = TEXT.moreRows(sheet.truncated);
  }
}

function renderCharts(sheet: SheetView | undefined): void {
  const box = $('charts');
  box.textContent = '';
  if (!sheet) return;
  for (const ch of sheet.charts) {
    const div = document.createElement('div');
    div.className = 'chart';
    div.dataset.type = ch.type;
    const title = document.createElement('div');
    title.textContent = `${TEXT.chart} (${ch.type.toLowerCase()}): ${ch.title || ''} — ${ch.ranges.join(', ')}`;
    div.appendChild(title);
    const max = ch.bars.reduce((m, b) => Math.max(m, Math.abs(b.value)), 0) || 1;
    for (const b of ch.bars) {
      const bar = document.createElement('div');
      bar.className = 'bar';
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = b.label;
      const fill = document.createElement('span');
      fill.className = 'fill';
      fill.style.width = `${Math.round((Math.abs(b.value) / max) * 300)}px`;
      const v = document.createElement('span');
      v.textContent = String(b.value);
      bar.appendChild(label);
      bar.appendChild(fill);
      bar.appendChild(v);
      div.appendChild(bar);
    }
    box.appendChild(div);
  }
}

function renderWorkbook(wb: WorkbookView): void {
  state.workbook = wb;
  renderTabs(wb.sheets);
  const sheet = wb.sheets.find((s) => s.name === state.tab);
  renderGrid(sheet);
  renderCharts(sheet);
}

let polling = false;
async function poll(): Promise<void> {
  if (polling || !state.user) return;
  polling = true;
  try {
    const s = await api<StateView>(q('/api/state'));
    renderMenu(s.menu);
    renderPanel(s.open);
    renderMessages(s.messages);
    $('activity').textContent = s.activity;
    // Follow the user's active sheet when a script changes it (Sheets shows a newly inserted sheet).
    const followed = s.activeSheet !== state.activeSheet;
    if (followed) {
      state.activeSheet = s.activeSheet;
      state.tab = s.activeSheet;
    }
    if (s.version !== state.version) {
      state.version = s.version;
      renderWorkbook(await api<WorkbookView>('/api/workbook'));
    } else if (followed && state.workbook) renderWorkbook(state.workbook);
  } catch (e) {
    message(`playground: ${e instanceof Error ? e.message : String(e)}`, true);
  } finally {
    polling = false;
  }
}

const isFrameMessage = (m: unknown): m is FrameMessage =>
  typeof m === 'object' && m !== null && 'type' in m && typeof m.type === 'string' && m.type.startsWith('huzhu-');

// Calls from the add-on page in the iframe.
window.addEventListener('message', (ev) => {
  if (ev.source !== frame.contentWindow) return;
  const m: unknown = ev.data;
  if (!isFrameMessage(m)) return;
  const reply = (data: ResultMessage): void => {
    frame.contentWindow?.postMessage(data, '*');
  };
  if (m.type === 'huzhu-run') {
    background(
      api<RunReply>(q('/api/run'), { fn: m.fn, args: m.args }).then(
        (r) => {
          reply(
            r.ok
              ? { type: 'huzhu-result', id: m.id, ok: true, value: r.value }
              : { type: 'huzhu-result', id: m.id, ok: false, error: r.error },
          );
          return poll();
        },
        (e: unknown) => {
          reply({
            type: 'huzhu-result',
            id: m.id,
            ok: false,
            error: { name: 'NetworkError', message: String(e instanceof Error ? e.message : undefined) },
          });
        },
      ),
    );
  } else if (m.type === 'huzhu-close') {
    background(api<Outcome>(q('/api/close'), {}).then(poll));
  } else if (m.type === 'huzhu-resize') {
    const panel = $('panel');
    if (m.height) panel.style.height = `${m.height + 30}px`;
    if (m.width && panel.dataset.kind !== 'sidebar') panel.style.width = `${m.width + 2}px`;
  }
});

$('panel-close').addEventListener('click', () => background(api<Outcome>(q('/api/close'), {}).then(poll)));
$('reset').addEventListener('click', () =>
  background(
    api<Outcome>('/api/reset', {}).then(() => {
      state.version = -1;
      state.shownSeq = -1;
      return poll();
    }),
  ),
);
// Developer details (call counts, cells read and written): hidden unless asked for, or with ?dev=1.
const devToggle = $('dev');
if (!(devToggle instanceof HTMLInputElement)) throw new Error('#dev is not a checkbox');
devToggle.checked = new URLSearchParams(location.search).get('dev') === '1';
const showDetails = (): void => {
  $('details').hidden = !devToggle.checked;
};
devToggle.addEventListener('change', showDetails);
showDetails();

// The visitor's own roster: a dropped or chosen file (CSV or .xlsx), or pasted cells. The server reads it (the
// core's decode + papaparse path, exceljs for .xlsx) and, if all of it reads, makes it the roster sheet.
const rosterStatus = $('roster-status');
const rosterSheet = ((): HTMLSelectElement => {
  const node = $('roster-sheet');
  if (!(node instanceof HTMLSelectElement)) throw new Error('#roster-sheet is not a select');
  return node;
})();
const rosterFile = ((): HTMLInputElement => {
  const node = $('roster-file');
  if (!(node instanceof HTMLInputElement)) throw new Error('#roster-file is not an input');
  return node;
})();
const pasteBox = ((): HTMLTextAreaElement => {
  const node = $('roster-paste');
  if (!(node instanceof HTMLTextAreaElement)) throw new Error('#roster-paste is not a textarea');
  return node;
})();
let lastFile: string | null = null;

const status = (text: string, isError: boolean): void => {
  rosterStatus.textContent = text;
  rosterStatus.className = isError ? 'error' : 'ok';
  rosterStatus.dataset.state = isError ? 'error' : 'ok';
};

const base64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

async function sendRoster(request: RosterRequest): Promise<void> {
  status(TEXT.reading, false);
  rosterStatus.dataset.state = 'reading';
  const r = await api<RosterReply>('/api/roster', request);
  if (!r.ok) {
    status(r.problem[LANG], true);
    return;
  }
  const sheets = r.sheets ?? [];
  $('roster-sheet-label').hidden = sheets.length < 2;
  rosterSheet.textContent = '';
  for (const name of sheets) {
    const o = document.createElement('option');
    o.value = name;
    o.textContent = name;
    o.selected = name === r.sheet;
    rosterSheet.appendChild(o);
  }
  if (sheets.length < 2) lastFile = null;
  status(TEXT.loaded(r.sheetName, r.rows), false);
  state.version = -1;
  state.shownSeq = -1;
  state.tab = r.sheetName;
  await poll();
}

async function useFile(file: File): Promise<void> {
  if (file.size > 5 * 1024 * 1024) {
    status(TEXT.tooBig, true);
    return;
  }
  const data = base64(new Uint8Array(await file.arrayBuffer()));
  lastFile = data;
  await sendRoster({ file: data });
}

rosterFile.addEventListener('change', () => {
  const file = rosterFile.files?.[0];
  if (file) background(useFile(file));
  rosterFile.value = '';
});
rosterSheet.addEventListener('change', () => {
  if (lastFile !== null) background(sendRoster({ file: lastFile, sheet: rosterSheet.value }));
});
$('roster-paste-use').addEventListener('click', () => background(sendRoster({ text: pasteBox.value })));
pasteBox.addEventListener('paste', (ev) => {
  const text = ev.clipboardData?.getData('text/plain');
  if (!text) return;
  ev.preventDefault();
  pasteBox.value = text;
  background(sendRoster({ text }));
});
// A file dropped anywhere on the page (the add-on's frame is its own document and keeps its drops).
document.addEventListener('dragover', (ev) => {
  if (!ev.dataTransfer?.types.includes('Files')) return;
  ev.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (ev) => {
  const file = ev.dataTransfer?.files[0];
  document.body.classList.remove('dragging');
  if (!file) return;
  ev.preventDefault();
  background(useFile(file));
});

userSelect.addEventListener('change', () => {
  state.user = userSelect.value;
  state.shownSeq = -1;
  background(poll());
});

background(
  api<Outcome>('/api/locale', { locale: navigator.language } satisfies LocaleRequest)
    .then(() => api<UsersView>('/api/users'))
    .then((r) => {
      for (const u of r.users) {
        const o = document.createElement('option');
        o.value = u;
        o.textContent = u;
        userSelect.appendChild(o);
      }
      state.user = r.users[0] ?? '';
      setInterval(() => background(poll()), 700);
      return poll();
    }),
);
