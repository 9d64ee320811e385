/**
 * `npm run --silent groups -- ROSTER [options]`: form balanced study groups from a roster CSV.
 * A thin Node adapter: reads files, parses arguments, prints. All decisions live in shared/roster and shared/grouping.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, hasErrors } from '../roster/index.ts';
import { parseRosterCsv } from '../roster/csv.ts';
import { explainNotice, explainRefusal, formGroups } from '../grouping/index.ts';
import { defaultMix, parseMix } from '../settings/mix.ts';
import type { BalanceWeights, GroupingOptions, GroupingOutcome } from '../grouping/types.ts';
import type { Lang } from '../i18n/localized.ts';
import { matchPrevious } from '../roster/previous.ts';
import { parseBalance, parsePrevious } from './group-args.ts';
import { renderGrouping } from './group-table.ts';

const USAGE = `Usage: npm run --silent groups -- ROSTER.csv [options]

  --size N            students per group (default 4)
  --groups K          number of groups (instead of --size)
  --remainder R       larger (default: some groups one larger) | smaller (some one smaller)
  --mix M             ability mix from strongest down: 2:1:1, 2:2:2, 1:1, none, or any a:b:c
                      (default 2:1:1 for groups of 4, 2:2:2 for 6, 1:1 for pairs, none otherwise)
  --balance LIST      what to balance, with optional weights: total,subjects,gender,性格=0.5 (default total,subjects,gender)
  --seed S            seed for reproducible results, any number or word (default 1)
  --previous FILE     an earlier grouping to change as little as possible (the --json output, or a CSV with id and group columns)
  --keep-left         also group students whose status says they left (转出, 休学…; left out by default)
  --rounds R          rotation: R groupings in which students meet new peers (at most 50: more are capped)
  --names PATTERN     group name pattern, {n} = number (default 第{n}组 / Group {n})
  --lang zh|en        language of the table (default: the roster's headers)
  --emphasis E        means (平均分更接近) 0 … 1 spreads (组内差距更一致); default 0.5
  --time-limit MS     optimiser budget in milliseconds of counted work (the same seed gives the same groups)
  --json              print one JSON document instead of tables
  -h, --help          this help`;

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(2);
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} needs a whole number of at least 1, got "${value}".`);
  return n;
}

const OPTIONS = {
  size: { type: 'string' },
  groups: { type: 'string' },
  remainder: { type: 'string' },
  mix: { type: 'string' },
  balance: { type: 'string' },
  seed: { type: 'string' },
  previous: { type: 'string' },
  rounds: { type: 'string' },
  names: { type: 'string' },
  lang: { type: 'string' },
  emphasis: { type: 'string' },
  'time-limit': { type: 'string' },
  json: { type: 'boolean', default: false },
  'keep-left': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function main(argv: string[]): void {
  let args: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${USAGE}`);
  }
  const { values: v, positionals } = args;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [rosterPath, ...more] = positionals;
  if (rosterPath === undefined || more.length > 0) fail(`Give exactly one roster file.\n\n${USAGE}`);

  let options: GroupingOptions;
  let lang: Lang | undefined;
  let previousText: string | undefined;
  try {
    if (v.size !== undefined && v.groups !== undefined) throw new UsageError('Give --size or --groups, not both.');
    if (v.remainder !== undefined && v.remainder !== 'larger' && v.remainder !== 'smaller')
      throw new UsageError(`--remainder is "larger" or "smaller", got "${v.remainder}".`);
    if (v.lang !== undefined && v.lang !== 'zh' && v.lang !== 'en')
      throw new UsageError(`--lang is "zh" or "en", got "${v.lang}".`);
    lang = v.lang as Lang | undefined;
    // Any text is a seed (hashed as written: 7 and "7" agree with the add-on); an empty one is a mistake.
    if (v.seed !== undefined && v.seed.trim() === '')
      throw new UsageError('--seed needs a value, such as --seed 7 or --seed 七班 (it was empty).');
    const seed = v.seed?.trim() ?? 1;
    const emphasis = v.emphasis === undefined ? undefined : Number(v.emphasis);
    if (emphasis !== undefined && !(emphasis >= 0 && emphasis <= 1))
      throw new UsageError(
        `--emphasis is a number from 0 (closer means) to 1 (more alike spreads), got "${v.emphasis}".`,
      );
    // More than MAX_ROUNDS is capped by the engine, with a warning.
    const rounds = positiveInt('rounds', v.rounds);
    const size = positiveInt('size', v.size);
    const groups = positiveInt('groups', v.groups);
    const mixRead = v.mix === undefined ? undefined : parseMix(v.mix);
    if (mixRead && !mixRead.ok) throw new UsageError(`--mix is like 2:1:1, 2:2:2, 1:1 or none, got "${v.mix}".`);
    const mix = mixRead?.ok ? (mixRead.mix ?? []) : undefined;
    let balance: BalanceWeights | undefined;
    if (v.balance !== undefined) {
      const b = parseBalance(v.balance);
      if ('error' in b) throw new UsageError(b.error);
      balance = b.weights;
    }
    options = {
      ...(groups !== undefined ? { groups } : { size: size ?? 4 }),
      remainder: (v.remainder as 'larger' | 'smaller' | undefined) ?? 'larger',
      seed,
      ...(mix !== undefined ? { mix } : {}),
      ...(balance ? { balance } : {}),
      ...(rounds !== undefined ? { rounds } : {}),
      ...(emphasis !== undefined ? { emphasis } : {}),
      ...(v.names !== undefined ? { groupName: v.names } : {}),
      ...(v['time-limit'] !== undefined ? { timeLimitMs: positiveInt('time-limit', v['time-limit']) } : {}),
    };
    if (v.previous !== undefined) previousText = readText(v.previous, 'previous grouping');
  } catch (e) {
    if (e instanceof UsageError) fail(`${e.message}\n\n${USAGE}`);
    throw e;
  }

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(rosterPath);
  } catch {
    fail(
      `Cannot read the roster file "${rosterPath}": check the path. / 无法读取名单文件"${rosterPath}"，请检查路径。`,
    );
  }
  const parsed = parseRosterCsv(bytes, { keepDeparted: v['keep-left'] });
  const roster = parsed.roster;
  const outLang: Lang = lang ?? roster?.lang ?? 'zh';
  for (const p of parsed.problems) {
    process.stderr.write(
      `${p.severity === 'error' ? (outLang === 'zh' ? '错误' : 'Error') : outLang === 'zh' ? '提示' : 'Warning'}: ${formatProblem(p, outLang)}\n`,
    );
  }
  if (!roster || hasErrors(parsed.problems)) {
    fail(
      outLang === 'zh'
        ? '名单有错误，请按上面的提示修改后再分组。'
        : 'The roster has errors: fix the rows above, then try again.',
    );
  }
  if (roster.students.length === 0) fail(outLang === 'zh' ? '名单里没有学生。' : 'The roster has no students.');
  const unknownAttrs = Object.keys(options.balance?.attributes ?? {}).filter((a) => !roster.attributes.includes(a));
  if (unknownAttrs.length)
    fail(
      outLang === 'zh'
        ? `--balance 里的“${unknownAttrs.join('、')}”不是名单里的文字列。可选：total、subjects、gender${roster.attributes.map((a) => `、${a}`).join('')}。`
        : `--balance: "${unknownAttrs.join(', ')}" is not a text column of the roster. Choose from total, subjects, gender${roster.attributes.map((a) => `, ${a}`).join('')}.`,
    );
  if (options.mix === undefined) {
    const size = options.size ?? Math.floor(roster.students.length / (options.groups ?? 1));
    options.mix = defaultMix(size);
  }

  if (previousText !== undefined) {
    const prev = parsePrevious(previousText);
    if (!prev.ok) fail(prev.message[outLang]);
    const matched = matchPrevious(prev.groups, roster);
    for (const w of matched.warnings) process.stderr.write(`${outLang === 'zh' ? '提示' : 'Warning'}: ${w[outLang]}\n`);
    options.previous = matched.groups;
  }
  options.lang = outLang;

  const outcome: GroupingOutcome = formGroups(roster.students, options);
  if (!outcome.ok) {
    const { heading, lines } = explainRefusal(outcome.conflicts, outLang);
    fail([heading, ...lines.map((l) => `- ${l}`)].join('\n'));
  }
  for (const w of outcome.warnings)
    process.stderr.write(`${outLang === 'zh' ? '提示' : 'Warning'}: ${explainNotice(w, outLang)}\n`);

  if (v.json) {
    const [first, ...rest] = outcome.rounds;
    if (!first) throw new Error('formGroups returned no round');
    const doc = {
      groups: first.groups.map((g) => ({
        name: g.name,
        members: g.members.map((m) => ({ id: m.id, name: m.name, role: m.role })),
        seating: g.seating,
      })),
      report: first.report,
      ...(rest.length
        ? {
            rounds: outcome.rounds.map((r) => ({
              groups: r.groups.map((g) => ({
                name: g.name,
                members: g.members.map((m) => ({ id: m.id, name: m.name, role: m.role })),
              })),
              report: r.report,
            })),
          }
        : {}),
      encoding: parsed.encoding,
    };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    process.stdout.write(renderGrouping(outcome.rounds, roster, outLang, parsed.encoding));
  }
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the ${what} file "${path}".`);
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  // Last resort: a bug, not bad input. Still no stack trace for the user; DEBUG=huzhu shows it.
  if (process.env.DEBUG?.includes('huzhu')) console.error(e);
  fail(`Unexpected problem: ${(e as Error).message}. Please report it with the roster's header row (no student data).`);
}
