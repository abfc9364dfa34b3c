// Reading: which sheet, is it protected, how big is it, which of our sheets exist; then its
// cells in row blocks sized so no response passes the payload budget.
import type { CellValue, SheetInput } from "../core/types";
import { excelErrorCode } from "./errors";
import { Area, jsonBytes, PAYLOAD_BUDGET, rangeAt } from "./ranges";
import type { Session } from "./session";

export interface Probe {
  ws: Excel.Worksheet;
  name: string;
  protected: boolean | null; // null: this Excel cannot tell (ExcelApi < 1.2)
  used: Area;
  exists(name: string): boolean;
}

/** Queues a lookup of sheets by name; call the result after the next sync. */
export function queueSheetLookup(s: Session, names: string[]): () => (name: string) => boolean {
  const sheets = s.ctx.workbook.worksheets;
  if (s.caps.nullObjects) {
    const found = names.map((n) => ({ n, ws: sheets.getItemOrNullObject(n) }));
    return () => (name) => found.some((f) => f.n === name && !f.ws.isNullObject);
  }
  sheets.load("items/name");
  return () => {
    const have = sheets.items.map((w) => w.name.toLowerCase());
    return (name) => have.indexOf(name.toLowerCase()) >= 0;
  };
}

export function usedRange(ws: Excel.Worksheet, s: Session): Excel.Range {
  return s.caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
}

/** Queues everything the first sync needs to know about the target sheet. */
export function queueProbe(s: Session, sheetName: string | undefined, others: string[]): () => Probe {
  const sheets = s.ctx.workbook.worksheets;
  const ws = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  ws.load(s.caps.protection ? "name, protection/protected" : "name");
  const used = usedRange(ws, s).load("rowIndex, columnIndex, rowCount, columnCount");
  const lookup = queueSheetLookup(s, others);
  return () => ({
    ws,
    name: ws.name,
    protected: s.caps.protection ? ws.protection.protected : null,
    used: { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    exists: lookup(),
  });
}

export interface Grid {
  values: CellValue[][];
  formats: string[][];
}

/** Rows for the first block: a generous 48 bytes per cell (value + number format), before we know better. */
function firstBlockRows(cols: number): number {
  return Math.max(1, Math.floor(PAYLOAD_BUDGET / (48 * cols)));
}

/**
 * Reads `area` (values + invariant numberFormat) in as few syncs as the budget allows.
 * Block size adapts to the bytes per row actually seen; a refused response halves the block.
 * `alongFirst` queues other reads that ride with the first successful sync.
 */
export async function readArea(s: Session, ws: Excel.Worksheet, area: Area, alongFirst: () => () => void): Promise<Grid> {
  const grid: Grid = { values: [], formats: [] };
  let rows = firstBlockRows(area.cols);
  let pendingFirst = true;
  for (let done = 0; done < area.rows; ) {
    const n = Math.min(rows, area.rows - done);
    const block = rangeAt(ws, s.caps, { row: area.row + done, col: area.col, rows: n, cols: area.cols });
    block.load("values, numberFormat");
    const collect = pendingFirst ? alongFirst() : null;
    try {
      await s.sync();
    } catch (e) {
      if (excelErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || n === 1) throw e;
      rows = Math.ceil(n / 2);
      continue;
    }
    if (collect) collect();
    pendingFirst = false;
    const values = block.values as CellValue[][];
    const formats = block.numberFormat as string[][];
    for (let i = 0; i < n; i++) {
      grid.values.push(values[i]);
      grid.formats.push(formats[i]);
    }
    const perRow = (jsonBytes(values) + jsonBytes(formats)) / n;
    rows = Math.max(1, Math.floor(PAYLOAD_BUDGET / (perRow * 1.25 + 1)));
    done += n;
  }
  return grid;
}

export function isBlankGrid(grid: Grid): boolean {
  return grid.values.every((row) => row.every((v) => v === "" || v === null));
}

export function sheetInput(name: string, area: Area, grid: Grid): SheetInput {
  return { name, values: grid.values, formats: grid.formats, origin: { row: area.row + 1, col: area.col + 1 } };
}
