/**
 * `npm run bench:plan`: the extractor's accuracy, scored with the team's scorer — on each labelled fixture and test
 * document (as written, and with line breaks removed or turned into spaces), and on each real document of the corpus
 * (test/plan/corpus, read by the CLI's file reader; the held-out third marked) with aggregates — and its speed on
 * inputs of every kind at 10 KB, 100 KB, 1 MB and 5 MB (reading and extraction timed apart). `--accuracy`: the
 * accuracy part alone; `--only pdf` (or another kind): that kind's speed rows alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPlanFile } from '../../shared/cli/read-file.ts';
import { readDocx } from '../../shared/cli/read-docx.ts';
import { readPdf } from '../../shared/cli/read-pdf.ts';
import type { BlockDocument } from '../../shared/plan/blocks.ts';
import { extractBlocks, extractPlans } from '../../shared/plan/index.ts';
import { readHtml } from '../../shared/plan/read/hast.ts';
import { readText } from '../../shared/plan/read/text.ts';
import {
  CORPUS_NAMES,
  corpusGold,
  DOCUMENT_NAMES,
  FIXTURE_NAMES,
  HELD_OUT,
  LATER_BATCHES,
  PLAN_CORPUS,
  PLAN_DOCUMENTS,
  PLAN_FIXTURES,
  type Score,
  scoreDocument,
  spaceLineBreaks,
  stripLineBreaks,
} from '../plan/score.ts';
import { docxInput, htmlInput, markdownInput, pdfInput, textInput } from './plan-inputs.ts';

const f3 = (x: number) => x.toFixed(3).padStart(6);

/** How many batches the corpus came in. */
const BATCHES = LATER_BATCHES.length + 1;
/** Which batch of the corpus a document came in. */
// findIndex gives -1 for batch 1.
const batchOf = (name: string): number => LATER_BATCHES.findIndex((names) => names.includes(name)) + 2;

interface Tally {
  matched: number;
  got: number;
  gold: number;
  parent: number;
  level: number;
  sizeOk: number;
  sizeOf: number;
}
const tally = (): Tally => ({ matched: 0, got: 0, gold: 0, parent: 0, level: 0, sizeOk: 0, sizeOf: 0 });
function add(t: Tally, s: Score): void {
  const h = s.headings;
  t.matched += h.matched;
  t.got += h.got;
  t.gold += h.gold;
  t.parent += h.parentAcc * h.matched;
  t.level += h.levelAcc * h.matched;
  t.sizeOk += s.groupSize.exact;
  t.sizeOf += s.groupSize.of;
}
function summary(name: string, t: Tally): string {
  const p = t.got ? t.matched / t.got : 1;
  const r = t.gold ? t.matched / t.gold : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const m = t.matched || 1;
  return `${name.padEnd(40)} headings P ${f3(p)} R ${f3(r)} F1 ${f3(f)}  parent ${f3(t.parent / m)}  level ${f3(t.level / m)}  groupSize ${t.sizeOk}/${t.sizeOf}`;
}

const HEADER =
  'document                                   plans  P      R      F1     parent level  sched.when items  sessions goals  size';
function row(name: string, s: Score, mark = ''): string {
  const h = s.headings;
  return `${`${name}${mark}`.padEnd(42)} ${`${s.plans.got}/${s.plans.gold}`.padStart(5)} ${f3(h.p)} ${f3(h.r)} ${f3(h.f1)} ${f3(h.parentAcc)} ${f3(h.levelAcc)} ${f3(s.schedule.when.f1)} ${f3(s.schedule.items.f1)} ${f3(s.sessions.f1)} ${f3(s.goals.f1)} ${`${s.groupSize.exact}/${s.groupSize.of}`.padStart(5)}`;
}

const LABELLED = [
  ...FIXTURE_NAMES.map((name) => ({ name, dir: PLAN_FIXTURES })),
  ...DOCUMENT_NAMES.map((name) => ({ name, dir: PLAN_DOCUMENTS })),
];

