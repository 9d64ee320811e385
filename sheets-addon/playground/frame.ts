/** The HTML of a page the add-on showed, with the google.script shim injected before any of its own scripts. */
import { readFileSync } from 'node:fs';

const SHIM = readFileSync(new URL('./shim.js', import.meta.url), 'utf8');

export interface FrameConfig {
  entryPoints: string[];
  kind: string;
  maxInFlight: number;
}

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export const withShim = (html: string, config: FrameConfig): string => {
  const inject = `<script>window.__HUZHU_PLAYGROUND__ = ${scriptJson(config)};</script>\n<script>\n${SHIM}\n</script>\n`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}\n${inject}${html.slice(head.index + head[0].length)}`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return `${doctype[0]}\n${inject}${html.slice(doctype[0].length)}`;
  return inject + html;
};
