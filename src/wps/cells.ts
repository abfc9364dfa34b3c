// Value2 as the core reads cells, and A1 addresses for ET's Range(). ET hands a multi-cell range's
// Value2 back as an array of row arrays and one cell as a scalar (WPS-NOTES §2); how it shapes a 1×N or
// N×1 range and what an empty cell is (null, undefined or "") are open (WPS-NOTES §6 question 2), so
// every shape and every empty is accepted here.
import { columnLetters } from "../core";
import type { CellValue } from "../core/types";
import type { EtValue } from "./et";

/** A rectangle of a sheet: 1-based top-left cell, size in cells. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function address(area: Area): string {
  const first = columnLetters(area.col) + area.row;
  if (area.rows === 1 && area.cols === 1) return first;
  return first + ":" + columnLetters(area.col + area.cols - 1) + (area.row + area.rows - 1);
}

/**
 * Error cells. ET may give their text ("#N/A") or, as VBA's CVErr does through COM, the error as an
 * HRESULT number 0x800A0000 + xlErr code; either way the core gets the text (how it reads them).
 */
const ERROR_BASE = -2146828288; // 0x800A0000 as a signed 32-bit integer
const ERROR_TEXTS: Record<number, string> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
  2043: "#GETTING_DATA",
};

export function cellOf(v: EtValue | unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "number") {
    const text = ERROR_TEXTS[v - ERROR_BASE];
    return text === undefined ? v : text;
  }
  if (typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Value2 of a range of `rows` × `cols` as row arrays of core cells, whatever shape ET chose. */
export function rowsOf(value2: unknown, rows: number, cols: number): CellValue[][] {
  if (!Array.isArray(value2)) return [[cellOf(value2)]];
  const list = value2 as unknown[];
  if (list.length > 0 && !Array.isArray(list[0])) {
    // A flat array: one row of a 1×N range, or the cells of an N×1 range top to bottom.
    return rows === 1 && cols > 1 ? [list.map(cellOf)] : list.map((v) => [cellOf(v)]);
  }
  return list.map((row) => (Array.isArray(row) ? row.map(cellOf) : [cellOf(row)]));
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** "E2" or "A4:B6" as an area; null when it is not one. */
export function parseA1Area(a1: string): Area | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(a1.toUpperCase());
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  const lastCol = m[3] ? columnNumber(m[3]) : col;
  const lastRow = m[4] ? Number(m[4]) : row;
  return {
    row: Math.min(row, lastRow),
    col: Math.min(col, lastCol),
    rows: Math.abs(lastRow - row) + 1,
    cols: Math.abs(lastCol - col) + 1,
  };
}

/** The smallest area holding both. */
export function union(a: Area, b: Area): Area {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const lastRow = Math.max(a.row + a.rows, b.row + b.rows);
  const lastCol = Math.max(a.col + a.cols, b.col + b.cols);
  return { row, col, rows: lastRow - row, cols: lastCol - col };
}
