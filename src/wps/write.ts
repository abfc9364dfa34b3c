// Writing a block of OutCells into ET: the block's old contents, fills and bold cleared; number formats
// by column runs ("@" for every string, so text never becomes a formula or a number); the values as one
// Value2 array; then fills (BGR) and bold by column runs.
import type { Fill, OutCell, OutputBlock } from "../core/types";
import { address, Area, rowsOf } from "./cells";
import { XL } from "./et";
import type { EtRange, EtWorksheet } from "./et";

/** The fills of Excel's Good / Neutral / Bad styles, as the Office.js adapter and the .xlsx writer use them. */
export const FILL_HEX: Record<Fill, string> = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE" };

/** "#RRGGBB" as ET's colour integer: blue in the high byte, red in the low (VBA's RGB()). */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  const r = (n >> 16) & 0xff;
  const g = (n >> 8) & 0xff;
  const b = n & 0xff;
  return (b << 16) | (g << 8) | r;
}

export function cellFormat(c: OutCell): string {
  if (typeof c.value === "string") return "@";
  if (c.value === null) return "General";
  return c.numFmt || "General";
}

/** The block's rows padded to its widest row. */
export function padded(cells: OutCell[][]): OutCell[][] {
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  return cells.map((r) =>
    r.length === width ? r : r.concat(Array.from({ length: width - r.length }, () => ({ value: null }))),
  );
}

/** Runs down each column of cells with the same key (null: no run), as sheet areas. */
export function columnRuns(
  cells: OutCell[][],
  at: { row: number; col: number },
  key: (c: OutCell) => string | null,
): { area: Area; key: string }[] {
  const runs: { area: Area; key: string }[] = [];
  const width = cells.length > 0 ? cells[0].length : 0;
  for (let c = 0; c < width; c++) {
    let start = 0;
    for (let r = 1; r <= cells.length; r++) {
      const k = key(cells[start][c]);
      if (r < cells.length && key(cells[r][c]) === k) continue;
      if (k !== null) runs.push({ key: k, area: { row: at.row + start, col: at.col + c, rows: r - start, cols: 1 } });
      start = r;
    }
  }
  return runs;
}

function valueOf(c: OutCell): string | number | null {
  return c.value;
}

/**
 * The values as one Value2: a scalar for one cell, row arrays otherwise. Empty cells are null: the
 * block was cleared first, so whether ET reads null as "clear" or as "leave alone" does not matter.
 */
function writeValues(range: EtRange, cells: OutCell[][]): void {
  if (cells.length === 1 && cells[0].length === 1) range.Value2 = valueOf(cells[0][0]);
  else range.Value2 = cells.map((row) => row.map(valueOf));
}

/**
 * Strings that did not come back as the same text (a host that took "=…" as a formula or "001" as a
 * number despite "@") are written again behind an apostrophe, Excel's way of forcing text.
 */
function keepText(ws: EtWorksheet, range: EtRange, area: Area, cells: OutCell[][]): void {
  const back = rowsOf(range.Value2, area.rows, area.cols);
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell.value !== "string" || cell.value === "") return;
      const got = back[r] ? back[r][c] : null;
      if (got === cell.value) return;
      ws.Range(address({ row: area.row + r, col: area.col + c, rows: 1, cols: 1 })).Value2 = "'" + cell.value;
    }),
  );
}

/** The longest address list ET's Range() is sure to take: VBA's limit for Range("A1,C3:C9,…"). */
const MAX_LIST = 255;

/** Addresses in lists of at most MAX_LIST characters once joined by commas. */
export function addressLists(addresses: string[]): string[][] {
  const lists: string[][] = [];
  let list: string[] = [];
  let length = 0;
  for (const a of addresses) {
    if (list.length > 0 && length + 1 + a.length > MAX_LIST) {
      lists.push(list);
      list = [];
      length = 0;
    }
    length += (list.length > 0 ? 1 : 0) + a.length;
    list.push(a);
  }
  if (list.length > 0) lists.push(list);
  return lists;
}

/**
 * Whether ET's Range() takes a multi-area address ("A1,C3:C9") is not documented: null until tried.
 * The first list is checked on its last area; a refusal, or a range that kept only its first area,
 * turns them off for the rest of the block and the list is painted area by area.
 */
export interface Lists {
  multiArea: boolean | null;
}

/** `set` on every address ("C3:C9", "5:5"), many at a time where ET's Range() takes a list. */
export function paint(
  ws: EtWorksheet,
  lists: Lists,
  addresses: string[],
  set: (range: EtRange) => void,
  took: (range: EtRange) => boolean,
): void {
  for (const list of addressLists(addresses)) {
    if (list.length > 1 && lists.multiArea !== false) {
      try {
        set(ws.Range(list.join(",")));
        if (lists.multiArea === null) lists.multiArea = took(ws.Range(list[list.length - 1]));
        if (lists.multiArea) continue;
      } catch {
        lists.multiArea = false;
      }
    }
    for (const a of list) set(ws.Range(a));
  }
}

/** Runs by key: the addresses of each key's areas, in column order. */
function byKey(runs: { area: Area; key: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const run of runs) {
    const addresses = out.get(run.key);
    if (addresses) addresses.push(address(run.area));
    else out.set(run.key, [address(run.area)]);
  }
  return out;
}

/**
 * Writes the block; the caller has checked that the sheet is not protected. Formats, fills and bold go
 * by column runs, the runs of one key together in multi-area ranges: a few hundred calls for a 40,000-row
 * sheet whose rows alternate, instead of one per cell.
 */
export function writeBlock(ws: EtWorksheet, block: OutputBlock): void {
  const cells = padded(block.cells);
  if (cells.length === 0 || cells[0].length === 0) return;
  const at = { row: block.firstRow, col: block.firstCol };
  const area: Area = { ...at, rows: cells.length, cols: cells[0].length };
  const range = ws.Range(address(area));
  range.ClearContents();
  range.Interior.ColorIndex = XL.colorIndexNone; // stale colours of a previous run
  range.Font.Bold = false;
  const lists: Lists = { multiArea: null };
  byKey(columnRuns(cells, at, cellFormat)).forEach((areas, format) =>
    paint(
      ws,
      lists,
      areas,
      (r) => (r.NumberFormat = format),
      (r) => r.NumberFormat === format,
    ),
  );
  writeValues(range, cells);
  keepText(ws, range, area, cells);
  byKey(columnRuns(cells, at, (c) => (c.fill ? FILL_HEX[c.fill] : null))).forEach((areas, hex) =>
    paint(
      ws,
      lists,
      areas,
      (r) => (r.Interior.Color = bgr(hex)),
      (r) => r.Interior.Color === bgr(hex),
    ),
  );
  byKey(columnRuns(cells, at, (c) => (c.bold ? "bold" : null))).forEach((areas) =>
    paint(
      ws,
      lists,
      areas,
      (r) => (r.Font.Bold = true),
      (r) => r.Font.Bold === true,
    ),
  );
}
