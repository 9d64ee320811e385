/**
 * Group size, from the first statement in the plan about how many members a group has: "小组人数：6-8人" → 6–8,
 * "人数一般以4-6人为宜" → 4–6, "前后位四个同学为一组" → 4, "将五名学生分为一个小组" → 5, "最好不超过5人" → at most 5.
 * Counts of other things ("活动次数：六次") and of the whole class are not group sizes.
 */
import type { GroupSize } from './types.ts';
import { cnNumber } from './numerals.ts';
import { foldAscii } from './normalize.ts';

const N = '(\\d{1,2}|[一二两三四五六七八九十]{1,2})';
const DASH = '\\s*[-—–~～∼〜至到]\\s*';
const GROUPISH = /组|成员|人数|团体|团队|每队|队员|\bteams?\b|\bgroups?\b/i;
/** Seats, quotas and panels are counted in people too, but are no group that works together ("理事会…暂定5-9人"). */
const NOT_A_GROUP = /席位|理事|名额|委员|评委|嘉宾|代表/;

/** English number words from two. */
const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

interface Rule {
  re: RegExp;
  size: (m: RegExpExecArray) => GroupSize | null;
  /** Whether the sentence around the match must be about groups. */
  needsGroup: boolean;
}

const RULES: Rule[] = [
  // A lower bound only: "每组不得少于8人" → at least 8.
  {
    re: new RegExp(`(?:不得少于|不少于|不低于|至少|最少|最低)\\s*${N}\\s*(?:人|名|个人)`, 'g'),
    size: (m) => atLeast(m[1]),
    needsGroup: true,
  },
  // A dash lost in a copy: "5 7人" is 5–7.
  {
    re: /(?<![\d.])(\d)\s+(\d{1,2})\s*(?:人|名)/g,
    size: (m) => range(m[1], m[2]),
    needsGroup: true,
  },
  // A field block's "人数:10人" (not the participants' total: 参加/参与/总人数).
  {
    re: new RegExp(`(?<![参与加总全班级校共])人数\\s*[:：]\\s*${N}\\s*(?:人|名)`, 'g'),
    size: (m) => exact(m[1]),
    needsGroup: false,
  },
  { re: new RegExp(`${N}${DASH}${N}\\s*(?:人|名)`, 'g'), size: (m) => range(m[1], m[2]), needsGroup: true },
  // "每队5或6人": either size.
  { re: new RegExp(`${N}\\s*或\\s*${N}\\s*(?:人|名)`, 'g'), size: (m) => range(m[1], m[2]), needsGroup: true },
  {
    re: new RegExp(`(?:不(?:得|能|可|应|宜)?超过|不多于|最多|至多|不超出)\\s*${N}\\s*(?:人|名|个人)`, 'g'),
    size: (m) => upTo(m[1]),
    needsGroup: true,
  },
  {
    re: new RegExp(
      `${N}\\s*(?:个|名|位)?\\s*(?:人|同学|学生|名学生|个同学|位同学|成员)\\s*(?:分)?(?:为|组成|结成|编为)?\\s*(?:一|1)\\s*(?:个)?\\s*(?:小)?组`,
      'g',
    ),
    size: (m) => exact(m[1]),
    needsGroup: false,
  },
  {
    re: new RegExp(`每(?:个)?(?:小)?组\\s*(?:由)?\\s*${N}\\s*(?:个|名|位)?\\s*(?:人|同学|学生|成员)`, 'g'),
    size: (m) => exact(m[1]),
    needsGroup: false,
  },
  {
    re: /(\d{1,2})\s*(?:-|–|—|to)\s*(\d{1,2})\s*(?:students|pupils|members|people|learners)\b/gi,
    size: (m) => range(m[1], m[2]),
    needsGroup: false,
  },
  // "groups of 3-4", and a choice listed out: "groups of 2, 3, or 4" → 2–4.
  {
    re: /(?:groups?\s+of|teams?\s+of)\s*(?:approximately|about|around|roughly)?\s*(\d{1,2})(?:\s*(?:-|–|—|to)\s*(\d{1,2})|(?:\s*,\s*\d{1,2})*\s*,?\s+or\s+(\d{1,2}))?/gi,
    size: (m) => (m[2] || m[3] ? range(m[1], m[2] ?? m[3]) : exact(m[1])),
    needsGroup: false,
  },
  // Members counted by role: "团队由一名团队负责人和三名队员组成", "每组由1名组长和4名组员组成" → 1 + 3, 1 + 4.
  {
    re: new RegExp(
      `由\\s*${N}\\s*(?:名|位|个)[^，,。；;和与及]{1,8}(?:和|与|及|、)\\s*${N}\\s*(?:名|位|个)[^，,。；;]{1,8}?(?:组成|构成)`,
      'g',
    ),
    size: (m) => {
      const a = num(m[1]);
      const b = num(m[2]);
      return a !== null && b !== null ? exact(String(a + b)) : null;
    },
    needsGroup: true,
  },
  // …and with a bound on the rest: "学生团队包括1名负责人和不超过4名的团队成员" → at most 1 + 4.
  {
    re: new RegExp(
      `(?:由|包括|包含)\\s*${N}\\s*(?:名|位|个)[^，,。；;和与及]{1,8}(?:和|与|及|、)\\s*(?:不超过|不多于|至多|最多)\\s*${N}\\s*(?:名|位|个)`,
      'g',
    ),
    size: (m) => {
      const a = num(m[1]);
      const b = num(m[2]);
      return a !== null && b !== null ? upTo(String(a + b)) : null;
    },
    needsGroup: true,
  },
  // "Divide students into pairs", "work in pairs", "Form pairs": groups of two.
  {
    re: /\b(?:into|in)\s+pairs\b|\bpair up\b|\bform pairs\b/gi,
    size: () => ({ min: 2, max: 2 }),
    needsGroup: false,
  },
  // "groups of three", "teams of four or five".
  {
    re: /\b(?:groups?|teams?)\s+of\s+(two|three|four|five|six|seven|eight)(?:\s+(?:or|to)\s+(two|three|four|five|six|seven|eight))?\b/gi,
    size: (m) => {
      const a = WORDS.indexOf((m[1] ?? '').toLowerCase()) + 2;
      const b = m[2] ? WORDS.indexOf(m[2].toLowerCase()) + 2 : a;
      return a <= b ? { min: a, max: b } : null;
    },
    needsGroup: false,
  },
  // "a three-person team", "4-person groups".
  {
    re: /\b(two|three|four|five|six|seven|eight|\d)[- ](?:person|member|student)\s+(?:teams?|groups?)\b/gi,
    size: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      const n = /\d/.test(w) ? Number(w) : WORDS.indexOf(w) + 2;
      return n >= 2 ? { min: n, max: n } : null;
    },
    needsGroup: false,
  },
  // A field: "Team Size: 4 Members", "Group size: 5-6 students".
  {
    re: /\b(?:team|group)\s+size\s*[:：]?\s*(\d{1,2})(?:\s*(?:-|–|—|to)\s*(\d{1,2}))?/gi,
    size: (m) => (m[2] ? range(m[1], m[2]) : exact(m[1])),
    needsGroup: false,
  },
  {
    re: /(?:no more than|at most|up to|maximum of)\s*(\d{1,2})\s*(?:students|pupils|members|people)/gi,
    size: (m) => upTo(m[1]),
    // …of a team or group, not of a board ("a maximum of 9 members serve on the board").
    needsGroup: true,
  },
  // "Minimum 2 members and Maximum 4 members are allowed in a team."
  {
    re: /\bmin(?:imum)?\s*(?:of\s*)?(\d{1,2})\s*(?:members|students|people|persons)?\s*(?:and|,|;)\s*(?:a\s+)?max(?:imum)?\s*(?:of\s*)?(\d{1,2})\s*(?:members|students|people|persons)\b/gi,
    size: (m) => range(m[1], m[2]),
    needsGroup: true,
  },
  // "Teams have a maximum size of 3", "maximum team size is 4".
  {
    re: /\b(?:(?:teams?|groups?)\s+(?:have|has|are)\s+a\s+max(?:imum)?\s+size\s+of|max(?:imum)?\s+(?:team|group)\s+size\s*(?:is|of|[:：])?)\s*(\d{1,2})\b/gi,
    size: (m) => upTo(m[1]),
    needsGroup: false,
  },
  {
    re: new RegExp(
      `(?:小组|组员|每组|每个小组|各组)人数\\s*[:：]?\\s*(?:一般)?\\s*(?:为|是|以)?\\s*${N}\\s*(?:人|名)`,
      'g',
    ),
    size: (m) => exact(m[1]),
    needsGroup: false,
  },
];

