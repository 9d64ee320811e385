/**
 * The current import kept in storage.session, so closing the popup (it closes whenever it loses focus, e.g. when
 * the teacher goes to sign in) loses nothing: reopening it restores the text, the outline with the teacher's edits,
 * the chosen table and the send's identity. storage.session is memory only, cleared when the browser stops, and
 * not exposed to content scripts (https://developer.chrome.com/docs/extensions/reference/api/storage#property-session;
 * Firefox 115+, https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/storage/session).
 */
import { browser } from 'wxt/browser';
import type { PlanTableKind } from '../../../shared/plan-tables/index.ts';
import { PLAN_TABLE_KINDS } from '../../../shared/plan-tables/index.ts';
import type { SendJournal, SendRecord } from '../sheets.ts';
import type { PopupState } from './state.ts';

/** Where the text came from, for the status line. */
export type ImportSource = 'selection' | 'article' | 'page' | 'paste' | 'pasteHtml' | 'file';

export interface SavedImport {
  text: string;
  source: ImportSource;
  state: PopupState;
  /** Identifies this import's send, so Send again rewrites the same rows (sheets.ts SendJournal). */
  sendId: string;
  table: PlanTableKind;
}

const KEY = 'popupImport';
const SOURCES: readonly ImportSource[] = ['selection', 'article', 'page', 'paste', 'pasteHtml', 'file'];

const isSaved = (v: unknown): v is SavedImport => {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<SavedImport>;
  return (
    typeof s.text === 'string' &&
    typeof s.sendId === 'string' &&
    SOURCES.some((x) => x === s.source) &&
    PLAN_TABLE_KINDS.some((k) => k === s.table) &&
    typeof s.state === 'object' &&
    s.state !== null &&
    Array.isArray(s.state.removed)
  );
};

// Kept as one JSON string: handing the browser a document of thousands of small objects cost the popup's thread
// 1.7 s (measured in Chromium with a 200,000-character paste); one string costs milliseconds.
export const saveImport = async (saved: SavedImport): Promise<void> => {
  await browser.storage.session.set({ [KEY]: JSON.stringify(saved) });
};

export const loadImport = async (): Promise<SavedImport | null> => {
  const got = (await browser.storage.session.get(KEY))[KEY];
  if (typeof got !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(got);
    return isSaved(parsed) ? parsed : null;
  } catch {
    return null;
  }
};

export const newSendId = (): string => crypto.randomUUID();

/** The placements of one send to one spreadsheet, kept beside the import. */
export const sessionJournal = (spreadsheetId: string, sendId: string): SendJournal => {
  const key = `send:${spreadsheetId}:${sendId}`;
  return {
    load: async () => ((await browser.storage.session.get(key))[key] as SendRecord | undefined) ?? {},
    save: async (record) => {
      await browser.storage.session.set({ [key]: record });
    },
  };
};
