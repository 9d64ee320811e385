/** The options page's entry point: mounts the options app (extension/lib/options) into #app. */
import { mountOptions } from '../../lib/options/app.ts';

const root = document.getElementById('app');
if (root) mountOptions(root);
else console.error('options.html has no #app element');
