/**
 * The one place where the grouping's typed conflicts, notices and broken rules become words, in the teacher's
 * language only (zh or en, never both in one sentence). Students are named by name; the id follows only where two
 * students in the class share a name. The CLI and the add-on both print what this returns.
 */
import type { Lang } from '../i18n/localized.ts';
import type { BrokenRule, Conflict, Notice, RuleRef, StudentRef } from './types.ts';

const who = (s: StudentRef, lang: Lang): string =>
  s.homonym ? (lang === 'zh' ? `${s.name}（${s.id}）` : `${s.name} (${s.id})`) : s.name;

/** 王明、李华和张伟 / Wang, Li and Zhang; long lists end with ……/… and the count. */
function names(list: readonly StudentRef[], lang: Lang, max = 10): string {
  const shown = list.slice(0, max).map((s) => who(s, lang));
  if (list.length > max) return lang === 'zh' ? `${shown.join('、')}等` : `${shown.join(', ')} and others`;
  if (shown.length < 2) return shown.join('');
  const last = shown[shown.length - 1];
  const head = shown.slice(0, -1);
  return lang === 'zh' ? `${head.join('、')}和${last}` : `${head.join(', ')} and ${last}`;
}

const groupZh = (g: number): string => `第${g}组`;

/** One rule of a minimal conflict, in words. */
function ruleText(r: RuleRef, lang: Lang): string {
  switch (r.kind) {
    case 'apart':
      return lang === 'zh'
        ? `${who(r.a, lang)}和${who(r.b, lang)}不同组`
        : `${who(r.a, lang)} and ${who(r.b, lang)} apart`;
    case 'together':
      return lang === 'zh'
        ? `${who(r.a, lang)}和${who(r.b, lang)}同组`
        : `${who(r.a, lang)} and ${who(r.b, lang)} together`;
    case 'pin':
      return lang === 'zh'
        ? `${who(r.student, lang)}固定在${groupZh(r.group)}`
        : `${who(r.student, lang)} in group ${r.group}`;
    case 'mix':
      return lang === 'zh' ? `每组按${r.mix}搭配` : `every group mixed ${r.mix}`;
  }
}

/** Keep-apart pairs of a conflict, told per student: 王明不能和李华、张伟同组. */
function apartByStudent(rules: readonly RuleRef[], lang: Lang): string[] {
  const partners = new Map<string, { s: StudentRef; others: StudentRef[] }>();
  for (const r of rules) {
    if (r.kind !== 'apart') continue;
    const e = partners.get(r.a.id) ?? { s: r.a, others: [] };
    e.others.push(r.b);
    partners.set(r.a.id, e);
  }
  return [...partners.values()].map(({ s, others }) =>
    lang === 'zh'
      ? `${who(s, lang)}不能和${others.map((o) => who(o, lang)).join('、')}同组`
      : `${who(s, lang)} must not be with ${names(others, lang)}`,
  );
}

function sizesText(sizes: readonly number[], lang: Lang): string {
  let lo = Infinity;
  let hi = 0;
  for (const s of sizes) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const each = lo === hi ? `${lo}` : `${lo}–${hi}`;
  return lang === 'zh' ? `全班分${sizes.length}个组、每组${each}人` : `${sizes.length} groups of ${each}`;
}

