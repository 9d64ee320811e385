/**
 * HTML built from data, with every piece of text escaped on the way in. Names and notes come from a teacher's
 * spreadsheet, so none is ever put into markup as it is: `html\`<p>${name}</p>\`` escapes `name`; only a value
 * that is already Html (made by this tagged template, or `raw` for fixed markup written here) passes through.
 * Pure: no DOM, so the CLI, the add-on's server and the tests build exactly the same text.
 */

/** Markup that is safe to insert: escaped text, or fixed markup written in this code. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What may be interpolated: text and numbers (escaped), Html (kept), lists of them, or nothing. */
export type HtmlPart = string | number | Html | null | undefined | false | readonly HtmlPart[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value (quotes included, so it is safe inside "…" and '…'). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const part = (p: HtmlPart): string => {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.text;
  if (Array.isArray(p)) return p.map(part).join('');
  return escapeHtml(String(p));
};

/** The tagged template: literal parts as written, every interpolation escaped unless it is Html. */
export const html = (strings: TemplateStringsArray, ...values: readonly HtmlPart[]): Html => {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += part(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
};

/** Fixed markup or CSS written in this code (never data). */
export const raw = (s: string): Html => new Html(s);
