/**
 * The Settings dialog (Settings.html): edits what the 设置/Settings sheet holds. The server validates everything
 * and lists every problem; the ability mix is read and written with the core's notation (shared/settings/mix.ts),
 * the one the sheet uses too.
 */
import { formatMix, parseMix } from '../../../shared/settings/mix.ts';
import type { Fairness, Period, PointCategory, Settings } from '../../../shared/settings/types.ts';
import { background, byId, closeDialog, currentLang, el, pageStrings, run, say, start } from './client.ts';

const t = pageStrings({
  zh: {
    title: '设置',
    where: '这些设置保存在“设置”工作表里，也可以直接在表里修改。',
    cats: '积分类别（每次点击的分数）',
    addCat: '添加类别',
    remove: '删除',
    badge: '徽章',
    badgeName: '名称',
    badgeEvery: '每多少分一个',
    board: '小组排行',
    fairness: '比较方式',
    fTotal: '总分',
    fAverage: '人均分',
    fNormalized: '按人数折算',
    showNegative: '排行榜显示负分',
    periods: '统计周期：',
    week: '本周',
    month: '本月',
    term: '本学期',
    termStart: '学期开始',
    grouping: '分组默认值',
    groupSize: '每组人数',
    mix: '能力搭配（如 2:1:1，不限则留空）',
    save: '保存',
    close: '关闭',
    saved: '已保存到“设置”工作表。',
    catName: '类别名称',
    points: '分数',
    saving: '正在保存…',
    notSaved: '设置没有保存，请修改：',
    badMix: '能力搭配“{0}”应写成 2:1:1 这样的正整数，不限则留空。',
  },
  en: {
    title: 'Settings',
    where: 'These settings live in the Settings sheet; you can also edit them there.',
    cats: 'Point categories (points per click)',
    addCat: 'Add category',
    remove: 'Remove',
    badge: 'Badge',
    badgeName: 'Name',
    badgeEvery: 'Points per badge',
    board: 'Group leaderboard',
    fairness: 'Compare groups by',
    fTotal: 'Total',
    fAverage: 'Per-member average',
    fNormalized: 'Scaled to group size',
    showNegative: 'Show negative points',
    periods: 'Periods:',
    week: 'This week',
    month: 'This month',
    term: 'This term',
    termStart: 'Term start',
    grouping: 'Grouping defaults',
    groupSize: 'Group size',
    mix: 'Ability mix (e.g. 2:1:1; empty for none)',
    save: 'Save',
    close: 'Close',
    saved: 'Saved to the Settings sheet.',
    catName: 'Category name',
    points: 'Points',
    saving: 'Saving…',
    notSaved: 'The settings were not saved; please fix:',
    badMix: 'Ability mix "{0}" must be whole numbers such as 2:1:1; leave it empty for none.',
  },
});

/** The values the dialog's controls may hold (the `satisfies` keeps them in step with the core's types). */
const FAIRNESS = { total: true, average: true, normalized: true } satisfies Record<Fairness, true>;
const PERIODS = { week: true, month: true, term: true } satisfies Record<Period, true>;
const isFairness = (v: string): v is Fairness => Object.hasOwn(FAIRNESS, v);
const isPeriod = (v: string): v is Period => Object.hasOwn(PERIODS, v);

const badgeName = byId('badge-name', HTMLInputElement);
const badgeEvery = byId('badge-every', HTMLInputElement);
const fairness = byId('fairness', HTMLSelectElement);
const showNegative = byId('show-negative', HTMLInputElement);
const termStart = byId('term-start', HTMLInputElement);
const groupSize = byId('group-size', HTMLInputElement);
const mixInput = byId('mix', HTMLInputElement);

const periodBoxes = (): HTMLInputElement[] =>
  Array.from(document.querySelectorAll('[data-period]')).filter((x) => x instanceof HTMLInputElement);

function catRow(c: PointCategory): HTMLDivElement {
  const name = el('input', { type: 'text', class: 'cat-name', maxlength: '20', 'aria-label': t('catName') });
  const points = el('input', { type: 'number', class: 'cat-points', min: '1', step: '1', 'aria-label': t('points') });
  const row = el('div', { class: 'cat', 'data-testid': 'category' }, [
    name,
    points,
    el('button', { type: 'button', text: t('remove'), onclick: () => row.remove() }),
  ]);
  name.value = c.name;
  points.value = String(c.defaultPoints);
  return row;
}

function fill(s: Settings): void {
  const box = byId('cats');
  box.textContent = '';
  for (const c of s.categories) box.appendChild(catRow(c));
  badgeName.value = s.badge.name;
  badgeEvery.value = String(s.badge.every);
  fairness.value = s.fairness;
  showNegative.checked = !!s.showNegative;
  for (const x of periodBoxes()) {
    const p = x.getAttribute('data-period') ?? '';
    x.checked = isPeriod(p) && s.periods.indexOf(p) >= 0;
  }
  termStart.value = s.termStart || '';
  groupSize.value = String(s.groupSize);
  mixInput.value = formatMix(s.mix, currentLang());
}

async function load(): Promise<void> {
  const v = await run('settingsView');
  if (!v.ok) {
    say('result', 'error', v.message);
    return;
  }
  fill(v.settings);
  say('notice', 'info', v.notices[0] ?? '', v.notices.slice(1));
}

const categories = (): PointCategory[] =>
  Array.from(document.querySelectorAll('[data-testid=category]')).map((r) => {
    const name = r.querySelector('.cat-name');
    const points = r.querySelector('.cat-points');
    return {
      name: name instanceof HTMLInputElement ? name.value.trim() : '',
      defaultPoints: points instanceof HTMLInputElement ? Number(points.value) : Number.NaN,
    };
  });

async function save(): Promise<void> {
  const mix = parseMix(mixInput.value);
  if (!mix.ok) {
    say('result', 'error', t('notSaved'), [t('badMix', mixInput.value.trim())]);
    return;
  }
  const patch: Partial<Settings> = {
    categories: categories(),
    badge: { name: badgeName.value.trim(), every: Number(badgeEvery.value) },
    showNegative: showNegative.checked,
    periods: periodBoxes()
      .filter((x) => x.checked)
      .map((x) => x.getAttribute('data-period') ?? '')
      .filter(isPeriod),
    termStart: termStart.value || null,
    groupSize: Number(groupSize.value),
    mix: mix.mix,
  };
  if (isFairness(fairness.value)) patch.fairness = fairness.value;
  say('result', 'info', t('saving'));
  const r = await run('saveSettings', patch);
  if (!r.ok) {
    say('result', 'error', r.message, 'details' in r ? r.details : undefined);
    return;
  }
  say('result', 'ok', t('saved'));
}

byId('add-cat').addEventListener('click', () => {
  byId('cats').appendChild(catRow({ name: '', defaultPoints: 1 }));
});
byId('form').addEventListener('submit', (e) => {
  e.preventDefault();
  background(save());
});
byId('close').addEventListener('click', closeDialog);
start({ ready: load, errors: 'result' });
