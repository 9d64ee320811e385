import { describe, it, expect } from 'vitest';
import { decodePlanBytes } from '../../shared/plan/decode.ts';

const utf16 = (s: string, le: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
};

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const body = new TextEncoder().encode('一、指导思想');
    expect(decodePlanBytes(body)).toEqual({ ok: true, text: '一、指导思想', encoding: 'utf-8' });
    expect(decodePlanBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...body]))).toEqual({
      ok: true,
      text: '一、指导思想',
      encoding: 'utf-8-bom',
    });
  });
  it('reads UTF-16 with a byte-order mark, both byte orders', () => {
    expect(decodePlanBytes(utf16('小组计划', true))).toMatchObject({
      ok: true,
      text: '小组计划',
      encoding: 'utf-16le',
    });
    expect(decodePlanBytes(utf16('小组计划', false))).toMatchObject({
      ok: true,
      text: '小组计划',
      encoding: 'utf-16be',
    });
  });
  it('reads GB18030 (GBK) text that Chinese Notepad saves as ANSI', () => {
    // "中文计划" in GBK
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xbc, 0xc6, 0xbb, 0xae]);
    expect(decodePlanBytes(gbk)).toEqual({ ok: true, text: '中文计划', encoding: 'gb18030' });
  });
  it('refuses binary and empty files with a message saying what to do', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const bin = decodePlanBytes(zip);
    expect(bin).toMatchObject({ ok: false, reason: 'binary' });
    expect(!bin.ok && bin.message).toMatch(/\.txt/);
    expect(decodePlanBytes(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodePlanBytes(new TextEncoder().encode(' \n\t '))).toMatchObject({ ok: false, reason: 'empty' });
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 1 : 65));
    expect(decodePlanBytes(controls)).toMatchObject({ ok: false, reason: 'binary' });
  });
  it('reads an English file an English Windows saved as ANSI (Windows-1252): its curly quotes and bullets', () => {
    // "We’ll meet every Monday • bring notes" with 0x92 and 0x95, which GB18030 cannot read
    const ansi = new Uint8Array(
      [...'We', 0x92, ...'ll meet every Monday ', 0x95, ...' bring notes'].flatMap((x) =>
        typeof x === 'number' ? [x] : [...x].map((c) => c.charCodeAt(0)),
      ),
    );
    expect(decodePlanBytes(ansi)).toEqual({
      ok: true,
      text: 'We’ll meet every Monday • bring notes',
      encoding: 'windows-1252',
    });
    // Mostly high bytes are no English text.
    expect(decodePlanBytes(new Uint8Array([0xc0, 0xe0, 0x20, 0xc1, 0xe1, 0xff, 0x20, 0xa0, 0xc2, 0x92]))).toMatchObject(
      {
        ok: false,
        reason: 'unknown-encoding',
      },
    );
  });
  it('reports bytes that are neither UTF-8 nor GB18030 as an unknown encoding', () => {
    expect(decodePlanBytes(new Uint8Array([0x41, 0xff, 0x41, 0x81, 0x20]))).toMatchObject({
      ok: false,
      reason: 'unknown-encoding',
    });
  });
});
