/** Options: the target spreadsheet and the user's own OAuth client ID (and, in the e2e test build, the API base). */
import { browser } from 'wxt/browser';
import { langFromLocale } from '../../../shared/i18n/localized.ts';
import type { Lang, Localized } from '../../../shared/i18n/localized.ts';
import { IS_E2E_BUILD, loadConfig, saveConfig } from '../../lib/config.ts';
import { MSG, fill } from '../../lib/messages.ts';
import type { MessageKey } from '../../lib/messages.ts';
import { spreadsheetIdFromUrl } from '../../lib/sheets.ts';

const lang: Lang = langFromLocale(browser.i18n.getUILanguage());
const t = (k: MessageKey, v: Record<string, string | number> = {}): string => fill((MSG[k] as Localized)[lang], v);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = t('optionsTitle');

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.textContent = text;
  return e;
};

const app = document.getElementById('app');
if (!app) throw new Error('options page: #app is missing from index.html');
const url = el('input', {
  id: 'spreadsheet-url',
  type: 'url',
  placeholder: 'https://docs.google.com/spreadsheets/d/…/edit',
});
const clientId = el('input', { id: 'client-id', placeholder: '1234567890-abc….apps.googleusercontent.com' });
const apiBase = el('input', { id: 'api-base', placeholder: 'https://sheets.googleapis.com' });
const save = el('button', { id: 'save' }, t('save'));
const status = el('p', { id: 'status', role: 'status' });

let redirect = '';
try {
  redirect = browser.identity.getRedirectURL();
} catch {
  // identity unavailable (should not happen with the permission); the hint then shows no URL.
}

app.append(
  el('h1', {}, t('optionsTitle')),
  el('label', { for: 'spreadsheet-url' }, t('sheetUrl')),
  url,
  el('p', { class: 'hint' }, t('sheetUrlHint')),
  el('label', { for: 'client-id' }, t('clientId')),
  clientId,
  el('p', { class: 'hint' }, t('clientIdHint', { redirect })),
);
if (IS_E2E_BUILD) app.append(el('label', { for: 'api-base' }, t('apiBase')), apiBase);
app.append(el('p', {}, ''), save, status, el('p', { class: 'hint' }, t('privacy')));

void loadConfig().then((c) => {
  url.value = c.spreadsheetUrl;
  clientId.value = c.clientId;
  apiBase.value = c.apiBase;
});

save.addEventListener('click', async () => {
  if (url.value.trim() !== '' && !spreadsheetIdFromUrl(url.value)) {
    status.textContent = t('badUrl');
    status.dataset.kind = 'error';
    return;
  }
  await saveConfig({
    spreadsheetUrl: url.value.trim(),
    clientId: clientId.value.trim(),
    ...(IS_E2E_BUILD ? { apiBase: apiBase.value.trim() } : {}),
  });
  status.textContent = t('saved');
  status.dataset.kind = 'ok';
});
