export type { Fairness, Period, PointCategory, Settings } from './types.ts';
export { DEFAULT_SETTINGS, defaultSettings } from './defaults.ts';
export { mergeSettings, rowsToSettings, settingsToRows, validateSettings } from './sheet.ts';