async function accuracy(): Promise<void> {
  for (const [heading, change] of [
    ['as written', (t: string) => t],
    ['line breaks removed', stripLineBreaks],
    ['line breaks turned into spaces', spaceLineBreaks],
  ] as const) {
    console.log(`\nFixtures and earlier documents, ${heading}`);
    console.log(HEADER);
    const all = tally();
    for (const { name, dir } of LABELLED) {
      const s = scoreDocument(
        join(dir, `${name}.gold.json`),
        extractPlans(change(readFileSync(join(dir, `${name}.txt`), 'utf8'))).document,
      );
      add(all, s);
      console.log(row(name, s));
    }
    console.log(summary('ALL', all));
  }
  for (const [heading, change] of [
    ['as read', null],
    ['text kinds with line breaks removed', stripLineBreaks],
    ['text kinds with line breaks turned into spaces', spaceLineBreaks],
  ] as const) {
    console.log(
      `\nCorpus (test/plan/corpus), ${heading}; * = batch ${BATCHES}, held out until its first run (corpus/FIRST-RUN.md)`,
    );
    console.log(HEADER);
    const batches = Array.from({ length: BATCHES }, tally);
    for (const name of CORPUS_NAMES) {
      const bytes = new Uint8Array(readFileSync(join(PLAN_CORPUS, name)));
      const text = change && /\.(?:md|html|txt)$/.test(name) ? change(new TextDecoder().decode(bytes)) : null;
      if (change && text === null) continue;
      let doc: BlockDocument;
      if (text !== null) doc = name.endsWith('.html') ? readHtml(text) : readText(text);
      else {
        const read = await readPlanFile(bytes, name);
        if (!read.ok) {
          // Refused with a message: nothing is imported, so its gold counts as missed.
          const s = scoreDocument(corpusGold(name), { plans: [] });
          add(batches[batchOf(name) - 1] as Tally, s);
          console.log(`${row(name, s, HELD_OUT.includes(name) ? '*' : '')}  refused: ${read.message.slice(0, 30)}`);
          continue;
        }
        doc = read.doc;
      }
      const s = scoreDocument(corpusGold(name), extractBlocks(doc).document);
      add(batches[batchOf(name) - 1] as Tally, s);
      console.log(row(name, s, HELD_OUT.includes(name) ? '*' : ''));
    }
    const all = tally();
    for (const t of batches) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
    console.log(summary('ALL', all));
    batches.forEach((t, k) => {
      if (t.gold + t.got + t.sizeOf > 0) console.log(summary(`batch ${k + 1}`, t));
    });
  }
}

const SIZES = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
] as const;

async function best(run: () => Promise<unknown> | unknown, times: number): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

async function speed(): Promise<void> {
  console.log('\nSpeed (best of 3, 1 run at 5 MB): reading the input into blocks, then extracting; ms');
  console.log('kind       size     bytes      read    extract   extract ms per MB');
  const kinds: [string, (bytes: number) => Promise<{ size: number; read: () => Promise<BlockDocument> }>][] = [
    [
      'text',
      async (n) => {
        const t = textInput(n);
        return { size: Buffer.byteLength(t), read: async () => readText(t) };
      },
    ],
    [
      'text/line',
      async (n) => {
        const t = textInput(n).replace(/\n+/g, '');
        return { size: Buffer.byteLength(t), read: async () => readText(t) };
      },
    ],
    [
      'markdown',
      async (n) => {
        const t = markdownInput(n);
        return { size: Buffer.byteLength(t), read: async () => readText(t) };
      },
    ],
    [
      'html',
      async (n) => {
        const t = htmlInput(n);
        return { size: Buffer.byteLength(t), read: async () => readHtml(t) };
      },
    ],
    [
      'html/text',
      async (n) => {
        const t = htmlInput(n);
        return { size: Buffer.byteLength(t), read: async () => readText(t) };
      },
    ],
    [
      'docx',
      async (n) => {
        const b = await docxInput(n);
        return {
          size: b.length,
          read: async () => {
            const r = await readDocx(b);
            if (!r.ok) throw new Error(r.reason);
            return r.doc;
          },
        };
      },
    ],
    [
      'pdf',
      async (n) => {
        const b = pdfInput(n);
        return {
          size: b.length,
          read: async () => {
            const r = await readPdf(b);
            if (!r.ok) throw new Error(r.reason);
            return r.doc;
          },
        };
      },
    ],
  ];
  for (const [kind, make] of kinds) {
    if (only && kind !== only) continue;
    for (const [label, bytes] of SIZES) {
      const input = await make(bytes);
      const times = bytes >= 5_000_000 ? 1 : 3;
      let doc: BlockDocument | null = null;
      const read = await best(async () => {
        doc = await input.read();
      }, times);
      const d = doc as BlockDocument | null;
      if (!d) continue;
      const extract = await best(() => extractBlocks(d), times);
      console.log(
        `${kind.padEnd(10)} ${label.padEnd(7)} ${String(input.size).padStart(8)} ${read.toFixed(0).padStart(8)} ${extract.toFixed(0).padStart(9)} ${((extract / input.size) * 1e6).toFixed(0).padStart(12)}`,
      );
    }
  }
}

/** `--only <kind>` (e.g. `--only pdf`): that kind's speed rows alone, without the accuracy part. */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (!only) await accuracy();
if (!process.argv.includes('--accuracy')) await speed();
