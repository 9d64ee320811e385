/**
 * The Import plan text dialog (ImportPlan.html): paste, preview what was found (plans, sections, schedule, rules),
 * then import into new 计划/日程 sheets. Plan text is shown with textContent only.
 */
import { background, byId, closeDialog, el, pageStrings, run, say, start } from './client.ts';

const t = pageStrings({
  zh: {
    title: '导入计划文本',
    intro: '把学校或教研组的小组合作计划（方案）粘贴到下面。会新建“计划”和“日程”工作表，旧的保留。',
    placeholder: '在这里粘贴计划全文…',
    preview: '预览',
    apply: '同时把计划里的分组和积分规则写入“设置”',
    colTitle: '计划',
    colHeadings: '小节',
    colSchedule: '日程',
    colSize: '每组',
    colMix: '搭配',
    colScoring: '积分',
    import: '导入',
    close: '关闭',
    reading: '正在识别…',
    changes: '“设置”将改为：{0}',
    noChanges: '计划里没有要写入“设置”的规则。',
    done: '已写入“{0}”和“{1}”（{2} 份计划）。',
    settingsDone: '“设置”已更新。',
  },
  en: {
    title: 'Import plan text',
    intro: 'Paste your school\'s group-work plan below. New "Plan" and "Schedule" sheets are made; earlier ones stay.',
    placeholder: 'Paste the whole plan here…',
    preview: 'Preview',
    apply: "Also write the plan's grouping and scoring rules to Settings",
    colTitle: 'Plan',
    colHeadings: 'Sections',
    colSchedule: 'Schedule',
    colSize: 'Size',
    colMix: 'Mix',
    colScoring: 'Scoring',
    import: 'Import',
    close: 'Close',
    reading: 'Reading…',
    changes: 'Settings will become: {0}',
    noChanges: 'The plan sets no rules for Settings.',
    done: 'Wrote "{0}" and "{1}" ({2} plan(s)).',
    settingsDone: 'Settings updated.',
  },
});

const text = byId('text', HTMLTextAreaElement);
const importButton = byId('import', HTMLButtonElement);

async function preview(): Promise<void> {
  importButton.disabled = true;
  say('result', 'info', t('reading'));
  const p = await run('importPlanPreview', text.value);
  if (!p.ok) {
    byId('found').hidden = true;
    say('result', 'error', p.message, 'details' in p ? p.details : undefined);
    return;
  }
  say('result', '', '');
  const body = byId('plans');
  body.textContent = '';
  for (const x of p.plans) {
    const cells = [
      x.title,
      String(x.headings),
      String(x.scheduleItems),
      x.groupSize,
      x.mix,
      x.categories.join('、') + (x.badge ? ` · ${x.badge}` : ''),
    ];
    body.appendChild(
      el(
        'tr',
        { 'data-testid': 'plan' },
        cells.map((c) => el('td', { text: c })),
      ),
    );
  }
  byId('changes').textContent = p.settingsChanges.length ? t('changes', p.settingsChanges.join('；')) : t('noChanges');
  byId('found').hidden = false;
  importButton.disabled = false;
}

async function importPlan(): Promise<void> {
  importButton.disabled = true;
  const r = await run('importPlanRun', text.value, byId('apply', HTMLInputElement).checked);
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

byId('preview').addEventListener('click', () => background(preview()));
byId('import').addEventListener('click', () => background(importPlan()));
byId('close').addEventListener('click', closeDialog);
start({ ready: () => text.focus(), errors: 'result' });
