/**
 * `npm run --silent plan -- FILE [--json]`: extract the plan structure from a text file.
 * Without --json: an indented outline with the fields, for reading. With --json: exactly the plan JSON document
 * (extras beside the spec's fields). Problems go to stderr with exit code 2, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodePlanBytes } from '../plan/decode.ts';
import { extractPlans } from '../plan/index.ts';
import type { ExtractResult, Plan } from '../plan/types.ts';

const USAGE = `Usage: npm run --silent plan -- FILE [--json]

  FILE     a plan as text (UTF-8, UTF-16 with BOM, or GB18030)
  --json   print the plan JSON document instead of an outline
  -h       this help`;

function fail(message: string): never {
  process.stderr.write(message.endsWith('\n') ? message : message + '\n');
  process.exit(2);
}

function main(argv: string[]): void {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) fail(`Unknown option ${unknown[0]}.\n${USAGE}`);
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) fail(files.length ? 'Give exactly one file.' : `No file given.\n${USAGE}`);
  const file = files[0] ?? '';
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) fail(`${file} is a folder, not a file.`);
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `File not found: ${file}` : `Cannot read ${file} (${code ?? 'error'}).`);
  }
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) fail(`${file}: ${decoded.message}`);
  const result = extractPlans(decoded.text);
  process.stdout.write(argv.includes('--json') ? JSON.stringify(result.document, null, 2) + '\n' : renderOutline(result));
}

export function renderOutline(result: ExtractResult): string {
  const out: string[] = [];
  result.document.plans.forEach((plan, i) => {
    if (i > 0) out.push('');
    out.push(`# ${plan.title || '(untitled plan)'}`);
    for (const h of plan.headings) out.push(`${'  '.repeat(h.level)}${h.marker ? h.marker + ' ' : ''}${h.text}`);
    out.push(...fields(plan));
  });
  if (result.removed.length) {
    out.push('', `Removed ${result.removed.length} line(s) of page clutter:`);
    for (const r of result.removed.slice(0, 20)) out.push(`  line ${r.line} (${r.reason}): ${r.text.slice(0, 60)}`);
    if (result.removed.length > 20) out.push(`  … and ${result.removed.length - 20} more`);
  }
  return out.join('\n') + '\n';
}

function fields(p: Plan): string[] {
  const out: string[] = [];
  const add = (label: string, value: string) => out.push(`  ${label}: ${value}`);
  if (p.groupSize) add('Group size', p.groupSize.min === p.groupSize.max ? `${p.groupSize.min}` : `${p.groupSize.min ?? '?'}–${p.groupSize.max ?? '?'}`);
  if (p.mix) add('Mix', p.mix.join(':'));
  for (const s of p.schedule) add('Schedule', `${s.when}${s.items.length ? ' — ' + s.items.join('; ') : ''}`);
  if (p.sessions.length) add('Sessions', p.sessions.join('; '));
  for (const g of p.goals) add('Goal', g);
  for (const r of p.roles ?? []) add('Role', `${r.name} — ${r.duties}`);
  if (p.scoring) {
    if (p.scoring.categories.length) add('Scored on', p.scoring.categories.join('、'));
    if (p.scoring.badge) add('Badge', `${p.scoring.badge.name} every ${p.scoring.badge.every} points`);
  }
  if (p.place) add('Place', p.place);
  if (p.time) add('Time', p.time);
  if (p.participants) add('Participants', p.participants);
  if (out.length) out.unshift('  --');
  return out;
}

try {
  main(process.argv.slice(2));
} catch (e) {
  fail(`Could not extract the plan: ${e instanceof Error ? e.message : String(e)}`);
}
