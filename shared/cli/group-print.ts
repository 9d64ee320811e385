/** --out FILE.html: the printable views of a grouping the CLI has formed, as one document (shared/print). */
import type { Grouping } from '../grouping/types.ts';
import type { Lang } from '../i18n/localized.ts';
import type { Student } from '../roster/types.ts';
import {
  classFromGrouping,
  groupCardsView,
  groupListView,
  type PrintView,
  printDocument,
  type RoomShape,
  seatingChartView,
} from '../print/index.ts';

export const PRINT_KINDS = ['list', 'cards', 'seating'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

/** "list,cards" → the kinds, in the order given; null when a name is not one of them. */
export const parsePrintKinds = (text: string): PrintKind[] | null => {
  const names = text
    .split(/[,，、\s]+/u)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const kinds = names.filter((n): n is PrintKind => (PRINT_KINDS as readonly string[]).includes(n));
  return kinds.length === names.length && kinds.length > 0 ? [...new Set(kinds)] : null;
};

/** "3x4" (also 3×4, 3*4) → 3 rows of 4 groups. */
export const parseRoom = (text: string): RoomShape | null => {
  const m = /^\s*(\d{1,2})\s*[x×*]\s*(\d{1,2})\s*$/iu.exec(text);
  if (!m) return null;
  const rows = Number(m[1]);
  const cols = Number(m[2]);
  return rows >= 1 && cols >= 1 ? { rows, cols } : null;
};

export const printGrouping = (
  grouping: Grouping,
  students: readonly Student[],
  lang: Lang,
  opts: { kinds: readonly PrintKind[]; room?: RoomShape; className: string; date: string },
): { html: string; views: PrintView[] } => {
  const klass = classFromGrouping(grouping, students, { className: opts.className, date: opts.date });
  const views = opts.kinds.map((k) =>
    k === 'list'
      ? groupListView(klass, lang)
      : k === 'cards'
        ? groupCardsView(klass, lang)
        : seatingChartView(klass, lang, opts.room),
  );
  return { html: printDocument(views, lang), views };
};
