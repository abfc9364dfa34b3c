// Reading: which sheet, is it protected, how big is it, which of our sheets exist, and its first
// rows (sync 1, the probe); then the rest of its cells in row blocks packed up to the payload
// budget, with number formats only for the columns the core reads them from.
import { classifySheet, columnsUsingFormats, HEADER_SEARCH_ROWS } from "../core";
import type { CellValue, Rules, SheetInput } from "../core/types";
import { excelErrorCode } from "./errors";
import { Area, jsonBytes, PAYLOAD_BUDGET, rangeAt, utf8Length } from "./ranges";
import type { Session } from "./session";

/**
 * Rows the probe reads from the top of the used range (values + numberFormat of every column):
 * the header search area, a sample of data rows to size the blocks by, and the whole of a
 * district sheet, which then needs no read of its own.
 */
export const PROBE_ROWS = 100;

/** Planned blocks assume rows to come are this much bigger than the rows read so far. */
const ESTIMATE_MARGIN = 1.04;

export interface Grid {
  values: CellValue[][];
  formats: string[][];
}

export interface Probe {
  ws: Excel.Worksheet;
  name: string;
  protected: boolean | null; // null: this Excel cannot tell (ExcelApi < 1.2)
  used: Area;
  exists(name: string): boolean;
  /** The first rows of `used` (all of them when there are at most PROBE_ROWS), every column; null when not read. */
  head: Grid | null;
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

/**
 * Queues everything the first sync needs to know about the target sheet, and (headRows > 0)
 * the first headRows rows of its used range: used ∩ the sheet rows from its top row down,
 * built from ExcelApi 1.1 calls only (getCell, getBoundingRect, getEntireRow, getIntersection).
 */
export function queueProbe(
  s: Session,
  sheetName: string | undefined,
  others: string[],
  headRows = 0,
  along?: (ws: Excel.Worksheet) => void,
): () => Probe {
  const sheets = s.ctx.workbook.worksheets;
  const ws = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  if (along) along(ws); // other reads of the same sheet ride with the probe (its page setup)
  ws.load(s.caps.protection ? "name, protection/protected" : "name");
  const used = usedRange(ws, s).load("rowIndex, columnIndex, rowCount, columnCount");
  const band =
    headRows > 0
      ? used
          .getIntersection(
            used
              .getCell(0, 0)
              .getBoundingRect(used.getCell(headRows - 1, 0))
              .getEntireRow(),
          )
          .load("values, numberFormat")
      : null;
  const lookup = queueSheetLookup(s, others);
  return () => ({
    ws,
    name: ws.name,
    protected: s.caps.protection ? ws.protection.protected : null,
    used: { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    exists: lookup(),
    head: band ? { values: band.values as CellValue[][], formats: band.numberFormat as string[][] } : null,
  });
}

/**
 * Sync 1. The first rows come along; if Excel refuses them (a response over its limit: a used
 * range thousands of columns wide; or a used range ending at the grid's last rows) the probe
 * is repeated without them and the cells are read the old way, every column's format included.
 */
export async function probeSheet(
  s: Session,
  sheetName: string | undefined,
  others: string[],
  along?: (ws: Excel.Worksheet) => void,
): Promise<Probe> {
  const withHead = queueProbe(s, sheetName, others, PROBE_ROWS, along);
  try {
    await s.sync();
    return withHead();
  } catch (e) {
    const code = excelErrorCode(e);
    if (code !== "ResponsePayloadSizeLimitExceeded" && code !== "InvalidArgument" && code !== "ItemNotFound") throw e;
    console.warn("township-tiers: the probe's first rows were refused; probing without them", e);
  }
  const bare = queueProbe(s, sheetName, others, 0, along);
  await s.sync();
  return bare();
}

/**
 * The 0-based columns of `area` whose number formats the core will read, judged from the
 * first rows (the core finds the header block and maps columns from the first HEADER_SEARCH_ROWS rows alone).
 * With the rules known the answer is exact (the indicator columns, columnsUsingFormats);
 * with rules still unknown (a 规则 sheet not read yet, whose labels may name columns) it is
 * every column with text in those rows: a header cell is text, so no indicator column is missed.
 */
export function formatColumns(name: string, area: Area, head: Grid, rules: Rules | null): number[] {
  const top = head.values.slice(0, HEADER_SEARCH_ROWS);
  if (rules) {
    const origin = { row: area.row + 1, col: area.col + 1 };
    try {
      const { columns } = classifySheet({ name, values: top, origin }, rules, { lang: "en" });
      return columnsUsingFormats(columns).map((c) => c - origin.col);
    } catch {
      // No header row or a required column missing: the full run stops with the same error.
    }
  }
  const out: number[] = [];
  for (let c = 0; c < area.cols; c++) {
    if (top.some((row) => typeof row[c] === "string")) out.push(c);
  }
  return out;
}

/** Adjacent columns joined: [start, count] spans, one range each. */
export function spansOf(cols: number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const c of cols) {
    const last = spans[spans.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else spans.push([c, 1]);
  }
  return spans;
}

/** Bytes per row seen so far: values of the whole row, and each column's number formats. */
class RowBytes {
  private rows = 0;
  private values = 0;
  private readonly formats: number[];
  constructor(cols: number) {
    this.formats = [];
    for (let c = 0; c < cols; c++) this.formats.push(0);
  }

  /** Rows with every column's format (the probe's rows), counted cell by cell. */
  addRows(grid: Grid, from: number): void {
    for (let r = from; r < grid.values.length; r++) {
      this.values += jsonBytes(grid.values[r]);
      const f = grid.formats[r];
      for (let c = 0; c < this.formats.length; c++) this.formats[c] += utf8Length(f[c]) + 3;
      this.rows++;
    }
  }

  /** A block read: values bytes, and the bytes of each span's formats shared by its columns. */
  addBlock(rows: number, valueBytes: number, spans: [number, number][], spanBytes: number[]): void {
    this.values += valueBytes;
    spans.forEach(([start, count], i) => {
      for (let c = start; c < start + count; c++) this.formats[c] += spanBytes[i] / count;
    });
    this.rows += rows;
  }

  /** Estimated response bytes per row for these spans, or null before any row was seen. */
  perRow(spans: [number, number][]): number | null {
    if (this.rows === 0) return null;
    let bytes = this.values;
    for (const [start, count] of spans) {
      for (let c = start; c < start + count; c++) bytes += this.formats[c];
      bytes += 2 * this.rows; // the brackets of each row
    }
    return bytes / this.rows;
  }
}

/** Rows for a first block without any sample: a generous 48 bytes per cell (value + number format). */
function blindBlockRows(cols: number): number {
  return Math.max(1, Math.floor(PAYLOAD_BUDGET / (48 * cols)));
}

/** How the cells below the probe's rows are read. */
export interface ReadPlan {
  /** The first rows of the area, already read with every column's format. */
  head: Grid;
  /** The 0-based columns whose formats to read; asked before each block (the answer may narrow). */
  formatColumns(): number[];
}

/**
 * Reads `area` in as few syncs as the budget allows: values of every column and, with a plan,
 * number formats only of plan.formatColumns() (the other cells get "General", which the core
 * never looks at). Blocks are planned evenly over the rows left from the bytes per row seen so
 * far, so each comes close to the budget; a refused response halves the block.
 * `alongFirst` queues other reads that ride with the first sync (null: nothing to read); when
 * the plan's head already holds every row, that sync carries only them, or is skipped.
 */
export async function readArea(
  s: Session,
  ws: Excel.Worksheet,
  area: Area,
  alongFirst: () => (() => void) | null,
  plan?: ReadPlan,
): Promise<Grid> {
  const grid: Grid = { values: [], formats: [] };
  const bytes = new RowBytes(area.cols);
  if (plan) {
    const head = plan.head;
    for (let r = 0; r < head.values.length && r < area.rows; r++) {
      grid.values.push(head.values[r]);
      grid.formats.push(head.formats[r]);
    }
    // The title and header rows say little about the size of the rows below them.
    bytes.addRows(grid, grid.values.length > 2 * HEADER_SEARCH_ROWS ? HEADER_SEARCH_ROWS : 0);
  }
  let pendingFirst = true;
  let cap = Number.POSITIVE_INFINITY; // rows per block after a refusal
  if (grid.values.length >= area.rows) {
    const collect = alongFirst();
    if (collect) {
      await s.sync();
      collect();
    }
    return grid;
  }
  for (let done = grid.values.length; done < area.rows;) {
    const cols = plan ? plan.formatColumns() : null;
    const spans: [number, number][] = cols ? spansOf(cols) : [[0, area.cols]];
    const left = area.rows - done;
    const perRow = bytes.perRow(spans);
    let n =
      perRow === null
        ? blindBlockRows(area.cols)
        : Math.ceil(left / Math.ceil((left * perRow * ESTIMATE_MARGIN) / PAYLOAD_BUDGET));
    n = Math.max(1, Math.min(n, cap, left));
    const rows = { row: area.row + done, rows: n };
    const block = rangeAt(ws, s.caps, { ...rows, col: area.col, cols: area.cols });
    block.load(cols ? "values" : "values, numberFormat");
    const formatRanges = cols
      ? spans.map(([start, count]) =>
          rangeAt(ws, s.caps, { ...rows, col: area.col + start, cols: count }).load("numberFormat"),
        )
      : [block];
    const collect = pendingFirst ? alongFirst() : null;
    try {
      await s.sync();
    } catch (e) {
      if (excelErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || n === 1) throw e;
      cap = Math.ceil(n / 2);
      continue;
    }
    if (collect) collect();
    pendingFirst = false;
    const values = block.values as CellValue[][];
    const spanFormats = formatRanges.map((r) => r.numberFormat as string[][]);
    for (let i = 0; i < n; i++) {
      grid.values.push(values[i]);
      grid.formats.push(cols ? formatRow(area.cols, spans, spanFormats, i) : spanFormats[0][i]);
    }
    bytes.addBlock(n, jsonBytes(values), spans, spanFormats.map(jsonBytes));
    done += n;
  }
  return grid;
}

/** One row of formats: the spans' formats where read, "General" everywhere else. */
function formatRow(cols: number, spans: [number, number][], spanFormats: string[][][], i: number): string[] {
  const row: string[] = [];
  for (let c = 0; c < cols; c++) row.push("General");
  spans.forEach(([start, count], k) => {
    const read = spanFormats[k][i];
    for (let j = 0; j < count; j++) row[start + j] = read[j];
  });
  return row;
}

export function isBlankGrid(grid: Grid): boolean {
  return grid.values.every((row) => row.every((v) => v === "" || v === null));
}

export function sheetInput(name: string, area: Area, grid: Grid): SheetInput {
  return { name, values: grid.values, formats: grid.formats, origin: { row: area.row + 1, col: area.col + 1 } };
}
