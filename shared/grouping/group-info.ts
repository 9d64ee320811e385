/**
 * 小组信息 / Group details: the small table in the 分组 sheet where a teacher writes each group's name (组名), motto
 * (组训) and goal (目标) — what class plans ask every group for. Huzhu writes it with the groups' sheet names and
 * empty cells; the print views read it back (a group card shows them). Pure: no Apps Script.
 */
import type { Lang } from '../i18n/localized.ts';
import { safeText } from '../sheet-text.ts';

/** Name, motto and goal a teacher set for a group, by the group's sheet name ('' when not set). */
export interface GroupInfo {
  title: string;
  motto: string;
  goal: string;
}

const HEAD = {
  zh: ['小组', '组名', '组训', '目标'],
  en: ['Group', 'Team name', 'Motto', 'Goal'],
} as const;

const TITLE = {
  zh: '小组信息（可在这里填写组名、组训和目标，打印小组卡片时会印上）',
  en: 'Group details (write each group’s name, motto and goal here: the printed group cards show them)',
} as const;

/** The section's rows: a title, the header, one row per group with its sheet name and empty cells to fill in. */
export const groupInfoRows = (groupNames: readonly string[], lang: Lang): string[][] => [
  [TITLE[lang]],
  [...HEAD[lang]],
  ...groupNames.map((n) => [safeText(n), '', '', '']),
];

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** The table read back (whichever language wrote it), by the group's sheet name; empty when there is none. */
export const sheetToGroupInfo = (values: readonly (readonly unknown[])[]): Map<string, GroupInfo> => {
  const info = new Map<string, GroupInfo>();
  const start = values.findIndex((r) =>
    (['zh', 'en'] as const).some((l) => cellText(r[0]) === HEAD[l][0] && cellText(r[1]) === HEAD[l][1]),
  );
  if (start < 0) return info;
  for (const r of values.slice(start + 1)) {
    const name = cellText(r[0]);
    if (name === '') break;
    info.set(name, { title: cellText(r[1]), motto: cellText(r[2]), goal: cellText(r[3]) });
  }
  return info;
};
