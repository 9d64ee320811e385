/**
 * File bytes → plan text (shared/text/decode.ts), with a message that says what to do when the file is empty,
 * binary or in an unknown encoding.
 */
import { decodeText, type TextEncoding } from '../text/decode.ts';

export type PlanEncoding = TextEncoding;

export type DecodedPlan =
  | { ok: true; text: string; encoding: PlanEncoding }
  | { ok: false; reason: 'empty' | 'binary' | 'unknown-encoding'; message: string };

/** Both languages in one line: the CLI does not know the reader's language before it has read the text. */
const MESSAGES = {
  empty:
    '文件是空的。请把计划文本粘贴或保存进去再试。 / The file is empty (or holds only spaces). Paste or save the plan text into it and try again.',
  binary:
    '这不是文本文件（可能是 .docx、.pdf 或图片）。请打开它，复制计划文字，另存为 UTF-8 的 .txt 文件。 / This looks like a binary file (for example .docx, .pdf or an image), not text. Open it, copy the plan text and save it as a .txt file (UTF-8).',
  'unknown-encoding':
    '认不出文件的编码（不是 UTF-8、UTF-16 或 GB18030）。请另存为 UTF-8 文本。 / The text encoding could not be recognised (it is neither UTF-8, UTF-16 nor GB18030). Save the file again as UTF-8 text.',
} as const;

const fail = (reason: keyof typeof MESSAGES): DecodedPlan => ({ ok: false, reason, message: MESSAGES[reason] });

export function decodePlanBytes(bytes: Uint8Array): DecodedPlan {
  const d = decodeText(bytes);
  return d.ok ? d : fail(d.reason);
}
