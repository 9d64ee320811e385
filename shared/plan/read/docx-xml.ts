/** Small readings of Word's document.xml shared by the passes that rewrite it before mammoth reads it. */

/** A run of a paragraph: its properties and the text it shows. */
export interface Run {
  rPr: string;
  text: string;
}

/** The runs of a paragraph that show text. */
export function textRuns(paragraph: string): Run[] {
  const out: Run[] = [];
  for (const r of paragraph.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
    const text = [...(r[1] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1] ?? '').join('');
    if (text.trim() !== '') out.push({ rPr: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(r[1] ?? '')?.[0] ?? '', text });
  }
  return out;
}

/** Every paragraph of the document with where it starts. */
export const paragraphs = (document: string) => document.matchAll(/<w:p(?:\s[^>]*[^/])?>[\s\S]*?<\/w:p>/g);

/**
 * Whether a place in the document is inside a table, asked in document order: the tables are found once and passed
 * as the places go on (one pass over both).
 */
export function tableTest(document: string): (at: number) => boolean {
  const tables: [number, number][] = [];
  for (const m of document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) tables.push([m.index, m.index + m[0].length]);
  let t = 0;
  return (at) => {
    while (t < tables.length && (tables[t]?.[1] ?? 0) <= at) t++;
    return t < tables.length && at >= (tables[t]?.[0] ?? 0);
  };
}
