// Streams one worksheet's XML through saxes into a SheetInput: values, number formats and merges.
import { SaxesParser } from "saxes";
import { CellValue, SheetInput } from "../core/types";
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
    } else if (n === "v" || (n === "t" && phonetic === 0)) {
      inValue = true;
      hasValue = true;
    } else if (n === "rPh") phonetic++;
    else if (n === "mergeCell" && a.ref) merges.push(a.ref);
  });
  parser.on("text", (t) => {
    if (inValue) text += t;
  });
  parser.on("closetag", (tag) => {
    const n = localName(tag.name);
    if (n === "v" || n === "t") inValue = false;
    else if (n === "rPh") phonetic--;
    else if (n === "c" && hasValue) {
      const value = cellValue(type, text, strings);
      if (value === null) return;
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
  return { name, values, formats, origin: { row: 1, col: 1 }, merges };
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
