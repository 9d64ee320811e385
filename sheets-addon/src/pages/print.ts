/**
 * The Print dialog (Print.html): choose what to print, see it at its printed size, print it with the browser's own
 * print (window.print: the toolbar is hidden on paper). The views are built by the server with the shared core's
 * escaping template (shared/print/html.ts), so the markup put into #paper holds names only as escaped text.
 */
import {
  background,
  byId,
  closeDialog,
  el,
  pageStrings,
  run,
  type ServerApi,
  type Success,
  say,
  start,
} from './client.ts';

const t = pageStrings({
  zh: {
    what: '打印',
    vList: '分组名单',
    vCards: '小组卡片（桌牌）',
    vSeating: '教室座位图',
    vPraise: '表扬名单 / 喜报',
    vScreen: '表扬（投影到大屏幕）',
    vHistory: '一名学生的积分记录',
    rows: '排数',
    cols: '每排几组',
    period: '时间',
    pThisWeek: '本周',
    pLastWeek: '上周',
    pThisMonth: '本月',
    pLastMonth: '上月',
    pTerm: '本学期',
    pAll: '全部',
    student: '学生',
    print: '打印',
    close: '关闭',
    loading: '正在准备…',
    noGroups: '还没有分组。请先用“分组…”分好组，再来打印。',
    hintPaper: '{0}名学生，每人出现一次。',
    hintPrint: '点“打印”，在打印窗口里选 A4 纸。',
    hintCards: '每张 A4 纸两张卡片：沿虚线剪下，再沿中间的线对折。',
    hintSeating: '整个教室印在一张横向 A4 纸上（打印时选“横向”）。',
    hintScreen: '投影时把这个窗口放大；不用打印也可以直接展示。',
    hintHistory: '可以打印出来给家长看。',
    details: '组名、组训和目标写在“{0}”表的“小组信息”里，卡片会印上。',
  },
  en: {
    what: 'Print',
    vList: 'Group list',
    vCards: 'Group cards (desk tents)',
    vSeating: 'Classroom seating chart',
    vPraise: 'Commendations',
    vScreen: 'Commendations (on the projector)',
    vHistory: 'One student’s points',
    rows: 'Rows',
    cols: 'Groups per row',
    period: 'Period',
    pThisWeek: 'This week',
    pLastWeek: 'Last week',
    pThisMonth: 'This month',
    pLastMonth: 'Last month',
    pTerm: 'This term',
    pAll: 'All',
    student: 'Student',
    print: 'Print',
    close: 'Close',
    loading: 'Getting it ready…',
    noGroups: 'There are no groups yet. Use "Form groups…" first, then print.',
    hintPaper: '{0} students, each once.',
    hintPrint: 'Click Print and choose A4 paper.',
    hintCards: 'Two cards to an A4 page: cut along the dashed lines, then fold along the middle line.',
    hintSeating: 'The whole room on one A4 page in landscape (choose Landscape when printing).',
    hintScreen: 'Make this window large on the projector; no need to print it.',
    hintHistory: 'Print it to show a parent.',
    details: 'Write each group’s name, motto and goal under "Group details" in the "{0}" sheet: the cards show them.',
  },
});

type PrintRequest = Parameters<ServerApi['printView']>[0];
type Setup = Success<'printSetup'>;

const view = byId('view', HTMLSelectElement);
const period = byId('period', HTMLSelectElement);
const student = byId('student', HTMLSelectElement);
const rows = byId('rows', HTMLInputElement);
const cols = byId('cols', HTMLInputElement);
const printButton = byId('print', HTMLButtonElement);
const paper = byId('paper');
let setup: Setup | null = null;
/** Each request gets a number: a slow reply for an earlier choice is not shown over a newer one. */
let asked = 0;

function showOptions(): void {
  const v = view.value;
  byId('opt-room').hidden = v !== 'seating';
  byId('opt-period').hidden = !(v === 'praise' || v === 'praise-screen' || v === 'history');
  byId('opt-student').hidden = v !== 'history';
  // Commendations are for a week or a month; a student's record can cover the term or everything.
  for (const o of Array.from(period.options)) o.hidden = v !== 'history' && (o.value === 'term' || o.value === 'all');
  if (v !== 'history' && (period.value === 'term' || period.value === 'all')) period.value = 'this-week';
}

/** Fit the page to the dialog's width on screen (printing is at full size). */
function fitToDialog(): void {
  const page = paper.firstElementChild;
  if (!(page instanceof HTMLElement)) return;
  paper.style.zoom = '1';
  const room = byId('stage').clientWidth - 24;
  const width = page.offsetWidth;
  paper.style.zoom = width > room && page.classList.contains('hz-screen') === false ? String(room / width) : '1';
}

async function load(): Promise<void> {
  say('result', 'info', t('loading'));
  const s = await run('printSetup');
  if (!s.ok) {
    say('result', 'error', s.message);
    return;
  }
  setup = s;
  if (!s.groupsSheet) {
    say('result', 'error', t('noGroups'));
    return;
  }
  say('result', '', '');
  rows.value = String(s.room.rows);
  cols.value = String(s.room.cols);
  student.textContent = '';
  for (const g of s.groups)
    student.appendChild(
      el(
        'optgroup',
        { label: g.name },
        g.members.map((m) => el('option', { value: m.id, text: m.name })),
      ),
    );
  await show();
}

async function show(): Promise<void> {
  showOptions();
  if (!setup?.groupsSheet) return;
  const req: PrintRequest = { view: view.value as PrintRequest['view'] };
  if (req.view === 'seating') {
    req.rows = Number(rows.value);
    req.cols = Number(cols.value);
  }
  if (req.view === 'praise' || req.view === 'praise-screen' || req.view === 'history')
    req.period = period.value as NonNullable<PrintRequest['period']>;
  if (req.view === 'history') req.studentId = student.value;
  const mine = ++asked;
  printButton.disabled = true;
  say('result', 'info', t('loading'));
  const r = await run('printView', req);
  if (mine !== asked) return;
  if (!r.ok) {
    say('result', 'error', r.message);
    return;
  }
  say('result', '', '');
  byId('view-css').textContent = `${r.baseCss}\n${r.css}`;
  // Built by the server with the escaping template (shared/print/html.ts): text in it is escaped already.
  paper.innerHTML = r.body;
  document.title = r.title;
  const hints: Record<string, string> = {
    list: `${t('hintPaper', r.students)} ${t('hintPrint')}`,
    cards: `${t('hintCards')} ${t('details', setup.groupsSheet)}`,
    seating: `${t('hintSeating')} ${t('hintPaper', r.students)}`,
    praise: t('hintPrint'),
    'praise-screen': t('hintScreen'),
    history: t('hintHistory'),
  };
  byId('hint').textContent = hints[req.view] ?? '';
  printButton.disabled = false;
  fitToDialog();
}

view.addEventListener('change', () => background(show()));
period.addEventListener('change', () => background(show()));
student.addEventListener('change', () => background(show()));
rows.addEventListener('change', () => background(show()));
cols.addEventListener('change', () => background(show()));
window.addEventListener('resize', fitToDialog);
// On paper the page is at full size (the print CSS resets the on-screen zoom).
printButton.addEventListener('click', () => {
  window.print();
});
byId('close').addEventListener('click', closeDialog);
start({ ready: load, errors: 'result' });
