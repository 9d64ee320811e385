/**
 * Opening the sidebar and dialogs. The HTML files are static (no scriptlets): each page asks the server for its
 * data through google.script.run, so untrusted text only ever reaches the page as data, shown via textContent.
 */
import type { Lang } from '../../shared/i18n/localized.ts';
import { userLang } from './apps-script.ts';

const TITLES = {
  Sidebar: { zh: '互助 · 积分', en: 'Huzhu · Scoring' },
  FormGroups: { zh: '互助 · 分组', en: 'Huzhu · Form groups' },
  Settings: { zh: '互助 · 设置', en: 'Huzhu · Settings' },
  Help: { zh: '互助 · 帮助', en: 'Huzhu · Help' },
  ImportPlan: { zh: '互助 · 导入计划文本', en: 'Huzhu · Import plan text' },
  Print: { zh: '互助 · 打印', en: 'Huzhu · Print' },
} as const satisfies Record<string, Record<Lang, string>>;

const page = (file: keyof typeof TITLES, lang: Lang): GoogleAppsScript.HTML.HtmlOutput =>
  HtmlService.createHtmlOutputFromFile(file).setTitle(TITLES[file][lang]);

export const showScoring = (): void => {
  const lang = userLang();
  SpreadsheetApp.getUi().showSidebar(page('Sidebar', lang)); // Sidebars are 300 px wide, whatever is asked.
};

const dialog = (file: Exclude<keyof typeof TITLES, 'Sidebar'>, width: number, height: number): void => {
  const lang = userLang();
  SpreadsheetApp.getUi().showModalDialog(page(file, lang).setWidth(width).setHeight(height), TITLES[file][lang]);
};

export const showFormGroups = (): void => dialog('FormGroups', 560, 600);
export const showSettings = (): void => dialog('Settings', 520, 620);
export const showHelp = (): void => dialog('Help', 520, 560);
export const showImportPlan = (): void => dialog('ImportPlan', 600, 620);
/** Wide enough for an A4 page at its printed size (the landscape seating chart is shown scaled down). */
export const showPrint = (): void => dialog('Print', 960, 680);
