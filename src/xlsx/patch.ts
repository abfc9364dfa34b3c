// patchWorkbook: result cells into one sheet, whole sheets added or replaced; every other part copied as is.
import { OutputBlock, PageSetup, ResultLayout, SheetOutput } from "../core/types";
import { binaryToBytes, bytesToBinary } from "./bytes";
import { chartXml, drawingXml } from "./chart";
import { XlsxError } from "./errors";
import { rangeValues, sheetXml } from "./new-sheet";
import { rootPrefix } from "./xml";
import {
  DeflateLevel,
  Deflater,
  Entries,
  listSheets,
  partText,
  readEntries,
  readRels,
  relsPathOf,
  REL_TYPE,
  setPartText,
  SheetEntry,
  workbookPath,
  writeEntries,
} from "./package";
import {
  addAppTitles,
  addOverride,
  addRel,
  addSheetToWorkbook,
  CONTENT_TYPE,
  freePart,
  removeOverrides,
  removeRels,
} from "./package-edit";
import { patchSheetXml } from "./patch-sheet";
import { printNames, setPrintTitles, titleRowsRef } from "./print-names";
import { applyPageSetup, hasOwnPageSetup, setColumnWidths } from "./sheet-layout";
import { StyleBook } from "./styles";

export interface WorkbookPatch {
  /** The sheet that receives the result blocks. */
  sheet: string;
  blocks: OutputBlock[];
  /** Sheets to add, or to replace when a sheet of the same name (ignoring case) exists. */
  sheets: SheetOutput[];
  /** How the results look and print on `sheet` (widths always; the page setup only where the sheet has none of its own). */
  layout?: SheetLayout;
}

export interface SheetLayout extends ResultLayout {
  page: PageSetup;
  /** Every footer the product writes (all languages): a page setup with one of them is an earlier run's. */
  productFooters: string[];
}

export interface PatchOptions {
  /** Deflate level of the rewritten zip (default 6). */
  level?: DeflateLevel;
  deflater?: Deflater;
}

export function patchWorkbook(bytes: Uint8Array, patch: WorkbookPatch, options: PatchOptions = {}): Uint8Array {
  const entries = readEntries(bytes);
  const wbPath = workbookPath(entries);
  const sheets = listSheets(entries, wbPath);
  const target = sheets.find((s) => s.name === patch.sheet);
  if (!target) throw new XlsxError("unknown-sheet", patch.sheet);
  if (target.kind !== "worksheet" || !entries.has(target.path)) throw new XlsxError("not-worksheet", patch.sheet);

  const stylesPath = readRels(entries, wbPath).find((r) => r.type === REL_TYPE.styles)?.target;
  if (!stylesPath || !entries.has(stylesPath)) throw new XlsxError("bad-part", "styles.xml");
  const book = new StyleBook(partText(entries, stylesPath));
  const styleIndex = book.xfFor.bind(book);

  const cellLayout = {
    wrapCols: new Set((patch.layout?.columns ?? []).filter((c) => c.wrap).map((c) => c.col)),
    rowHeights: new Map((patch.layout?.rowHeights ?? []).map((h) => [h.row, h.height])),
  };
  const patched = patchSheetXml(bytesToBinary(entries.get(target.path)!), patch.blocks, styleIndex, cellLayout);
  const xml = patch.layout
    ? layOut(entries, wbPath, sheets.indexOf(target), patch.sheet, patched.xml, patch.layout)
    : patched.xml;
  entries.set(target.path, binaryToBytes(xml));
  let dropCalcChain = patched.overwroteFormula;

  const added: string[] = [];
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  for (const out of patch.sheets) {
    const existing = sheets.find((s) => s.name.toLowerCase() === out.name.toLowerCase());
    let path: string;
    let name = out.name;
    if (existing && existing.kind === "worksheet" && entries.has(existing.path)) {
      path = existing.path;
      name = existing.name;
      if (/<(?:\w+:)?f\b/.test(partText(entries, path))) dropCalcChain = true;
      removeSheetParts(entries, path);
    } else {
      name = uniqueName(out.name, sheets);
      path = freePart(entries, "xl/worksheets/sheet", ".xml");
      const rId = addRel(entries, wbPath, REL_TYPE.worksheet, path);
      addSheetToWorkbook(entries, wbPath, name, nextSheetId, rId);
      addOverride(entries, path, CONTENT_TYPE.worksheet);
      sheets.push({ name, sheetId: nextSheetId++, rId, state: "visible", kind: "worksheet", path });
      added.push(name);
    }
    const drawingRId = out.chart ? addChart(entries, path, out) : undefined;
    setPartText(
      entries,
      path,
      sheetXml({ cells: out.cells, columnWidths: out.columnWidths, drawingRId, page: out.page }, styleIndex),
    );
    // The table's header row on every printed page (the documents of the year).
    const titles = out.page && out.page.titleRows;
    if (titles) {
      const index = sheets.findIndex((s) => s.name === name);
      const ref = titleRowsRef(name, titles.first, titles.last);
      setPartText(entries, wbPath, setPrintTitles(partText(entries, wbPath), index, ref));
    }
  }

  if (book.changed) setPartText(entries, stylesPath, book.toXml());
  if (dropCalcChain) removeCalcChain(entries, wbPath);
  addAppTitles(entries, sheets.filter((s) => s.kind === "worksheet").length - added.length, added);
  return writeEntries(entries, options.level ?? 6, options.deflater);
}

