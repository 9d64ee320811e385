/**
 * The popup's state and its transitions, pure (no DOM, no browser API): the plans read from a page or the paste box,
 * the clutter lines the extractor removed, and the teacher's corrections. Each transition returns a new state.
 */
import type { ExtractResult, PlanDocument, RemovedLine } from '../../../shared/plan/types.ts';
import { extract } from '../extract.ts';
import { dropPart, dropPlan, setHeadingLevel } from '../outline.ts';

export interface PopupState {
  /** What was read; null until the teacher imports a page or reads pasted text. */
  doc: PlanDocument | null;
  removed: RemovedLine[];
  /** The plan whose settings the send writes (a collection's plans are alternatives; the teacher picks one). */
  settingsPlan?: number;
}

/** A correction the teacher makes in the preview before sending. */
export type PopupEdit =
  | { kind: 'dropPlan'; plan: number }
  | { kind: 'dropPart'; plan: number; heading: number }
  | { kind: 'setLevel'; plan: number; heading: number; level: number }
  | { kind: 'settingsPlan'; plan: number };

/** The status line: its text and kind (shown as data-kind, which styles it). */
export interface Status {
  text: string;
  kind: 'ok' | 'error' | 'info';
}

export const initialState: PopupState = { doc: null, removed: [] };

/** The state after reading `result` (it replaces whatever was read before). */
export const loaded = (result: ExtractResult): PopupState => ({ doc: result.document, removed: result.removed });

export type ReadOutcome =
  | { ok: true; state: PopupState }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'failed'; error: unknown };

/** Read text as plans: empty text and an extractor failure are outcomes to report, not exceptions. */
export const readText = (text: string): ReadOutcome => {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  try {
    return { ok: true, state: loaded(extract(text)) };
  } catch (error) {
    return { ok: false, problem: 'failed', error };
  }
};

export const applyEdit = (state: PopupState, edit: PopupEdit): PopupState => {
  const { doc } = state;
  if (!doc) return state;
  switch (edit.kind) {
    case 'dropPlan': {
      // The chosen plan keeps its choice when another is dropped; dropping it falls back to the first.
      const chosen = state.settingsPlan ?? 0;
      const settingsPlan = chosen === edit.plan ? 0 : chosen > edit.plan ? chosen - 1 : chosen;
      return { ...state, doc: dropPlan(doc, edit.plan), settingsPlan };
    }
    case 'settingsPlan':
      return edit.plan >= 0 && edit.plan < doc.plans.length ? { ...state, settingsPlan: edit.plan } : state;
    case 'dropPart':
      return { ...state, doc: dropPart(doc, edit.plan, edit.heading) };
    case 'setLevel':
      return { ...state, doc: setHeadingLevel(doc, edit.plan, edit.heading, edit.level) };
  }
};

/** The chosen settings plan, within the plans there are. */
export const settingsPlanOf = (state: PopupState): number => {
  const n = state.doc?.plans.length ?? 0;
  const i = state.settingsPlan ?? 0;
  return i >= 0 && i < n ? i : 0;
};

/** The plans to send, copy or download; null when there are none (the output buttons are hidden then). */
export const plansToWrite = (state: PopupState): PlanDocument | null =>
  state.doc && state.doc.plans.length > 0 ? state.doc : null;
