// A whole worksheet written from scratch (the 规则 and 分类汇总 sheets, and createWorkbook's sheets).
import type { PageSetup } from "../core/types";
import { cellXml, SharedStrings, WriteCell } from "./cells";
import { DEFAULT_MARGINS, newSheetPage } from "./sheet-layout";
import { CellStyle } from "./styles";
import { cellRef, escapeXml, parseA1 } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface NewSheet {
  cells: WriteCell[][];
  columnWidths?: number[];
  merges?: string[];
  /** r:id of a drawing relationship, when the sheet shows a chart. */
  drawingRId?: string;
  page?: PageSetup;
}

export function sheetXml(sheet: NewSheet, styleIndex: (style: CellStyle) => number, strings?: SharedStrings): string {
  const rows: string[] = [];
  let width = 0;
  sheet.cells.forEach((line, r) => {
    const body = line
      .map((cell, c) =>
        cellXml(
          "",
          r + 1,
          c + 1,
          cell,
          styleIndex({ fill: cell.fill, numFmt: cell.numFmt, bold: cell.bold, border: cell.border }),
          strings,
        ),
      )
      .join("");
    if (body) rows.push(`<row r="${r + 1}">${body}</row>`);
    width = Math.max(width, line.length);
  });
  const height = sheet.cells.length;
  const dimension = height && width ? `A1:${cellRef(height, width)}` : "A1";
  const cols = (sheet.columnWidths ?? [])
    .map((w, i) =>
      w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${Math.round(w * 100) / 100}" customWidth="1"/>` : "",
    )
    .join("");
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join("")}</mergeCells>`
    : "";
  const page = sheet.page ? newSheetPage(sheet.page) : { sheetPr: "", setup: "" };
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">${page.sheetPr}<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>${merges}` +
    `<pageMargins ${DEFAULT_MARGINS}/>${page.setup}` +
    (sheet.drawingRId ? `<drawing r:id="${sheet.drawingRId}"/>` : "") +
    `</worksheet>`
  );
}

/** Cell values a chart caches, read from the sheet we are writing (so viewers that do not recalc show data). */
export function rangeValues(cells: WriteCell[][], range: string): (string | number | null)[] {
  const [a, b] = range.split(":");
  const from = parseA1(a) ?? { row: 1, col: 1 };
  const to = parseA1(b ?? a) ?? from;
  const values: (string | number | null)[] = [];
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.col; c <= to.col; c++) {
      const v = cells[r - 1]?.[c - 1]?.value ?? null;
      values.push(typeof v === "boolean" ? String(v).toUpperCase() : v);
    }
  return values;
}
