// Reading whole indicator columns at once into typed arrays: no object per cell, so 40,000-row
// sheets stay fast, and the fractions rule (SPEC §6) can look at a column before rows are judged.

import { isPercentFormat, parseCell } from "./parse-cell";
import type { IndicatorKind, NumberIssue, NumberRead } from "./parse-cell";
import { round15 } from "./text";
import type { SheetInput } from "./types";

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

/** Column c (0-based within input.values) of the data rows; at[k] is data row k's index in input.values. */
export function readColumn(input: SheetInput, at: ArrayLike<number>, c: number, kind: IndicatorKind): ColumnRead {
  const n = at.length;
  const values = new Float64Array(n);
  const states = new Uint8Array(n);
  const grid = input.values;
  const formats = input.formats;
  // Text cells repeat ("98.5%", "108:100"): each distinct text is parsed once per column.
  const texts = new Map<string, NumberRead>();
  // A column's cells mostly share one format string: remember the last answer.
  let lastFormat: string | undefined = "General";
  let lastPercent = false;
  let percentFormatted = false;
  let plainCount = 0;
  let allFractions = true;
  for (let k = 0; k < n; k++) {
    const r = at[k];
    const raw = grid[r][c];
    const formatRow = formats ? formats[r] : undefined;
    const format = formatRow ? formatRow[c] : undefined;
    if (typeof raw === "number" && isFinite(raw)) {
      // The common case, without allocating: a number, perhaps with a % format.
      if (format !== lastFormat) {
        lastFormat = format;
        lastPercent = isPercentFormat(format);
      }
      if (lastPercent) {
        percentFormatted = true;
        values[k] = round15(raw * 100);
        states[k] = MARKED;
        continue;
      }
      values[k] = round15(raw);
    } else {
      let read = typeof raw === "string" ? texts.get(raw) : undefined;
      if (read === undefined) {
        read = parseCell(raw, format, kind);
        if (typeof raw === "string") texts.set(raw, read);
      }
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
