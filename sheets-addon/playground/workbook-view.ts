/** The workbook as the playground page shows it: display strings per cell (the page inserts them as text). */
import { displayValue, type SheetModel, type Workbook } from '../harness/index.ts';
import type { CellView, ChartView, WorkbookView } from './browser/protocol.ts';

export type { CellView, ChartView, SheetView } from './browser/protocol.ts';

const MAX_ROWS = 500;

const chartView = (wb: Workbook, rec: SheetModel['charts'][number]): ChartView => {
  const bars: ChartView['bars'] = [];
  const first = rec.ranges[0];
  const [, sheetName = '', colFrom = '', rowFrom, colTo = '', rowTo] =
    (first ? /^(.*)!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(first) : null) ?? [];
  const sheet = rowFrom ? wb.findSheet(sheetName) : undefined;
  if (sheet) {
    const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [c1, r1, c2, r2] = [col(colFrom), Number(rowFrom), col(colTo), Number(rowTo)];
    const headers = rec.numHeaders >= 0 ? rec.numHeaders : 1;
    for (let r = r1 + headers; r <= r2 && bars.length < 50; r++) {
      const label = displayValue(sheet.cell(r, c1), wb.timeZone);
      const v = sheet.cell(r, c2)?.value;
      if (label !== '' && typeof v === 'number') bars.push({ label, value: v });
    }
  }
  return { type: rec.type, title: String(rec.options.title ?? ''), ranges: rec.ranges, bars };
};

export const workbookView = (wb: Workbook): WorkbookView => ({
  sheets: wb.sheets.map((s) => {
    const last = s.lastRow();
    const columns = s.lastColumn();
    const rows: CellView[][] = [];
    for (let r = 1; r <= Math.min(last, MAX_ROWS); r++) {
      const line: CellView[] = [];
      for (let c = 1; c <= columns; c++) {
        const cell = s.cell(r, c);
        const v: CellView = { t: displayValue(cell, wb.timeZone) };
        if (cell?.formula) v.f = cell.formula;
        if (typeof cell?.value === 'number') v.n = true;
        if (cell?.style?.fontWeight === 'bold') v.b = true;
        line.push(v);
      }
      rows.push(line);
    }
    return {
      name: s.name,
      columns,
      frozenRows: s.frozenRows,
      rows,
      truncated: Math.max(0, last - MAX_ROWS),
      charts: s.charts.map((c) => chartView(wb, c)),
    };
  }),
});
