/**
 * Teacher-facing words are a teacher's: no banking (冲正), statistics (极差, 标准差, SD) or engine words (种子, seed,
 * 蛇形, serpentine) in what the add-on shows (the BUILT pages), what its server and the core say (strings in the
 * built Code.js), the sheets it writes, or what the CLI prints — and no English "undo" inside Chinese text.
 * Prose is told from code by its look: a string with Chinese in it, or two English words with a space between.
 */
import { spawnSync } from 'node:child_process';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { formGroups } from '../../shared/grouping/index.ts';
import { groupingToSheet } from '../../shared/grouping/sheet.ts';
import { computeTallies, talliesToRows } from '../../shared/points/index.ts';
import { defaultSettings } from '../../shared/settings/index.ts';
import { bundle } from '../addon/helpers.ts';
import { ranked } from '../support/students.ts';

const BANNED_ZH = ['冲正', '随机种子', '种子', '极差', '蛇形', '标准差', '折算分', '求解'];
const BANNED_EN = [
  /\bseeds?\b/i,
  /serpentine/i,
  /\breversals?\b/i,
  /range ÷/i,
  /\bSDs?\b/,
  /standard deviation/i,
  /\bNormalized\b/,
];

const CJK = /[\u4e00-\u9fff]/u;

/** Every string literal of a script (and the text parts of template literals), found by parsing it. */
const literals = (code: string): string[] => {
  const out: string[] = [];
  const walk = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (ts.isTemplateExpression(n))
      out.push(n.head.text + n.templateSpans.map((x) => ` ${x.literal.text}`).join(''));
    ts.forEachChild(n, walk);
  };
  walk(ts.createSourceFile('x.js', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS));
  return out;
};

const isProse = (s: string): boolean => CJK.test(s) || /[A-Za-z]{2,} [A-Za-z]{2,}/.test(s);

/** The visible text of an HTML page (tags, scripts and styles removed), then the prose in its scripts. */
const pageProse = (html: string): string[] => {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const text = html
    .replace(/<script>[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...text, ...scripts.flatMap(literals).filter(isProse)];
};

/** The banned words found in these texts (a flag literal such as --seed is the command's name, not a word). */
const bannedIn = (texts: readonly string[]): string[] => {
  const hits: string[] = [];
  for (const raw of texts) {
    const t = raw.replace(/--seed\b/g, '--SEEDFLAG');
    for (const w of BANNED_ZH) if (t.includes(w)) hits.push(`${w}: ${raw.slice(0, 80)}`);
    for (const w of BANNED_EN) if (w.test(t)) hits.push(`${w}: ${raw.slice(0, 80)}`);
    if (CJK.test(t) && /\bundo\b/i.test(t)) hits.push(`undo in Chinese: ${raw.slice(0, 80)}`);
  }
  return hits;
};

const cli = (...args: string[]): string => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/groups.ts', ...args], { encoding: 'utf8' });
  return `${r.stdout}\n${r.stderr}`;
};

describe('plain words for teachers', () => {
  it('the built pages (HTML and the words in their scripts)', async () => {
    const { pages } = await bundle();
    for (const [name, html] of Object.entries(pages)) expect(bannedIn(pageProse(html)), name).toEqual([]);
  });

  it('what the server and the core say (prose strings in the built Code.js)', async () => {
    const { code } = await bundle();
    expect(bannedIn(literals(code).filter(isProse))).toEqual([]);
  });

  it('the sheets Huzhu writes: 分组 and 积分汇总, in both languages', () => {
    const students = ranked(12);
    for (const lang of ['zh', 'en'] as const) {
      const outcome = formGroups(students, { size: 4, seed: 7, lang, timeLimitMs: 50 });
      if (!outcome.ok || !outcome.rounds[0]) throw new Error('no groups');
      const sheet = groupingToSheet(outcome.rounds[0], students, lang, {
        createdAt: 'x',
        seed: 7,
        sheetRosterName: 'r',
      });
      expect(bannedIn(sheet.rows.flat().map(String))).toEqual([]);
      for (const fairness of ['total', 'average', 'normalized'] as const) {
        const t = computeTallies(
          [],
          [{ name: 'A', members: [{ id: '1', name: 'x' }] }],
          { ...defaultSettings(lang), fairness },
          new Date(),
        );
        const rows = talliesToRows(t, lang);
        expect(bannedIn([...rows.leaderboard, ...rows.students].flat().map(String))).toEqual([]);
      }
    }
  });

  it('what the CLI prints: help, tables and messages, in Chinese and English', () => {
    const out = [
      cli('shared/samples/roster.csv', '--help'),
      cli('shared/samples/roster-en.csv', '--help'),
      cli('shared/samples/roster.csv'),
      cli('shared/samples/roster-en.csv'),
      cli('shared/samples/roster.csv', '--seed', ''),
      cli('shared/samples/roster-en.csv', '--seed', ''),
    ];
    expect(bannedIn(out.flatMap((o) => o.split('\n')))).toEqual([]);
  });

  it('the check itself finds what it looks for', () => {
    for (const bad of [
      '已冲正',
      '随机种子',
      '极差 3',
      'Range ÷ class SD',
      '按 undo 撤销',
      'seed 7',
      'a serpentine draft',
    ])
      expect(bannedIn([bad]), bad).not.toEqual([]);
    expect(bannedIn(['--seed S   换一种分法', 'undo last', 'Undo'])).toEqual([]);
  });
});
