// Node-only: loads an .xlsx into simulator sheets through src/xlsx. Kept apart so the rest of
// the simulator stays browser-safe for the e2e bundle.
import { readFileSync } from "fs";
import { openWorkbook } from "../../../src/xlsx";
import { parseAddress } from "./address";
import { SimSheet, sheetFromGrid, SimValue } from "./model";

/** Every worksheet of the file, with values, number formats and merges, as a simulated workbook holds them. */
export function loadXlsxSheets(path: string): SimSheet[] {
  const book = openWorkbook(new Uint8Array(readFileSync(path)));
  return book.sheets
    .filter((s) => s.kind === "worksheet")
    .map((info) => {
      const read = book.readSheet(info.name);
      const origin = read.origin ?? { row: 1, col: 1 };
      const pad = <T>(rows: T[][], fill: T): T[][] =>
        Array.from({ length: origin.row - 1 }, (): T[] => []).concat(
          rows.map((r) => Array.from({ length: origin.col - 1 }, () => fill).concat(r)),
        );
      const values = pad(read.values.map((r) => r.map((v) => v as SimValue | null)), null);
      const formats = read.formats ? pad(read.formats, "General") : undefined;
      const sheet = sheetFromGrid(info.name, values, formats);
      sheet.merges = read.merges.map((m) => parseAddress(m)).filter((r): r is NonNullable<typeof r> => r !== null);
      return sheet;
    });
}
