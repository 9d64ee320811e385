/**
 * The toolbar popup as an app: import a page (or pasted text), preview and correct the outline, then send it to the
 * teacher's spreadsheet or copy/download it. Holds the one mutable thing, the current import, keeps it in
 * storage.session after every change (the popup is unloaded whenever it closes) and restores it on opening; wires
 * the frame's controls to the actions. The entry point only mounts it.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../../../shared/i18n/localized.ts';
import { langFromLocale } from '../../../shared/i18n/localized.ts';
import type { MessageKey } from '../messages.ts';
import type { PageElement } from '../page-tree.ts';
import { hasStructure, parsePageTree } from '../page-tree.ts';
import { translator } from '../messages.ts';
import { copyTable, downloadTable, readSettingsForPreview, readTargetPage, sendToSpreadsheet } from './actions.ts';
import { capBlocks } from '../blocks-text.ts';
import { readPlanFileIn } from './read-file.ts';
import type { ExtractInput } from '../extract.ts';
import { capText, extractInWorker, MAX_INPUT_CHARS } from './extract-client.ts';
import { pastedHtmlTree } from './paste.ts';
import type { SpreadsheetSettings } from './render.ts';
import { renderFrame, renderState, selectedTable, showStatus } from './render.ts';
import type { ImportSource, SavedImport } from './session.ts';
import { loadImport, newSendId, saveImport } from './session.ts';
import type { PopupEdit, PopupState } from './state.ts';
import { applyEdit, initialState, loaded } from './state.ts';
import { plansToWrite, settingsPlanOf } from './state.ts';

const SOURCE_NOTE: Record<ImportSource, MessageKey> = {
  selection: 'fromSelection',
  article: 'fromArticle',
  page: 'fromPage',
  paste: 'fromPaste',
  pasteHtml: 'fromPasteHtml',
  file: 'fromFile',
};

/** Build the popup into `root`, in the browser's UI language. */
export const mountPopup = (root: HTMLElement, lang: Lang = langFromLocale(browser.i18n.getUILanguage())): void => {
  const t = translator(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const view = renderFrame(root, t, lang);
  let state: PopupState = initialState;
  /** What was imported (null until something is); saved with the state after every change. */
  let current: Omit<SavedImport, 'state' | 'table'> | null = null;

  const say = (text: string, kind: 'ok' | 'error' | 'info' = 'info'): void => showStatus(view, { text, kind });
  const persist = (): void => {
    if (!current) return;
    saveImport({ ...current, state, table: selectedTable(view) }).catch((e: unknown) => console.warn('keep import', e));
  };
  /** The spreadsheet's settings as read before the send (null: not read), for the settings preview. */
  let sheetSettings: SpreadsheetSettings | null = null;
  const update = (next: PopupState): void => {
    state = next;
    renderState(view, state, t, lang, (edit: PopupEdit) => update(applyEdit(state, edit)), sheetSettings);
    persist();
  };
  /** Read the spreadsheet's settings (no window, nothing written) and show the preview against them. */
  const refreshSettings = (): void => {
    readSettingsForPreview(lang)
      .then((got) => {
        sheetSettings = got;
        if (plansToWrite(state)) update(state);
      })
      .catch((e: unknown) => console.warn('settings preview', e));
  };

  /** A click handler that runs an async action; an unexpected failure is logged rather than lost. */
  const onClick = (el: HTMLElement, action: () => Promise<void> | void): void => {
    el.addEventListener('click', () => {
      Promise.resolve()
        .then(action)
        .catch((e: unknown) => console.error(e));
    });
  };

  const busy = (on: boolean): void => {
    view.importButton.disabled = on;
    view.pasteButton.disabled = on;
    view.fileInput.disabled = on;
  };

  // A paste longer than the cap is cut as it comes in: a text box holding millions of characters makes every
  // layout of the popup take seconds, whatever runs in the worker.
  let pasteCut = false;
  // Clipboard HTML (Word, WPS, a web page) keeps the pasted plan's structure: it is read instead of the box's text
  // as long as the box holds exactly what that paste put there.
  let pastedTree: { tree: PageElement; value: string } | null = null;
  view.paste.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const html = e.clipboardData?.getData('text/html') ?? '';
    const box = view.paste;
    const replacesAll = box.selectionStart === 0 && box.selectionEnd === box.value.length;
    const room = MAX_INPUT_CHARS - (box.value.length - (box.selectionEnd - box.selectionStart));
    const tree = html.trim() !== '' && replacesAll ? pastedHtmlTree(html, MAX_INPUT_CHARS) : null;
    pasteCut = text.length > room;
    pastedTree = null;
    if (!pasteCut && !tree) return;
    e.preventDefault();
    // The box shows the plain text (or, when the clipboard has only HTML, the text the HTML shows).
    const shown = text !== '' ? text : (tree?.text ?? '');
    box.setRangeText(shown.slice(0, Math.max(0, room)), box.selectionStart, box.selectionEnd, 'end');
    if (tree && !pasteCut) pastedTree = { tree: tree.tree, value: box.value };
    if (pasteCut) say(t('tooLong', { max: MAX_INPUT_CHARS.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') }), 'error');
  });

  /**
   * Read plans in the worker and show them; `source` says where the input came from. `structured` is the same
   * content with its block structure (a page tree, pasted HTML, a file's blocks): it is what the extractor reads when
   * given; `text` is kept for the paste box and the session.
   */
  const load = async (
    text: string,
    source: ImportSource,
    pageCut = false,
    structured: ExtractInput | null = null,
    fileName = '',
  ): Promise<void> => {
    const capped = capText(text);
    if (source === 'paste' && capped.cut) view.paste.value = capped.text;
    if (source === 'paste' && pasteCut) capped.cut = true;
    if (capped.text.trim() === '') {
      say(t('emptyText'), 'error');
      return;
    }
    say(t('extracting'));
    busy(true);
    try {
      const result = await extractInWorker(structured ?? { kind: 'text', text: capped.text });
      current = { text: capped.text, source, sendId: newSendId() };
      const found = result.document.plans.length;
      const notes = [
        t(SOURCE_NOTE[source], { name: fileName }),
        found > 0 ? t('plansFound', { n: found }) : t('noPlans'),
      ];
      if (capped.cut) notes.push(t('tooLong', { max: MAX_INPUT_CHARS.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') }));
      else if (pageCut) notes.push(t('pageCut'));
      view.signInButton.hidden = true;
      update(loaded(result));
      refreshSettings();
      say(notes.join(' · '), found > 0 && !capped.cut && !pageCut ? 'ok' : 'error');
    } catch (e) {
      console.error(e);
      say(t('extractFailed'), 'error');
    } finally {
      busy(false);
    }
  };

  const openOptions = (): void => {
    browser.runtime.openOptionsPage().catch((err: unknown) => console.warn(err));
  };
  view.optionsLink.addEventListener('click', (e) => {
    e.preventDefault();
    openOptions();
  });
  view.signInButton.addEventListener('click', openOptions);
  view.table.addEventListener('change', persist);

  onClick(view.importButton, async () => {
    say(t('reading'));
    const read = await readTargetPage();
    if (!read.ok) {
      say(t(read.problem), 'error');
      return;
    }
    const { page } = read;
    const tree = parsePageTree(page.treeJson);
    await load(page.text, page.source, page.cut, tree && hasStructure(tree) ? { kind: 'tree', tree } : null);
  });

  onClick(view.pasteButton, () => {
    const value = view.paste.value;
    const tree = pastedTree && pastedTree.value === value && hasStructure(pastedTree.tree) ? pastedTree.tree : null;
    return tree ? load(value, 'pasteHtml', false, { kind: 'tree', tree }) : load(value, 'paste');
  });

  /** A chosen or dropped file: read into blocks here (pdfjs and mammoth), extracted in the worker. */
  const loadFile = async (file: File): Promise<void> => {
    say(t('readingFile'));
    busy(true);
    let read: Awaited<ReturnType<typeof readPlanFileIn>>;
    try {
      read = await readPlanFileIn(file, lang);
    } finally {
      busy(false);
    }
    if (!read.ok) {
      say(read.message, 'error');
      return;
    }
    const capped = capBlocks(read.doc, MAX_INPUT_CHARS);
    await load(read.text, 'file', capped.cut, { kind: 'blocks', doc: capped.doc }, file.name);
  };
  view.fileInput.addEventListener('change', () => {
    const file = view.fileInput.files?.[0];
    view.fileInput.value = '';
    if (file) loadFile(file).catch((e: unknown) => console.error(e));
  });
  // A file dropped anywhere on the popup (the browser would otherwise open it in place of the popup).
  root.ownerDocument.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  root.ownerDocument.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    loadFile(file).catch((err: unknown) => console.error(err));
  });

  onClick(view.copyButton, async () => {
    const doc = plansToWrite(state);
    if (doc) showStatus(view, await copyTable(doc, selectedTable(view), lang, t, settingsPlanOf(state)));
  });

  onClick(view.downloadButton, () => {
    const doc = plansToWrite(state);
    if (doc) showStatus(view, downloadTable(doc, selectedTable(view), lang, t, settingsPlanOf(state)));
  });

  onClick(view.sendButton, async () => {
    const doc = plansToWrite(state);
    if (!doc || !current) return;
    try {
      const done = await sendToSpreadsheet(
        doc,
        current.sendId,
        lang,
        t,
        {
          sending: () => {
            view.sendButton.disabled = true;
            say(t('sending'));
          },
          retrying: (status, ms) => say(t('retrying', { status, seconds: Math.ceil(ms / 1000) })),
        },
        settingsPlanOf(state),
      );
      view.signInButton.hidden = done.needSignIn !== true;
      showStatus(view, done);
    } finally {
      view.sendButton.disabled = false;
    }
  });

  // Reopened: show the import the teacher was working on.
  loadImport()
    .then((saved) => {
      if (!saved || current) return;
      current = { text: saved.text, source: saved.source, sendId: saved.sendId };
      if (saved.source === 'paste' || saved.source === 'pasteHtml') view.paste.value = saved.text;
      view.table.value = saved.table;
      update(saved.state);
      refreshSettings();
      say(t('restored'), 'info');
    })
    .catch((e: unknown) => console.warn('restore import', e));
};
