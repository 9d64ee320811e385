/**
 * The options page: the target spreadsheet, and "Sign in with Google". The interactive sign-in lives here, in a tab
 * of its own, because a consent window opened from the toolbar popup closes the popup (see ../auth.ts). The client
 * ID is the publisher's, built in; an advanced field may override it for a school hosting its own build.
 */
import { browser } from 'wxt/browser';
import { langFromLocale } from '../../../shared/i18n/localized.ts';
import type { Lang } from '../../../shared/i18n/localized.ts';
import { isSignedIn, redirectUri, signIn } from '../auth.ts';
import { BUILD_CLIENT_ID, clientIdOf, IS_E2E_BUILD, loadConfig, saveConfig } from '../config.ts';
import { translator } from '../messages.ts';
import { h } from '../popup/render.ts';
import { spreadsheetIdFromUrl } from '../sheets.ts';

export const mountOptions = (root: HTMLElement, lang: Lang = langFromLocale(browser.i18n.getUILanguage())): void => {
  const t = translator(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('optionsTitle');

  const url = h('input', {
    id: 'spreadsheet-url',
    type: 'url',
    placeholder: 'https://docs.google.com/spreadsheets/d/…/edit',
  });
  const clientId = h('input', { id: 'client-id', placeholder: '1234567890-abc….apps.googleusercontent.com' });
  const apiBase = h('input', { id: 'api-base', placeholder: 'https://sheets.googleapis.com' });
  const authBase = h('input', { id: 'auth-base', placeholder: 'https://accounts.google.com' });
  const save = h('button', { id: 'save' }, t('save'));
  const status = h('p', { id: 'status', role: 'status' });
  const signInButton = h('button', { id: 'sign-in', class: 'primary' }, t('signIn'));
  const signInStatus = h('p', { id: 'signin-status', role: 'status' });
  let redirect = '';
  try {
    redirect = redirectUri();
  } catch {
    // identity unavailable (should not happen with the permission); the hint then shows no URL.
  }

  root.append(
    h('h1', {}, t('optionsTitle')),
    h('label', { for: 'spreadsheet-url' }, t('sheetUrl')),
    url,
    h('p', { class: 'hint' }, t('sheetUrlHint')),
    h('h2', {}, t('signInTitle')),
    h('div', { class: 'row' }, signInButton),
    signInStatus,
    h(
      'details',
      { id: 'advanced' },
      h('summary', {}, t('advanced')),
      h('label', { for: 'client-id' }, t('clientId')),
      clientId,
      h('p', { class: 'hint', id: 'redirect-uri' }, t('clientIdHint', { redirect })),
    ),
  );
  if (IS_E2E_BUILD)
    root.append(
      h('label', { for: 'api-base' }, t('apiBase')),
      apiBase,
      h('label', { for: 'auth-base' }, t('authBase')),
      authBase,
    );
  root.append(h('p', {}, ''), save, status, h('p', { class: 'hint' }, t('privacy')));

  const say = (el: HTMLElement, text: string, kind: 'ok' | 'error' | 'info'): void => {
    el.textContent = text;
    el.dataset.kind = kind;
  };
  /** The sign-in button is usable only with a client ID; without one the build can only copy or download. */
  const showSignIn = async (): Promise<void> => {
    const id = clientIdOf({ clientIdOverride: clientId.value });
    signInButton.disabled = id === '';
    if (id === '') say(signInStatus, t('noClientIdBuild'), 'info');
    else if (await isSignedIn(id)) say(signInStatus, t('signedIn'), 'ok');
    else say(signInStatus, t('notSignedIn'), 'info');
  };
  const store = async (): Promise<boolean> => {
    if (url.value.trim() !== '' && !spreadsheetIdFromUrl(url.value)) {
      say(status, t('badUrl'), 'error');
      return false;
    }
    await saveConfig({
      spreadsheetUrl: url.value.trim(),
      clientIdOverride: clientId.value.trim(),
      ...(IS_E2E_BUILD ? { apiBase: apiBase.value.trim(), authBase: authBase.value.trim() } : {}),
    });
    return true;
  };
  const run = (action: () => Promise<void>): void => {
    action().catch((e: unknown) => {
      console.error(e);
      say(status, String(e), 'error');
    });
  };

  run(async () => {
    const c = await loadConfig();
    // What the teacher typed while the saved settings were loading wins over them.
    const fill = (field: HTMLInputElement, saved: string): void => {
      if (field.value === '') field.value = saved;
    };
    fill(url, c.spreadsheetUrl);
    fill(clientId, c.clientIdOverride);
    fill(apiBase, c.apiBase);
    fill(authBase, c.authBase);
    // A built-in ID needs no advanced field; an override is shown open so it is not forgotten.
    if (c.clientIdOverride !== '' || BUILD_CLIENT_ID === '') root.querySelector('details')?.setAttribute('open', '');
    await showSignIn();
    root.dataset.loaded = 'true';
  });
  clientId.addEventListener('input', () => run(showSignIn));

  save.addEventListener('click', () =>
    run(async () => {
      if (await store()) say(status, t('saved'), 'ok');
    }),
  );

  signInButton.addEventListener('click', () =>
    run(async () => {
      if (!(await store())) return;
      const c = await loadConfig();
      say(signInStatus, t('signingIn'), 'info');
      try {
        await signIn(clientIdOf(c), c.authBase);
        say(signInStatus, t('signedIn'), 'ok');
      } catch (e) {
        say(signInStatus, t('signInFailed', { detail: e instanceof Error ? e.message : String(e) }), 'error');
      }
    }),
  );
};