/** An example illustrates; it is not the plan's rule ("e.g. a team of 4", "例如4人一组"). */
const EXAMPLE = /\b(?:e\.g\.|for example|for instance|such as|example)|例如|比如|举例|譬如/i;

export function extractGroupSize(sentences: string[]): GroupSize | null {
  for (const raw of sentences) {
    const s = foldAscii(raw);
    if (EXAMPLE.test(s)) continue;
    let best: { at: number; size: GroupSize } | null = null;
    for (const rule of RULES) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) {
        if (rule.needsGroup && !GROUPISH.test(s)) continue;
        // The clause of the number and the one before it say what is counted.
        if (NOT_A_GROUP.test(clauses(s, m.index, 2) + m[0])) continue;
        if (/次|天|周|课时|分钟|小时|年级|班/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
        const size = rule.size(m);
        if (size && (!best || m.index < best.at)) best = { at: m.index, size };
      }
    }
    if (best) return best.size;
  }
  return null;
}

/** The text before `at` back to the start of the `n`th clause (clauses end at commas and stops, folded to ASCII). */
function clauses(s: string, at: number, n: number): string {
  let from = at;
  for (let k = 0; k < n && from > 0; k++) {
    from--;
    while (from > 0 && !/[,;.。]/.test(s[from - 1] ?? '')) from--;
  }
  return s.slice(from, at);
}

function num(s: string | undefined): number | null {
  const n = cnNumber(s ?? '');
  return n !== null && n >= 1 && n <= 60 ? n : null;
}
function range(a?: string, b?: string): GroupSize | null {
  const x = num(a),
    y = num(b);
  return x !== null && y !== null && x <= y && y <= 20 ? { min: x, max: y } : null;
}
function atLeast(a?: string): GroupSize | null {
  const x = num(a);
  return x !== null && x >= 2 && x <= 20 ? { min: x, max: null } : null;
}
function upTo(a?: string): GroupSize | null {
  const x = num(a);
  return x !== null && x <= 20 ? { min: null, max: x } : null;
}
function exact(a?: string): GroupSize | null {
  const x = num(a);
  return x !== null && x >= 2 && x <= 20 ? { min: x, max: x } : null;
}
