/** The toolbar popup's entry point: mounts the app (extension/lib/popup) into #app. */
import { mountPopup } from '../../lib/popup/app.ts';

const root = document.getElementById('app');
if (root) mountPopup(root);
else console.error('popup.html has no #app element');
