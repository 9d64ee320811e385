/**
 * `npm run --silent plan -- FILE [--json]`: extract the plan structure from a text file.
 * Without --json: an indented outline with the fields, for reading. With --json: exactly the plan JSON document
 * (extras beside the spec's fields). Problems go to stderr with exit code 2, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Lang } from '../i18n/localized.ts';
import { describePlanFields, formatScheduleEntry } from '../plan/describe.ts';
import { extractBlocks } from '../plan/index.ts';
import { readPlanFile } from './read-file.ts';
import type { ExtractResult, Plan } from '../plan/types.ts';

const USAGE = `Usage: npm run --silent plan -- FILE [--json] [--lang zh|en]

  FILE       a plan: .txt or .md (UTF-8, UTF-16 or GB18030), .html/.htm, .docx or .pdf
  --json     print the plan JSON document instead of an outline
  --lang L   language of the outline's labels (default: Chinese for a Chinese text)
  -h         this help`;

const LABELS = {
  zh: {
    untitled: '（无标题）',
    schedule: '日程',
    removed: (k: number) => `删去了 ${k} 行网页杂项：`,
    line: (l: number, r: string) => `第${l}行（${r}）`,
    more: (k: number) => `……还有 ${k} 行`,
  },
  en: {
    untitled: '(untitled plan)',
    schedule: 'Schedule',
    removed: (k: number) => `Removed ${k} line(s) of page clutter:`,
    line: (l: number, r: string) => `line ${l} (${r})`,
    more: (k: number) => `… and ${k} more`,
  },
};

function fail(message: string): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const langAt = argv.indexOf('--lang');
  const langArg = langAt >= 0 ? argv[langAt + 1] : undefined;
  if (langAt >= 0 && langArg !== 'zh' && langArg !== 'en') fail(`--lang is zh or en.\n${USAGE}`);
  const rest = langAt >= 0 ? argv.filter((_, i) => i !== langAt && i !== langAt + 1) : argv;
  const unknown = rest.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) fail(`Unknown option ${unknown[0]}.\n${USAGE}`);
  const files = rest.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) fail(files.length ? 'Give exactly one file.' : `No file given.\n${USAGE}`);
  const file = files[0] ?? '';
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) fail(`${file} 是文件夹，不是文件。 / ${file} is a folder, not a file.`);
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `找不到文件 / File not found: ${file}`
        : `无法读取 / Cannot read ${file} (${code ?? 'error'}).`,
    );
  }
  const read = await readPlanFile(bytes, file);
  if (!read.ok) fail(`${file}: ${read.message}`);
  const result = extractBlocks(read.doc);
  const sample = read.doc.blocks.map((b) => (b.kind === 'text' ? b.text : '')).join('');
  const lang: Lang = (langArg as Lang | undefined) ?? (/[\u4e00-\u9fff]/u.test(sample) ? 'zh' : 'en');
  process.stdout.write(
    rest.includes('--json') ? `${JSON.stringify(result.document, null, 2)}\n` : renderOutline(result, lang),
  );
}

export function renderOutline(result: ExtractResult, lang: Lang = 'en'): string {
  const t = LABELS[lang];
  const out: string[] = [];
  result.document.plans.forEach((plan, i) => {
    if (i > 0) out.push('');
    out.push(`# ${plan.title || t.untitled}`);
    for (const h of plan.headings) out.push(`${'  '.repeat(h.level)}${h.marker ? `${h.marker} ` : ''}${h.text}`);
    out.push(...fields(plan, lang));
  });
  if (result.removed.length) {
    out.push('', t.removed(result.removed.length));
    for (const r of result.removed.slice(0, 20)) out.push(`  ${t.line(r.line, r.reason)}: ${r.text.slice(0, 60)}`);
    if (result.removed.length > 20) out.push(`  ${t.more(result.removed.length - 20)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The plan's fields, then its schedule, as "label: value" lines; the values are plan/describe.ts's. */
function fields(p: Plan, lang: Lang): string[] {
  const out = [
    ...describePlanFields(p, lang).map((f) => `  ${f.label}: ${f.value}`),
    ...p.schedule.map((s) => `  ${LABELS[lang].schedule}: ${formatScheduleEntry(s, lang)}`),
  ];
  if (out.length) out.unshift('  --');
  return out;
}

main(process.argv.slice(2)).catch((e: unknown) => {
  fail(`无法提取计划 / Could not extract the plan: ${e instanceof Error ? e.message : String(e)}`);
});
