import type { TableBlock, TextBlock } from './blocks.ts';

/** The unit the pipeline stages pass along: a piece of text and the 1-based input line it came from. */
export interface Line {
  no: number;
  text: string;
  /** The input line as it was (trimmed), for reports; only set by toLines. */
  raw?: string;
  /** What the reader saw about this line (heading rank, list depth, emphasis…), when it read structure. */
  ev?: TextBlock;
  /** A table the reader found here: content, never headings. */
  table?: TableBlock;
  /** "Standing meeting agenda:" with the list it introduces run on after it: a lead-in, not a heading. */
  leadIn?: true;
  /** Plain text: a blank line stands between this line and the one before it (a paragraph starts here). */
  afterBlank?: true;
  /** Plain text: the line was a list item ("- ", "• "), so it starts an item of its own. */
  bullet?: true;
  /** Plain text: how far the line is set in, in columns (a tab is four, an ideographic space two). */
  indent?: number;
}

/**
 * Split normalised text into trimmed, non-empty lines. Markdown decoration from pasted notes is dropped: a heading's
 * "## ", a quote's "> ", a bullet ("- ", "• ") and bold "**…**" around a whole line.
 */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = false;
  text.split('\n').forEach((raw, i) => {
    const unquoted = raw
      .replace(/^[\s\u3000]*(?:#{1,6}\s+|>\s*)?/, '')
      .trim()
      .replace(/^(\*\*|__)(.+)\1$/, '$2');
    const t = unquoted.replace(/^(?:[-*•·]\s*(?=\S))/, '').trim();
    if (!t) {
      blank = out.length > 0;
      return;
    }
    const line: Line = { no: i + 1, text: t, raw: raw.trim() };
    if (blank) line.afterBlank = true;
    if (/^(?:[-*]\s+|[•·]\s*)\S/.test(unquoted)) line.bullet = true;
    const lead = /^[ \t\u3000]*/.exec(raw)?.[0] ?? '';
    if (lead) line.indent = [...lead].reduce((n, c) => n + (c === '\t' ? 4 : c === ' ' ? 1 : 2), 0);
    out.push(line);
    blank = false;
  });
  return out;
}
