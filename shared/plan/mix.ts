/** The ability mix a plan states for its groups: "按照2:2(每组…)" → [2,2], "2:2:2" → [2,2,2]. Clock times are not mixes. */
import { foldAscii } from './normalize.ts';

const MIX = /(?<![\d:])(\d)\s*[:：]\s*(\d)(?:\s*[:：]\s*(\d))?(?:\s*[:：]\s*(\d))?(?![\d:])/;
const CONTEXT = /组|搭配|优|中|差|学困|层次|比例|成员/;

export function extractMix(sentences: string[]): number[] | null {
  for (const raw of sentences) {
    const s = foldAscii(raw);
    const m = MIX.exec(s);
    if (m && CONTEXT.test(s)) {
      const parts = [m[1], m[2], m[3], m[4]].filter((x): x is string => x !== undefined).map(Number);
      if (parts.every((p) => p >= 1 && p <= 6)) return parts;
    }
  }
  return null;
}
