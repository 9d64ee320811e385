/**
 * Entry points of the add-on. Every export here becomes a top-level function in dist/Code.js (build.ts derives the
 * list from this module's exports), which is what menus and google.script.run can call. Nothing else is exported.
 * Page calls go through `guard`: the page always gets {ok:true,…} or {ok:false, message} in the user's language.
 */
import { userLang } from './apps-script.ts';
import * as dialogs from './dialogs.ts';
import * as groups from './form-groups.ts';
import * as plan from './import-plan.ts';
import * as print from './print.ts';
import * as menu from './menu.ts';
import { guard } from './responses.ts';
import * as scoring from './scoring.ts';
import * as settings from './settings-dialog.ts';
import * as tallies from './tallies-writer.ts';

// Menu and triggers.
export const onOpen = menu.onOpen;
export const onInstall = menu.onInstall;
export const showFormGroups = dialogs.showFormGroups;
export const showScoring = dialogs.showScoring;
export const showSettings = dialogs.showSettings;
export const showHelp = dialogs.showHelp;
export const showImportPlan = dialogs.showImportPlan;
export const showPrint = dialogs.showPrint;

// google.script.run entry points (pages).
export const uiContext = () => ({ ok: true as const, lang: userLang() });
export const formGroupsPreview = () => guard((lang) => groups.formGroupsPreview(lang));
export const formGroupsRun = (req: groups.FormGroupsRequest) => guard((lang) => groups.formGroupsRun(req, lang));
export const useActiveGroups = () => guard((lang) => groups.useActiveGroups(lang));
export const scoringState = () => guard((lang) => scoring.scoringState(lang));
export const awardPoints = (req: scoring.AwardRequest) => guard((lang) => scoring.awardPoints(req, lang));
export const undoLast = (req: scoring.WriteRequest) => guard((lang) => scoring.undoLast(req, lang));
export const reverseEntry = (eventId: string, req: scoring.WriteRequest) =>
  guard((lang) => scoring.reverseEntry(eventId, req, lang));
export const listEntries = (query?: scoring.EntriesQuery) => guard((lang) => scoring.listEntries(query, lang));
export const printSetup = () => guard((lang) => print.printSetup(lang));
export const printView = (req: print.PrintRequest) => guard((lang) => print.printView(req, lang));
export const updateTallies = () => guard((lang) => tallies.updateTallies(lang));
export const settingsView = () => guard((lang) => settings.settingsView(lang));
export const saveSettings = (patch: Parameters<typeof settings.saveSettings>[0]) =>
  guard((lang) => settings.saveSettings(patch ?? {}, lang));
export const importPlanPreview = (input: plan.PlanInput, planIndex?: number) =>
  guard((lang) => plan.importPlanPreview(input, lang, planIndex));
export const importPlanRun = (input: plan.PlanInput, applySettings: boolean, planIndex?: number) =>
  guard((lang) => plan.importPlanRun(input, applySettings, lang, planIndex));
