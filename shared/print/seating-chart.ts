/**
 * 教室座位图 / Classroom seating chart: the whole room on one A4 landscape page. The teacher's desk (讲台) at the
 * front (top of the page), the groups as desk clusters in rows × columns with aisles between them, each cluster
 * laid out front/back as seating.ts seats a group (subject leaders and the leader in the middle). Sizes are worked
 * out from the room's shape and the longest name, so the names are as large as the page allows.
 */
import type { Lang } from '../i18n/localized.ts';
import { html, raw } from './html.ts';
import { contentBox } from './page.ts';
import { clamp, classLine, ems, groupTitle, mm, widest } from './text.ts';
import type { ClassGroups, PrintGroup, PrintView } from './types.ts';

export interface RoomShape {
  /** Rows of desk clusters, front to back. */
  rows: number;
  /** Clusters in each row. */
  cols: number;
}

/** Most columns of clusters a room can have on one page and still be read. */
export const MAX_ROOM_COLS = 8;

/** A room for `groups` clusters: the teacher's shape if it holds them all, else the usual 3–4 across. */
export const roomShape = (groups: number, wanted?: Partial<RoomShape>): RoomShape => {
  const n = Math.max(1, groups);
  const cols = clamp(Math.floor(wanted?.cols ?? (n <= 3 ? n : n <= 6 ? 3 : 4)), 1, MAX_ROOM_COLS);
  const rows = Math.max(Math.floor(wanted?.rows ?? 1), Math.ceil(n / cols), 1);
  return { rows, cols };
};

const T = {
  zh: {
    title: '教室座位图',
    desk: '讲台',
    front: '教室前面',
    empty: '空位',
    note: '每组前排靠近讲台；学科组长和组长坐在中间。',
  },
  en: {
    title: 'Classroom seating',
    desk: "Teacher's desk",
    front: 'front of the room',
    empty: 'empty',
    note: "Each group's front row is nearer the desk; subject leaders and the leader sit in the middle.",
  },
} as const;

const AISLE_COL = 9;
const AISLE_ROW = 6;

const CSS = `.hz-seating .hz-page { display: flex; flex-direction: column; }
.hz-seating .hz-top { display: flex; align-items: baseline; justify-content: space-between; height: 8mm; }
.hz-seating .hz-top h1 { font-size: 6mm; }
.hz-seating .hz-top p { font-size: 3.4mm; }
.hz-seating .hz-desk { margin: 1mm auto 4mm; width: 70mm; height: 11mm; border: 0.5mm solid #000; border-radius: 1.5mm; display: flex; align-items: center; justify-content: center; font-size: 5mm; font-weight: 700; background: #eee; }
.hz-seating .hz-desk small { font-size: 3.2mm; font-weight: normal; margin-left: 2mm; }
.hz-seating .hz-room { display: grid; }
.hz-seating .hz-cluster { display: flex; flex-direction: column; min-width: 0; }
.hz-seating .hz-cluster h2 { text-align: center; line-height: 1.3; overflow-wrap: anywhere; }
.hz-seating .hz-seats { display: grid; flex: 1 1 auto; border: 0.5mm solid #000; border-radius: 1.5mm; overflow: hidden; }
.hz-seating .hz-seat { border: 0.25mm solid #777; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; padding: 0.5mm; min-width: 0; min-height: 0; overflow: hidden; }
.hz-seating .hz-seat .hz-name { font-weight: 700; line-height: 1.1; overflow-wrap: anywhere; }
.hz-seating .hz-seat .hz-role { line-height: 1.15; overflow-wrap: anywhere; color: #333; }
.hz-seating .hz-seat.hz-empty { color: #999; background: repeating-linear-gradient(45deg, #fff, #fff 2mm, #f2f2f2 2mm, #f2f2f2 4mm); }
.hz-seating .hz-foot { font-size: 3mm; margin-top: 2mm; height: 4mm; }`;

interface SeatSize {
  seatCols: number;
  seatRows: number;
  seatW: number;
  seatH: number;
  /** The largest name size any seat gets (mm). */
  name: number;
  label: number;
}

/** The widest word of a text in ems (a name wraps only at spaces and hyphens). */
const widestWord = (s: string): number => widest(s.split(/[\s-]+/u).filter(Boolean), 0.5);

/**
 * A seat's type sizes: the name as large as the seat allows (on one line, or one line per word for a long Western
 * name), the role under it at half that, both within the seat's height.
 */
