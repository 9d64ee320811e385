/**
 * The toolbar popup as an app: import a page (or pasted text), preview and correct the outline, then send it to the
 * teacher's spreadsheet or copy/download it. Holds the one mutable thing, the current state, and wires the frame's
 * controls to the actions; the entry point only mounts it.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../../../shared/i18n/localized.ts';
import { langFromLocale } from '../../../shared/i18n/localized.ts';
import type { MessageKey } from '../messages.ts';
import { translator } from '../messages.ts';
import type { PageTextSource } from '../page-text.ts';
import { copyTable, downloadTable, readTargetPage, sendToSpreadsheet } from './actions.ts';
import { renderFrame, renderState, selectedTable, showStatus } from './render.ts';
import type { PopupEdit, PopupState } from './state.ts';
import { applyEdit, initialState, plansToWrite, readText } from './state.ts';

const SOURCE_NOTE: Record<PageTextSource, MessageKey> = {
  selection: 'fromSelection',
  article: 'fromArticle',
  page: 'fromPage',
};

/** Build the popup into `root`, in the browser's UI language. */
export const mountPopup = (root: HTMLElement, lang: Lang = langFromLocale(browser.i18n.getUILanguage())): void => {
  const t = translator(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const view = renderFrame(root, t, lang);
  let state: PopupState = initialState;

  const say = (text: string, kind: 'ok' | 'error' | 'info' = 'info'): void => showStatus(view, { text, kind });
  const update = (next: PopupState): void => {
    state = next;
    renderState(view, state, t, lang, (edit: PopupEdit) => update(applyEdit(state, edit)));
  };

  /** A click handler that runs an async action; an unexpected failure is logged rather than lost. */
  const onClick = (el: HTMLElement, action: () => Promise<void> | void): void => {
    el.addEventListener('click', () => {
      Promise.resolve()
        .then(action)
        .catch((e: unknown) => console.error(e));
    });
  };

  /** Show what was read from `text`; `note` says where it came from. */
  const load = (text: string, note: string): void => {
    const read = readText(text);
    if (!read.ok) {
      if (read.problem === 'failed') console.error(read.error);
      say(t(read.problem === 'empty' ? 'emptyText' : 'extractFailed'), 'error');
      return;
    }
    const found = read.state.doc?.plans.length ?? 0;
    say(
      found > 0 ? `${note} · ${t('plansFound', { n: found })}` : `${note} · ${t('noPlans')}`,
      found > 0 ? 'ok' : 'error',
    );
    update(read.state);
  };

  view.optionsLink.addEventListener('click', (e) => {
    e.preventDefault();
    browser.runtime.openOptionsPage().catch((err: unknown) => console.warn(err));
  });

  onClick(view.importButton, async () => {
    say(t('reading'));
    const read = await readTargetPage();
    if (!read.ok) {
      say(t(read.problem), 'error');
      return;
    }
    load(read.page.text, t(SOURCE_NOTE[read.page.source]));
  });

  onClick(view.pasteButton, () => load(view.paste.value, t('fromPaste')));

  onClick(view.copyButton, async () => {
    const doc = plansToWrite(state);
    if (doc) showStatus(view, await copyTable(doc, selectedTable(view), lang, t));
  });

  onClick(view.downloadButton, () => {
    const doc = plansToWrite(state);
    if (doc) showStatus(view, downloadTable(doc, selectedTable(view), lang, t));
  });

  onClick(view.sendButton, async () => {
    const doc = plansToWrite(state);
    if (!doc) return;
    try {
      const done = await sendToSpreadsheet(doc, lang, t, () => {
        view.sendButton.disabled = true;
        say(t('sending'));
      });
      showStatus(view, done);
    } finally {
      view.sendButton.disabled = false;
    }
  });
};
