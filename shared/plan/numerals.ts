/** Chinese numerals up to 99 (一 … 九十九, 〇/零 digits), strict: anything else is null. */
const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const CN_DIGITS = '一二三四五六七八九十';
/** A Chinese numeral as headings and markers write it (一 … 九十九): one to three of CN_DIGITS. */
export const CN_NUMERAL = `[${CN_DIGITS}]{1,3}`;
/** A heading number written either way: a Chinese numeral or one or two digits ("第三篇", "篇2", "十月", "第3周"). */
export const HEADING_NUMBER = `${CN_NUMERAL}|\\d{1,2}`;

/** A section's decimal number, two to eight deep: "3.1", "4.2.1", "3.4.4.4.1" (without its closing dot). */
export const DECIMAL_NUMBER = '\\d{1,2}(?:\\.\\d{1,2}){1,7}';

/** A clause's decimal number opening a line ("3.4.4.4.1. All active members…", "2.1 范围"): a new clause. */
export const DECIMAL_START = new RegExp(`^${DECIMAL_NUMBER}\\.?\\s+\\S`);

export function cnNumber(s: string): number | null {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  if (!/^[一二两三四五六七八九十〇零]{1,3}$/.test(s)) return null;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (DIGIT[s] ?? null) : null;
  if (s.indexOf('十', ten + 1) >= 0) return null;
  const hi = ten === 0 ? 1 : DIGIT[s.slice(0, ten)];
  const lo = ten === s.length - 1 ? 0 : DIGIT[s.slice(ten + 1)];
  if (hi === undefined || lo === undefined || hi === 0 || ten > 1 || s.length - ten > 2) return null;
  return hi * 10 + lo;
}

/**
 * A number written digit by digit in Chinese numerals, without 十: "二一" is 21, "三〇" is 30, as some charters
 * number their articles ("第二一條"). Two digits, the first not naught.
 */
export function placeNumber(s: string): number | null {
  if (!/^[一二三四五六七八九][〇零一二三四五六七八九]$/.test(s)) return null;
  return (DIGIT[s[0] ?? ''] ?? 0) * 10 + (DIGIT[s[1] ?? ''] ?? 0);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
export function romanNumber(s: string): number | null {
  if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) || !s) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ''] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** n written in Roman numerals (upper case), as list numbering shows it; numbering past 89 is shown as 89 would be. */
export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let x = Math.min(n, 89);
  for (const [v, r] of table) {
    while (x >= v) {
      out += r;
      x -= v;
    }
  }
  return out;
}
