// Which sheet of a workbook a command works on when --sheet is not given.
import { findHeaderRow, HEADER_SEARCH_ROWS, productSheet } from "../core";
import type { XlsxWorkbook } from "../xlsx";
import { CliError } from "./errors";

/** The first worksheet with a header row, visible sheets first, the product's own sheets and `skip` never. */
export function defaultSheet(book: XlsxWorkbook, file: string, skip?: string): string {
  const candidates = book.sheets.filter((s) => s.kind === "worksheet" && !productSheet(s.name) && s.name !== skip);
  const ordered = [
    ...candidates.filter((s) => s.state === "visible"),
    ...candidates.filter((s) => s.state !== "visible"),
  ];
  for (const s of ordered) {
    if (findHeaderRow(book.readSheet(s.name, { maxRows: HEADER_SEARCH_ROWS })) !== null) return s.name;
  }
  throw new CliError("error.noSheetWithHeader", { file });
}

/** --sheet names a sheet the workbook has, or one line listing those it has. */
export function checkSheet(book: XlsxWorkbook, sheet: string | undefined): void {
  if (sheet !== undefined && !book.sheets.some((s) => s.name === sheet))
    throw new CliError("error.unknownSheet", { sheet, sheets: book.sheets.map((s) => s.name).join(", ") });
}

/** The workbook has a worksheet of that name (a chart sheet of it does not count). */
export function hasWorksheet(book: XlsxWorkbook, name: string): boolean {
  return book.sheets.some((s) => s.name === name && s.kind === "worksheet");
}
