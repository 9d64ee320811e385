/** Parsing of the groups CLI's option values: --balance, --previous (--mix is shared/settings/mix.ts). Pure, so it is unit-tested directly. */
import Papa from 'papaparse';
import type { BalanceWeights } from '../grouping/types.ts';
import type { PreviousMember } from '../roster/previous.ts';
import type { Localized } from '../i18n/localized.ts';
import { normalizeHeader } from '../roster/index.ts';

const KEYS: Record<string, 'total' | 'subjects' | 'gender'> = {
  total: 'total',
  score: 'total',
  总分: 'total',
  成绩: 'total',
  subjects: 'subjects',
  subject: 'subjects',
  各科: 'subjects',
  学科: 'subjects',
  gender: 'gender',
  sex: 'gender',
  性别: 'gender',
};

/**
 * "total,subjects,gender,性格=0.5" → weights. What is listed is balanced (weight 1 unless given), what is not
 * listed is not; any other name is a categorical column of the roster (checked against it by the caller).
 */
export function parseBalance(text: string): { weights: BalanceWeights } | { error: Localized } {
  const weights: BalanceWeights = { total: 0, subjects: 0, gender: 0, attributes: {} };
  for (const item of text
    .split(/[,，、]/u)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, w] = item.split('=').map((s) => s.trim());
    const weight = w === undefined ? 1 : Number(w);
    if (!name || !Number.isFinite(weight) || weight < 0)
      return {
        error: {
          zh: `--balance 里的“${item}”应写成名称或 名称=权重（权重是不小于 0 的数）。`,
          en: `--balance: "${item}" should be a name or name=weight (weight a number ≥ 0).`,
        },
      };
    const key = KEYS[name.toLowerCase()];
    if (key) weights[key] = weight;
    else weights.attributes[name] = weight;
  }
  return { weights };
}

type Previous = { ok: true; groups: PreviousMember[][] } | { ok: false; message: Localized };

const text = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

/**
 * An earlier grouping: the CLI's own --json output, or a CSV with a student column (id or name) and a group
 * column, as members per group. matchPrevious (shared/roster/previous.ts) decides who they are in this roster.
 */
export function parsePrevious(input: string): Previous {
  const trimmed = input.replace(/^\uFEFF/u, '').trim();
  if (trimmed.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch {
      return bad('上次分组的 JSON 文件格式不对。', 'The previous grouping is not valid JSON.');
    }
    const groups = (doc as { groups?: unknown }).groups;
    if (!Array.isArray(groups))
      return bad('上次分组的 JSON 里没有 "groups"。', 'The previous grouping JSON has no "groups" list.');
    return {
      ok: true,
      groups: groups.map((g) => {
        const members = (g as { members?: unknown }).members;
        return (Array.isArray(members) ? (members as { id?: unknown; name?: unknown }[]) : []).map((m) => ({
          id: text(m.id),
          name: text(m.name),
        }));
      }),
    };
  }
  const rows = Papa.parse<string[]>(trimmed.replace(/\r\n?/gu, '\n'), { skipEmptyLines: 'greedy' }).data;
  const header = (rows[0] ?? []).map((h) => normalizeHeader(h));
  const groupCol = header.findIndex((h) => ['组', '组别', '组名', '小组', '分组', 'group', 'groupname'].includes(h));
  const idCol = header.findIndex((h) => ['学号', '编号', 'id', 'studentid'].includes(h));
  const nameCol = header.findIndex((h) => ['姓名', '名字', 'name'].includes(h));
  if (groupCol < 0 || (idCol < 0 && nameCol < 0))
    return bad(
      '上次分组的 CSV 需要“组”列和“学号”或“姓名”列。',
      'The previous grouping CSV needs a "Group" column and an "ID" or "Name" column.',
    );
  const byGroup = new Map<string, PreviousMember[]>();
  for (const r of rows.slice(1)) {
    const g = (r[groupCol] ?? '').trim();
    if (!g) continue;
    const member = { id: idCol >= 0 ? r[idCol] : undefined, name: nameCol >= 0 ? r[nameCol] : undefined };
    byGroup.set(g, [...(byGroup.get(g) ?? []), member]);
  }
  return { ok: true, groups: [...byGroup.values()] };
}

const bad = (zh: string, en: string): Previous => ({ ok: false, message: { zh, en } });
