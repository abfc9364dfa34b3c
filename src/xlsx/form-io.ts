// Forms back (issue 16.2) at the package level: the marker of a returned form (its defined name, else
// its custom document property), and collected numbers written into existing input cells of the
// district sheet, each cell keeping its own style (or taking a sibling's, for the column's % format).
import { FORM_MARKER_NAME } from "../core/forms";
import type { OutputBlock } from "../core/types";
import { binaryToBytes, bytesToBinary, bytesToText } from "./bytes";
import { XlsxError } from "./errors";
import { xfFormats } from "./numfmt";
import { listSheets, partText, readEntries, readRels, REL_TYPE, workbookPath, writeEntries } from "./package";
import { removeCalcChain } from "./patch";
import { patchSheetXml } from "./patch-sheet";
import { decodeEntities, parseAttrs, parseA1 } from "./xml";

/** The marker text of a form, or null: the defined name first, the document property second. */
export function readFormMarker(bytes: Uint8Array): string | null {
  const entries = readEntries(bytes);
  const book = partText(entries, workbookPath(entries));
  for (const m of book.matchAll(
    /<(?:\w+:)?definedName\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g,
  )) {
    const a = parseAttrs(m[1]);
    if (decodeEntities(a.name ?? "") !== FORM_MARKER_NAME || a.localSheetId !== undefined) continue;
    const value = decodeEntities(m[2] ?? "").trim();
    const constant = /^"((?:[^"]|"")*)"$/.exec(value);
    if (constant) return constant[1].replace(/""/g, '"');
  }
  const custom = entries.get("docProps/custom.xml");
  if (custom) {
    const xml = bytesToText(custom);
    for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g)) {
      if (decodeEntities(parseAttrs(m[1]).name ?? "") !== FORM_MARKER_NAME) continue;
      const text = /<(?:\w+:)?lpwstr>([\s\S]*?)<\/(?:\w+:)?lpwstr>/.exec(m[2]);
      if (text) return decodeEntities(text[1]);
    }
  }
  return null;
}

export interface CellValueWrite {
  /** A1 on the sheet. */
  cell: string;
  value: number;
  /** A1 of a cell whose style this one takes; otherwise the cell keeps its own. */
  styleFrom?: string;
}

/** Style indexes (s="") of the given cells, in one pass over the part. */
function styleIndexes(xml: string, refs: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)\/?>/g)) {
    const r = /\br="([A-Z]+\d+)"/.exec(m[1]);
    if (!r || !refs.has(r[1])) continue;
    const s = /\bs="(\d+)"/.exec(m[1]);
    out.set(r[1], s ? Number(s[1]) : 0);
  }
  return out;
}

/**
 * Numbers into one sheet's cells; everything else in the package stays as it is. A cell that held a
 * formula is replaced by the value, and calcChain goes (Excel rebuilds it), as for result cells.
 */
export function writeCellValues(bytes: Uint8Array, sheet: string, writes: CellValueWrite[]): Uint8Array {
  if (!writes.length) return bytes;
  const entries = readEntries(bytes);
  const wbPath = workbookPath(entries);
  const target = listSheets(entries, wbPath).find((s) => s.name === sheet);
  if (!target) throw new XlsxError("unknown-sheet", sheet);
  if (target.kind !== "worksheet" || !entries.has(target.path)) throw new XlsxError("not-worksheet", sheet);
  const xml = bytesToBinary(entries.get(target.path)!);
  const refs = new Set<string>();
  for (const w of writes) refs.add(w.styleFrom ?? w.cell);
  const styles = styleIndexes(xml, refs);
  // patchSheetXml asks for a style per cell; the one wanted travels as a key of this table.
  const keep = new Map<string, number>();
  const blocks: OutputBlock[] = writes.map((w, i) => {
    const at = parseA1(w.cell);
    if (!at) throw new XlsxError("bad-part", w.cell);
    keep.set("keep:" + i, styles.get(w.styleFrom ?? w.cell) ?? 0);
    return { firstRow: at.row, firstCol: at.col, cells: [[{ value: w.value, numFmt: "keep:" + i }]] };
  });
  const patched = patchSheetXml(xml, blocks, (style) => keep.get(style.numFmt ?? "") ?? 0);
  entries.set(target.path, binaryToBytes(patched.xml));
  if (patched.overwroteFormula) removeCalcChain(entries, wbPath);
  return writeEntries(entries, 0);
}

/**
 * The number formats of the given cells, empty ones included (the sheet reader reports formats of cells
 * with values only; Excel keeps a column's % format in its empty cells, and collect writes into them).
 */
export function cellFormats(bytes: Uint8Array, sheet: string, refs: string[]): Map<string, string> {
  const entries = readEntries(bytes);
  const wbPath = workbookPath(entries);
  const target = listSheets(entries, wbPath).find((s) => s.name === sheet);
  const out = new Map<string, string>();
  if (!target || !entries.has(target.path)) return out;
  const stylesPath = readRels(entries, wbPath).find((r) => r.type === REL_TYPE.styles)?.target;
  const formats = xfFormats(stylesPath && entries.has(stylesPath) ? partText(entries, stylesPath) : undefined);
  for (const [ref, s] of styleIndexes(bytesToBinary(entries.get(target.path)!), new Set(refs)))
    out.set(ref, formats[s] ?? "General");
  return out;
}
