// How the results look and print in Excel: result column widths (ExcelApi 1.2), the reasons column
// wrapped (1.1), and, where the sheet has no page setup of its own, the product's (1.9). The rule for
// "of its own" is the one the .xlsx writer follows (README, Rules).
import type { PageSetup, ResultLayout } from "../core/types";
import { a1, rangeAt } from "./ranges";
import type { Session } from "./session";

/** Excel column width in points per character of the standard font (8.43 chars = 48 pt). */
export const POINTS_PER_CHAR = 48 / 8.43;

/** Widths of the result columns and wrapping of the reasons below the header (firstRow: 0-based header row). */
export function queueResultLayout(
  s: Session,
  ws: Excel.Worksheet,
  layout: ResultLayout,
  firstRow: number,
  rows: number,
): void {
  for (const c of layout.columns) {
    // Excel wraps and raises rows whose height is automatic; a row with a height of its own keeps it.
    if (c.wrap && rows > 1)
      rangeAt(ws, s.caps, { row: firstRow + 1, col: c.col - 1, rows: rows - 1, cols: 1 }).format.wrapText = true;
    if (s.caps.autofit)
      ws.getRange(a1({ row: 0, col: c.col - 1, rows: 1, cols: 1 })).format.columnWidth = Math.round(
        c.width * POINTS_PER_CHAR,
      );
  }
}

/** What decides whether a sheet's page setup is the user's, read through ExcelApi 1.9. */
export interface PageState {
  layout: Excel.PageLayout;
  footers: Excel.HeaderFooter;
  printArea: Excel.RangeAreas;
  printTitles: Excel.Range;
}

/** Queues the reads; call pageIsOwn after the sync. */
export function queuePageState(ws: Excel.Worksheet): PageState {
  const layout = ws.pageLayout;
  layout.load("orientation, paperSize, zoom, printGridlines, printHeadings");
  const footers = layout.headersFooters.defaultForAllPages;
  footers.load("leftHeader, centerHeader, rightHeader, leftFooter, centerFooter, rightFooter");
  // isNullObject is known after the sync without a load.
  const printArea = layout.getPrintAreaOrNullObject();
  const printTitles = layout.getPrintTitleRowsOrNullObject();
  return { layout, footers, printArea, printTitles };
}

const DEFAULT_PAPERS = ["A4", "Letter"];

/**
 * The user's own page setup, left alone: landscape, a scale or fit to pages, a paper other than
 * A4/Letter, printed gridlines or headings, a header or footer, a print area or print titles.
 * A setup with our footer and our settings is an earlier run's: rewritten.
 */
export function pageIsOwn(state: PageState, productFooters: string[]): boolean {
  const { layout, footers } = state;
  const zoom = layout.zoom || {};
  const fitted = zoom.horizontalFitToPages != null || zoom.verticalFitToPages != null;
  const texts = [
    footers.leftHeader,
    footers.centerHeader,
    footers.rightHeader,
    footers.leftFooter,
    footers.rightFooter,
  ].filter((x) => !!x);
  const ourFooter = productFooters.indexOf(footers.centerFooter) >= 0 && texts.length === 0;
  if (ourFooter)
    return !state.printArea.isNullObject || !(layout.orientation === "Landscape" && zoom.horizontalFitToPages === 1);
  return (
    layout.orientation === "Landscape" ||
    fitted ||
    (zoom.scale != null && zoom.scale !== 100) ||
    DEFAULT_PAPERS.indexOf(layout.paperSize) < 0 ||
    layout.printGridlines ||
    layout.printHeadings ||
    texts.length > 0 ||
    !!footers.centerFooter ||
    !state.printArea.isNullObject ||
    !state.printTitles.isNullObject
  );
}

/** Landscape A4, fitted to pages, the header block repeated, the footer. */
export function queuePageSetup(ws: Excel.Worksheet, page: PageSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // 0 pages tall: as many as it takes (fitToHeight="0" in the file).
  layout.zoom = { horizontalFitToPages: page.fitWide, verticalFitToPages: page.fitTall };
  if (page.titleRows) layout.setPrintTitleRows(`$${page.titleRows.first}:$${page.titleRows.last}`);
  layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
}
