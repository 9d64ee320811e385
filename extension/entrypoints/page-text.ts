/**
 * Injected into the tab on "Import this page" (scripting.executeScript with files: ['/page-text.js']). Returns the
 * selection as text, or the page's visible main content as lines and as a tree of its block structure (headings,
 * lists, tables: extension/lib/page-text.ts, page-tree.ts); nothing is sent anywhere from here.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { DomDocument } from '../lib/page-text.ts';
import { readPage } from '../lib/page-text.ts';

export default defineUnlistedScript(() =>
  readPage(document as unknown as DomDocument, String(window.getSelection() ?? ''), {
    now: () => performance.now(),
  }),
);
