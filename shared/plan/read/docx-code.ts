/**
 * Code pasted into a Word file: paragraphs whose every run is set in a fixed-width font (Courier New, Consolas…), as a
 * task book shows a configuration file or the commands to type. They are the sample's lines, not the plan's: a YAML
 * file's "metadata:" or "ports:" names no section. A Markdown file's fenced code is left out alike (./markdown.ts).
 * Outside tables only (a cell keeps its text); pure string work over the XML.
 */
import { paragraphs, tableTest, textRuns } from './docx-xml.ts';

const FIXED_WIDTH =
  /courier|consolas|menlo|monaco|lucida console|source code|fira (?:code|mono)|jetbrains mono|cascadia|(?:dejavu sans|liberation|roboto|ubuntu|noto sans|sf|andale) mono|inconsolata/i;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** The font a run's text shows in: its East Asian font for Chinese, its ASCII font otherwise. */
function fontOf(rPr: string, text: string): string {
  const fonts = /<w:rFonts\b([^>]*)\/>/.exec(rPr)?.[1] ?? '';
  return new RegExp(`w:${CJK.test(text) ? 'eastAsia' : 'ascii'}="([^"]*)"`).exec(fonts)?.[1] ?? '';
}

/** The document without its code paragraphs. */
export function dropCode(document: string): string {
  const inTable = tableTest(document);
  let out = '';
  let last = 0;
  for (const m of paragraphs(document)) {
    const runs = textRuns(m[0]);
    if (runs.length === 0 || inTable(m.index) || !runs.every((r) => FIXED_WIDTH.test(fontOf(r.rPr, r.text)))) continue;
    out += document.slice(last, m.index);
    last = m.index + m[0].length;
  }
  return last === 0 ? document : out + document.slice(last);
}
