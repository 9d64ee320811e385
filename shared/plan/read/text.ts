/**
 * Pasted or saved text → blocks. Markdown is recognised by its content (headings, tables, front matter, links,
 * emphasis a plain text would not have) and read as Markdown; any other text gives one block per line, and the
 * extractor's line stages (re-joining, splitting) work out its structure.
 */
import type { BlockDocument } from '../blocks.ts';
import { normalizeText } from '../normalize.ts';
import { readMarkdown } from './markdown.ts';

/** Signals only Markdown carries; bullets and "1." lists are common in plain text too and do not count. */
const ATX = /^ {0,3}#{1,6}[ \t]+\S/m;
const SETEXT = /^[^\s#>|\-=*][^\n]*\n {0,3}(?:={3,}|-{3,})[ \t]*$/m;
const FRONT_MATTER = /^---[ \t]*\n(?:[A-Za-z_][\w -]*:.*\n|#.*\n|\s+.*\n|\n)+---[ \t]*(?:\n|$)/;
const TABLE_DELIMITER = /^ {0,3}\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/m;
const PIPE_ROWS = /^\|[^\n]*\|[ \t]*\n\|[^\n]*\|[ \t]*$/m;
const LINK = /\[[^\]\n]+\]\([^)\s]+\)/g;
const STRONG = /(\*\*|__)(?=\S)[^\n]*?\S\1/g;
const FENCE = /^ {0,3}```/m;
/** A bullet set in under a bullet: a nested list, as Markdown writes it ("- Practicum:" / "\t- Writing a module"). */
const NESTED_BULLET = /^[ \t]*[-*+][ \t]+\S.*\n(?:\t|[ ]{2,})[ \t]*[-*+][ \t]+\S/gm;

export function looksLikeMarkdown(text: string): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (FRONT_MATTER.test(head) || ATX.test(head) || TABLE_DELIMITER.test(head) || PIPE_ROWS.test(head)) return true;
  let marks = 0;
  for (const _ of head.matchAll(LINK)) if (++marks >= 2) return true;
  for (const _ of head.matchAll(STRONG)) if (++marks >= 2) return true;
  let nested = 0;
  for (const _ of head.matchAll(NESTED_BULLET)) if (++nested >= 2) return true;
  return FENCE.test(head) || SETEXT.test(head);
}

/**
 * Above this size Markdown is read line by line like plain text (its marks stripped by the line stage): the
 * Markdown parser's work grows faster than its input, and no plan is this long.
 */
export const MARKDOWN_PARSE_LIMIT = 100_000;

export function readText(input: string): BlockDocument {
  const text = normalizeText(input);
  if (text.length <= MARKDOWN_PARSE_LIMIT && looksLikeMarkdown(text)) return readMarkdown(text, { lineBreaks: true });
  return {
    source: 'text',
    blocks: text.split('\n').map((line, i) => ({ kind: 'text' as const, text: line, no: i + 1 })),
  };
}
