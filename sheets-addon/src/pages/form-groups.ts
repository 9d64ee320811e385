/**
 * The Form groups dialog (FormGroups.html): the roster's problems first (the button stays disabled while there are
 * errors), then the options, then one call that writes the new 分组 sheet.
 */
import { defaultMix, mixLabel } from '../../../shared/settings/mix.ts';
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
    title: '分组',
    problemsErr: '名单问题（先改正红色的错误）',
    problemsWarn: '名单提示（不影响分组）',
    sizeLegend: '每组人数或组数',
    bySize: '每组人数',
    byGroups: '组数',
    remainder: '除不尽时：',
    larger: '有的组多一人',
    smaller: '有的组少一人',
    mixLegend: '能力搭配',
    mix211: '2:1:1（两名较强、一名中等、一名需帮助）',
    mix222: '2:2:2（六人组）',
    mix11: '1:1（师徒结对）',
    mixNone: '不限',
    balanceLegend: '均衡：',
    moreOptions: '更多选项',
    rounds: '轮换：分几轮',
    roundsHint: '每轮和新同学一组，每轮一张表',
    seedHint: '同一个编号得到同样的分组',
    another: '换一种分法',
    use: '用“{0}”作为现在的分组',
    used: '现在记分和打印都用“{0}”。',
    current: '现在的分组：“{0}”',
    bTotal: '总分',
    bSubjects: '各科成绩',
    bGender: '男女比例',
    rules: '名单里的“不同组”“同组”“固定组”“组长”列会自动遵守。',
    seed: '分法编号',
    keep: '尽量保持上次分组（少换人）',
    keepDeparted: '已转学、休学的学生也参加分组',
    run: '生成分组',
    recheck: '重新检查名单',
    close: '关闭',
    reading: '正在读取名单…',
    working: '正在分组…',
    source: '名单：“{0}”，{1} 名学生',
    doneRounds:
      '已写入 {0} 张新工作表（{1}），{2} 名学生。积分和打印先用第1轮“{3}”；换到下一轮时，打开那一轮的表，再从“分组…”点“用……作为现在的分组”。',
    noSource: '没有找到名单',
    more: '还有 {0} 个问题没有列出。',
    fixFirst: '请先在表格里改正上面的错误，再点“重新检查名单”。',
    done: '已写入新工作表“{0}”：{1} 名学生，{2} 个组。',
    attr: '均衡“{0}”',
  },
  en: {
    title: 'Form groups',
    problemsErr: 'Roster problems (fix the red errors first)',
    problemsWarn: 'Notes on the roster (they do not stop grouping)',
    sizeLegend: 'Group size or number of groups',
    bySize: 'Group size',
    byGroups: 'Number of groups',
    remainder: 'When it does not divide evenly:',
    larger: 'some groups one larger',
    smaller: 'some groups one smaller',
    mixLegend: 'Ability mix',
    mix211: '2:1:1 (two stronger, one middle, one needing help)',
    mix222: '2:2:2 (groups of six)',
    mix11: '1:1 (peer tutoring pairs)',
    mixNone: 'none',
    balanceLegend: 'Balance:',
    moreOptions: 'More options',
    rounds: 'Rotation: rounds',
    roundsHint: 'new classmates each round, one sheet per round',
    seedHint: 'the same number gives the same groups',
    another: 'Try another arrangement',
    use: 'Use "{0}" as the current groups',
    used: 'Scoring and printing now use "{0}".',
    current: 'Current groups: "{0}"',
    bTotal: 'Total score',
    bSubjects: 'Each subject',
    bGender: 'Gender',
    rules: "The roster's Keep apart, Keep together, Group and Leader columns are always respected.",
    seed: 'Arrangement no.',
    keep: 'Keep previous groups stable (move few students)',
    keepDeparted: 'Also group students marked as left (transferred, on leave)',
    run: 'Form groups',
    recheck: 'Check the roster again',
    close: 'Close',
    reading: 'Reading the roster…',
    working: 'Forming groups…',
    source: 'Roster: "{0}", {1} students',
    doneRounds:
      'Wrote {0} new sheets ({1}), {2} students. Scoring and printing use round 1, "{3}", first; for the next round, open its sheet and click "Use … as the current groups" in Form groups….',
    noSource: 'No roster found',
    more: '{0} more problems not listed.',
    fixFirst: 'Fix the errors above in the sheet, then click "Check the roster again".',
    done: 'Wrote the new sheet "{0}": {1} students, {2} groups.',
    attr: 'Balance "{0}"',
  },
});

type FormGroupsRequest = Parameters<ServerApi['formGroupsRun']>[0];

const runButton = byId('run', HTMLButtonElement);
const value = byId('value', HTMLInputElement);
const mix = byId('mix', HTMLSelectElement);
const keep = byId('keep', HTMLInputElement);
const seed = byId('seed', HTMLInputElement);
const keepWrap = byId('keep-wrap');
const keepDeparted = byId('keep-departed', HTMLInputElement);
const keepDepartedWrap = byId('keep-departed-wrap');
const rounds = byId('rounds', HTMLInputElement);
const again = byId('again', HTMLButtonElement);
const checkbox = (id: string): HTMLInputElement => byId(id, HTMLInputElement);

