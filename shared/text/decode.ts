/**
 * File bytes → text, for the files teachers bring: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030
 * (what Chinese Excel, Word and Notepad save as "ANSI"; a superset of GBK and GB2312), or Windows-1252 (what an
 * English Windows saves as "ANSI": curly quotes and accents in mostly ASCII text). Binary files (a NUL byte, or
 * many control characters: .xlsx, .docx, .pdf, images) and empty files are told apart so callers can say what to do.
 * Uses TextDecoder: for Node and browsers, not Apps Script (which reads sheet values, never bytes).
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

/** What a binary file most likely is, from its first bytes, so a message can say what to do with it. */
export type BinaryKind = 'zip' | 'ole' | 'pdf' | 'other';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: 'empty' | 'unknown-encoding' }
  | { ok: false; reason: 'binary'; kind: BinaryKind };

/** .xlsx/.docx are zip archives (PK), old .xls/.doc are OLE compound files, PDFs start with %PDF. */
function binaryKind(b: Uint8Array): BinaryKind {
  if (startsWith(b, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (startsWith(b, 0xd0, 0xcf, 0x11, 0xe0)) return 'ole';
  if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  return 'other';
}

/**
 * UTF-16 saved without a byte-order mark (Notepad's "Unicode" on some systems, some exports): text with ASCII in
 * it (commas, digits, line breaks) has a zero byte in every ASCII character's high half, always on the same side.
 * Chinese characters have no zero byte, so the test is on the side, not the share of zeros.
 */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.1 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.1 && odd === 0) return 'utf-16be';
  return null;
}

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

/** No control characters but tab, line feed, carriage return and form feed. */
function readsAsText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) return false;
  }
  return true;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const done = (text: string, encoding: TextEncoding): DecodedText => {
    if (!text.trim()) return { ok: false, reason: 'empty' };
    if (text.includes('\u0000')) return { ok: false, reason: 'binary', kind: 'other' };
    return { ok: true, text, encoding };
  };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return done(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  if (startsWith(bytes, 0xff, 0xfe)) return done(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return done(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const signature = binaryKind(bytes);
  if (signature !== 'other') return { ok: false, reason: 'binary', kind: signature };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      if (readsAsText(text)) return done(text, utf16);
    } catch {
      // Not valid UTF-16 after all: fall through to the binary check.
    }
  }
  const { nul, share } = controlShare(bytes);
  if (nul || share > 0.05) return { ok: false, reason: 'binary', kind: binaryKind(bytes) };
  try {
    return done(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: try GB18030.
  }
  try {
    return done(new TextDecoder('gb18030', { fatal: true }).decode(bytes), 'gb18030');
  } catch {
    // Not GB18030 either: Windows-1252, if it reads as that.
  }
  return westernAnsi(bytes) ? done(windows1252(bytes), 'windows-1252') : { ok: false, reason: 'unknown-encoding' };
}

/**
 * Windows-1252's characters for 0x80–0x9F (WHATWG's index; its five undefined bytes stand for themselves). Decoded
 * here rather than by TextDecoder: Node 20's 'windows-1252' decoder reads these bytes as Latin-1's control characters.
 */
const CP1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes → text: ASCII and Latin-1 as their code points, 0x80–0x9F from the table. */
function windows1252(b: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < b.length; i += 8192) {
    const codes = Array.from(b.subarray(i, i + 8192), (c) =>
      c >= 0x80 && c < 0xa0 ? CP1252_80.charCodeAt(c - 0x80) : c,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Bytes Windows-1252 leaves undefined: a file with one is in some other encoding. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * English text an English Windows saved as "ANSI": mostly ASCII, its few other bytes the curly quotes, dashes,
 * bullets and accented letters of Windows-1252 (0x92 ’, 0x95 •, 0xE9 é). Text in another 8-bit encoding (Cyrillic,
 * Greek) is mostly such bytes.
 */
function westernAnsi(b: Uint8Array): boolean {
  let high = 0;
  for (const c of b) {
    if (c < 0x80) continue;
    if (UNDEFINED_1252.has(c)) return false;
    high++;
  }
  return high <= b.length * 0.1;
}
