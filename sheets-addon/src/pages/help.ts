/** The Help dialog (Help.html): both languages are in the page; show the user's. */
import { byId, currentLang, start } from './client.ts';

start({
  ready: () => {
    byId(currentLang() === 'zh' ? 'help-zh' : 'help-en').hidden = false;
  },
});