/**
 * Column widths into the classified sheet's part (a byte string) and, where it has no page setup of
 * its own, the product's: landscape A4 one page wide, footer, and the header block as print titles.
 */
function layOut(
  entries: Entries,
  wbPath: string,
  index: number,
  sheet: string,
  xml: string,
  layout: SheetLayout,
): string {
  const p = rootPrefix(xml, "worksheet");
  const withWidths = setColumnWidths(xml, p, layout.columns);
  const rows = layout.page.titleRows;
  const ref = rows ? titleRowsRef(sheet, rows.first, rows.last) : null;
  const book = partText(entries, wbPath);
  const names = printNames(book, index);
  if (hasOwnPageSetup(withWidths, p, { ...names, productFooters: layout.productFooters })) return withWidths;
  if (ref) setPartText(entries, wbPath, setPrintTitles(book, index, ref));
  return applyPageSetup(withWidths, p, layout.page);
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique ignoring case. */
export function uniqueName(wanted: string, sheets: SheetEntry[]): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, "_")
      .replace(/^'|'$/g, "_")
      .slice(0, 31) || "Sheet";
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A drawing + chart for a sheet we write; returns the sheet's r:id of the drawing. */
function addChart(entries: Entries, sheetPath: string, out: SheetOutput): string {
  const spec = out.chart!;
  const drawingPath = freePart(entries, "xl/drawings/drawing", ".xml");
  entries.set(drawingPath, new Uint8Array(0)); // reserve the name before choosing the chart's
  const chartPath = freePart(entries, "xl/charts/chart", ".xml");
  const chartRId = addRel(entries, drawingPath, REL_TYPE.chart, chartPath);
  setPartText(
    entries,
    chartPath,
    chartXml(out.name, spec, rangeValues(out.cells, spec.categories), rangeValues(out.cells, spec.values)),
  );
  setPartText(entries, drawingPath, drawingXml(spec, chartRId));
  addOverride(entries, drawingPath, CONTENT_TYPE.drawing);
  addOverride(entries, chartPath, CONTENT_TYPE.chart);
  return addRel(entries, sheetPath, REL_TYPE.drawing, drawingPath);
}

/** Before a sheet we wrote is rewritten: drop its rels and the drawings and charts they point at. */
function removeSheetParts(entries: Entries, sheetPath: string): void {
  const gone: string[] = [];
  for (const rel of readRels(entries, sheetPath)) {
    if (rel.external || rel.type !== REL_TYPE.drawing) continue;
    for (const inner of readRels(entries, rel.target)) {
      if (inner.external || inner.type !== REL_TYPE.chart) continue;
      gone.push(inner.target, relsPathOf(inner.target));
    }
    gone.push(rel.target, relsPathOf(rel.target));
  }
  gone.push(relsPathOf(sheetPath));
  for (const path of gone) entries.delete(path);
  removeOverrides(entries, gone);
}

/** calcChain is only a cache of formula order; Excel rebuilds it, while a stale one makes Excel repair the file. */
export function removeCalcChain(entries: Entries, wbPath: string): void {
  const rels = readRels(entries, wbPath).filter((r) => r.type === REL_TYPE.calcChain);
  for (const rel of rels) entries.delete(rel.target);
  removeRels(
    entries,
    wbPath,
    rels.map((r) => r.id),
  );
  removeOverrides(
    entries,
    rels.map((r) => r.target),
  );
}
