/**
 * The Import plan text dialog (ImportPlan.html): paste, preview what was found (plans, sections, schedule, rules,
 * and every setting that would change, old → new), choose which plan feeds the settings when there are several,
 * then import into new 计划/日程 sheets. A paste that carries HTML (Word, WPS, a web page) is also kept as a plain
 * tree (./pasted-html.ts) so its headings, lists and tables reach the extractor. Plan text is shown with
 * textContent only.
 */
import type { PlainHtml } from '../../../shared/plan/read/plain-html.ts';
import { background, byId, closeDialog, el, pageStrings, run, say, start } from './client.ts';
import { pastedHtmlTree, treeText } from './pasted-html.ts';

const t = pageStrings({
  zh: {
    title: '导入计划文本',
    intro: '把学校或教研组的小组合作计划（方案）粘贴到下面。会新建“计划”和“日程”工作表，旧的保留。',
    placeholder: '在这里粘贴计划全文（从 Word、WPS 或网页复制的标题、列表和表格会保留）…',
    preview: '预览',
    apply: '同时把计划里的分组和积分规则写入“设置”',
    colTitle: '计划',
    colHeadings: '小节',
    colSchedule: '日程',
    colSize: '每组',
    colMix: '搭配',
    colScoring: '积分',
    choose: '用哪份计划的规则写入“设置”：',
    import: '导入',
    close: '关闭',
    reading: '正在识别…',
    structured: '已保留粘贴内容的格式（标题、列表、表格）。',
    changes: '导入后“设置”中会改变的项（原来 → 以后）：',
    noChanges: '导入不会改变“设置”：计划里没有会改变现有分组或积分设置的规则。',
    done: '已写入“{0}”和“{1}”（{2} 份计划）。',
    settingsDone: '“设置”已更新。',
    sep: '：',
  },
  en: {
    title: 'Import plan text',
    intro: 'Paste your school\'s group-work plan below. New "Plan" and "Schedule" sheets are made; earlier ones stay.',
    placeholder: 'Paste the whole plan here (headings, lists and tables copied from Word, WPS or a web page are kept)…',
    preview: 'Preview',
    apply: "Also write the plan's grouping and scoring rules to Settings",
    colTitle: 'Plan',
    colHeadings: 'Sections',
    colSchedule: 'Schedule',
    colSize: 'Size',
    colMix: 'Mix',
    colScoring: 'Scoring',
    choose: 'Plan whose rules go to Settings:',
    import: 'Import',
    close: 'Close',
    reading: 'Reading…',
    structured: 'The formatting of what you pasted (headings, lists, tables) is kept.',
    changes: 'Settings that will change (now → after the import):',
    noChanges: 'Settings will not change: nothing in the plan changes your grouping or scoring settings.',
    done: 'Wrote "{0}" and "{1}" ({2} plan(s)).',
    settingsDone: 'Settings updated.',
    sep: ': ',
  },
});

const text = byId('text', HTMLTextAreaElement);
const importButton = byId('import', HTMLButtonElement);
const choice = byId('plan-choice', HTMLSelectElement);

/** The clipboard's HTML of the last paste, while the box still holds exactly what that paste put there. */
let pasted: { html: PlainHtml; value: string } | null = null;

const input = () => (pasted && pasted.value === text.value ? { text: text.value, html: pasted.html } : text.value);
const chosenPlan = (): number => (choice.options.length > 1 ? choice.selectedIndex : 0);

/** A paste replacing the whole box keeps the clipboard's HTML beside its text; the box shows the text. */
function onPaste(e: ClipboardEvent): void {
  const data = e.clipboardData;
  const html = data?.getData('text/html') ?? '';
  const whole = text.selectionStart === 0 && text.selectionEnd === text.value.length;
  if (!data || !html.trim() || !whole) {
    pasted = null;
    return;
  }
  const tree = pastedHtmlTree(html);
  if (!tree) {
    pasted = null;
    return;
  }
  e.preventDefault();
  const plain = data.getData('text/plain');
  text.value = plain.trim() ? plain : treeText(tree);
  pasted = { html: tree, value: text.value };
  stale();
}

/** The text changed since the preview: preview again before importing. */
function stale(): void {
  byId('found').hidden = true;
  importButton.disabled = true;
  byId('structured').hidden = true;
}

async function preview(planIndex = 0): Promise<void> {
  importButton.disabled = true;
  say('result', 'info', t('reading'));
  const p = await run('importPlanPreview', input(), planIndex);
  if (!p.ok) {
    byId('found').hidden = true;
    say('result', 'error', p.message, 'details' in p ? p.details : undefined);
    return;
  }
  say('result', '', '');
  byId('structured').hidden = !p.structured;
  const body = byId('plans');
  body.textContent = '';
  p.plans.forEach((x, i) => {
    const cells = [
      x.title,
      String(x.headings),
      String(x.scheduleItems),
      x.groupSize,
      x.mix,
      [x.categories.join('、'), x.badge].filter((c) => c !== '').join(' · '),
    ];
    body.appendChild(
      el(
        'tr',
        { 'data-testid': 'plan', class: i === p.planIndex && p.plans.length > 1 ? 'chosen' : undefined },
        cells.map((c) => el('td', { text: c })),
      ),
    );
  });
  choice.textContent = '';
  p.plans.forEach((x, i) => {
    choice.appendChild(el('option', { value: String(i), text: `${i + 1}. ${x.title}` }));
  });
  choice.selectedIndex = p.planIndex;
  byId('choose').hidden = p.plans.length < 2;
  const list = byId('changes');
  list.textContent = '';
  for (const c of p.changes)
    list.appendChild(
      el('li', { 'data-testid': 'change' }, [
        el('span', { class: 'setting', text: c.setting }),
        t('sep'),
        el('span', { class: 'from', text: c.from === '' ? '—' : c.from }),
        ' → ',
        el('span', { class: 'to', text: c.to }),
      ]),
    );
  byId('changes-title').textContent = p.changes.length ? t('changes') : t('noChanges');
  byId('found').hidden = false;
  importButton.disabled = false;
}

async function importPlan(): Promise<void> {
  importButton.disabled = true;
  const r = await run('importPlanRun', input(), byId('apply', HTMLInputElement).checked, chosenPlan());
  importButton.disabled = false;
  if (!r.ok) {
    say('result', 'error', r.message, 'details' in r ? r.details : undefined);
    return;
  }
  say(
    'result',
    'ok',
    t('done', r.planSheet, r.scheduleSheet, r.plans) + (r.settingsApplied ? ` ${t('settingsDone')}` : ''),
  );
}

text.addEventListener('paste', onPaste);
text.addEventListener('input', () => {
  if (pasted && pasted.value !== text.value) pasted = null;
  stale();
});
byId('preview').addEventListener('click', () => background(preview()));
choice.addEventListener('change', () => background(preview(choice.selectedIndex)));
byId('import').addEventListener('click', () => background(importPlan()));
byId('close').addEventListener('click', closeDialog);
start({ ready: () => text.focus(), errors: 'result' });
