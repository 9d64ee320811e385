/**
 * Cuts a collection's part titles out of running text: the collection's heading with its count ("…工作计划(汇总9篇)")
 * and each part marker (篇一, 【第一篇】, 第二篇：) with the title it closes or opens, since a page that held several
 * plans often lost the line breaks around them ("…教研组。小学教研组工作计划【第一篇】一、指导思想").
 */
import type { Cuts, CutRule, LineIndex } from './line-index.ts';
import { runStart } from './line-index.ts';
import { CN_DIGITS, HEADING_NUMBER } from '../numerals.ts';
import { isTitleLike, isCollectionHeading } from '../title.ts';
import { alternation, PART_TITLE_KINDS } from '../vocabulary.ts';

const PART = new RegExp(`【第(?:${HEADING_NUMBER})篇】|第(?:${HEADING_NUMBER})篇[:：]?|篇(?:${HEADING_NUMBER})`, 'g');
/** The count in a collection's heading: "(汇总9篇)", "【精选10篇】", "3篇" (not "3篇一", which is a part marker's). */
const COUNT = new RegExp(
  String.raw`[(（【]\s*(?:精选|汇总|合集|共)?\s*\d{1,3}\s*篇\s*[)）】]|\d{1,3}篇(?!篇?[${CN_DIGITS}\d])|\d{1,3}篇(?=篇)`,
  'g',
);
/** A part marker that ends in a numeral ("篇一", "第2篇"). */
const ENDS_IN_NUMBER = new RegExp(`[${CN_DIGITS}\\d]$`);
const KINDS = alternation(PART_TITLE_KINDS);
/** A title up to the first word naming a kind of document, within one clause. */
const DOC_WORD = new RegExp(`^[^。！？!?；;，,:：]*?(?:${KINDS})`);
/** Another kind word right after one ("…活动方案策划书"). */
const DOC_NEXT = new RegExp(`^(?:${KINDS})`);

export const part: CutRule = {
  name: 'part',
  cut(ix: LineIndex, cuts: Cuts): void {
    const f = ix.f;
    if (!f.includes('篇')) return;
    for (const m of f.matchAll(COUNT)) {
      const end = (m.index ?? 0) + m[0].length;
      const start = runStart(ix, m.index ?? 0, cuts);
      if (end < f.length && end - start <= 60 && isCollectionHeading(f.slice(start, end))) {
        if (start > 0) cuts.add(start);
        cuts.add(end);
      }
    }
    for (const m of f.matchAll(PART)) {
      const at = m.index ?? 0;
      let end = at + m[0].length;
      // "篇一一、" — the last numeral opens the next heading.
      if (/^[、.]/.test(f.slice(end)) && ENDS_IN_NUMBER.test(m[0]) && m[0].length > 2) end--;
      const runFrom = m[0].startsWith('篇') ? titleStart(f, runStart(ix, at, cuts), at) : runStart(ix, at, cuts);
      const before = at - runFrom <= 60 ? f.slice(runFrom, at).trim() : '';
      if (m[0].startsWith('【') || (m[0].startsWith('篇') && isTitleLike(before + m[0]) && before.length > 0)) {
        const start = runFrom;
        if (start > 0) cuts.add(start);
        if (end < f.length) cuts.add(end);
      } else if (m[0].startsWith('第') && /[:：]$/.test(m[0])) {
        if (at > 0) cuts.add(at);
        titleEndCut(f, end, cuts);
      } else if (m[0].startsWith('篇') && (at === 0 || /[篇】)）\s。]/.test(f[at - 1] ?? ''))) {
        if (at > 0) cuts.add(at);
        titleEndCut(f, end, cuts);
      }
    }
  },
};

/**
 * Where the title that ends at a part marker ("…时间推进表：院青年志愿者协会 2013年1月20日创新联盟章程 创新工作计划篇五")
 * starts when its line break was lost: after the last colon or full date (a signature) before it, if what is left is
 * still a title.
 */
function titleStart(f: string, from: number, at: number): number {
  from = Math.max(from, at - 60);
  const run = f.slice(from, at);
  let best = from;
  for (const m of run.matchAll(/[:：]|\d{4}年\d{1,2}月\d{1,2}日/g)) {
    const start = from + (m.index ?? 0) + m[0].length;
    if (start < at && isTitleLike(`${f.slice(start, at).trim()}篇一`)) best = start;
  }
  return best;
}

/** After an opening part marker, the title runs to the first word naming a kind of document (…工作计划, …方案). */
function titleEndCut(f: string, from: number, cuts: Cuts): void {
  const m = DOC_WORD.exec(f.slice(from, from + 40));
  if (!m) return;
  let end = from + m.index + m[0].length;
  // "…活动方案策划书": a kind word may be followed by another.
  for (let more = DOC_NEXT.exec(f.slice(end)); more; more = DOC_NEXT.exec(f.slice(end))) end += more[0].length;
  const term = /^\s*[(（](?:试行|草案)[)）]/.exec(f.slice(end));
  if (term) end += term[0].length;
  if (end < f.length && !/^[:：。，,]/.test(f.slice(end))) cuts.add(end);
}
