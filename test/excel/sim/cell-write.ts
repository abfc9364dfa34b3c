// What Excel does with one value written through `range.values`: strings are parsed like
// typing, unless the cell is formatted as text ("@").
import { SimCell, SimValue } from "./model";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

/** True when Excel would store this typed string as a formula. */
export function looksLikeFormula(text: string): boolean {
  if (text.length < 2) return false;
  if (text[0] === "=") return true;
  // "+x"/"-x" become formulas unless the text is a plain number ("-5" is the number −5).
  if (text[0] === "+" || text[0] === "-") return !NUMBER.test(text);
  // "@name" is the implicit-intersection operator in current Excel.
  return text[0] === "@" && /^@[A-Za-z_(]/.test(text);
}

function setFormula(cell: SimCell, text: string): void {
  cell.formula = text[0] === "=" ? text : `=${text}`;
  cell.value = "#NAME?"; // the simulator does not evaluate formulas
}

/** Applies one element of a `values` (or `formulas`, when asFormula) array to a cell. */
export function writeValue(cell: SimCell, v: SimValue | null | undefined, asFormula: boolean): void {
  if (v === null || v === undefined) return; // null leaves the cell unchanged
  delete cell.formula;
  if (v === "") {
    cell.value = "";
    return;
  }
  if (typeof v !== "string" || cell.numberFormat === "@") {
    cell.value = v;
    return;
  }
  if ((asFormula && v[0] === "=") || looksLikeFormula(v)) return setFormula(cell, v);
  if (NUMBER.test(v.trim())) {
    cell.value = Number(v.trim());
    return;
  }
  if (PERCENT.test(v.trim())) {
    cell.value = Number(v.trim().slice(0, -1)) / 100;
    if (cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  cell.value = v;
}

/** `numberFormat` element: null leaves it, "" resets to General. */
export function writeFormat(cell: SimCell, f: string | null | undefined): void {
  if (f === null || f === undefined) return;
  cell.numberFormat = f === "" ? "General" : f;
}
