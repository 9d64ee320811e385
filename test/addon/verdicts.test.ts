/**
 * The CLI and the add-on read a roster through the same core, so the same roster gets the same verdict in both:
 * the same groups for the same seed, or the same refusal naming the same students. The CLI runs as a user runs
 * it (a process, a CSV file); the add-on as Apps Script runs it (the built bundle over the stand-in, a sheet).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetToGroups } from '../../shared/grouping/sheet.ts';
import { type BundledCli, bundledCli } from '../support/cli.ts';
import { open } from './helpers.ts';

let dir: string;
let groupsCli: BundledCli;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'huzhu-verdict-'));
  groupsCli = await bundledCli('shared/cli/groups.ts');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  groupsCli?.dispose();
});

type Verdict = { ok: true; groups: string[][] } | { ok: false; text: string };

const cli = (rows: string[][]): Verdict => {
  const path = join(dir, `roster-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, Papa.unparse(rows));
  const r = groupsCli.run(path, '--size', '4', '--seed', '7', '--json'); // a process, as a user runs it
  if (r.code !== 0) return { ok: false, text: r.err };
  const doc = JSON.parse(r.out) as { groups: { members: { id: string }[] }[] };
  return { ok: true, groups: doc.groups.map((g) => g.members.map((m) => m.id).sort()) };
};

const addon = async (rows: string[][]): Promise<Verdict> => {
  const s = await open({ locale: 'zh-CN', workbookOptions: { sheets: { 名单: rows } } });
  const r = s.call('formGroupsRun', { by: 'size', value: 4, mix: '2:1:1', seed: 7 });
  if (!r.ok) return { ok: false, text: [r.message, ...(r.details ?? [])].join('\n') };
  const groups = sheetToGroups(s.si.workbook.sheet(r.sheetName).values()) ?? [];
  return { ok: true, groups: groups.map((g) => g.members.map((m) => m.id).sort()) };
};

const NAMES = ['王明', '李华', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴芳', '徐亮', '孙丽'];
const roster = (extra: (i: number) => string[] = () => [], header: string[] = []): string[][] => [
  ['学号', '姓名', '性别', '语文', '数学', '英语', ...header],
  ...NAMES.map((n, i) => [
    String(101 + i),
    n,
    i % 2 ? '女' : '男',
    String(60 + ((i * 37) % 40)),
    String(55 + ((i * 23) % 45)),
    String(70 + ((i * 11) % 30)),
    ...extra(i),
  ]),
];

describe('the same roster, the same verdict in the CLI and the add-on', () => {
  it('an ordinary class: the same groups for the same seed', async () => {
    const rows = roster();
    const [a, b] = [cli(rows), await addon(rows)];
    expect(a.ok && b.ok).toBe(true);
    expect(b).toEqual(a);
  });

  it('students who left are left out by both', async () => {
    const rows = roster((i) => [i === 3 ? '已转学' : ''], ['备注']);
    const [a, b] = [cli(rows), await addon(rows)];
    expect(b).toEqual(a);
    expect(a.ok && a.groups.flat()).not.toContain('104');
  });

  it('five students who must all be apart in three groups: both refuse, naming them', async () => {
    const apart = new Set([0, 1, 2, 3, 4]);
    const rows = roster(
      (i) => [
        apart.has(i)
          ? [...apart]
              .filter((j) => j !== i)
              .map((j) => NAMES[j])
              .join('、')
          : '',
      ],
      ['不同组'],
    );
    const [a, b] = [cli(rows), await addon(rows)];
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(false);
    // The smallest conflict: any four of the five are already too many for three groups.
    const named = (v: Verdict) => (v.ok ? [] : NAMES.slice(0, 5).filter((n) => v.text.includes(n)));
    expect(named(a)).toHaveLength(4);
    expect(named(b)).toEqual(named(a));
    for (const v of [a, b]) if (!v.ok) expect(v.text).toContain('这4人两两不能同组，但全班只有3个组');
  });

  it('a roster error stops both, with the same row and column', async () => {
    const rows = roster();
    rows[4]![4] = '九十';
    const [a, b] = [cli(rows), await addon(rows)];
    expect(a.ok || b.ok).toBe(false);
    for (const v of [a, b]) if (!v.ok) expect(v.text).toContain('第5行，E (数学)列：“九十”不是数字');
  });
});
