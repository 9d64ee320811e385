/**
 * A numbered list set out in a table's columns to save room ("1. 忠义号 | 2. 川业肉圆" / "3. … | 4. …"): every cell
 * holds one item, numbered on from 1 in reading order, across the rows or down the columns. It is a list, not a table
 * of data: its items in their order.
 */
import type { TableBlock } from './blocks.ts';
import { parseMarker } from './markers.ts';

export function listInColumns(table: TableBlock): string[] | null {
  // (Most tables are data from their first cell on: nothing more to look at.)
  if (parseMarker(table.rows[0]?.[0]?.lines.join(' ').trim() ?? '')?.value !== 1) return null;
  const cells = (order: string[][]) => order.flat().filter((t) => t !== '');
  const rows = table.rows.map((r) => r.map((c) => c.lines.join(' ').trim()));
  const width = rows.reduce((most, r) => Math.max(most, r.length), 0);
  if (width < 2 || rows.length < 2) return null;
  const columns = Array.from({ length: width }, (_, k) => rows.map((r) => r[k] ?? ''));
  for (const order of [rows, columns]) {
    const items = cells(order);
    const marks = items.map((t) => parseMarker(t));
    if (items.length >= 4 && marks.every((m, k) => m !== null && m.value === k + 1 && m.style === marks[0]?.style))
      return items;
  }
  return null;
}
