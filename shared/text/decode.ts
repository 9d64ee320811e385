/**
 * File bytes → text, for the files teachers bring: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030
 * (what Chinese Excel, Word and Notepad save as "ANSI"; a superset of GBK and GB2312). Binary files (a NUL byte, or
 * many control characters: .xlsx, .docx, .pdf, images) and empty files are told apart so callers can say what to do.
 * Uses TextDecoder: for Node and browsers, not Apps Script (which reads sheet values, never bytes).
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: 'empty' | 'binary' | 'unknown-encoding' };

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

export function decodeText(bytes: Uint8Array): DecodedText {
  const done = (text: string, encoding: TextEncoding): DecodedText => {
    if (!text.trim()) return { ok: false, reason: 'empty' };
    if (text.includes('\u0000')) return { ok: false, reason: 'binary' };
    return { ok: true, text, encoding };
  };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return done(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  if (startsWith(bytes, 0xff, 0xfe)) return done(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return done(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const { nul, share } = controlShare(bytes);
  if (nul || share > 0.05) return { ok: false, reason: 'binary' };
  try {
    return done(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: try GB18030.
  }
  try {
    return done(new TextDecoder('gb18030', { fatal: true }).decode(bytes), 'gb18030');
  } catch {
    return { ok: false, reason: 'unknown-encoding' };
  }
}
