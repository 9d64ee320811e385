/** The HTML of a page the add-on showed, with the google.script shim injected before any of its own scripts. */
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { FrameConfig } from './browser/protocol.ts';

export type { FrameConfig } from './browser/protocol.ts';

let shim: string | undefined;

/** browser/shim.ts as one classic script (bundled on first use; the playground is a dev tool). */
export const shimScript = (): string => {
  if (shim === undefined) {
    const out = buildSync({
      entryPoints: [fileURLToPath(new URL('./browser/shim.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    }).outputFiles[0];
    if (!out) throw new Error('esbuild produced no output for playground/browser/shim.ts');
    shim = out.text;
  }
  return shim;
};

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export const withShim = (html: string, config: FrameConfig): string => {
  const inject = `<script>window.__HUZHU_PLAYGROUND__ = ${scriptJson(config)};</script>\n<script>\n${shimScript()}</script>\n`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}\n${inject}${html.slice(head.index + head[0].length)}`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return `${doctype[0]}\n${inject}${html.slice(doctype[0].length)}`;
  return inject + html;
};