export const seatType = (name: string, role: string, s: SeatSize): { name: number; role: number } => {
  const width = s.seatW - 2;
  const lines = Math.max(1, name.split(/[\s-]+/u).filter(Boolean).length);
  const oneLine = width / ems(name);
  const f = clamp(
    oneLine >= s.name * 0.6 ? Math.min(s.name, oneLine) : Math.min(s.name, width / widestWord(name)),
    2,
    s.name,
  );
  const nameLines = f <= oneLine ? 1 : lines;
  const roleWords = role === '' ? 0 : role.split(/[\s,，、]+/u).filter(Boolean).length;
  let r = role === '' ? 0 : Math.min(f * 0.5, width / widestWord(role));
  // Keep name and role inside the seat: shrink both until they fit its height.
  const height = (fn: number, fr: number): number =>
    fn * 1.12 * nameLines + (fr ? fr * 1.2 * Math.min(roleWords, Math.ceil((ems(role) * fr) / width)) : 0) + 1.2;
  let fn = f;
  while (height(fn, r) > s.seatH * 0.9 && fn > 2) {
    fn *= 0.92;
    r *= 0.92;
  }
  return { name: fn, role: r };
};

const cluster = (g: PrintGroup, lang: Lang, size: SeatSize): string => {
  const byId = new Map(g.members.map((m) => [m.id, m]));
  const seats: string[] = [];
  for (let r = 0; r < size.seatRows; r++)
    for (let c = 0; c < size.seatCols; c++) {
      const id = g.seating[r]?.[c] ?? null;
      const m = id === null ? undefined : byId.get(id);
      const type = m ? seatType(m.name, m.role, size) : null;
      seats.push(
        m && type
          ? html`<div class="hz-seat" data-student-id="${m.id}"><span class="hz-name" style="font-size:${mm(type.name)}">${m.name}</span>${
              m.role ? html`<span class="hz-role" style="font-size:${mm(type.role)}">${m.role}</span>` : ''
            }</div>`.text
          : html`<div class="hz-seat hz-empty" style="font-size:${mm(size.name * 0.45)}">${T[lang].empty}</div>`.text,
      );
    }
  const title = groupTitle(g);
  return html`<section class="hz-cluster" data-group="${g.name}"><h2 style="font-size:${mm(size.label)}">${title}${
    title !== g.name ? ` · ${g.name}` : ''
  }</h2><div class="hz-seats" style="grid-template-columns:repeat(${size.seatCols},minmax(0,1fr));grid-template-rows:repeat(${size.seatRows},minmax(0,1fr))">${raw(seats.join(''))}</div></section>`
    .text;
};

export const seatingChartView = (c: ClassGroups, lang: Lang, wanted?: Partial<RoomShape>): PrintView => {
  const t = T[lang];
  const room = roomShape(c.groups.length, wanted);
  const page = contentBox('landscape');
  const roomHeight = page.height - 8 - 16 - 6 - 1;
  const clusterW = (page.width - AISLE_COL * (room.cols - 1)) / room.cols;
  const clusterH = (roomHeight - AISLE_ROW * (room.rows - 1)) / room.rows;
  // The widest cluster label on one line, at most 6 mm.
  const labels = c.groups.map((g) => (groupTitle(g) !== g.name ? `${groupTitle(g)} · ${g.name}` : g.name));
  const label = clamp(Math.min(clusterH * 0.11, (clusterW - 1) / widest(labels)), 2.6, 6);
  // Each cluster's seats fill it (a group of four gets 2 × 2 wide seats even when another group needs 2 × 3).
  // As large as a seat allows: a three-character name on one line, name and role within the seat's height;
  // each seat then fits its own name (seatType), so one long name does not shrink everyone's.
  const sizeOf = (g: PrintGroup): SeatSize => {
    const seatCols = Math.max(
      1,
      g.seating.reduce((w, r) => Math.max(w, r.length), 0),
    );
    const seatRows = Math.max(1, g.seating.length);
    const seatW = clusterW / seatCols;
    const seatH = (clusterH - label * 1.4) / seatRows;
    const name = clamp(Math.min((seatW - 2) / 3.2, seatH / 2.4, 10), 2.6, 10);
    return { seatCols, seatRows, seatW, seatH, name, label };
  };
  const cells: string[] = [];
  for (let i = 0; i < room.rows * room.cols; i++) {
    const g = c.groups[i];
    cells.push(g ? cluster(g, lang, sizeOf(g)) : '<div></div>');
  }
  const body = `<div class="hz-print hz-landscape hz-seating" lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><div class="hz-page">
${
  html`<header class="hz-top"><h1>${t.title}</h1><p class="hz-muted">${classLine(c)}</p></header>
<div class="hz-desk">${t.desk}<small>${lang === 'zh' ? `（${t.front}）` : `(${t.front})`}</small></div>`.text
}
<div class="hz-room" style="grid-template-columns:repeat(${room.cols},${mm(clusterW)});grid-template-rows:repeat(${room.rows},${mm(clusterH)});column-gap:${mm(AISLE_COL)};row-gap:${mm(AISLE_ROW)}">${cells.join('')}</div>
${html`<p class="hz-foot hz-muted">${t.note}</p>`.text}
</div></div>`;
  return { lang, title: t.title, shape: 'landscape', css: CSS, body };
};
