/**
 * Scoring rules: the categories groups are scored on ("对每个小组的学习、纪律、卫生情况进行评比" → 学习, 纪律, 卫生) and a
 * badge exchange ("每得到20分，就可以换一月亮" → 月亮 every 20 points), with the sentences they came from.
 */
import type { PlanScoring } from './types.ts';
import { foldAscii } from './normalize.ts';

const CATEGORIES =
  /(?:对|就|从)(?:每个|各个?|全班)?(?:学习)?小组(?:成员)?(?:的|在)?([\u4e00-\u9fa5、，,和及与]{2,40}?)(?:等)?(?:各)?(?:方面|情况|表现)*(?:进行|开展)?(?:评比|评价|考核|打分|量化|积分|加分)/;
const BADGE =
  /每(?:得到|获得|得|积|满|攒够?|累计|达到)\s*(\d{1,4})\s*分\s*[，,]?\s*(?:就|便|即)?(?:可以|可|能)?(?:换|兑换|换取|获得|得到|奖励)\s*(?:一|1)?\s*(?:个|枚|颗|张|面|朵)?\s*[“"「『]?([\u4e00-\u9fa5]{1,4}?)[”"」』]?(?=[。，,！!；;\s]|$)/;
/** A rule stated plainly: a category, then what earns or costs points ("学习：上课积极发言加2分", "纪律方面，迟到扣1分"). */
const PLAIN_RULE =
  /^([\u4e00-\u9fa5]{2,4}?)(?:方面|类|项)?\s*[:：，,](?=.*(?:[加扣减奖罚]\s*\d+(?:\.\d+)?\s*分|[+-]\s*\d+(?:\.\d+)?\s*分))/;

export function extractScoring(sentences: string[]): PlanScoring | undefined {
  let categories: string[] = [];
  let badge: PlanScoring['badge'] = null;
  const rules: string[] = [];
  const plainCategories: string[] = [];
  for (const raw of sentences) {
    const s = foldAscii(raw);
    const c = categories.length === 0 ? CATEGORIES.exec(s) : null;
    if (c) {
      const list = (c[1] ?? '')
        .split(/[、，,和及与]/)
        .map((x) => x.trim())
        .filter((x) => x.length >= 2 && x.length <= 6);
      if (list.length >= 2) {
        categories = list;
        rules.push(raw.trim());
      }
    }
    const plain = PLAIN_RULE.exec(s);
    if (plain) {
      const name = plain[1] ?? '';
      if (!plainCategories.includes(name)) plainCategories.push(name);
      if (!rules.includes(raw.trim())) rules.push(raw.trim());
    }
    const b: RegExpExecArray | null = badge ? null : BADGE.exec(s);
    if (b) {
      badge = { name: b[2] ?? '', every: Number(b[1]) };
      if (!rules.includes(raw.trim())) rules.push(raw.trim());
    }
  }
  // Categories named by two or more plainly stated rules, when no sentence lists them.
  if (categories.length === 0 && plainCategories.length >= 2) categories = plainCategories;
  if (categories.length === 0 && !badge && rules.length === 0) return undefined;
  return { categories, badge, rules };
}
