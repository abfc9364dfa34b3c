// Reading the indicator cells of every data row at once into typed arrays: no object per cell, so
// 40,000-row sheets stay fast, and the fractions rule (SPEC §6) can look at a whole column before
// rows are judged. One pass down the sheet: each row's cells are fetched once, to tell whether it is
// a data row, to read its indicators (a row's values sit side by side) and to hand it to the row reader.

import { isPercentFormat, parseCell } from "./parse-cell";
import type { IndicatorKind, NumberIssue, NumberRead } from "./parse-cell";
import { round15 } from "./text";
import type { CellValue, SheetInput } from "./types";

/** Per cell: 0 = a plain number, 1 = a number with a percent marker or ratio form, else an issue. */
export const PLAIN = 0;
export const MARKED = 1;
export const ISSUES: NumberIssue[] = ["missing", "not-a-number", "error-value", "boolean"];
const ISSUE_BASE = 2;

/** The indicators of data rows: row k's indicator i at k * width + i. */
export interface IndicatorGrid {
  /** Data row k is input.values[at[k]]. */
  at: Int32Array;
  width: number;
  values: Float64Array;
  states: Uint8Array;
  /** By indicator: true when the column holds fractions and its plain numbers were read ×100. */
  fractions: boolean[];
}

export function issueOf(state: number): NumberIssue | null {
  return state >= ISSUE_BASE ? ISSUES[state - ISSUE_BASE] : null;
}

/** One indicator column to read: c is 0-based within input.values' rows. */
export interface ColumnSpec {
  c: number;
  kind: IndicatorKind;
}

/** Takes each data row's cells while they are at hand (the row reader's first pass). */
export interface RowSink {
  take(k: number, cells: CellValue[]): void;
}

/** The rows below the header, and which of them are data (data-rows.ts). */
export interface RowSource {
  /** Index in input.values of the first row below the header. */
  first: number;
  /** How many rows there are below it. */
  below: number;
  isData(r: number, cells: CellValue[]): boolean;
}

const NO_FORMAT: string[] = [];
const NO_CELLS: CellValue[] = [];

// A text cell's reading depends on its text and its column's kind only (formats matter for numbers):
// kept from run to run, like the tier and flag words, so a second click re-reads no text. Emptied
// when it grows past MAX_TEXTS.
const MAX_TEXTS = 100000;
const textReads: Record<IndicatorKind, Map<string, NumberRead>> = {
  rate: new Map(),
  ratio: new Map(),
  money: new Map(),
};

/** A cell that is not a finite number: a text is parsed once per distinct text and kind. */
function readOther(raw: CellValue | undefined, format: string | undefined, kind: IndicatorKind): NumberRead {
  if (typeof raw !== "string") return parseCell(raw, format, kind);
  const texts = textReads[kind];
  let read = texts.get(raw);
  if (read === undefined) {
    read = parseCell(raw, format, kind);
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(raw, read);
  }
  return read;
}

/** True when column i (of m) has plain numbers before `end` and every one of them is between 0 and 1. */
function allPlainFractions(values: Float64Array, states: Uint8Array, i: number, m: number, end: number): boolean {
  let plain = false;
  for (let j = i; j < end; j += m) {
    if (states[j] !== PLAIN) continue;
    if (values[j] < 0 || values[j] > 1) return false; // most columns stop at their first row
    plain = true;
  }
  return plain;
}

/**
 * The given columns of the data rows among `rows`. Each data row's cells go to the sink too, so the
 * rest of the row is read in the same pass down the sheet.
 */
export function readIndicators(input: SheetInput, rows: RowSource, specs: ColumnSpec[], sink: RowSink): IndicatorGrid {
  const m = specs.length;
  // Room for every row below the header; the few that are not data leave the end unused.
  const at = new Int32Array(rows.below);
  const values = new Float64Array(rows.below * m);
  const states = new Uint8Array(rows.below * m);
  const cols: number[] = [];
  // A column's cells mostly share one format string: remember the last answer.
  const lastFormat: (string | undefined)[] = [];
  const lastPercent: boolean[] = [];
  const percentFormatted: boolean[] = [];
  for (const spec of specs) {
    cols.push(spec.c);
    lastFormat.push("General");
    lastPercent.push(false);
    percentFormatted.push(false);
  }
  const grid = input.values;
  const formats = input.formats;
  let n = 0; // data rows so far
  for (let r = rows.first, j = 0; r < grid.length; r++) {
    const cells = grid[r] || NO_CELLS;
    if (!rows.isData(r, cells)) continue;
    const formatRow = formats ? formats[r] || NO_FORMAT : NO_FORMAT;
    at[n] = r;
    sink.take(n, cells);
    n++;
    for (let i = 0; i < m; i++, j++) {
      const c = cols[i];
      const raw = cells[c];
      if (typeof raw === "number" && isFinite(raw)) {
        // The common case, without allocating: a number, perhaps with a % format.
        const format = formatRow[c];
        if (format !== lastFormat[i]) {
          lastFormat[i] = format;
          lastPercent[i] = isPercentFormat(format);
          if (lastPercent[i]) percentFormatted[i] = true;
        }
        if (lastPercent[i]) {
          values[j] = round15(raw * 100);
          states[j] = MARKED;
          continue;
        }
        values[j] = round15(raw);
      } else {
        const read = readOther(raw, formatRow[c], specs[i].kind);
        if (!read.ok) {
          states[j] = ISSUE_BASE + ISSUES.indexOf(read.code);
          continue;
        }
        values[j] = read.value;
        if (!read.plain) states[j] = MARKED;
      }
    }
  }
  const fractions = specs.map(
    (spec, i) => spec.kind === "rate" && !percentFormatted[i] && allPlainFractions(values, states, i, m, n * m),
  );
  for (let i = 0; i < m; i++) {
    if (!fractions[i]) continue;
    for (let j = i; j < n * m; j += m) if (states[j] === PLAIN) values[j] = round15(values[j] * 100);
  }
  return {
    at: at.subarray(0, n),
    width: m,
    values: values.subarray(0, n * m),
    states: states.subarray(0, n * m),
    fractions,
  };
}
