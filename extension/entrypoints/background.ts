import { defineBackground } from 'wxt/utils/define-background';

// Nothing runs in the background: the popup does the work when the user opens it. The (empty) service worker keeps
// the MV3 package conventional and lets tests find the extension's id.
export default defineBackground(() => {});
