// Which sheet of a workbook a command works on when --sheet is not given.
import {
  DOCUMENT_SHEETS,
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  PRIOR_SHEET,
  RECORDS_SHEET,
  RULES_SHEET,
  SUMMARY_SHEET,
} from "../core";
import type { XlsxWorkbook } from "../xlsx";
import { CliError } from "./errors";

/** The sheets the product writes: never the data sheet a command picks by itself. */
export const PRODUCT_SHEETS: string[] = [RULES_SHEET, SUMMARY_SHEET, PRIOR_SHEET, RECORDS_SHEET, ...DOCUMENT_SHEETS];

/** The first worksheet with a header row, visible sheets first, the product's own sheets and `skip` never. */
export function defaultSheet(book: XlsxWorkbook, file: string, skip?: string): string {
  const candidates = book.sheets.filter(
    (s) => s.kind === "worksheet" && PRODUCT_SHEETS.indexOf(s.name) < 0 && s.name !== skip,
  );
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
