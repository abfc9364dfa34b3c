// Reading a sheet from ET into the core's SheetInput: the used range's Value2 in one call, and number
// formats only for the columns the core reads them from (the seven indicators). ET gives one format per
// range, or null when its cells differ (WPS-NOTES §2), so a column is read whole and halved where mixed:
// a column of one format costs one call, a header cell over percent cells a handful.
import { classifySheet, columnsUsingFormats, HEADER_SEARCH_ROWS } from "../core";
import type { CellValue, Rules, SheetInput } from "../core/types";
import { address, Area, rowsOf } from "./cells";
import type { EtWorksheet } from "./et";

const GENERAL = "General";

export function usedArea(ws: EtWorksheet): Area {
  const used = ws.UsedRange;
  return { row: used.Row, col: used.Column, rows: used.Rows.Count, cols: used.Columns.Count };
}

/** The cells of `area`, every row `area.cols` wide. */
export function readValues(ws: EtWorksheet, area: Area): CellValue[][] {
  const rows = rowsOf(ws.Range(address(area)).Value2, area.rows, area.cols);
  return rows.map((row) => {
    while (row.length < area.cols) row.push(null);
    return row;
  });
}

/** The used range's values, no formats: the product's own sheets (规则, 上年对照), which the core reads by value. */
export function readUsedValues(ws: EtWorksheet): SheetInput {
  const area = usedArea(ws);
  return { name: ws.Name, values: readValues(ws, area), origin: { row: area.row, col: area.col } };
}

export function isBlankValues(values: CellValue[][]): boolean {
  return values.every((row) => row.every((v) => v === null || v === ""));
}

/** The 1-based sheet columns whose formats the core reads, found from the first rows as the full run will find them. */
export function formatColumns(name: string, area: Area, values: CellValue[][], rules: Rules): number[] {
  const top = values.slice(0, HEADER_SEARCH_ROWS);
  try {
    const { columns } = classifySheet({ name, values: top, origin: { row: area.row, col: area.col } }, rules, {
      lang: "en",
    });
    return columnsUsingFormats(columns);
  } catch {
    return []; // no header block or a required column missing: the full run stops with the same error
  }
}

/** Number formats of rows [0, rows) of one column from `firstRow`, by halving mixed ranges. */
export function columnFormats(ws: EtWorksheet, col: number, firstRow: number, rows: number): string[] {
  const out: string[] = [];
  const fill = (from: number, n: number) => {
    const format = ws.Range(address({ row: firstRow + from, col, rows: n, cols: 1 })).NumberFormat;
    if (typeof format === "string" || n === 1) {
      for (let i = 0; i < n; i++) out[from + i] = typeof format === "string" ? format : GENERAL;
      return;
    }
    const half = Math.floor(n / 2);
    fill(from, half);
    fill(from + half, n - half);
  };
  if (rows > 0) fill(0, rows);
  return out;
}

/** The sheet as the core reads it: every value of the used range, the formats of the indicator columns. */
export function readSheet(ws: EtWorksheet, rules: Rules): SheetInput {
  const area = usedArea(ws);
  const values = readValues(ws, area);
  const formats: string[][] = values.map((row) => row.map(() => GENERAL));
  for (const col of formatColumns(ws.Name, area, values, rules)) {
    const c = col - area.col;
    if (c < 0 || c >= area.cols) continue;
    columnFormats(ws, col, area.row, area.rows).forEach((f, r) => {
      formats[r][c] = f;
    });
  }
  return { name: ws.Name, values, formats, origin: { row: area.row, col: area.col } };
}
