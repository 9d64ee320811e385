export type { Fairness, Period, PointCategory, Settings } from './types.ts';
export { DEFAULT_SETTINGS, defaultSettings } from './defaults.ts';
export type { SettingsField, SettingsRowRead } from './sheet.ts';
export {
  mergeSettings,
  readSettingsRows,
  rowsToSettings,
  SETTINGS_FIELDS,
  settingsFieldOf,
  settingsToRows,
  validateSettings,
} from './sheet.ts';
