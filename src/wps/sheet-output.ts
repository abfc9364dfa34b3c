// The sheets the product owns (规则, 分类汇总) in ET: added after the last sheet when absent; cleared
// (values, formats, charts) and rewritten in place when present, keeping their position and tab colour.
import { pageFooter } from "../core";
import type { SheetOutput } from "../core/types";
import { deleteCharts, drawChart } from "./chart";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";
import { applyPageSetup, setColumnWidth } from "./layout";
import { findSheet, appendSheet } from "./sheets";
import { writeBlock } from "./write";

export interface SheetWritten {
  sheet: EtWorksheet;
  /** False when the sheet asked for a chart and no chart route worked (chart.ts). */
  chart: boolean;
}

export function writeSheetOutput(app: EtApplication, book: EtWorkbook, out: SheetOutput): SheetWritten {
  let ws = findSheet(book, out.name);
  if (ws) {
    ws.Cells.Clear();
    deleteCharts(ws);
  } else {
    ws = appendSheet(app, book, out.name);
  }
  (out.columnWidths || []).forEach((width, i) => setColumnWidth(ws as EtWorksheet, i + 1, width));
  writeBlock(ws, { firstRow: 1, firstCol: 1, cells: out.cells });
  const chart = out.chart ? drawChart(ws, out.chart) : true;
  if (out.page) applyPageSetup(ws, out.page, [pageFooter("zh"), pageFooter("en")], true);
  return { sheet: ws, chart };
}
