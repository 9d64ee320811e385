/**
 * The heavy inputs the page-reading tests check for what is read and the extension bench times: a page of 100,000
 * nested elements, and a paste of 1,000,000 characters (five times the popup's cap).
 */

/** 100,000 unclosed divs: the HTML parser nests them 512 deep, then side by side. */
export const BIG_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>big</title></head><body>${'<div>一、段落文字 '.repeat(100_000)}</body></html>`;

const UNIT =
  '学习互助小组实施方案\n一、指导思想\n为了提高学习效率，制定本方案。\n二、小组组建\n1、每组5人，前后位搭配。\n2、选出组长一名。\n三、评比办法\n每周评比一次。\n';
export const LONG_PASTE = UNIT.repeat(Math.ceil(1_000_000 / UNIT.length));

/** A page script that pastes `text` into the popup's text box as the teacher would (a paste event carrying it). */
export const pasteScript = (text: string): string => `(() => {
  const area = document.querySelector('textarea');
  const data = new DataTransfer();
  data.setData('text/plain', ${JSON.stringify(text)});
  area.focus();
  area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
})()`;

/** The bits of the extension API a popup page script calls here (these files are type-checked without chrome types). */
export interface ChromeApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(o: {
      target: { tabId: number };
      files: string[];
    }): Promise<{ result?: { cut: boolean; text: string } }[]>;
  };
}
