// How the results look and print in ET: result column widths (ET's ColumnWidth is in characters, as the
// core's widths are), the reasons column wrapped, rows made tall enough for it, and the page setup where
// the sheet has none of its own (the rule of the Office.js adapter and the .xlsx writer, README "Rules").
import { columnLetters } from "../core";
import type { PageSetup, ResultLayout, RowHeight } from "../core/types";
import { address } from "./cells";
import { XL } from "./et";
import type { EtPageSetup, EtWorksheet } from "./et";
import { paint } from "./write";
import type { Lists } from "./write";

export function setColumnWidth(ws: EtWorksheet, col: number, width: number): void {
  ws.Range(columnLetters(col) + "1").EntireColumn.ColumnWidth = width;
}

/** Widths of the result columns, the reasons wrapped below the header row, rows never made lower. */
export function applyResultLayout(ws: EtWorksheet, layout: ResultLayout, headerRow: number, rows: number): void {
  for (const c of layout.columns) {
    setColumnWidth(ws, c.col, c.width);
    if (c.wrap && rows > 1)
      ws.Range(address({ row: headerRow + 1, col: c.col, rows: rows - 1, cols: 1 })).WrapText = true;
  }
  applyRowHeights(ws, layout.rowHeights, headerRow, rows);
}

/**
 * The rows wrapped reasons need, never lower than they are. Whether ET raises a wrapped row by itself is
 * not known, so the heights are set. The block's rows are read at once (one height when none was
 * changed by hand), row by row only where they differ; the rows of one height are set together.
 */
function applyRowHeights(ws: EtWorksheet, heights: RowHeight[], firstRow: number, rows: number): void {
  if (heights.length === 0) return;
  const all = ws.Range(firstRow + ":" + (firstRow + rows - 1)).RowHeight;
  const byHeight = new Map<number, string[]>();
  for (const h of heights) {
    const now = typeof all === "number" ? all : ws.Range(h.row + ":" + h.row).RowHeight;
    if (typeof now === "number" && now >= h.height) continue;
    const list = byHeight.get(h.height);
    if (list) list.push(h.row + ":" + h.row);
    else byHeight.set(h.height, [h.row + ":" + h.row]);
  }
  const lists: Lists = { multiArea: null };
  byHeight.forEach((addresses, height) =>
    paint(
      ws,
      lists,
      addresses,
      (r) => (r.RowHeight = height),
      (r) => r.RowHeight === height,
    ),
  );
}

const LETTER = 1;

/**
 * The user's own page setup, left alone: landscape, a zoom other than 100 % or fit to pages, a paper other
 * than A4/Letter, printed gridlines or headings, a header or footer, a print area or print titles. A setup
 * with our footer and our settings is an earlier run's, and is rewritten.
 */
export function pageIsOwn(p: EtPageSetup, productFooters: string[]): boolean {
  const texts = [p.LeftHeader, p.CenterHeader, p.RightHeader, p.LeftFooter, p.RightFooter].filter((x) => !!x);
  const fitted = p.Zoom === false;
  if (productFooters.indexOf(p.CenterFooter) >= 0 && texts.length === 0)
    return !!p.PrintArea || !(p.Orientation === XL.landscape && fitted && p.FitToPagesWide === 1);
  return (
    p.Orientation === XL.landscape ||
    fitted ||
    (typeof p.Zoom === "number" && p.Zoom !== 100) ||
    (p.PaperSize !== XL.paperA4 && p.PaperSize !== LETTER) ||
    !!p.PrintGridlines ||
    !!p.PrintHeadings ||
    texts.length > 0 ||
    !!p.CenterFooter ||
    !!p.PrintArea ||
    !!p.PrintTitleRows
  );
}

export function writePageSetup(p: EtPageSetup, page: PageSetup): void {
  p.Orientation = page.orientation === "landscape" ? XL.landscape : XL.portrait;
  p.PaperSize = XL.paperA4;
  p.Zoom = false; // fit to pages (VBA's way: Zoom False, then FitToPages…)
  p.FitToPagesWide = page.fitWide === 0 ? false : page.fitWide;
  p.FitToPagesTall = page.fitTall === 0 ? false : page.fitTall;
  if (page.titleRows) p.PrintTitleRows = "$" + page.titleRows.first + ":$" + page.titleRows.last;
  p.CenterFooter = page.footer;
}

/**
 * The page setup, where ET allows it: PageSetup is the slowest and least certain part of the object model
 * (Excel's needs a printer; ET's is untried), so a refusal costs the print layout only, never the run.
 * `always`: our own sheets, whose setup is always ours.
 */
export function applyPageSetup(ws: EtWorksheet, page: PageSetup, productFooters: string[], always: boolean): boolean {
  try {
    const p = ws.PageSetup;
    if (!always && pageIsOwn(p, productFooters)) return false;
    writePageSetup(p, page);
    return true;
  } catch (e) {
    console.warn("township-tiers: page setup skipped", e);
    return false;
  }
}
