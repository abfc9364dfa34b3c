// Streams one worksheet's XML through saxes into a SheetInput: values, number formats and merges.
import { SaxesParser } from "saxes";
import { CellValue, SheetInput } from "../core/types";
import { columnLetters } from "../core/text";
import { columnOf, unescapeCellText } from "./xml";

export interface ReadSheet extends SheetInput {
  /** Merged ranges as A1 refs ("A1:O1"). */
  merges: string[];
}

export interface ReadOptions {
  /** Stop after this sheet row (used to probe a sheet for its header row without reading it all). */
  maxRows?: number;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Strings of xl/sharedStrings.xml, rich-text runs joined and phonetic runs (rPh) left out. */
export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const parser = new SaxesParser({ position: false }); // no line/column bookkeeping: faster
  let text = "";
  let inT = false;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const n = localName(tag.name);
    if (n === "si") text = "";
    else if (n === "rPh") phonetic++;
    else if (n === "t" && phonetic === 0) inT = true;
  });
  parser.on("text", (t) => {
    if (inT) text += t;
  });
  parser.on("closetag", (tag) => {
    const n = localName(tag.name);
    if (n === "si") out.push(unescapeCellText(text));
    else if (n === "rPh") phonetic--;
    else if (n === "t") inT = false;
  });
  parser.write(xml).close();
  return out;
}

class StopReading extends Error {}

/** Read a worksheet part. `xfFormats[s]` is the number format of style index s. */
export function readSheetXml(
  name: string,
  xml: string,
  strings: string[],
  xfFormats: string[],
  options: ReadOptions = {},
): ReadSheet {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const merges: string[] = [];
  let width = 0;
  let row = 0;
  let col = 0;
  let type = "";
  let style = 0;
  let text = "";
  let inValue = false; // inside <v>, or <t> of an inline string (but not a phonetic run)
  let phonetic = 0;
  let hasValue = false;
  let inFormula = false;
  let formula: string | null = null; // the cell's <f>, "" for a cell that shares another's formula
  const uncalculated: Record<string, string> = {};
  let anyUncalculated = false;
  const maxRows = options.maxRows ?? Infinity;

  const parser = new SaxesParser({ position: false }); // no line/column bookkeeping: faster
  parser.on("opentag", (tag) => {
    const n = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (n === "row") {
      row = a.r ? Number(a.r) : row + 1;
      col = 0;
      if (row > maxRows) throw new StopReading();
    } else if (n === "c") {
      col = a.r ? columnOf(a.r) : col + 1;
      type = a.t ?? "n";
      style = a.s ? Number(a.s) : 0;
      text = "";
      hasValue = false;
      formula = null;
    } else if (n === "f") {
      inFormula = true;
      formula = "";
    } else if (n === "v" || (n === "t" && phonetic === 0)) {
      inValue = true;
      hasValue = true;
    } else if (n === "rPh") phonetic++;
    else if (n === "mergeCell" && a.ref) merges.push(a.ref);
  });
  parser.on("text", (t) => {
    if (inValue) text += t;
    else if (inFormula) formula += t;
  });
  parser.on("closetag", (tag) => {
    const n = localName(tag.name);
    if (n === "v" || n === "t") inValue = false;
    else if (n === "f") inFormula = false;
    else if (n === "rPh") phonetic--;
    else if (n === "c" && (hasValue || formula !== null)) {
      let value: CellValue;
      if (formula !== null && !hasResult(type, text, hasValue)) {
        value = constantFormula(formula);
        if (value === null) {
          // Kept as a null cell, so the sheet reaches this row and column, and listed.
          uncalculated[columnLetters(col) + row] = formula === "" ? "" : "=" + formula.trim();
          anyUncalculated = true;
        }
      } else {
        value = cellValue(type, text, strings);
        if (value === null) return;
      }
      while (values.length < row) {
        values.push([]);
        formats.push([]);
      }
      values[row - 1][col - 1] = value;
      formats[row - 1][col - 1] = xfFormats[style] ?? "General";
      if (col > width) width = col;
    }
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (!(err instanceof StopReading)) throw err;
  }
  padRectangle(values, formats, width);
  const sheet: ReadSheet = { name, values, formats, origin: { row: 1, col: 1 }, merges };
  if (anyUncalculated) sheet.uncalculated = uncalculated;
  return sheet;
}

/** Whether a formula cell holds its calculated result: an empty <v> is a result only for a text formula. */
function hasResult(type: string, text: string, hasValue: boolean): boolean {
  return hasValue && (text !== "" || type === "str");
}

// =98.6, = -2, =+1.5E2, =98.6%: a number typed after "=", whose result is certain without a calculator.
const CONSTANT = /^\s*([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%?)\s*$/;

/** The result of a formula that is a constant number; null for any other formula (left uncalculated). */
function constantFormula(formula: string): number | null {
  const m = CONSTANT.exec(formula);
  if (m === null) return null;
  const n = Number(m[1] + m[2] + (m[3] !== undefined ? "e" + m[3] : ""));
  if (!Number.isFinite(n)) return null;
  return m[4] === "%" ? n / 100 : n;
}

function cellValue(type: string, text: string, strings: string[]): CellValue {
  switch (type) {
    case "s":
      return strings[Number(text)] ?? null;
    case "inlineStr":
      return unescapeCellText(text);
    case "str":
    case "e":
      return text;
    case "b":
      return text.trim() === "1" || text.trim() === "true";
    case "d":
      return isoToSerial(text);
    default: {
      if (text.trim() === "") return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
  }
}

/** t="d" cells hold ISO dates; the product reads every date as an Excel serial number. */
function isoToSerial(text: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : ms / 86400000 + 25569;
}

function padRectangle(values: CellValue[][], formats: string[][], width: number): void {
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    const f = formats[r];
    for (let c = 0; c < width; c++) {
      if (v[c] === undefined) {
        v[c] = null;
        f[c] = "General";
      }
    }
  }
}
