// What every simulated ET object shares: the workbook, the answers to the open questions, the
// application's switches and a log of what the adapter did (writes with the screen on, calls).
import type { SimBook, SimSheet } from "./model";
import type { SimOptions } from "./options";

export interface SimLog {
  /** Writes to cells, formats, sizes, charts. */
  writes: number;
  /** Of those, made while Application.ScreenUpdating was true. */
  writesWithScreenOn: number;
  /** Range() calls (reads and writes): the cost of a run. */
  ranges: number;
}

export interface SimEnv {
  book: SimBook;
  options: SimOptions;
  app: { ScreenUpdating: boolean; DisplayAlerts: boolean };
  log: SimLog;
  /** Counts a write, or throws like ET when the sheet is protected. */
  write(sheet: SimSheet): void;
  worksheet(sheet: SimSheet): unknown;
}

export function protectedError(sheet: SimSheet): Error {
  return new Error(`您试图更改的单元格或图表位于受保护的工作表“${sheet.name}”中。`);
}
