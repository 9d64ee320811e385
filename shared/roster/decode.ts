/**
 * Bytes → text for roster files. Chinese Excel saves CSV as GB18030/GBK, newer Excel as UTF-8 with a BOM, some tools
 * as UTF-16 with a BOM. We say which one we picked so a teacher seeing garbled names knows why.
 * Uses TextDecoder, so it is for Node and browsers only (Apps Script reads sheet values, never bytes).
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: 'binary' | 'unknown-encoding' };

const startsWith = (b: Uint8Array, ...sig: number[]): boolean => sig.every((v, i) => b[i] === v);

/** A NUL byte or many control characters outside a UTF-16 file means this is not a text file (xlsx, image…). */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK/GB2312, which is what Chinese Excel writes.
  }
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    return { ok: false, reason: 'unknown-encoding' };
  }
}
