/** Every sentence the popup and options page show, in Chinese and English (picked by the browser's UI locale). */
import type { Lang, Localized } from '../../shared/i18n/localized.ts';

const m = (zh: string, en: string): Localized => ({ zh, en });

export const MSG = {
  title: m('互助 · 计划导入', 'Huzhu plan import'),
  importPage: m('导入此网页', 'Import this page'),
  pasteLabel: m('或粘贴计划文本（PDF、文档）：', 'Or paste plan text (from a PDF or document):'),
  pastePlaceholder: m('在此粘贴计划全文…', 'Paste the whole plan here…'),
  readPaste: m('整理粘贴的文本', 'Read pasted text'),
  reading: m('正在读取网页…', 'Reading the page…'),
  fileLabel: m(
    '或拖入、选择计划文件（.docx、.pdf、.txt、.md）：',
    'Or drop or choose a plan file (.docx, .pdf, .txt, .md):',
  ),
  readingFile: m('正在读取文件…', 'Reading the file…'),
  fromFile: m('已读取文件“{name}”', 'Read the file "{name}"'),
  settingsTitle: m('设置表（设置）', 'Settings tab'),
  settingsFrom: m('设置取自哪份计划：', 'Settings from plan:'),
  settingsChanges: m('发送后将更改的设置（现有 → 新）：', 'Settings the send will change (now → new):'),
  settingsNoChange: m('发送不会更改任何设置。', 'The send changes no setting.'),
  settingsUnread: m(
    '（未能读取表格里的设置，以下按默认设置比较；发送时会按表格里的实际设置写入。）',
    "(The spreadsheet's settings could not be read, so this compares with the defaults; the send uses the real ones.)",
  ),
  noTab: m(
    '找不到要导入的网页标签页。请在网页上点击工具栏按钮。',
    'No web page tab to import. Click the toolbar button on a web page.',
  ),
  cannotRead: m(
    '无法读取这个页面（浏览器内置页面、PDF 查看器或商店页面不允许扩展读取）。请复制文字粘贴到下面的框里。',
    'This page cannot be read (browser pages, the PDF viewer and store pages are off limits to extensions). Copy its text and paste it below.',
  ),
  emptyText: m('没有读到文字。请选中计划正文或粘贴文本。', 'No text was found. Select the plan text or paste it.'),
  extractFailed: m(
    '整理文本时出错，请把文本粘贴到下面的框里再试。',
    'The text could not be read as a plan; paste it below and try again.',
  ),
  fromSelection: m('已导入选中的文字', 'Imported the selected text'),
  fromArticle: m('已导入网页正文', "Imported the page's main text"),
  fromPage: m('已导入整页文字', "Imported the whole page's text"),
  fromPaste: m('已整理粘贴的文本', 'Read the pasted text'),
  fromPasteHtml: m(
    '已整理粘贴的内容（保留了标题、列表和表格）',
    'Read the pasted content (headings, lists and tables kept)',
  ),
  noPlans: m('没有找到计划的提纲。', 'No plan outline was found.'),
  plansFound: m('找到 {n} 份计划', 'Found {n} plan(s)'),
  include: m('包含此计划', 'Include this plan'),
  level: m('层级', 'Level'),
  dropPart: m('删除此部分', 'Drop this part'),
  dropPlan: m('删除此计划', 'Drop this plan'),
  moreParts: m(
    '还有 {n} 个部分未在此列出（会照原样写入）；要逐项修改，请只选中计划正文后再导入。',
    '{n} more parts are not listed here (they are written as read); to edit them, select just the plan and import again.',
  ),
  fields: m('计划要点', 'What the plan states'),
  outline: m('提纲', 'Outline'),
  schedule: m('日程', 'Schedule'),
  // The plan's field labels live with their values in shared/plan/describe.ts.
  removed: m('已去除的网页杂项（{n} 行）', 'Removed page clutter ({n} lines)'),
  removedLine: m('第 {line} 行（{reason}）：', 'Line {line} ({reason}): '),
  output: m('写入表格', 'Into the spreadsheet'),
  send: m('发送到表格', 'Send to spreadsheet'),
  sending: m('正在写入表格…', 'Writing to the spreadsheet…'),
  sent: m('已写入：{tabs}', 'Written: {tabs}'),
  sentRows: m('{name} {n} 行', '{name} {n} rows'),
  settingsWritten: m('{name} 已更新', '{name} updated'),
  noSpreadsheet: m(
    '还没有设置目标表格。请先在“设置”中填写表格网址；不设置也可以用下面的“复制”或“下载”。',
    'No spreadsheet is set. Add its URL in Options first — or use Copy / Download below, which need no set-up.',
  ),
  needSignIn: m(
    '请先在“设置”页用 Google 登录（会在新标签页打开）；你导入和修改的内容会保留，登录后再点“发送”。',
    'Sign in with Google on the Options page first (it opens in a tab); this import and your edits are kept — Send again afterwards.',
  ),
  openSignIn: m('去登录', 'Sign in…'),
  restored: m('已恢复上次的导入和修改', 'Restored your last import and edits'),
  tooLong: m(
    '文本太长，只读取了前 {max} 个字符。请只选中或粘贴计划部分。',
    'The text is too long: only the first {max} characters were read. Select or paste just the plan.',
  ),
  pageCut: m(
    '网页太大，只读取了前面的一部分。请选中计划正文后再导入，或粘贴到下面。',
    'The page is very large, so only its first part was read. Select the plan text and import again, or paste it below.',
  ),
  extracting: m('正在整理文本…', 'Reading the text…'),
  table: m('表格内容', 'Table'),
  copy: m('复制（可粘贴到表格）', 'Copy for Sheets'),
  copied: m('已复制“{name}”，可在表格中粘贴', 'Copied "{name}": paste it into a sheet'),
  copyFailed: m('无法写入剪贴板', 'Could not write to the clipboard'),
  download: m('下载 CSV', 'Download CSV'),
  downloaded: m('已下载 {file}', 'Downloaded {file}'),
  options: m('设置', 'Options'),
  // Options page
  optionsTitle: m('互助 · 计划导入 设置', 'Huzhu plan import — options'),
  sheetUrl: m('目标 Google 表格网址', 'Target Google Sheets URL'),
  sheetUrlHint: m(
    '打开表格，复制地址栏中的网址粘贴到这里。',
    'Open the spreadsheet and paste the address from the address bar.',
  ),
  signInTitle: m('Google 账号', 'Google account'),
  signIn: m('使用 Google 登录', 'Sign in with Google'),
  signingIn: m('正在打开 Google 登录窗口…', 'Opening the Google sign-in window…'),
  signedIn: m(
    '已登录。回到工具栏按钮的窗口，点击“发送到表格”即可。',
    'Signed in. Go back to the toolbar button and click "Send to spreadsheet".',
  ),
  notSignedIn: m(
    '尚未登录。第一次发送前请在这里登录一次（登录窗口会在新窗口中打开）。',
    'Not signed in. Sign in here once before the first send (Google opens in a window of its own).',
  ),
  signInFailed: m('登录没有完成：{detail}', 'Sign-in did not finish: {detail}'),
  noClientIdBuild: m(
    '这个版本没有内置 Google 登录，只能“复制”或“下载 CSV”。（学校自行部署时可在“高级”中填写客户端 ID。）',
    'This build has no Google sign-in built in, so it can only copy or download CSV. (A school hosting its own build can set a client ID under Advanced.)',
  ),
  advanced: m('高级（学校自行部署）', 'Advanced (self-hosting)'),
  clientId: m('OAuth 客户端 ID（覆盖内置的）', 'OAuth client ID (overrides the built-in one)'),
  clientIdHint: m(
    '类型为“Web 应用”的客户端；已获授权的重定向 URI 填：{redirect}',
    'A client of type "Web application", with this authorised redirect URI: {redirect}',
  ),
  authBase: m('Google 登录地址（测试版）', 'Google sign-in base URL (test build)'),
  apiBase: m('Sheets API 地址（测试版）', 'Sheets API base URL (test build)'),
  save: m('保存', 'Save'),
  saved: m('已保存', 'Saved'),
  badUrl: m(
    '这不是 Google 表格的网址，应形如 https://docs.google.com/spreadsheets/d/…/edit',
    'This is not a Google Sheets URL; it looks like https://docs.google.com/spreadsheets/d/…/edit',
  ),
  privacy: m(
    '计划文本只会发送到你自己的表格；本扩展不收集任何数据。',
    'Plan text goes only to your own spreadsheet; this extension collects nothing.',
  ),
  // Sheets errors
  errAuth: m(
    'Google 登录已过期或被拒绝，请在“设置”页重新登录后再发送。',
    'Google sign-in expired or was refused; sign in again on the Options page, then Send again.',
  ),
  errNoAuthSetup: m(
    '这个版本没有 Google 登录，不能直接写入表格；请用下面的“复制”或“下载 CSV”。',
    'This build has no Google sign-in, so it cannot write to a spreadsheet; use Copy or Download CSV below.',
  ),
  errForbidden: m(
    '没有权限写入这个表格（需要该表格的编辑权限）。',
    'No permission to write this spreadsheet (you need edit access to it).',
  ),
  errNotFound: m('找不到这个表格，请在“设置”中检查网址。', 'Spreadsheet not found; check the URL in Options.'),
  errNetwork: m(
    '连不上 Google 表格服务，请检查网络后重试。',
    'Cannot reach Google Sheets; check the connection and try again.',
  ),
  errBusy: m(
    'Google 表格暂时繁忙（{status}），已自动重试多次。请稍等一分钟再点“发送”；已写入的行不会重复。',
    'Google Sheets is busy ({status}); retried several times. Wait a minute and Send again — rows already written are not written twice.',
  ),
  errBadReply: m(
    '收到的不是 Google 表格的回复（可能是网络登录页或代理）。请检查网络后再发送。',
    'The reply did not come from Google Sheets (perhaps a network sign-in page or a proxy). Check the connection and Send again.',
  ),
  retrying: m(
    'Google 表格繁忙（{status}），{seconds} 秒后重试…',
    'Google Sheets is busy ({status}); trying again in {seconds} s…',
  ),
  settingsSkipped: m(
    '设置表第 {rows} 行无法识别，未改写；请检查后手动修改。',
    'Settings row(s) {rows} could not be read and were left as they are; check and edit them by hand.',
  ),
  errOther: m('写入表格失败（{status}）：{detail}', 'Writing to the spreadsheet failed ({status}): {detail}'),
  errPartial: m('前面的步骤已完成：{done}。', 'Steps already done: {done}.'),
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MSG;

/** The extractor's reasons for removing a line (shared/plan/boilerplate.ts), for the zh UI; unknown ones as given. */
const REASONS: Record<string, Localized> = {
  'download notice': m('下载提示', 'download notice'),
  'site navigation': m('网站导航', 'site navigation'),
  'page metadata': m('网页信息（发布时间、来源等）', 'page details (date, source…)'),
  'reference list heading': m('参考资料标题', 'reference list heading'),
  'table of contents': m('目录', 'table of contents'),
  'page number': m('页码', 'page number'),
  'repeated line': m('重复的行', 'repeated line'),
  watermark: m('水印', 'watermark'),
};
export const reasonText = (reason: string, lang: 'zh' | 'en'): string => REASONS[reason]?.[lang] ?? reason;

/** Fill {name} placeholders. Values are plain text; callers show the result with textContent. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));

/** Values for a message's {name} placeholders. */
export type MessageValues = Record<string, string | number>;

/** A message in one language, placeholders filled. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const translator =
  (lang: Lang): Translate =>
  (key, values = {}) =>
    fill(MSG[key][lang], values);