export function explainConflict(c: Conflict, lang: Lang): string {
  const zh = lang === 'zh';
  switch (c.kind) {
    case 'no-students':
      return zh ? '名单里没有学生。' : 'The roster has no students.';
    case 'size-invalid':
      return zh
        ? `每组人数必须是至少1的整数（现在是${c.size}）。`
        : `Group size must be a whole number of at least 1 (got ${c.size}).`;
    case 'groups-invalid':
      return zh
        ? `组数必须是1到${c.students}之间的整数（现在是${c.groups}）。`
        : `The number of groups must be a whole number from 1 to ${c.students} (got ${c.groups}).`;
    case 'mix-invalid':
      return zh
        ? `搭配比例必须是正整数，如2:1:1（现在是${c.mix.join(':')}）。`
        : `The mix must be whole numbers such as 2:1:1 (got ${c.mix.join(':')}).`;
    case 'duplicate-id':
      return zh ? `学号${c.id}出现了不止一次。` : `The id ${c.id} appears more than once.`;
    case 'pin-out-of-range':
      return zh
        ? `${who(c.student, lang)}被指定到${groupZh(c.group)}，但只有${c.groups}个组：请改成1到${c.groups}之间的组号，或清空。`
        : `${who(c.student, lang)} is pinned to group ${c.group}, but there are only ${c.groups} groups: use a group number from 1 to ${c.groups}, or clear it.`;
    case 'together-too-large':
      return zh
        ? `${names(c.students, lang)}必须同组，共${c.students.length}人，但${c.group ? groupZh(c.group) : '一组'}最多${c.limit}人：请拆开“同组”要求或把组调大。`
        : `${names(c.students, lang)} must all be together (${c.students.length} students), but ${c.group ? `group ${c.group}` : 'a group'} holds at most ${c.limit}: split the keep-together rule or use larger groups.`;
    case 'together-apart':
      return zh
        ? `${who(c.a, lang)}和${who(c.b, lang)}要分开，但“同组”要求把他们连在一起（${c.chain.map((s) => who(s, lang)).join('—')}）：请删掉其中一条。`
        : `${who(c.a, lang)} and ${who(c.b, lang)} must be apart, but keep-together rules link them (${c.chain.map((s) => who(s, lang)).join('–')}): remove one of the rules.`;
    case 'together-pins':
      return zh
        ? `${names(c.students, lang)}必须同组，但被指定到不同的组（${c.groups.map(groupZh).join('、')}）。`
        : `${names(c.students, lang)} must be together but are pinned to different groups (${c.groups.join(', ')}).`;
    case 'pin-overfull':
      return zh
        ? `${groupZh(c.group)}只有${c.places}个位置，却有${c.students.length}人被指定（或随“同组”要求）到这一组：${names(c.students, lang)}。`
        : `Group ${c.group} has ${c.places} places but ${c.students.length} students are pinned (or tied by keep-together) to it: ${names(c.students, lang)}.`;
    case 'pin-apart':
      return zh
        ? `${who(c.a, lang)}和${who(c.b, lang)}要分开，却都被指定到${groupZh(c.group)}。`
        : `${who(c.a, lang)} and ${who(c.b, lang)} must be apart but are both pinned to group ${c.group}.`;
    case 'mix-impossible':
      return zh
        ? `${names(c.students, lang)}都在第${c.band}档（按总分）${c.group ? `并被指定到${groupZh(c.group)}` : '又必须同组'}，但按${c.mix}搭配一组最多${c.cap}人来自这一档。`
        : `${names(c.students, lang)} are all in ability band ${c.band} (by total) and ${c.group ? `pinned to group ${c.group}` : 'must be together'}, but the ${c.mix} mix allows at most ${c.cap} from that band in a group.`;
    case 'apart-clique':
      return zh
        ? `${names(c.students, lang)}这${c.students.length}人两两不能同组，但全班只有${c.groups}个组：请删掉其中一条“不同组”要求，或多分一个组。`
        : `${names(c.students, lang)}: these ${c.students.length} students must all be apart from each other, but there are only ${c.groups} groups. Remove one of their keep-apart rules or make another group.`;
    case 'rules-conflict': {
      const parts = [
        ...apartByStudent(c.rules, lang),
        ...c.rules.filter((r) => r.kind !== 'apart').map((r) => ruleText(r, lang)),
      ];
      return zh
        ? `${sizesText(c.sizes, lang)}时，这几条要求不能同时满足：${parts.join('；')}。去掉其中任何一条，其余的就能满足。`
        : `With ${sizesText(c.sizes, lang)}, these rules cannot all hold: ${parts.join('; ')}. Drop any one of them and the rest can.`;
    }
    case 'rules-broken':
      return zh
        ? `分组没有通过最后的检查，所以没有给出（这是程序的问题，请反馈）：${c.broken.map((b) => explainBroken(b, lang)).join('；')}。`
        : `The grouping failed its final check, so it was withheld (a fault in the program, please report it): ${c.broken.map((b) => explainBroken(b, lang)).join('; ')}.`;
    case 'not-decided':
      return zh
        ? `${c.students}名学生的“不同组/同组/固定组”要求太多，没能在限定的计算量内判断能否同时满足：请减少一些要求，或分批分组。`
        : `With ${c.students} students and this many keep-apart/keep-together/pinned rules, the check could not decide within its budget whether they can all hold: remove some rules, or group the class in parts.`;
  }
}

