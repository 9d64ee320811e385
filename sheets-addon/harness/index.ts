/**
 * Local stand-in for the Apps Script services the Huzhu add-on uses, and a loader that runs the built bundle
 * over it. See README in this folder for what is faithful and what is simplified.
 */
export { createStandIn, StandIn, DEFAULT_HTML_DIR, type StandInOptions, type StandInGlobals } from './standin.ts';
export {
  loadBundle,
  loadBundleFile,
  entryPoints,
  runServerFunction,
  scriptFunction,
  toWire,
  ServerFunctionError,
  type BundleContext,
} from './bundle.ts';
export {
  Workbook,
  SheetModel,
  columnLetter,
  a1,
  type ChartRecord,
  type WorkbookOptions,
  type WorkbookStats,
} from './workbook.ts';
export {
  UiRecorder,
  Button,
  ButtonSet,
  type MenuRecord,
  type MenuEntry,
  type ShownHtml,
  type AlertRecord,
  type ToastRecord,
} from './ui.ts';
export { LOCK_TIMEOUT_MESSAGE, AuthMode } from './services.ts';
export type { AuthModeName } from './env.ts';
export {
  AUTOMATIC_FORMAT,
  TEXT_FORMAT,
  FORMULA_VALUE,
  parseInput,
  displayValue,
  type Cell,
  type CellValue,
} from './values.ts';
