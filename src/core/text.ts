// Text helpers shared by the whole core. Every NFKC goes through normalizeText so the
// IE11 build (no String.prototype.normalize) degrades in exactly one place.

import type { CellValue } from "./types";

const HAS_NORMALIZE = typeof String.prototype.normalize === "function";

// NFKC of the other characters a sheet's numbers and units are typed with: full-width currency
// signs (￥ is how a funding cell often starts) and the small form variants (﹪ ﹒ ﹐ …).
const FOLD_MORE: Record<number, string> = {
  0xffe0: "¢",
  0xffe1: "£",
  0xffe5: "¥",
  0xffe6: "₩",
  0xfe50: ",",
  0xfe51: "、",
  0xfe52: ".",
  0xfe54: ";",
  0xfe55: ":",
  0xfe56: "?",
  0xfe57: "!",
  0xfe58: "—",
  0xfe59: "(",
  0xfe5a: ")",
  0xfe5b: "{",
  0xfe5c: "}",
  0xfe5d: "〔",
  0xfe5e: "〕",
  0xfe5f: "#",
  0xfe60: "&",
  0xfe61: "*",
  0xfe62: "+",
  0xfe63: "-",
  0xfe64: "<",
  0xfe65: ">",
  0xfe66: "=",
  0xfe68: "\\",
  0xfe69: "$",
  0xfe6a: "%",
  0xfe6b: "@",
};

/**
 * NFKC's result on the characters that matter for reading a sheet (test/compat/nfkc.test.ts):
 * full-width ASCII (！..～), the ideographic, no-break and other Unicode spaces, full-width currency
 * signs and the small form variants. Others (circled digits, Kangxi radicals…) are kept as they are.
 */
export function foldFullWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) out += s.charAt(i);
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) out += " ";
    else out += FOLD_MORE[c] || s.charAt(i);
  }
  return out;
}

/** NFKC when the runtime has it; otherwise fold full-width forms, which covers digits and punctuation. */
export function normalizeText(s: string): string {
  return HAS_NORMALIZE ? s.normalize("NFKC") : foldFullWidth(s);
}

const WHITESPACE = /\s+/g;
const NON_SPACE = /\S/;

/** NFKC, no whitespace at all (line breaks included), lower case: the form we match words in. */
export function compactText(s: string): string {
  return normalizeText(s).replace(WHITESPACE, "").toLowerCase();
}

// A trailing unit such as (%) （元） (元/人) (‰) (:100), or a bare % / ‰.
const TRAILING_UNIT = /(\([^()]*\)|%|‰)$/;

/** A header cell in the form headers are compared in: compactText minus one trailing unit. */
export function headerText(s: string): string {
  const c = compactText(s);
  const stripped = c.replace(TRAILING_UNIT, "");
  return stripped === "" ? c : stripped;
}

export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  // A string starting with a printable ASCII or CJK character is not blank: no regex for most cells.
  if (typeof v === "string") return v.length === 0 || (!isSolid(v.charCodeAt(0)) && !NON_SPACE.test(v));
  return false;
}

/** The display text of a raw cell, for messages. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return formatNumber(v);
  return surelyTrimmed(v) ? v : v.trim();
}

/** True when neither end of s can be whitespace: printable ASCII or a CJK-range character at both ends. */
function surelyTrimmed(s: string): boolean {
  if (s.length === 0) return true;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return isSolid(first) && isSolid(last);
}

function isSolid(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff);
}

/** Round to 15 significant digits, Excel's display precision, so 0.97995*100 is 97.995. */
export function round15(x: number): number {
  // Kept small so it is inlined where cells are read: whole numbers (and ±Infinity) and two-digit
  // values already at 15 digits (most rates) return here; roundFull does the rest the same way.
  if (Math.floor(x) === x) return x;
  if (x >= 10 && x < 100 && Math.round(x * 1e13) / 1e13 === x) return x;
  return roundFull(x);
}

function roundFull(x: number): number {
  if (!isFinite(x)) return x;
  const abs = x < 0 ? -x : x;
  if (abs >= 0.001 && abs < 1e6) {
    // Fast path for sheet-sized numbers: scale to a 15-digit integer y. Below 2^50 doubles are at most
    // 1/8 apart, so y is within 1/16 of the exact x·p; when y is also within 0.4 of an integer r, x·p
    // rounds to r either way, and r / p (an exact integer over an exact power of ten, correctly
    // rounded) is the double nearest that 15-digit decimal: what Number(x.toPrecision(15)) gives.
    const p =
      abs < 1
        ? abs < 0.01
          ? 1e17
          : abs < 0.1
            ? 1e16
            : 1e15
        : abs < 10
          ? 1e14
          : abs < 100
            ? 1e13
            : abs < 1000
              ? 1e12
              : abs < 1e4
                ? 1e11
                : abs < 1e5
                  ? 1e10
                  : 1e9;
    const y = x * p;
    const r = Math.round(y);
    if (y - r < 0.4 && r - y < 0.4) return r / p;
  }
  return Number(x.toPrecision(15));
}

export function formatNumber(x: number): string {
  return String(round15(x));
}

export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - 1 - m) / 26;
  }
  return s;
}

export function a1(row: number, col: number): string {
  return columnLetters(col) + row;
}

function decimals(x: number): number {
  const s = String(round15(x));
  if (s.indexOf("e") >= 0) return -1;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** a − b without float noise: 98 − 97.4 is 0.6, not 0.5999999999999943. */
export function exactDifference(a: number, b: number): number {
  const places = Math.max(decimals(a), decimals(b));
  const diff = a - b;
  if (decimals(a) < 0 || decimals(b) < 0 || places > 20) return round15(diff);
  return round15(Number(diff.toFixed(places)));
}

/** Whole yuan with thousands separators, fines keep their minus sign: -150000 → "-150,000".
 *  Not toLocaleString, which differs between webviews and Node builds. */
export function formatYuan(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const digits = String(Math.abs(Math.round(amount)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits.charAt(i);
  }
  return sign + out;
}
