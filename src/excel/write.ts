// Writing a block of OutCells: number formats before values (so text never becomes a formula),
// "" for empty cells, then fills and bold (styles.ts), in syncs sized by bytes.
import type { OutCell } from "../core/types";
import type { Capabilities } from "./capabilities";
import { Area, jsonBytes, OP_BYTES, PAYLOAD_BUDGET, rangeAt } from "./ranges";
import type { Session } from "./session";
import { CellGrid, PARTIAL_LISTS_BYTES, queueStyles, styleBytesByRow } from "./styles";

/** Room kept in the last sync for the 规则 and 分类汇总 sheets. */
const TAIL_RESERVE = 200_000;

/** The range, its numberFormat, values, fill.clear and bold = false of one chunk. */
const CHUNK_BYTES = 5 * OP_BYTES;

export type CellBlock = CellGrid;

/** Rows padded to one width: missing cells are empty cells. */
export function cellBlock(row: number, col: number, cells: OutCell[][]): CellBlock {
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  const padded = cells.map((r) =>
    r.length === width ? r : r.concat(Array.from({ length: width - r.length }, () => ({ value: null }))),
  );
  return { row, col, width, cells: padded };
}

export function cellValue(c: OutCell): string | number {
  return c.value === null ? "" : c.value; // null in Office.js would mean "leave unchanged"
}

/** Strings are text ("@") whatever the core suggests: a leading = + - @ must stay text. */
export function cellFormat(c: OutCell): string {
  if (typeof c.value === "string") return "@";
  if (c.value === null) return "General";
  return c.numFmt || "General";
}

/** Splits rows into chunks whose queued writes (values, formats, styles) stay under the budget. */
export function planChunks(
  block: CellBlock,
  caps: Capabilities,
  budget = PAYLOAD_BUDGET - TAIL_RESERVE,
): [number, number][] {
  const chunks: [number, number][] = [];
  const styleBytes = styleBytesByRow(block, caps);
  const fixed = CHUNK_BYTES + (caps.rangeAreas ? PARTIAL_LISTS_BYTES : 0);
  let start = 0;
  let bytes = fixed;
  for (let r = 0; r < block.cells.length; r++) {
    const row =
      jsonBytes(block.cells[r].map(cellValue)) + jsonBytes(block.cells[r].map(cellFormat)) + 2 + styleBytes(r, start);
    if (r > start && bytes + row > budget) {
      chunks.push([start, r]);
      start = r;
      r--; // recount this row as the first of a new chunk: its runs all start here
      bytes = fixed;
      continue;
    }
    bytes += row;
  }
  if (block.cells.length > 0) chunks.push([start, block.cells.length]);
  return chunks;
}

/** Queues the writes for rows [from, to) of a block; with `valuesLast`, the values after the styles. */
export function queueCells(
  s: Session,
  ws: Excel.Worksheet,
  block: CellBlock,
  from: number,
  to: number,
  valuesLast?: boolean,
): void {
  if (to <= from || block.width === 0) return;
  const rows = block.cells.slice(from, to);
  const area: Area = { row: block.row + from, col: block.col, rows: rows.length, cols: block.width };
  const range = rangeAt(ws, s.caps, area);
  range.numberFormat = rows.map((r) => r.map(cellFormat));
  const values = () => (range.values = rows.map((r) => r.map(cellValue)));
  if (!valuesLast) values();
  range.format.fill.clear(); // stale colours of a previous run
  range.format.font.bold = false;
  queueStyles(ws, s.caps, block, from, to);
  if (valuesLast) values();
}

/** Pauses recalculation and painting until the next sync, where this Excel can. */
export function suspendUntilSync(s: Session): void {
  if (s.caps.suspendCalculation) s.ctx.workbook.application.suspendApiCalculationUntilNextSync();
  if (s.caps.suspendScreenUpdating) s.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * Writes a block in as few syncs as the budget allows. `tail` queues the small remaining
 * writes (other sheets) after the block, so a refused first write (protected sheet) leaves
 * everything untouched. With `separateTail` the tail gets a sync of its own, so a refusal
 * during the block is known to come from the block's sheet.
 */
export async function writeBlock(
  s: Session,
  ws: Excel.Worksheet,
  block: CellBlock,
  tail: () => void,
  separateTail: boolean,
): Promise<void> {
  const chunks = planChunks(block, s.caps);
  if (chunks.length === 0) chunks.push([0, 0]);
  for (let i = 0; i < chunks.length; i++) {
    suspendUntilSync(s);
    queueCells(s, ws, block, chunks[i][0], chunks[i][1]);
    if (i === chunks.length - 1 && !separateTail) tail();
    await s.sync();
  }
  if (separateTail) {
    suspendUntilSync(s);
    tail();
    await s.sync();
  }
}
