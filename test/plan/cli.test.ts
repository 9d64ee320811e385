/**
 * The plan CLI as a user runs it (`npm run --silent plan -- FILE [--json]`), never imported: exit code, stdout and
 * stderr. Most cases run it bundled once, in a fresh process each (test/support/cli.ts); one runs the real npm
 * command.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPlans } from '../../shared/plan/index.ts';
import { type BundledCli, bundledCli, type CliRun, npmRun } from '../support/cli.ts';
import { PLAN_FIXTURES } from './score.ts';

let cli: BundledCli;
const run = (...args: string[]): CliRun => {
  const r = cli.run(...args);
  return { ...r, err: r.err.trim() };
};

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
  cli = await bundledCli('shared/cli/plan.ts');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  cli?.dispose();
});

describe('plan CLI', () => {
  const fixture = join(PLAN_FIXTURES, '003_19488dc2f9ccc913.txt');

  it('prints an indented outline with titles, headings by level and schedule fields', () => {
    const { code, out, err } = run(fixture);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines).toContain('# 第二篇：小学英语校本教研工作计划');
    expect(lines).toContain('  三、 具体工作安排');
    expect(lines).toContain('    三月份');
    expect(lines).toContain('      1、 拟定本学期教研工作计划');
    expect(out).toMatch(/日程: 三月份：拟定本学期教研工作计划；/);
  });

  it('labels the outline in English with --lang en', () => {
    const { code, out } = run(fixture, '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toMatch(/Schedule: 三月份: 拟定本学期教研工作计划; /);
    expect(run(fixture, '--lang', 'fr').code).toBe(2);
  });

  it("lists each plan's fields in plan/describe.ts's words, in the chosen language", () => {
    const scored = join(PLAN_FIXTURES, '004_f1e03699f62b22a1.txt');
    const zh = run(scored).out.split('\n');
    expect(zh).toContain('  小组人数: 4人');
    expect(zh).toContain('  评比项目: 学习、纪律、卫生');
    expect(zh).toContain('  奖励规则: 每20分换一个月亮');
    const en = run(scored, '--lang', 'en').out.split('\n');
    expect(en).toContain('  Group size: 4 students');
    expect(en).toContain('  Scoring categories: 学习, 纪律, 卫生');
    expect(en).toContain('  Badge rule: a 月亮 every 20 points');
  });

  it('with --json prints exactly the extractor document', () => {
    const { code, out } = run(fixture, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(extractPlans(readFileSync(fixture, 'utf8')).document);
  });

  it('reads a GB18030 file', () => {
    const file = join(dir, 'gbk.txt');
    // "一、目标" in GBK
    writeFileSync(file, Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xc4, 0xbf, 0xb1, 0xea]));
    const { code, out } = run(file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).plans[0].headings).toEqual([{ level: 1, marker: '一、', text: '目标' }]);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /File not found/],
    [
      'an empty file',
      () => {
        const f = join(dir, 'empty.txt');
        writeFileSync(f, '');
        return f;
      },
      /empty/,
    ],
    [
      'a damaged .docx',
      () => {
        const f = join(dir, 'x.docx');
        writeFileSync(f, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]));
        return f;
      },
      /damaged/,
    ],
    [
      'a binary file of no known kind',
      () => {
        const f = join(dir, 'x.bin');
        writeFileSync(f, Buffer.from([0x00, 0x01, 0x02, 0x03, 0x89, 0x50]));
        return f;
      },
      /binary/,
    ],
    [
      'an unknown encoding',
      () => {
        const f = join(dir, 'odd.txt');
        writeFileSync(f, Buffer.from([0x41, 0xff, 0x41, 0x81, 0x20]));
        return f;
      },
      /encoding/,
    ],
  ])('reports %s on stderr with exit code 2 and no stack trace', (_, make, message) => {
    const { code, out, err } = run(make());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['Markdown', 'scoring-667-class-rules-v1.md', '纪律篇'],
    ['a web page', 'scoring-sfls-inspection-rules-web.html', '眼保健操'],
    ['Word', 'notice-buaa-doc-review.docx', '工作形式'],
    ['PDF', 'charter-nes-nn-team.pdf', 'Team Purpose'],
  ])('reads %s', (_, file, heading) => {
    const { code, out } = run(join(PLAN_FIXTURES, '..', '..', 'plan', 'corpus', file), '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.plans[0].headings.map((h: { text: string }) => h.text)).toContain(heading);
  });

  it.each([
    ['an encrypted Word file', 'x.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /encrypted/],
    ['a broken PDF', 'x.pdf', Buffer.from('%PDF-1.7\nbroken'), /damaged/],
    ['an empty PDF', 'e.pdf', Buffer.from(''), /empty/],
  ])('reports %s in both languages, exit code 2', (_, name, bytes, message) => {
    const f = join(dir, name);
    writeFileSync(f, bytes);
    const { code, out, err } = run(f);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports a missing argument with usage, exit code 2 (through npm run, as the usage text says)', () => {
    const { code, err } = npmRun('plan');
    expect(code).toBe(2);
    expect(err).toMatch(/Usage: npm run --silent plan -- FILE/);
  });
});
