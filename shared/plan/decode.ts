/**
 * File bytes → plan text (shared/text/decode.ts), with a message that says what to do when the file is empty,
 * binary or in an unknown encoding.
 */
import type { Localized } from '../i18n/localized.ts';
import { decodeText, type TextEncoding } from '../text/decode.ts';
import { bothLanguages, FILE_PROBLEMS } from './read/file-messages.ts';

export type PlanEncoding = TextEncoding;

export type DecodedPlan =
  | { ok: true; text: string; encoding: PlanEncoding }
  | {
      ok: false;
      reason: 'empty' | 'binary' | 'unknown-encoding';
      /** Both languages in one line (see ./read/file-messages.ts). */
      message: string;
      problem: Localized;
    };

const fail = (reason: 'empty' | 'binary' | 'unknown-encoding'): DecodedPlan => ({
  ok: false,
  reason,
  message: bothLanguages(FILE_PROBLEMS[reason]),
  problem: FILE_PROBLEMS[reason],
});

export function decodePlanBytes(bytes: Uint8Array): DecodedPlan {
  const d = decodeText(bytes);
  return d.ok ? d : fail(d.reason);
}
