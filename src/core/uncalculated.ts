// Formula cells with no calculated result (SheetInput.uncalculated): which rows below the header hold
// one in a column the run reads. Those rows are data rows even when every cell reads empty, and they
// take the slow path, where each such cell is reported (rows.ts) instead of being read as empty.

import type { ColumnMap, SheetInput } from "./types";

const A1 = /^([A-Z]{1,3})(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

/** Indexes into input.values of the rows with an uncalculated cell in a mapped column; null when none. */
export function uncalculatedRows(input: SheetInput, columns: ColumnMap): Set<number> | null {
  const formulas = input.uncalculated;
  if (formulas === undefined) return null;
  const mapped: Record<number, true> = {};
  for (const key of Object.keys(columns) as (keyof ColumnMap)[]) mapped[columns[key] as number] = true;
  const originRow = input.origin ? input.origin.row : 1;
  const rows = new Set<number>();
  for (const ref of Object.keys(formulas)) {
    const m = A1.exec(ref);
    if (m !== null && mapped[columnNumber(m[1])]) rows.add(Number(m[2]) - originRow);
  }
  return rows.size > 0 ? rows : null;
}