export function explainNotice(w: Notice, lang: Lang): string {
  const zh = lang === 'zh';
  switch (w.kind) {
    case 'missing-totals':
      return zh
        ? `${w.students.length}名学生没有总分，按全班中位数参与分档：${names(w.students, lang)}。`
        : `${w.students.length} students have no total and were banded at the class median: ${names(w.students, lang)}.`;
    case 'gender-off':
      return zh
        ? `男女比例没能在每组都做到（受同组/指定组/分档要求限制）：${w.deviations}处偏差。`
        : `The gender balance could not hold in every group (limited by keep-together, pinned or mix rules): ${w.deviations} deviations.`;
    case 'mix-not-applied':
      return zh
        ? w.groups === 1
          ? `只有1个组（${w.size}人），${w.mix}能力搭配不适用，没有按它分档。`
          : `每组只有${w.size}人，放不下${w.mix}搭配的每一档，按比例尽量搭配。`
        : w.groups === 1
          ? `There is only one group (${w.size} students), so the ${w.mix} ability mix does not apply.`
          : `Groups of ${w.size} cannot hold every band of the ${w.mix} mix; the bands are shared out as evenly as possible.`;
    case 'size-over-class':
      return zh
        ? `全班只有${w.students}人，不到每组${w.size}人：分成了1组。`
        : `The class has only ${w.students} students, fewer than a group of ${w.size}: they form one group.`;
    case 'rounds-capped':
      return zh
        ? `轮换最多${w.max}轮（要求的是${w.asked}轮）：只排了${w.max}轮。`
        : `Rotation is limited to ${w.max} rounds (${w.asked} were asked for): ${w.max} rounds were formed.`;
    case 'stopped-early':
      return zh
        ? `${w.round > 1 ? `第${w.round}轮` : ''}这次计算用时太长，提前停了：同样的设置再分一次，分组可能不一样。`
        : `${w.round > 1 ? `Round ${w.round}: ` : ''}the work was stopped early because it took far too long: forming the groups again with the same settings may give different ones.`;
  }
}

export function explainBroken(b: BrokenRule, lang: Lang): string {
  const zh = lang === 'zh';
  switch (b.kind) {
    case 'apart':
      return zh
        ? `${who(b.a, lang)}和${who(b.b, lang)}要分开，却都在${groupZh(b.group)}`
        : `${who(b.a, lang)} and ${who(b.b, lang)} must be apart but are both in group ${b.group}`;
    case 'together':
      return zh
        ? `${who(b.a, lang)}和${who(b.b, lang)}要同组，却不在一起`
        : `${who(b.a, lang)} and ${who(b.b, lang)} must be together but are not`;
    case 'pin':
      return zh
        ? `${who(b.student, lang)}指定在${groupZh(b.group)}，却在${b.placed ? groupZh(b.placed) : '别处'}`
        : `${who(b.student, lang)} is pinned to group ${b.group} but is in ${b.placed ? `group ${b.placed}` : 'none'}`;
    case 'mix':
      return zh
        ? `${groupZh(b.group)}的搭配是${b.counts.join(':')}，应为${b.quota.join(':')}`
        : `group ${b.group} is mixed ${b.counts.join(':')} instead of ${b.quota.join(':')}`;
    case 'sizes':
      return zh
        ? `各组人数相差超过1人（${b.sizes.join('、')}）`
        : `group sizes differ by more than one (${b.sizes.join(', ')})`;
    case 'placed':
      return zh
        ? `${who(b.student, lang)}${b.times === 0 ? '没有分到组' : `被分到了${b.times}个组`}`
        : `${who(b.student, lang)} is in ${b.times === 0 ? 'no group' : `${b.times} groups`}`;
    case 'unknown-member':
      return zh ? `分组里有名单上没有的学号${b.id}` : `the grouping holds ${b.id}, who is not on the roster`;
    case 'gender': {
      const g = zh
        ? { M: '男生', F: '女生', '?': '未填性别的学生' }[b.gender]
        : { M: 'boys', F: 'girls', '?': 'students without a gender' }[b.gender];
      return zh
        ? `${groupZh(b.group)}有${b.count}名${g}，应为${b.min}–${b.max}名`
        : `group ${b.group} has ${b.count} ${g}, ${b.min}–${b.max} expected`;
    }
  }
}

/** A refusal as a surface shows it: one heading and one line per conflict. */
export function explainRefusal(conflicts: readonly Conflict[], lang: Lang): { heading: string; lines: string[] } {
  return {
    heading: lang === 'zh' ? '还没有分组：' : 'No groups were formed:',
    lines: conflicts.map((c) => explainConflict(c, lang)),
  };
}
