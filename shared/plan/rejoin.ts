/**
 * Re-joins lines that a PDF or a narrow page broke in mid-sentence: a line that does not end a sentence, followed by
 * a line that does not start a new item, title or month. Short heading lines ("二、落实小组活动,增强合作探究意识")
 * end where they end. A marker split by the break ("…工作总结。 十" / "一、注意事项：") is put back together.
 */
import type { Line } from './line.ts';
import { parseMarker } from './markers.ts';
import { isTitleLike, hasPartMarker } from './title.ts';
import { whenAt } from './when.ts';

const ENDS_SENTENCE = /(?:[。！？!?；;：:…]|(?<=[A-Za-z)\d]{2})\.)["”’」』)）】]*$/;
const SENTENCE_INSIDE = /[。！？!?；;]/;

export function rejoinLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    let text = line.text;
    if (prev) {
      // A lone 十 at the end of the previous line belongs to the numeral that opens this one.
      const split = /^(.*[。！？!?；;\s])十$/.exec(prev.text);
      if (split && /^[一二三四五六七八九][、.．]/.test(text)) {
        prev.text = (split[1] ?? '').trim();
        text = `十${text}`;
      } else if (continues(prev.text, text)) {
        prev.text += text;
        continue;
      }
    }
    out.push({ no: line.no, text });
  }
  return out.filter((l) => l.text.length > 0);
}

function continues(prev: string, next: string): boolean {
  // A marker left alone on its line ("一、" / "活动目的") opens the next line.
  const lone = parseMarker(prev);
  if (lone && lone.end >= prev.length && !parseMarker(next)) return true;
  if (ENDS_SENTENCE.test(prev)) return false;
  if (/^[^\s，,。；;！!？?]{1,12}[:：]/.test(next)) return false;
  if (parseMarker(next) || whenAt(next) || isTitleLike(next) || hasPartMarker(next)) return false;
  if (isTitleLike(prev) || hasPartMarker(prev)) return false;
  const headingLine = parseMarker(prev) !== null && !SENTENCE_INSIDE.test(prev) && prev.length <= 22;
  if (headingLine) return false;
  if (/[，,、]$/.test(prev)) return true;
  return prev.length >= 20;
}