let preview: Success<'formGroupsPreview'> | null = null;

/** The value of the checked radio button named `name` ('' when none is). */
const radio = (name: string): string => {
  const r = document.querySelector(`input[name=${name}]:checked`);
  return r instanceof HTMLInputElement ? r.value : '';
};

/** Whether the list offers this mix (its options are the notations the core formats: 2:1:1, …, none). */
const offered = (m: string): boolean => Array.from(mix.options).some((o) => o.value === m);

async function check(): Promise<void> {
  runButton.disabled = true;
  say('result', 'info', t('reading'));
  const p = await run('formGroupsPreview');
  if (!p.ok) {
    say('result', 'error', p.message, 'details' in p ? p.details : undefined);
    return;
  }
  preview = p;
  say('result', '', '');
  byId('source').textContent = [
    p.sheetName ? t('source', p.sheetName, p.students) : t('noSource'),
    p.currentGroups ? t('current', p.currentGroups) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const list = byId('problem-list');
  list.textContent = '';
  for (const x of p.problems)
    list.appendChild(
      el('li', { class: x.severity, 'data-testid': 'problem', 'data-severity': x.severity, text: x.text }),
    );
  if (p.moreProblems) list.appendChild(el('li', { text: t('more', p.moreProblems) }));
  byId('problems').hidden = p.problems.length === 0;
  // "Fix the red errors first" only when there are errors; warnings alone do not stop anything.
  byId('problems-title').textContent = p.hasErrors ? t('problemsErr') : t('problemsWarn');
  const useWrap = byId('use-wrap');
  useWrap.hidden = p.activeGroups === null;
  if (p.activeGroups !== null) byId('use-active').textContent = t('use', p.activeGroups);
  if (p.hasErrors) say('result', 'error', t('fixFirst'));
  const attrs = byId('attributes');
  attrs.textContent = '';
  for (const a of p.attributes)
    attrs.appendChild(
      el('label', {}, [el('input', { type: 'checkbox', 'data-attr': a }), el('span', { text: t('attr', a) })]),
    );
  checkbox('b-subjects').disabled = p.subjects.length === 0;
  value.value = String(p.defaults.size);
  if (offered(p.defaults.mix)) mix.value = p.defaults.mix;
  keepWrap.hidden = !p.hasPrevious;
  keepDepartedWrap.hidden = p.departed === 0;
  runButton.disabled = p.hasErrors;
}

async function formGroups(): Promise<void> {
  if (!preview || preview.hasErrors) return;
  const req: FormGroupsRequest = {
    by: radio('by') === 'groups' ? 'groups' : 'size',
    value: Number(value.value),
    mix: mix.value,
    remainder: radio('remainder') === 'smaller' ? 'smaller' : 'larger',
    balance: {
      total: checkbox('b-total').checked,
      subjects: checkbox('b-subjects').checked,
      gender: checkbox('b-gender').checked,
      attributes: Array.from(document.querySelectorAll('[data-attr]'))
        .filter((x) => x instanceof HTMLInputElement && x.checked)
        .map((x) => x.getAttribute('data-attr') ?? ''),
    },
    seed: seed.value === '' ? 1 : Number(seed.value),
    rounds: rounds.value === '' ? 1 : Number(rounds.value),
    keepPrevious: keep.checked && !keepWrap.hidden,
    keepDeparted: keepDeparted.checked && !keepDepartedWrap.hidden,
  };
  runButton.disabled = true;
  say('result', 'info', t('working'));
  const r = await run('formGroupsRun', req);
  runButton.disabled = false;
  if (!r.ok) {
    say('result', 'error', r.message, 'details' in r ? r.details : undefined);
    return;
  }
  const done =
    r.sheets.length > 1
      ? t('doneRounds', r.sheets.length, r.sheets.join('、'), r.students, r.sheetName)
      : t('done', r.sheetName, r.students, r.groups);
  say('result', 'ok', `${done} ${r.summary}`, r.warnings);
  again.hidden = false;
}

/** Another arrangement of the same class: the next number, groups formed again (a new sheet; the old one stays). */
function another(): void {
  seed.value = String((Number(seed.value) || 1) + 1);
  background(formGroups());
}

async function useActive(): Promise<void> {
  const r = await run('useActiveGroups');
  if (!r.ok) {
    say('result', 'error', r.message);
    return;
  }
  await check(); // the source line names the new current groups; the button goes
  say('result', 'ok', t('used', r.sheetName));
}

byId('form').addEventListener('submit', (e) => {
  e.preventDefault();
  background(formGroups());
});
value.addEventListener('input', () => {
  // A mix only fits its own group size (2:1:1 → 4, 2:2:2 → 6, 1:1 → 2); keep the pair consistent.
  if (radio('by') !== 'size') return;
  const m = defaultMix(Number(value.value));
  mix.value = m && offered(mixLabel(m)) ? mixLabel(m) : 'none';
});
byId('recheck').addEventListener('click', () => background(check()));
again.addEventListener('click', another);
byId('use-active').addEventListener('click', () => background(useActive()));
byId('close').addEventListener('click', closeDialog);
start({ ready: check, errors: 'result' });
