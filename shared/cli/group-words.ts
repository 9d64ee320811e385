/**
 * The groups CLI's own words, in the roster's language (or --lang): its help and its messages about the command
 * line itself. Words about the roster and the groups come from the core (roster problems, explain.ts).
 */
import type { Lang, Localized } from '../i18n/localized.ts';

export const USAGE: Record<Lang, string> = {
  zh: `用法：npm run --silent groups -- 名单.csv [选项]

  --size N            每组人数（默认 4）
  --groups K          分成几个组（代替 --size）
  --remainder R       除不尽时：larger（有的组多一人，默认）或 smaller（有的组少一人）
  --mix M             能力搭配，从强到弱：2:1:1、2:2:2、1:1、none（不限），或任意 a:b:c
                      （默认：4人组 2:1:1，6人组 2:2:2，两人组 1:1，其他不限）
  --balance LIST      要均衡的项目，可加权重：total,subjects,gender,性格=0.5（默认 total,subjects,gender）
  --seed S            换一种分法：写任意数字或文字，同样的值得到同样的分组（默认 1）
  --previous FILE     上次的分组（本工具 --json 的输出，或有“学号/姓名”和“组”列的 CSV）：尽量少换人
  --keep-left         已转学、休学的学生也参加分组（默认不参加）
  --rounds R          轮换：分 R 轮，每轮和新同学一组（最多 50 轮）
  --names PATTERN     组名格式，{n} 是组号（默认 第{n}组）
  --lang zh|en        输出语言（默认跟名单的表头一致）
  --emphasis E        0（各组平均分更接近）… 1（各组内部差距更一致），默认 0.5
  --time-limit MS     计算时间（毫秒；同样的设置得到同样的分组）
  --json              输出一个 JSON 文档，不输出表格
  --out FILE.html     另外写一个可打印的网页：分组名单、小组卡片、教室座位图（用浏览器打开，按“打印”）
  --print LIST        --out 里要哪几样：list（名单）、cards（卡片）、seating（座位图），默认三样都要
  --room RxC          座位图：R 排，每排 C 组（如 3x4；默认按组数安排）
  -h, --help          显示这段说明`,
  en: `Usage: npm run --silent groups -- ROSTER.csv [options]

  --size N            students per group (default 4)
  --groups K          number of groups (instead of --size)
  --remainder R       larger (default: some groups one larger) | smaller (some one smaller)
  --mix M             ability mix from strongest down: 2:1:1, 2:2:2, 1:1, none, or any a:b:c
                      (default 2:1:1 for groups of 4, 2:2:2 for 6, 1:1 for pairs, none otherwise)
  --balance LIST      what to balance, with optional weights: total,subjects,gender,性格=0.5 (default total,subjects,gender)
  --seed S            try another arrangement: any number or word; the same value gives the same groups (default 1)
  --previous FILE     an earlier grouping to change as little as possible (the --json output, or a CSV with id and group columns)
  --keep-left         also group students whose status says they left (转出, 休学…; left out by default)
  --rounds R          rotation: R groupings in which students meet new classmates (at most 50)
  --names PATTERN     group name pattern, {n} = number (default Group {n})
  --lang zh|en        language of the output (default: the roster's headers)
  --emphasis E        0 (group averages closer) … 1 (every group's own spread more alike); default 0.5
  --time-limit MS     how long to work, in milliseconds (the same settings give the same groups)
  --json              print one JSON document instead of tables
  --out FILE.html     also write a printable page: group list, group cards, classroom seating chart
                      (open it in a browser and print)
  --print LIST        which of them --out holds: list, cards, seating (default all three)
  --room RxC          seating chart: R rows of C groups each (e.g. 3x4; default from the number of groups)
  -h, --help          this help`,
};

/** Messages about the command line (not the roster). */
export const SAY = {
  oneRoster: { zh: '请给出一个名单文件。', en: 'Give exactly one roster file.' },
  sizeOrGroups: { zh: '--size 和 --groups 只能选一个。', en: 'Give --size or --groups, not both.' },
  remainder: (v: string): Localized => ({
    zh: `--remainder 应为 larger 或 smaller（现在是“${v}”）。`,
    en: `--remainder is "larger" or "smaller", got "${v}".`,
  }),
  lang: (v: string): Localized => ({
    zh: `--lang 应为 zh 或 en（现在是“${v}”）。`,
    en: `--lang is "zh" or "en", got "${v}".`,
  }),
  emptySeed: {
    zh: '--seed 需要一个值，比如 --seed 7 或 --seed 七班（现在是空的）。',
    en: '--seed needs a value, such as --seed 7 or --seed 七班 (it was empty).',
  },
  emphasis: (v: string): Localized => ({
    zh: `--emphasis 是 0（平均分更接近）到 1（组内差距更一致）之间的数（现在是“${v}”）。`,
    en: `--emphasis is a number from 0 (closer averages) to 1 (more alike spreads), got "${v}".`,
  }),
  wholeNumber: (name: string, v: string): Localized => ({
    zh: `--${name} 需要至少为 1 的整数（现在是“${v}”）。`,
    en: `--${name} needs a whole number of at least 1, got "${v}".`,
  }),
  mix: (v: string): Localized => ({
    zh: `--mix 应写成 2:1:1、2:2:2、1:1 或 none（现在是“${v}”）。`,
    en: `--mix is like 2:1:1, 2:2:2, 1:1 or none, got "${v}".`,
  }),
  readFile: (what: Localized, path: string): Localized => ({
    zh: `无法读取${what.zh}文件“${path}”，请检查路径。`,
    en: `Cannot read the ${what.en} file "${path}": check the path.`,
  }),
  roster: { zh: '名单', en: 'roster' },
  previous: { zh: '上次分组的', en: 'previous grouping' },
  print: (v: string): Localized => ({
    zh: `--print 可选 list、cards、seating（现在是“${v}”）。`,
    en: `--print takes list, cards and seating, got "${v}".`,
  }),
  room: (v: string): Localized => ({
    zh: `--room 应写成“排数x每排组数”，如 3x4（现在是“${v}”）。`,
    en: `--room is rows x groups per row, such as 3x4, got "${v}".`,
  }),
  printNeedsOut: { zh: '--print 和 --room 要和 --out 一起用。', en: '--print and --room go with --out.' },
  wrote: (path: string, what: string): Localized => ({
    zh: `已写入可打印的网页：${path}（${what}）。用浏览器打开，按“打印”。`,
    en: `Wrote a printable page: ${path} (${what}). Open it in a browser and print.`,
  }),
  cannotWrite: (path: string): Localized => ({ zh: `无法写入“${path}”。`, en: `Cannot write "${path}".` }),
  unexpected: (why: string): Localized => ({
    zh: `意外的问题：${why}。请把名单的表头（不要学生信息）和这句话一起反馈给我们。`,
    en: `Unexpected problem: ${why}. Please report it with the roster's header row (no student data).`,
  }),
} as const;

/** The language of the help and messages before the roster is read: --lang, else the terminal's, else Chinese. */
export const envLang = (env: Record<string, string | undefined>): Lang => {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  // C and POSIX say nothing about the reader: Chinese, the language of the teachers Huzhu is for.
  return /^[a-y][a-z]{1,2}([_.-]|$)/i.test(tag) && !/^zh/i.test(tag) ? 'en' : 'zh';
};
