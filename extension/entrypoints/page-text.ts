/**
 * Injected into the tab on "Import this page" (scripting.executeScript with files: ['/page-text.js']). Returns the
 * selection or the page's main text as plain lines; nothing is sent anywhere from here.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '../lib/page-text.ts';

export default defineUnlistedScript(() => readPage(document, String(window.getSelection() ?? '')));
