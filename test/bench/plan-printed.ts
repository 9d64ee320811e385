/**
 * `npm run bench:plan:printed`: the corpus's Markdown documents as a teacher may meet them in a PDF — rendered to a
 * page (micromark with GFM, as GitHub shows them) and printed by Chromium (Save as PDF) — read by the CLI's file
 * reader and scored against the same hand-labelled gold. A check of the PDF reader on layouts nobody wrote for it:
 * a browser's print sets headings by size, draws bullets as shapes (no mark in the text layer) and tables as boxes.
 * Prints each document's figures and the whole, beside the same documents read as Markdown.
 *
 * Caveat: a `<details>` box prints closed, so what it holds is not on the page (the gold of such a document counts
 * it as missed).
 */
import { readFileSync } from 'node:fs';
import { micromark } from 'micromark';
import { frontmatter, frontmatterHtml } from 'micromark-extension-frontmatter';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium } from 'playwright-core';
import { readPlanFile } from '../../shared/cli/read-file.ts';
import { extractBlocks } from '../../shared/plan/index.ts';
import { CORPUS_NAMES, corpusGold, PLAN_CORPUS, type Score, scoreDocument } from '../plan/score.ts';
import { checkChromium, launchOptions } from '../support/chromium.ts';

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:sans-serif;max-width:48em;margin:2em auto}` +
  `table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style></head><body>${body}</body></html>`;

interface Tally {
  matched: number;
  got: number;
  gold: number;
  parent: number;
}
const add = (t: Tally, s: Score) => {
  t.matched += s.headings.matched;
  t.got += s.headings.got;
  t.gold += s.headings.gold;
  t.parent += s.headings.parentAcc * s.headings.matched;
};
const f1 = (t: Tally) => (t.got + t.gold === 0 ? 1 : (2 * t.matched) / (t.got + t.gold));
const f3 = (x: number) => x.toFixed(3).padStart(6);

checkChromium();
const browser = await chromium.launch(launchOptions());
const tab = await browser.newPage();
const asMarkdown: Tally = { matched: 0, got: 0, gold: 0, parent: 0 };
const printed: Tally = { matched: 0, got: 0, gold: 0, parent: 0 };
console.log('Corpus Markdown printed to PDF by Chromium: headings F1 and parent-match, as Markdown → as printed');
for (const name of CORPUS_NAMES.filter((n) => n.endsWith('.md'))) {
  const bytes = readFileSync(`${PLAN_CORPUS}/${name}`);
  const html = micromark(bytes.toString('utf8'), {
    allowDangerousHtml: true,
    extensions: [gfm(), frontmatter()],
    htmlExtensions: [gfmHtml(), frontmatterHtml()],
  });
  await tab.setContent(page(html));
  const pdf = await tab.pdf({ format: 'A4', printBackground: false });
  const md = await readPlanFile(new Uint8Array(bytes), name);
  const fromPdf = await readPlanFile(new Uint8Array(pdf), name.replace(/\.md$/, '.pdf'));
  const a = scoreDocument(corpusGold(name), md.ok ? extractBlocks(md.doc).document : { plans: [] });
  const b = scoreDocument(corpusGold(name), fromPdf.ok ? extractBlocks(fromPdf.doc).document : { plans: [] });
  add(asMarkdown, a);
  add(printed, b);
  console.log(
    `${name.padEnd(45)} ${f3(a.headings.f1)} ${f3(a.headings.parentAcc)}  → ${f3(b.headings.f1)} ${f3(b.headings.parentAcc)}`,
  );
}
await browser.close();
const whole = (t: Tally) => `F1 ${f3(f1(t))}  parent ${f3(t.matched ? t.parent / t.matched : 1)}`;
console.log(`${'ALL as Markdown'.padEnd(45)} ${whole(asMarkdown)}`);
console.log(`${'ALL printed to PDF'.padEnd(45)} ${whole(printed)}`);
