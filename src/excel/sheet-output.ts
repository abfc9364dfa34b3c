// The sheets the product owns (规则, 分类汇总): created when absent, cleared and rewritten when present.
import type { SheetOutput } from "../core/types";
import { a1, parseA1, union } from "./ranges";
import type { Session } from "./session";
import { cellBlock, queueCells } from "./write";

/** Excel column width in points per character of the standard font (8.43 chars = 48 pt). */
const POINTS_PER_CHAR = 48 / 8.43;

export interface OwnedSheet {
  name: string;
  exists: boolean;
  /** Charts already on the sheet (loaded before), deleted before the new one is added. */
  charts?: Excel.ChartCollection;
}

/** Queues a load of the existing sheet's charts, so they can be replaced. */
export function queueChartLookup(s: Session, name: string): Excel.ChartCollection {
  const charts = s.ctx.workbook.worksheets.getItem(name).charts;
  charts.load("items/name");
  return charts;
}

/** Queues the whole sheet: replace content (and charts) or add the sheet, then cells, widths, chart. */
export function queueSheetOutput(s: Session, target: OwnedSheet, out: SheetOutput): Excel.Worksheet {
  const sheets = s.ctx.workbook.worksheets;
  let ws: Excel.Worksheet;
  if (target.exists) {
    ws = sheets.getItem(target.name);
    ws.getRange().clear(); // values, formats, merges; keeps the sheet's place and the user's tab colour
    if (target.charts) target.charts.items.forEach((c) => c.delete());
  } else {
    ws = sheets.add(target.name);
  }
  const block = cellBlock(0, 0, out.cells);
  queueCells(s, ws, block, 0, block.cells.length);
  if (s.caps.autofit && out.columnWidths) {
    out.columnWidths.forEach((chars, col) => {
      ws.getRange(a1({ row: 0, col, rows: 1, cols: 1 })).format.columnWidth = Math.round(chars * POINTS_PER_CHAR);
    });
  }
  if (out.chart) queueChart(ws, out.chart);
  return ws;
}

function queueChart(ws: Excel.Worksheet, spec: NonNullable<SheetOutput["chart"]>): void {
  const categories = parseA1(spec.categories);
  const values = parseA1(spec.values);
  if (!categories || !values) return;
  // seriesBy is explicit: Excel on the web guessed rows/columns differently from desktop (office-js#1830).
  const chart = ws.charts.add("ColumnClustered", ws.getRange(a1(union(categories, values))), "Columns");
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor);
}
