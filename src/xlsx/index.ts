// The .xlsx package layer: read one sheet's cells, patch result cells and new sheets in, copy the rest.
export { openWorkbook } from "./workbook";
export type { SheetInfo, XlsxWorkbook } from "./workbook";
export type { ReadSheet, ReadOptions } from "./read-sheet";
export { patchWorkbook } from "./patch";
export type { PatchOptions, WorkbookPatch } from "./patch";
export type { Deflater, DeflateLevel } from "./package";
export { createWorkbook } from "./create";
export type { CreateSheet } from "./create";
export { XlsxError } from "./errors";
export type { XlsxErrorCode } from "./errors";
export { formWorkbook } from "./form-book";
export { cellFormats, readFormMarker, writeCellValues } from "./form-io";
export type { CellValueWrite } from "./form-io";
