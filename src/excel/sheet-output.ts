// The sheets the product owns (规则, 分类汇总): created when absent, cleared and rewritten when present.
import type { Fill, SheetOutput } from "../core/types";
import { queuePageSetup } from "./layout";
import { FILL_COLORS } from "./styles";
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
  if (s.caps.autofit && out.columnWidths) {
    out.columnWidths.forEach((chars, col) => {
      ws.getRange(a1({ row: 0, col, rows: 1, cols: 1 })).format.columnWidth = Math.round(chars * POINTS_PER_CHAR);
    });
  }
  // Values last: a write cut short leaves the sheet blank, never half styled (a blank 规则 counts as none).
  const block = cellBlock(0, 0, out.cells);
  queueCells(s, ws, block, 0, block.cells.length, true);
  if (out.chart) queueChart(s, ws, out.chart);
  if (out.page && s.caps.pageLayout) queuePageSetup(ws, out.page); // the sheet is ours: always our setup
  return ws;
}

/** The dark outline of each tier's bar: the text colour of Excel's Good / Neutral / Bad styles. */
const BAR_LINES: Record<Fill, string> = { green: "#006100", amber: "#9C5700", red: "#9C0006" };

function queueChart(s: Session, ws: Excel.Worksheet, spec: NonNullable<SheetOutput["chart"]>): void {
  const categories = parseA1(spec.categories);
  const values = parseA1(spec.values);
  if (!categories || !values) return;
  // seriesBy is explicit: Excel on the web guessed rows/columns differently from desktop (office-js#1830).
  const chart = ws.charts.add("ColumnClustered", ws.getRange(a1(union(categories, values))), "Columns");
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor);
  chart.legend.visible = false; // one series: its name says nothing the title does not
  if (spec.dataLabels) chart.dataLabels.showValue = true; // ExcelApi 1.1
  const points = chart.series.getItemAt(0).points;
  (spec.fills || []).forEach((fill, i) => {
    const format = points.getItemAt(i).format;
    format.fill.setSolidColor(FILL_COLORS[fill]); // ExcelApi 1.1: each tier's bar in its cells' colour
    if (s.caps.chartPointBorder) format.border.color = BAR_LINES[fill]; // ExcelApi 1.7
  });
}
