/**
 * Pipe tables that a GFM parser leaves as a paragraph: kramdown's tables without a delimiter row
 * ("| 6/18 | Carl Su | … |" lines). Two or more lines that each start and end with a pipe are rows of cells.
 */
export function pipeRows(text: string): string[][] | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length < 2 || !lines.every((l) => /^\|.*\|$/.test(l) && l.length > 2)) return null;
  const rows = lines.map((l) =>
    l
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.replace(/\\\|/g, '|').trim()),
  );
  const width = rows[0]?.length ?? 0;
  return width >= 2 && rows.every((r) => r.length === width) ? rows : null;
}
