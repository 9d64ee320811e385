import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundledCli, bundledCli, type CliRun, npmRun } from '../support/cli.ts';

/**
 * Run the CLI as a user does, never importing it: exit code, stdout and stderr are the contract. Most cases run it
 * bundled once, in a fresh process each (test/support/cli.ts); one runs the real `npm run --silent groups -- …`.
 * The terminal says no language unless a case sets one (it decides only when no roster or --lang does).
 */
let cli: BundledCli;
const NO_LANGUAGE = { LANG: '', LC_ALL: '', LC_MESSAGES: '' };
const groupsIn = (env: Record<string, string>, ...args: string[]): CliRun =>
  cli.runIn({ ...NO_LANGUAGE, ...env }, ...args);
const groups = (...args: string[]): CliRun => groupsIn({}, ...args);

interface Doc {
  groups: { name: string; members: { id: string; name: string; role: string | null }[] }[];
  report: { balance: { totalRangeSd: number }; baselines: { serpentine: { totalRangeSd: number } }; moved?: number };
  rounds?: { groups: Doc['groups'] }[];
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'huzhu-cli-'));
  cli = await bundledCli('shared/cli/groups.ts');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  cli?.dispose();
});
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('groups CLI', () => {
  it('--json prints one JSON document: every student once, 2:1:1 groups of four, roles, better than serpentine', () => {
    const r = groups('shared/samples/roster.csv', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Doc;
    expect(doc.groups).toHaveLength(10);
    expect(doc.groups[0]!.name).toBe('第1组');
    const ids = doc.groups.flatMap((g) => g.members.map((m) => m.id));
    expect(new Set(ids).size).toBe(40);
    expect(ids.every((id) => /^2024\d{3}$/.test(id))).toBe(true);
    for (const g of doc.groups) {
      expect(g.members).toHaveLength(4);
      expect(g.members.filter((m) => m.role?.split('、').includes('组长')).length).toBe(1);
    }
    // 田悦然 and 彭静怡 must be apart (sample roster's 不同组 column)
    const groupOf = (name: string) => doc.groups.findIndex((g) => g.members.some((m) => m.name === name));
    expect(groupOf('田悦然')).not.toBe(groupOf('彭静怡'));
    expect(doc.report.balance.totalRangeSd).toBeLessThan(doc.report.baselines.serpentine.totalRangeSd);
  });

  it('prints a readable Chinese table by default and English for an English roster', () => {
    const zh = groups('shared/samples/roster.csv');
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('第10组');
    expect(zh.out).toContain('按名次轮流分');
    const en = groups('shared/samples/roster-en.csv', '--size', '6');
    expect(en.code).toBe(0);
    expect(en.out).toContain('Group 4');
    expect(en.out).toContain('dealt out by rank');
  });

  it('is reproducible with a seed and honours --groups, --mix, --names and --time-limit', () => {
    // A budget far above what the search needs: it ends on its own, and the last-resort wall clock (20 times the
    // budget plus a second, see shared/grouping/clock.ts) is out of reach however busy the machine is.
    const args = ['shared/samples/roster.csv', '--json', '--seed', '7', '--groups', '8', '--mix', 'none'];
    const a = groups(...args, '--names', '{n}号组', '--time-limit', '60000');
    const b = groups(...args, '--names', '{n}号组', '--time-limit', '60000');
    const doc = JSON.parse(a.out) as Doc;
    expect((JSON.parse(b.out) as Doc).groups).toEqual(doc.groups);
    expect(doc.groups.map((g) => g.members.length)).toEqual(Array(8).fill(5));
    expect(doc.groups[7]!.name).toBe('8号组');
  });

  it('uses data row numbers as ids when the roster has no id column', () => {
    const p = file('noid.csv', '姓名,数学\n甲,90\n乙,80\n丙,70\n丁,60\n');
    const doc = JSON.parse(groups(p, '--json', '--size', '2').out) as Doc;
    expect(doc.groups.flatMap((g) => g.members.map((m) => m.id)).sort()).toEqual(['1', '2', '3', '4']);
  });

  it('keeps most students in place with --previous when one student joins', () => {
    const first = groups('shared/samples/roster.csv', '--json');
    const prev = file('prev.json', first.out);
    const csv = file(
      'plus.csv',
      `${readFileSync('shared/samples/roster.csv', 'utf8')}2024041,新同学,女,100,100,100,外向,,\n`,
    );
    const r = groups(csv, '--json', '--previous', prev);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Doc;
    expect(doc.report.moved).toBeLessThanOrEqual(4);
  });

  it('--rounds gives rotation rounds in which pairs rarely meet again', () => {
    const doc = JSON.parse(groups('shared/samples/roster.csv', '--json', '--rounds', '3').out) as Doc;
    expect(doc.rounds).toHaveLength(3);
    const pairs = (gs: Doc['groups']) =>
      new Set(
        gs.flatMap((g) => g.members.flatMap((a) => g.members.filter((b) => a.id < b.id).map((b) => a.id + b.id))),
      );
    const [p1, p2] = [pairs(doc.rounds![0]!.groups), pairs(doc.rounds![1]!.groups)];
    expect([...p2].filter((p) => p1.has(p)).length).toBeLessThan(p1.size / 3);
  });
});

describe('help follows the roster', () => {
  it('Chinese help for a Chinese roster, English for an English one, --lang over both', () => {
    expect(groups('shared/samples/roster.csv', '--help').out).toMatch(
      /^用法：[\s\S]*--out FILE\.html\s+另外写一个可打印的网页/,
    );
    expect(groups('shared/samples/roster-en.csv', '--help').out).toMatch(/^Usage:[\s\S]*--room RxC/);
    expect(groups('shared/samples/roster.csv', '--help', '--lang', 'en').out).toMatch(/^Usage:/);
  });
});

describe('--out: a printable page', () => {
  it('writes the group list, cards and seating chart (all by default), every student in each, and says so', () => {
    const out = join(dir, 'print.html');
    const r = groups('shared/samples/roster.csv', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`已写入可打印的网页：${out}（分组名单、小组卡片、教室座位图）`);
    const page = readFileSync(out, 'utf8');
    for (const kind of ['hz-list', 'hz-cards', 'hz-seating']) expect(page).toContain(kind);
    const ids = [...page.matchAll(/data-student-id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(40 * 3);
    expect(new Set(ids).size).toBe(40);
  });
  it('--print and --room choose what and how; bad values are named', () => {
    const out = join(dir, 'seats.html');
    const r = groups('shared/samples/roster-en.csv', '--out', out, '--print', 'seating', '--room', '2x5');
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('Classroom seating');
    expect(page).not.toContain('hz-cards');
    expect(page).toContain('grid-template-columns:repeat(5,');
    expectFailureOf(
      groups('shared/samples/roster.csv', '--out', out, '--print', 'posters'),
      /--print 可选 list、cards、seating/,
    );
    expectFailureOf(groups('shared/samples/roster.csv', '--out', out, '--room', 'big'), /--room 应写成/);
    expectFailureOf(groups('shared/samples/roster.csv', '--room', '3x4'), /要和 --out 一起用/);
  });
});

const expectFailureOf = (r: ReturnType<typeof groups>, text: RegExp) => {
  expect(r.code).toBe(2);
  expect(r.err).toMatch(text);
};

describe('bad input: a clear message on stderr, exit code 2, no stack trace', () => {
  const expectFailure = (r: CliRun, text: string | RegExp) => {
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(text);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  };

  it('missing file (through npm run, as the usage text says)', () =>
    expectFailure(npmRun('groups', join(dir, 'nope.csv')), /无法读取名单文件|Cannot read the roster file/));
  it('no arguments: the terminal’s language, Chinese when it says nothing', () => {
    expectFailure(groups(), /请给出一个名单文件。\n\n用法：/);
    expectFailure(groupsIn({ LANG: 'en_GB.UTF-8' }), /Give exactly one roster file\.\n\nUsage:/);
  });
  it('bad option values, in the roster’s language (or --lang)', () => {
    expectFailure(groups('shared/samples/roster.csv', '--size', 'four'), /--size 需要至少为 1 的整数（现在是“four”）/);
    expectFailure(groups('shared/samples/roster.csv', '--mix', '2:x'), /--mix 应写成 2:1:1/);
    expectFailure(groups('shared/samples/roster.csv', '--size', '4', '--groups', '3'), /只能选一个/);
    expectFailure(groups('shared/samples/roster-en.csv', '--size', 'four'), /--size needs a whole number/);
    expectFailure(groups('shared/samples/roster.csv', '--lang', 'en', '--mix', '2:x'), /--mix is like 2:1:1/);
    expectFailure(groups('shared/samples/roster.csv', '--balance', '爱好'), /不是名单里的文字列.*性格/);
  });
  it('roster errors are listed with row and column, and nothing is grouped', () => {
    const p = file('bad.csv', '学号,姓名,数学,不同组\n1,甲,九十,\n2,,80,\n1,丙,70,李雷\n');
    const r = groups(p);
    expectFailure(r, /第2行，C \(数学\)列：“九十”不是数字/);
    expect(r.err).toContain('第3行，B (姓名)列');
    expect(r.err).toContain('第4行，A (学号)列');
    expect(r.err).toContain('“李雷”对不上');
  });
  it('a binary file', () => expectFailure(groups('--json', file('x.csv', 'PK\u0003\u0004\u0000\u0000')), /不是 CSV/));
  it('rules that cannot all hold are named: the smallest conflict, by name, in Chinese only', () => {
    const p = file('apart.csv', '姓名,不同组\n甲,乙 丙 丁 戊\n乙,丙 丁 戊\n丙,丁 戊\n丁,戊\n戊,\n己,\n');
    const r = groups(p, '--groups', '3', '--mix', 'none');
    expectFailure(r, /还没有分组：\n- (甲|乙|丙|丁|戊)(、|和)[\s\S]*这4人两两不能同组，但全班只有3个组/);
    expect(r.err).not.toMatch(/must|apart|\d+ and \d+/);
  });
  it('an empty seed is refused; --rounds beyond 50 is capped with a warning', () => {
    expectFailure(groups('shared/samples/roster.csv', '--seed', ''), /--seed 需要一个值/);
    const r = groups('shared/samples/roster.csv', '--json', '--rounds', '1e9', '--time-limit', '5');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Doc).rounds).toHaveLength(50);
    expect(r.err).toContain('轮换最多50轮');
  });
  it('a group size larger than the class says so; two students with --size 4 --mix 2:1:1 form one group, with a warning', () => {
    const p = file('two.csv', '姓名,总分\n甲,90\n乙,80\n');
    const r = groups(p, '--json', '--size', '4', '--mix', '2:1:1');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Doc).groups).toHaveLength(1);
    expect(r.err).toContain('全班只有2人，不到每组4人');
    expect(r.err).toContain('2:1:1能力搭配不适用');
  });
});
