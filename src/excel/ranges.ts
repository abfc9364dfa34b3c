// Addresses, ranges by position, and payload sizes.
import { columnLetters } from "../core";
import type { Capabilities } from "./capabilities";

/** A rectangle of the sheet, 0-based like Office.js rowIndex/columnIndex. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * What one context.sync() may carry each way. Excel on the web refuses more than 5 MB;
 * we stay under 4 MB with room for Office.js's own framing of each operation.
 */
export const PAYLOAD_BUDGET = 3_500_000;

/** Our estimate of the framing Office.js adds around one range operation (object path + action). */
export const OP_BYTES = 400;

/** Column letters of a 0-based column index (the core counts columns from 1). */
export function colLetters(col: number): string {
  return columnLetters(col + 1);
}

export function a1(area: Area): string {
  const first = colLetters(area.col) + (area.row + 1);
  if (area.rows === 1 && area.cols === 1) return first;
  return `${first}:${colLetters(area.col + area.cols - 1)}${area.row + area.rows}`;
}

/** "B4:C6" → Area; null when it is not a plain A1 reference. */
export function parseA1(address: string): Area | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(address.replace(/\$/g, "").toUpperCase());
  if (!m) return null;
  const col = (letters: string) => letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1,
    c0 = col(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0,
    c1 = m[3] ? col(m[3]) : c0;
  return { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

/** The smallest area holding both. */
export function union(a: Area, b: Area): Area {
  const row = Math.min(a.row, b.row),
    col = Math.min(a.col, b.col);
  const rows = Math.max(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.max(a.col + a.cols, b.col + b.cols) - col;
  return { row, col, rows, cols };
}

/** getRangeByIndexes on 1.7+, the same cells through an A1 address below. */
export function rangeAt(ws: Excel.Worksheet, caps: Capabilities, area: Area): Excel.Range {
  return caps.rangeByIndexes ? ws.getRangeByIndexes(area.row, area.col, area.rows, area.cols) : ws.getRange(a1(area));
}

/** UTF-8 length of a string, without TextEncoder (absent in the IE11 webview). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(data: unknown): number {
  return data === undefined ? 0 : utf8Length(JSON.stringify(data));
}
