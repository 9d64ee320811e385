/**
 * File bytes → plan text: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (what Chinese Word/Notepad save
 * as "ANSI"). Binary files (a NUL byte, or many control characters) and empty files are refused with a message that
 * says what to do. Uses TextDecoder: for Node and browsers, not Apps Script (which gets text, never bytes).
 */
export type PlanEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedPlan =
  | { ok: true; text: string; encoding: PlanEncoding }
  | { ok: false; reason: 'empty' | 'binary' | 'unknown-encoding'; message: string };

const MESSAGES = {
  empty: 'The file is empty (or holds only spaces). Paste or save the plan text into it and try again.',
  binary:
    'This looks like a binary file (for example .docx, .pdf or an image), not text. Open it, copy the plan text and save it as a .txt file (UTF-8).',
  'unknown-encoding':
    'The text encoding could not be recognised (it is neither UTF-8, UTF-16 nor GB18030). Save the file again as UTF-8 text.',
} as const;

const fail = (reason: keyof typeof MESSAGES): DecodedPlan => ({ ok: false, reason, message: MESSAGES[reason] });

const startsWith = (b: Uint8Array, ...sig: number[]): boolean => sig.every((v, i) => b[i] === v);

/** Share of control characters (other than tab, line feed, carriage return, form feed) in the first 8 KB. */
function controlShare(b: Uint8Array): { nul: boolean; share: number } {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return { nul: true, share: 1 };
    if (c < 9 || (c > 13 && c < 32) || c === 127) control++;
  }
  return { nul: false, share: n ? control / n : 0 };
}

export function decodePlanBytes(bytes: Uint8Array): DecodedPlan {
  const done = (text: string, encoding: PlanEncoding): DecodedPlan => {
    if (!text.trim()) return fail('empty');
    if (/\u0000/.test(text)) return fail('binary');
    return { ok: true, text, encoding };
  };
  if (bytes.length === 0) return fail('empty');
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return done(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  if (startsWith(bytes, 0xff, 0xfe)) return done(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return done(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const { nul, share } = controlShare(bytes);
  if (nul || share > 0.05) return fail('binary');
  try {
    return done(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8; GB18030 covers GBK and GB2312.
  }
  try {
    return done(new TextDecoder('gb18030', { fatal: true }).decode(bytes), 'gb18030');
  } catch {
    return fail('unknown-encoding');
  }
}
