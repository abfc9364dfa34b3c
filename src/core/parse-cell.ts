// One raw cell (+ its number format) -> a number, or the reason it is not one (SPEC §6).
// Pure and total: never throws, whatever the value or format.

import { normalizeText, round15 } from "./text";
import type { CellValue, IndicatorKey } from "./types";

/** How an indicator's cells are written: percentages, a sex ratio, or money. */
export type IndicatorKind = "rate" | "ratio" | "money";

export function kindOf(key: IndicatorKey): IndicatorKind {
  if (key === "sexRatio") return "ratio";
  if (key === "fundingPerCapita") return "money";
  return "rate";
}

export type NumberIssue = "missing" | "not-a-number" | "error-value" | "boolean";

/** `plain` = a bare number with no percent marker: a candidate for the fractions rule of rate columns. */
export type NumberRead = { ok: true; value: number; plain: boolean } | { ok: false; code: NumberIssue };

const ERROR_VALUES = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#BUSY!",
];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const RATIO = /^([^:/]+)[:/]([^:/]+)$/;
const SPACES = /\s+/g;

const percentCache: Record<string, boolean> = Object.create(null);

/** True when a number format shows a real percent sign (not quoted, not escaped, not inside [..]). */
export function isPercentFormat(format: string | undefined | null): boolean {
  if (typeof format !== "string" || format.indexOf("%") < 0) return false;
  const cached = percentCache[format];
  if (cached !== undefined) return cached;
  let found = false;
  for (let i = 0; i < format.length && !found; i++) {
    const c = format.charAt(i);
    if (c === "\\") i++;
    else if (c === '"') i = skipTo(format, i, '"');
    else if (c === "[") i = skipTo(format, i, "]");
    else if (c === "%") found = true;
  }
  percentCache[format] = found;
  return found;
}

function skipTo(s: string, from: number, close: string): number {
  const end = s.indexOf(close, from + 1);
  return end < 0 ? s.length : end;
}

function plainNumber(s: string): number | null {
  if (NUMBER.test(s)) return parseFloat(s);
  if (GROUPED.test(s)) return parseFloat(s.replace(/,/g, ""));
  return null;
}

function ok(value: number, plain: boolean): NumberRead {
  return isFinite(value) ? { ok: true, value: round15(value), plain } : { ok: false, code: "not-a-number" };
}

function readText(raw: string, kind: IndicatorKind): NumberRead {
  let s = normalizeText(raw).replace(SPACES, "");
  if (s === "") return { ok: false, code: "missing" };
  if (s.charAt(0) === "#" && ERROR_VALUES.indexOf(s.toUpperCase()) >= 0) return { ok: false, code: "error-value" };
  if (s.charAt(s.length - 1) === "%") {
    const n = plainNumber(s.slice(0, -1));
    return n === null ? { ok: false, code: "not-a-number" } : ok(n, false);
  }
  if (kind === "ratio") {
    const m = RATIO.exec(s);
    if (m) {
      const a = plainNumber(m[1]);
      const b = plainNumber(m[2]);
      return a === null || b === null || b <= 0 ? { ok: false, code: "not-a-number" } : ok((a / b) * 100, false);
    }
  }
  if (kind === "money") s = s.replace(/^¥/, "").replace(/元(\/人)?$/, "");
  const n = plainNumber(s);
  return n === null ? { ok: false, code: "not-a-number" } : ok(n, true);
}

/** Read one indicator cell. Range checks come later, once the column's fraction rule is known. */
export function parseCell(
  raw: CellValue | undefined,
  format: string | undefined | null,
  kind: IndicatorKind,
): NumberRead {
  if (typeof raw === "number") {
    if (isPercentFormat(format)) return ok(raw * 100, false);
    return ok(raw, true);
  }
  if (typeof raw === "string") return readText(raw, kind);
  if (typeof raw === "boolean") return { ok: false, code: "boolean" };
  return { ok: false, code: "missing" };
}
