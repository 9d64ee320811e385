/**
 * Extensions › Huzhu. onOpen may run in AuthMode.NONE (before the user authorises the add-on): it only builds the
 * menu — no sheet reads, no Properties.
 */
import type { Lang } from '../../shared/i18n/localized.ts';
import { userLang } from './apps-script.ts';

/** Menu items: label per language, and the top-level function the item calls (see build.ts's footer). */
export const MENU_ITEMS: readonly { zh: string; en: string; fn: string }[] = [
  { zh: '分组…', en: 'Form groups…', fn: 'showFormGroups' },
  { zh: '积分…', en: 'Scoring…', fn: 'showScoring' },
  { zh: '打印…', en: 'Print…', fn: 'showPrint' },
  { zh: '设置…', en: 'Settings…', fn: 'showSettings' },
  { zh: '导入计划文本…', en: 'Import plan text…', fn: 'showImportPlan' },
  { zh: '帮助', en: 'Help', fn: 'showHelp' },
];

export const buildMenu = (lang: Lang): void => {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item[lang], item.fn);
  menu.addToUi();
};

export const onOpen = (_e?: unknown): void => {
  buildMenu(userLang());
};

export const onInstall = (e?: unknown): void => {
  onOpen(e);
};
