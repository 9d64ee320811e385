/**
 * What the playground's server (server.ts, Node) and its browser scripts (page.ts, shim.ts) say to each other:
 * the JSON of its HTTP API and the postMessage messages between the add-on's frame and the page. Types only, so
 * both sides import them and a change on one side fails the other's type-check.
 */

/** A failure as JSON (an exception's name and message). */
export interface WireError {
  name: string;
  message: string;
}

export type Outcome<T extends object = object> = ({ ok: true } & T) | { ok: false; error: WireError };

/** GET /api/users */
export interface UsersView {
  users: string[];
}

/** A cell as the live view shows it. */
export interface CellView {
  /** What Sheets would display. */
  t: string;
  /** Formula source, when the cell holds one. */
  f?: string;
  n?: true;
  b?: true;
}

export interface ChartView {
  type: string;
  title: string;
  ranges: string[];
  bars: { label: string; value: number }[];
}

export interface SheetView {
  name: string;
  columns: number;
  frozenRows: number;
  rows: CellView[][];
  truncated: number;
  charts: ChartView[];
}

/** GET /api/workbook */
export interface WorkbookView {
  sheets: SheetView[];
}

/** The sidebar or dialog the add-on has open; `seq` changes whenever another one is shown. */
export interface OpenView {
  seq: number;
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  width: number;
  height: number;
}

/** GET /api/state?user=… */
export interface StateView {
  /** Changes whenever the workbook may have (a call ran, a reset). */
  version: number;
  menu: { caption: string; functionName: string }[];
  open: OpenView | null;
  /** Alerts and toasts shown since the last poll. */
  messages: { text: string; error: boolean }[];
  activeSheet: string;
  activity: string;
}

/** POST /api/run: what a server function returned, or the exception it threw. */
export type RunReply = Outcome<{ value?: unknown }>;

/** A sentence in both UI languages (the page picks the visitor's). */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * POST /api/roster: the visitor's own roster. `file` is a dropped or chosen file's bytes (base64: CSV or .xlsx),
 * `text` cells pasted from a spreadsheet (tab-separated); `sheet` picks a worksheet of an .xlsx with several.
 */
export interface RosterRequest {
  file?: string;
  text?: string;
  sheet?: string;
}

/** The roster sheet now holds `rows` rows (header included); an .xlsx lists its worksheets and the one read. */
export type RosterReply =
  | { ok: true; sheetName: string; rows: number; sheets?: string[]; sheet?: string }
  | { ok: false; problem: Bilingual };

/** POST /api/locale: the visitor's language (navigator.language); the simulated users' locale follows it. */
export interface LocaleRequest {
  locale: string;
}

/** window.__HUZHU_PLAYGROUND__ in the add-on's frame: what the google.script shim needs to know. */
export interface FrameConfig {
  entryPoints: string[];
  kind: string;
  maxInFlight: number;
}

/** Add-on frame → playground page. */
export type FrameMessage =
  | { type: 'huzhu-run'; id: number; fn: string; args: unknown[] }
  | { type: 'huzhu-close' }
  | { type: 'huzhu-resize'; height?: number; width?: number }
  | { type: 'huzhu-focus' };

/** Playground page → add-on frame: the answer to one huzhu-run. */
export interface ResultMessage {
  type: 'huzhu-result';
  id: number;
  ok: boolean;
  value?: unknown;
  error?: WireError;
}
