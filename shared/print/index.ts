/** The printable views (data → escaped HTML with print CSS), shared by the add-on's print dialog and the CLI. */
export { classFromGrouping, classFromSheet, genderOf, rolesFromLabel } from './class-groups.ts';
export { commendationsScreen, commendationsView, scoreWords } from './commendations.ts';
export type { CommendationsMeta } from './commendations.ts';
export { CARDS_PER_PAGE, groupCardsView } from './group-cards.ts';
export { groupListView, listLayout } from './group-list.ts';
export { escapeHtml, Html, html, raw } from './html.ts';
export { A4, BASE_CSS, contentBox, MARGIN_MM, printDocument } from './page.ts';
export { daysLabel, PERIOD_WORDS } from './period-label.ts';
export type { PeriodChoice } from './period-label.ts';
export { MAX_ROOM_COLS, roomShape, seatingChartView } from './seating-chart.ts';
export type { RoomShape } from './seating-chart.ts';
export { studentHistoryView } from './student-history.ts';
export type { HistoryMeta } from './student-history.ts';
export type { ClassGroups, PageShape, PrintGroup, PrintMember, PrintView } from './types.ts';
