// The 分类汇总 tier chart in ET. Which route adds a chart is open (WPS-NOTES §6 question 5): the notes
// cite ChartObjects().Add (drawn on 12.1.0.26200) and Shapes.AddChart2 (the declarations; said to return
// null with style -1). Both are tried, ChartObjects first, then Shapes.AddChart. Sizes come from the
// sheet's own cell positions (Left/Top), so whatever unit ET uses for them, the chart spans 8 columns ×
// 15 rows from its anchor, as the .xlsx writer draws it.
import type { ChartSpec, Fill } from "../core/types";
import { address, parseA1Area, union } from "./cells";
import { XL } from "./et";
import type { EtChart, EtPoint, EtWorksheet } from "./et";
import { bgr, FILL_HEX } from "./write";

/** The dark outline of each bar: the text colour of Excel's Good / Neutral / Bad styles. */
export const LINE_HEX: Record<Fill, string> = { green: "#006100", amber: "#9C5700", red: "#9C0006" };

const SPAN = { cols: 8, rows: 15 };
const FALLBACK = { width: 384, height: 225 }; // 8 default columns (48 pt) × 15 default rows (15 pt)

/** Every chart on the sheet, whichever route made it. */
export function deleteCharts(ws: EtWorksheet): void {
  try {
    const charts = ws.ChartObjects();
    for (let i = charts.Count; i >= 1; i--) charts.Item(i).Delete();
  } catch (e) {
    console.warn("township-tiers: ChartObjects unavailable", e);
  }
  try {
    const shapes = ws.Shapes;
    for (let i = shapes.Count; i >= 1; i--) {
      const shape = shapes.Item(i);
      if (shape.HasChart) shape.Delete();
    }
  } catch (e) {
    console.warn("township-tiers: Shapes unavailable", e);
  }
}

function addChart(ws: EtWorksheet, left: number, top: number, width: number, height: number): EtChart | null {
  const routes: (() => EtChart | null | undefined)[] = [
    () => ws.ChartObjects().Add(left, top, width, height).Chart,
    () => {
      const shape = ws.Shapes.AddChart2 ? ws.Shapes.AddChart2(0, XL.columnClustered, left, top, width, height) : null;
      return shape ? shape.Chart : null;
    },
    () => {
      const shape = ws.Shapes.AddChart ? ws.Shapes.AddChart(XL.columnClustered, left, top, width, height) : null;
      return shape ? shape.Chart : null;
    },
  ];
  for (const route of routes) {
    try {
      const chart = route();
      if (chart) return chart;
    } catch (e) {
      console.warn("township-tiers: a chart route failed", e);
    }
  }
  return null;
}

/** A bar's colour: the chart format's fill (Office 2007+ object model), else the VBA 97 Interior. */
function colourPoint(point: EtPoint, fill: Fill): void {
  try {
    point.Format.Fill.ForeColor.RGB = bgr(FILL_HEX[fill]);
    point.Format.Line.ForeColor.RGB = bgr(LINE_HEX[fill]);
  } catch {
    point.Interior.Color = bgr(FILL_HEX[fill]);
  }
}

function place(ws: EtWorksheet, anchor: string): { left: number; top: number; width: number; height: number } {
  const at = parseA1Area(anchor) || { row: 2, col: 5, rows: 1, cols: 1 };
  const from = ws.Range(address({ row: at.row, col: at.col, rows: 1, cols: 1 }));
  const to = ws.Range(address({ row: at.row + SPAN.rows, col: at.col + SPAN.cols, rows: 1, cols: 1 }));
  const width = to.Left - from.Left;
  const height = to.Top - from.Top;
  return {
    left: from.Left || 0,
    top: from.Top || 0,
    width: width > 0 ? width : FALLBACK.width,
    height: height > 0 ? height : FALLBACK.height,
  };
}

/** Draws the chart; false when no route gave one (the sheet is written all the same). */
export function drawChart(ws: EtWorksheet, spec: ChartSpec): boolean {
  const categories = parseA1Area(spec.categories);
  const values = parseA1Area(spec.values);
  if (!categories || !values) return false;
  const at = place(ws, spec.anchor);
  const chart = addChart(ws, at.left, at.top, at.width, at.height);
  if (!chart) return false;
  chart.ChartType = XL.columnClustered;
  // PlotBy columns: the categories in one column, the counts in the next (Excel on the web guessed otherwise).
  chart.SetSourceData(ws.Range(address(union(categories, values))), XL.columns);
  chart.HasTitle = true;
  chart.ChartTitle.Text = spec.title;
  chart.HasLegend = false; // one series: its name says nothing the title does not
  const series = chart.SeriesCollection(1);
  if (spec.dataLabels) series.HasDataLabels = true;
  (spec.fills || []).forEach((fill, i) => colourPoint(series.Points(i + 1), fill));
  return true;
}
