/** Accuracy on the hand-labelled fixtures, scored by the team's scorer; fails below issue 4's thresholds. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanFile } from '../../shared/cli/read-file.ts';
import { extractBlocks, extractPlans } from '../../shared/plan/index.ts';
import { FILE_PROBLEMS } from '../../shared/plan/read/file-messages.ts';
import {
  CORPUS_NAMES,
  corpusGold,
  HELD_OUT,
  UNREADABLE,
  PLAN_CORPUS,
  DOCUMENT_NAMES,
  FIXTURE_NAMES,
  PLAN_DOCUMENTS,
  PLAN_FIXTURES,
  scoreDocument,
  spaceLineBreaks,
  stripLineBreaks,
} from './score.ts';

// The fixtures, and plans of other kinds written for these tests (test/plan/documents/README.md), labelled before
// the extractor saw them: 第一章/第一条 with 一是…, a 社工 小组计划书 with 第一节… and weeks, ⑴/① sub-items, English.
const LABELLED = [
  ...FIXTURE_NAMES.map((name) => ({ name, dir: PLAN_FIXTURES })),
  ...DOCUMENT_NAMES.map((name) => ({ name, dir: PLAN_DOCUMENTS })),
];

describe('plan extraction accuracy on the labelled fixtures and documents', () => {
  for (const { name, dir } of LABELLED) {
    it(`${name}: headings F1 and level accuracy ≥ 0.95, schedule/sessions/goals F1 ≥ 0.9, group sizes exact`, () => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const score = scoreDocument(join(dir, `${name}.gold.json`), extractPlans(text).document);
      expect(score.plans.got).toBe(score.plans.gold);
      expect(score.headings.f1).toBeGreaterThanOrEqual(0.95);
      expect(score.headings.levelAcc).toBeGreaterThanOrEqual(0.95);
      expect(score.schedule.when.f1).toBeGreaterThanOrEqual(0.9);
      expect(score.schedule.items.f1).toBeGreaterThanOrEqual(0.9);
      expect(score.sessions.f1).toBeGreaterThanOrEqual(0.9);
      expect(score.goals.f1).toBeGreaterThanOrEqual(0.9);
      expect(score.groupSize.exact).toBe(score.groupSize.of);
    });
  }
});

// The same documents as other tools deliver them: Windows line endings and full-width digits, paragraphs without
// blank lines between them, zero-width characters after list commas. Accuracy must not depend on these.
const VARIANTS: Record<string, (t: string) => string> = {
  'CRLF and full-width digits': (t) =>
    t.replace(/\n/g, '\r\n').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  'no blank lines': (t) => t.replace(/\n\s*\n/g, '\n'),
  'zero-width characters': (t) => t.replace(/、/g, '、\u200b'),
};

describe('plan extraction accuracy survives formatting differences', () => {
  for (const [variant, change] of Object.entries(VARIANTS)) {
    it(`${variant}: every fixture still meets the thresholds`, () => {
      for (const name of FIXTURE_NAMES) {
        const text = change(readFileSync(join(PLAN_FIXTURES, `${name}.txt`), 'utf8'));
        const score = scoreDocument(join(PLAN_FIXTURES, `${name}.gold.json`), extractPlans(text).document);
        expect([name, score.headings.f1 >= 0.95, score.headings.levelAcc >= 0.95]).toEqual([name, true, true]);
        expect([name, score.schedule.when.f1 >= 0.9, score.goals.f1 >= 0.9]).toEqual([name, true, true]);
        expect([name, score.groupSize.exact]).toEqual([name, score.groupSize.of]);
      }
    });
  }
});

// Some PDF viewers and web pages deliver the text with every line break removed or turned into a space, so items,
// labels, fields and titles run together. Headings and levels must still meet the thresholds; schedule, goals and
// group sizes are not held to them here (a paragraph that followed an item cannot be told from the item's
// continuation). English with its line breaks removed is left out: its words run together ("…each othera) Name…").
const FLATTENED = [
  {
    variant: 'every line break removed',
    flatten: stripLineBreaks,
    texts: LABELLED.filter((x) => x.name !== 'reading-buddies'),
  },
  { variant: 'line breaks turned into spaces', flatten: spaceLineBreaks, texts: LABELLED },
];

for (const { variant, flatten, texts } of FLATTENED) {
  describe(`plan extraction, ${variant}`, () => {
    for (const { name, dir } of texts) {
      it(`${name}: headings F1 and level accuracy ≥ 0.95, every plan found`, () => {
        const text = flatten(readFileSync(join(dir, `${name}.txt`), 'utf8'));
        const score = scoreDocument(join(dir, `${name}.gold.json`), extractPlans(text).document);
        expect(score.headings.f1).toBeGreaterThanOrEqual(0.95);
        expect(score.headings.levelAcc).toBeGreaterThanOrEqual(0.95);
        expect(score.plans.got).toBe(score.plans.gold);
      });
    }
  });
}

describe('extras the add-on uses, read from the fixtures', () => {
  const plans = (name: string) => extractPlans(readFileSync(join(PLAN_FIXTURES, `${name}.txt`), 'utf8')).document.plans;

  it('004 篇二: scoring categories and the 月亮 badge every 20 points; four to a group', () => {
    const p = plans('004_f1e03699f62b22a1')[1];
    expect(p?.scoring?.categories).toEqual(['学习', '纪律', '卫生']);
    expect(p?.scoring?.badge).toEqual({ name: '月亮', every: 20 });
    expect(p?.groupSize).toEqual({ min: 4, max: 4 });
  });
  it('001 学习互助工作实施方案(试行): roles with duties and the 2:2 mix', () => {
    const p = plans('001_b8c62f3cfa4035ac')[9];
    expect(p?.roles?.map((r) => r.name)).toEqual(['组长', '学科组长', '协调记录组长']);
    expect(p?.roles?.[2]?.duties).toBe('负责记录本小组成员的各种表现');
    expect(p?.mix).toEqual([2, 2]);
  });
  it('000 篇五 and 篇七: place, time and participants from their fields', () => {
    const all = plans('000_5f8be25b98d30b35');
    expect(all[4]?.place).toBe('沧波园校区社会工作系实验室');
    expect(all[4]?.participants).toBe('希望提高人际交往能力和改善人际关系的同学');
    expect(all[6]?.place).toBe('二楼音乐治疗室');
    expect(all[6]?.time).toBe('8月9日—12日，每天15:00——16:15');
  });
});

// The corpus of real documents (test/plan/corpus/README.md), read by the CLI's file reader, scored against gold
// labelled before any run. Batches 2–29 were each held out until their first run (corpus/FIRST-RUN.md: F1 0.810, 0.874,
// 0.892, 0.542, 0.882, 0.823, 0.759, 0.936, 0.917, 0.871, 0.893, 0.517, 0.809, 0.517, 0.767, 0.961, 0.773, 0.911,
// 0.921, 0.918, 0.746, 0.810, 0.690, 0.894, 0.763, 0.718, 0.901, 0.887) and then tuned on for the general causes they
// showed; batches 30 to 88 had first runs of 0.829, 0.795, 0.842, 0.775, 0.922, 0.873, 0.941, 0.736, 0.827, 0.807,
// 0.796, 0.944, 0.823, 0.880, 0.888, 0.816, 0.855, 0.788, 0.578, 0.744, 0.905, 0.883, 0.730, 0.829, 0.906, 0.969,
// 0.925, 0.776, 0.854, 0.939, 0.866, 0.934, 0.658, 0.841, 0.499, 0.892, 0.897, 0.877, 0.940, 0.910, 0.884, 0.854,
// 0.938, 0.849, 0.873, 0.669, 0.888, 0.902, 0.869, 0.890, 0.929, 0.921, 0.906, 0.749, 0.938, 0.873, 0.882, 0.788 and
// 0.789, and 31 to 87 were tuned on after theirs (35 for four documents). Batch 55 was the first to meet both halves of
// the bar at its first run (F1 0.969, parent 0.978); batches 69 to 72, 75, 78 to 80 and 86 met its parent half (0.980,
// 0.979, 0.991, 0.952, 0.991, 0.974, 0.959, 0.982, 0.985). Batch 88 (score.ts HELD_OUT), the last to come in, is scored
// apart: its first run was F1 0.789, parent 0.925. The thresholds sit at what the extractor reaches now, so a change
// that loses ground fails here (the 902 documents of batches 1 to 70 went from F1 0.928 to 0.937 when tables drawn with
// borders in PDFs came to be read by their borders; the 978 of batches 1 to 75 went from 0.937 to 0.940 in the session
// that brought batches 76 to 80).
describe('plan extraction accuracy on the real-document corpus', () => {
  const totals = {
    tuned: { m: 0, got: 0, gold: 0, parent: 0, level: 0 },
    held: { m: 0, got: 0, gold: 0, parent: 0, level: 0 },
  };
  const size = { tuned: { ok: 0, of: 0 }, held: { ok: 0, of: 0 } };
  // (Reading 1094 documents takes about 60 s alone and three times that beside the other test files.)
  it('reads every document of every kind and scores it', async () => {
    for (const name of CORPUS_NAMES) {
      const read = await readPlanFile(new Uint8Array(readFileSync(join(PLAN_CORPUS, name))), name);
      expect([name, read.ok]).toEqual([name, !UNREADABLE.includes(name)]);
      if (!read.ok) expect(read.message).toContain(FILE_PROBLEMS.garbled.zh);
      // A refused file imports nothing: its gold counts as missed.
      const s = scoreDocument(corpusGold(name), read.ok ? extractBlocks(read.doc).document : { plans: [] });
      const t = HELD_OUT.includes(name) ? totals.held : totals.tuned;
      t.m += s.headings.matched;
      t.got += s.headings.got;
      t.gold += s.headings.gold;
      t.parent += s.headings.parentAcc * s.headings.matched;
      t.level += s.headings.levelAcc * s.headings.matched;
      const z = HELD_OUT.includes(name) ? size.held : size.tuned;
      z.ok += s.groupSize.exact;
      z.of += s.groupSize.of;
      if (read.ok) expect([name, s.plans.got]).toEqual([name, s.plans.gold]);
    }
  }, 360_000);
  const f1 = (t: { m: number; got: number; gold: number }) => (2 * t.m) / (t.got + t.gold);
  it('batches 1 to 87: headings F1 ≥ 0.937, parent-match ≥ 0.953, exact level ≥ 0.848, group size exact but for 59', () => {
    expect(f1(totals.tuned)).toBeGreaterThanOrEqual(0.937);
    expect(totals.tuned.parent / totals.tuned.m).toBeGreaterThanOrEqual(0.953);
    expect(totals.tuned.level / totals.tuned.m).toBeGreaterThanOrEqual(0.848);
    expect(size.tuned.ok).toBeGreaterThanOrEqual(size.tuned.of - 59);
  });
  it('batch 88 (first run F1 0.789): F1 ≥ 0.801, parent ≥ 0.925, level ≥ 0.748, size exact everywhere', () => {
    expect(f1(totals.held)).toBeGreaterThanOrEqual(0.801);
    expect(totals.held.parent / totals.held.m).toBeGreaterThanOrEqual(0.925);
    expect(totals.held.level / totals.held.m).toBeGreaterThanOrEqual(0.748);
    expect(size.held.ok).toBe(size.held.of);
  });
  it('whole corpus: headings F1 ≥ 0.936, parent-match ≥ 0.953', () => {
    const all = {
      m: totals.tuned.m + totals.held.m,
      got: totals.tuned.got + totals.held.got,
      gold: totals.tuned.gold + totals.held.gold,
    };
    expect(f1(all)).toBeGreaterThanOrEqual(0.936);
    expect((totals.tuned.parent + totals.held.parent) / all.m).toBeGreaterThanOrEqual(0.953);
  });
});
