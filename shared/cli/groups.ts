/**
 * `npm run --silent groups -- ROSTER [options]`: form balanced study groups from a roster CSV.
 * A thin Node adapter: reads files, parses arguments, prints. All decisions live in shared/roster and shared/grouping.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, hasErrors } from '../roster/index.ts';
import { parseRosterCsv } from '../roster/csv.ts';
import { explainNotice, explainRefusal, formGroups } from '../grouping/index.ts';
import { defaultMix, parseMix } from '../settings/mix.ts';
import type { BalanceWeights, Grouping, GroupingOptions, GroupingOutcome } from '../grouping/types.ts';
import type { Lang, Localized } from '../i18n/localized.ts';
import type { RoomShape } from '../print/index.ts';
import type { Roster } from '../roster/types.ts';
import { isoDateIn } from '../time/zoned.ts';
import { matchPrevious } from '../roster/previous.ts';
import { parseBalance, parsePrevious } from './group-args.ts';
import { PRINT_KINDS, type PrintKind, parsePrintKinds, parseRoom, printGrouping } from './group-print.ts';
import { renderGrouping } from './group-table.ts';
import { envLang, SAY, USAGE } from './group-words.ts';

/** A mistake on the command line, in both languages (printed in the roster's). */
class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

function fail(message: string): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(2);
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(SAY.wholeNumber(name, value));
  return n;
}

/**
 * The language of help and messages: --lang; else the roster's own (its headers), read once here; else the
 * terminal's. What follows the roster's reading uses the same.
 */
function chooseLang(flag: string | undefined, rosterPath: string | undefined): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  if (rosterPath !== undefined)
    try {
      const lang = parseRosterCsv(readFileSync(rosterPath)).roster?.lang;
      if (lang) return lang;
    } catch {
      // Unreadable: said in its place below.
    }
  return envLang(process.env);
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
  out: { type: 'string' },
  print: { type: 'string' },
  room: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function main(argv: string[]): void {
  let args: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    const lang = chooseLang(
      undefined,
      argv.find((a) => !a.startsWith('-')),
    );
    fail(`${(e as Error).message}\n\n${USAGE[lang]}`);
  }
  const { values: v, positionals } = args;
  const [rosterPath, ...more] = positionals;
  const askLang = chooseLang(v.lang, rosterPath);
  if (v.help) {
    process.stdout.write(`${USAGE[askLang]}\n`);
    return;
  }
  if (rosterPath === undefined || more.length > 0) fail(`${SAY.oneRoster[askLang]}\n\n${USAGE[askLang]}`);

  let options: GroupingOptions;
  let lang: Lang | undefined;
  let previousText: string | undefined;
  let printKinds: PrintKind[] = [...PRINT_KINDS];
  let room: RoomShape | undefined;
  try {
    if (v.size !== undefined && v.groups !== undefined) throw new UsageError(SAY.sizeOrGroups);
    if (v.remainder !== undefined && v.remainder !== 'larger' && v.remainder !== 'smaller')
      throw new UsageError(SAY.remainder(v.remainder));
    if (v.lang !== undefined && v.lang !== 'zh' && v.lang !== 'en') throw new UsageError(SAY.lang(v.lang));
    lang = v.lang as Lang | undefined;
    // Any text is a seed (hashed as written: 7 and "7" agree with the add-on); an empty one is a mistake.
    if (v.seed !== undefined && v.seed.trim() === '') throw new UsageError(SAY.emptySeed);
    const seed = v.seed?.trim() ?? 1;
    const emphasis = v.emphasis === undefined ? undefined : Number(v.emphasis);
    if (emphasis !== undefined && !(emphasis >= 0 && emphasis <= 1))
      throw new UsageError(SAY.emphasis(v.emphasis ?? ''));
    if ((v.print !== undefined || v.room !== undefined) && v.out === undefined) throw new UsageError(SAY.printNeedsOut);
    if (v.print !== undefined) printKinds = parsePrintKinds(v.print) ?? fail(SAY.print(v.print)[askLang]);
    if (v.room !== undefined) room = parseRoom(v.room) ?? fail(SAY.room(v.room)[askLang]);
    // More than MAX_ROUNDS is capped by the engine, with a warning.
    const rounds = positiveInt('rounds', v.rounds);
    const size = positiveInt('size', v.size);
    const groups = positiveInt('groups', v.groups);
    const mixRead = v.mix === undefined ? undefined : parseMix(v.mix);
    if (mixRead && !mixRead.ok) throw new UsageError(SAY.mix(v.mix ?? ''));
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
    if (v.previous !== undefined) previousText = readText(v.previous, SAY.previous);
  } catch (e) {
    if (e instanceof UsageError) fail(`${e.text[askLang]}\n\n${USAGE[askLang]}`);
    throw e;
  }

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(rosterPath);
  } catch {
    fail(SAY.readFile(SAY.roster, rosterPath)[askLang]);
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
  if (v.out !== undefined)
    writePrintout(v.out, outcome.rounds[0], roster.students, outLang, printKinds, room, rosterPath);
}

/** --out: the printable page of the (first round's) groups, next to what was printed. */
function writePrintout(
  path: string,
  grouping: Grouping | undefined,
  students: Roster['students'],
  lang: Lang,
  kinds: PrintKind[],
  room: RoomShape | undefined,
  rosterPath: string,
): void {
  if (!grouping) throw new Error('formGroups returned no round');
  const className = basename(rosterPath).replace(/\.[^.]*$/u, '');
  const { html, views } = printGrouping(grouping, students, lang, {
    kinds,
    ...(room ? { room } : {}),
    className,
    date: isoDateIn(new Date(), undefined),
  });
  try {
    writeFileSync(path, html);
  } catch {
    fail(SAY.cannotWrite(path)[lang]);
  }
  process.stderr.write(`${SAY.wrote(path, views.map((x) => x.title).join(lang === 'zh' ? '、' : ', '))[lang]}\n`);
}

function readText(path: string, what: Localized): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(SAY.readFile(what, path));
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  // Last resort: a bug, not bad input. Still no stack trace for the user; DEBUG=huzhu shows it.
  if (process.env.DEBUG?.includes('huzhu')) console.error(e);
  fail(SAY.unexpected((e as Error).message)[envLang(process.env)]);
}
