/**
 * What the printable views are made from: plain data, whatever surface it came from (a grouping the CLI just
 * formed, or the 分组 sheet the add-on reads back), and what a view hands back (a titled piece of HTML with its CSS).
 */
import type { Lang } from '../i18n/localized.ts';

export type Gender = 'M' | 'F' | null;

export interface PrintMember {
  id: string;
  name: string;
  /** The role as the 分组 sheet shows it ("组长", "数学组长、记录员"), '' for none. */
  role: string;
  gender: Gender;
}

export interface PrintGroup {
  /** The group as the sheet names it (第1组 / Group 1). */
  name: string;
  /** What the group calls itself (组名), its motto (组训) and goal (目标): '' until the teacher sets them. */
  title: string;
  motto: string;
  goal: string;
  members: PrintMember[];
  /** Seats front row first, as member ids (null = an empty seat): seating.ts's front/back layout. */
  seating: (string | null)[][];
}

export interface ClassGroups {
  /** Where the grouping came from, for the heading (the class or roster's name); may be ''. */
  className: string;
  /** The local date it was printed or formed, e.g. 2026-11-23. */
  date: string;
  groups: PrintGroup[];
}

/** Which way the paper goes; 'screen' is the projector view (one 16:9 screen, no paper). */
export type PageShape = 'portrait' | 'landscape' | 'screen';

/** A printable view: its CSS and body, ready for a dialog or a whole document (printDocument). */
export interface PrintView {
  lang: Lang;
  title: string;
  shape: PageShape;
  css: string;
  body: string;
}
