// Reading whole indicator columns at once into typed arrays: no object per cell, so 40,000-row
// sheets stay fast, and the fractions rule (SPEC §6) can look at a column before rows are judged.

import { isPercentFormat, parseCell } from "./parse-cell";
import type { IndicatorKind, NumberIssue } from "./parse-cell";
import { round15 } from "./text";
import type { CellValue, SheetInput } from "./types";

/** Per cell: 0 = a plain number, 1 = a number with a percent marker or ratio form, else an issue. */
export const PLAIN = 0;
export const MARKED = 1;
export const ISSUES: NumberIssue[] = ["missing", "not-a-number", "error-value", "boolean"];
const ISSUE_BASE = 2;

export interface ColumnRead {
  values: Float64Array;
  states: Uint8Array;
  /** True when the column holds fractions and its plain numbers must be read ×100. */
  fractions: boolean;
}

export function issueOf(state: number): NumberIssue | null {
  return state >= ISSUE_BASE ? ISSUES[state - ISSUE_BASE] : null;
}

/** A data row: its cells and its 1-based sheet row. */
export interface DataRow {
  cells: CellValue[];
  row: number;
}

function formatAt(input: SheetInput, row: number, c: number): string | undefined {
  const formats = input.formats ? input.formats[row - (input.origin ? input.origin.row : 1)] : undefined;
  return formats ? formats[c] : undefined;
}

/** Column c (0-based within input.values) of every data row. */
export function readColumn(input: SheetInput, rows: DataRow[], c: number, kind: IndicatorKind): ColumnRead {
  const n = rows.length;
  const values = new Float64Array(n);
  const states = new Uint8Array(n);
  let percentFormatted = false;
  let plainCount = 0;
  let allFractions = true;
  for (let k = 0; k < n; k++) {
    const raw = rows[k].cells[c];
    if (typeof raw === "number" && isFinite(raw)) {
      // The common case, without allocating: a number, perhaps with a % format.
      if (isPercentFormat(formatAt(input, rows[k].row, c))) {
        percentFormatted = true;
        values[k] = round15(raw * 100);
        states[k] = MARKED;
        continue;
      }
      values[k] = round15(raw);
    } else {
      const read = parseCell(raw, formatAt(input, rows[k].row, c), kind);
      if (!read.ok) {
        states[k] = ISSUE_BASE + ISSUES.indexOf(read.code);
        continue;
      }
      values[k] = read.value;
      if (!read.plain) {
        states[k] = MARKED;
        continue;
      }
    }
    plainCount++;
    if (values[k] < 0 || values[k] > 1) allFractions = false;
  }
  const fractions = kind === "rate" && !percentFormatted && plainCount > 0 && allFractions;
  if (fractions) {
    for (let k = 0; k < n; k++) if (states[k] === PLAIN) values[k] = round15(values[k] * 100);
  }
  return { values, states, fractions };
}
