// Node-only: an .xlsx (bytes) into simulated sheets through src/xlsx, values and number formats as the
// file holds them (error cells by their text, which the simulator marks as errors).
import { openWorkbook } from "../../../src/xlsx";
import { SimSheet, sheetFromGrid, SimValue } from "./model";

export function sheetsFromXlsx(bytes: Uint8Array): SimSheet[] {
  const book = openWorkbook(bytes);
  return book.sheets
    .filter((s) => s.kind === "worksheet")
    .map((info) => {
      const read = book.readSheet(info.name);
      const origin = read.origin ?? { row: 1, col: 1 };
      const pad = <T>(rows: T[][], fill: T): T[][] =>
        Array.from({ length: origin.row - 1 }, (): T[] => []).concat(
          rows.map((r) => Array.from({ length: origin.col - 1 }, () => fill).concat(r)),
        );
      const values = pad(
        read.values.map((r) => r.map((v) => v as SimValue)),
        null,
      );
      return sheetFromGrid(info.name, values, read.formats ? pad(read.formats, "General") : undefined);
    });
}
