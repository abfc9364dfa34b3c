// The task pane's smaller actions in WPS 表格, as the Office.js adapter does them (src/excel/sheets.ts,
// sample-sheet.ts, navigate.ts): go to a cell, clear results, open or restore 规则, insert the sample. ET
// is synchronous: each checks what could refuse before its first write, and writes with screen updating
// and calculation paused (whileWriting).
import {
  classifySheet,
  columnLetters,
  defaultRules,
  HEADER_SEARCH_ROWS,
  RULES_SHEET,
  rulesSheet,
  sampleCells,
  sampleSheetName,
  sampleWorkbook,
  SUMMARY_SHEET,
} from "../core";
import type { Lang } from "../core/types";
import { parseA1Area } from "./cells";
import { checkWritable, targetSheet, whileWriting } from "./classify";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";
import { WpsError } from "./errors";
import { setColumnWidth } from "./layout";
import { isBlankValues, readValues, usedArea } from "./read";
import { writeSheetOutput } from "./sheet-output";
import { appendSheet, findSheet, sheetNames } from "./sheets";
import { writeBlock } from "./write";

export function activeBook(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new WpsError("no-workbook", "noWorkbook");
  return book;
}

/** Activates the sheet and selects the cell (the problem list's entries). */
export function selectCell(app: EtApplication, sheet: string, address: string): void {
  if (!parseA1Area(address)) throw new WpsError("bad-address", "badCell", { cell: `${sheet}!${address}` });
  const ws = findSheet(activeBook(app), sheet);
  if (!ws) throw new WpsError("sheet-not-found", "sheetNotFound", { sheet });
  ws.Activate();
  ws.Range(address).Select();
}

/** Deletes a sheet without WPS asking the user (DisplayAlerts off for the call, restored after). */
function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts !== false;
  }
}

/**
 * Removes what runs wrote: the result columns (found by their headers, from the header row down) and the
 * 分类汇总 sheet. Never 规则, never input cells.
 */
export function clearResults(
  app: EtApplication,
  options: { lang: Lang; sheetName?: string },
): { sheet: string; columns: number; summaryDeleted: boolean } {
  const book = activeBook(app);
  const ws = targetSheet(app, book, options.sheetName);
  if (ws.ProtectContents === true) throw new WpsError("protected", "protected", { sheet: ws.Name });
  const used = usedArea(ws);
  // The header block is within the first HEADER_SEARCH_ROWS rows; classifying them tells where the results are.
  const top = { ...used, rows: Math.min(HEADER_SEARCH_ROWS, used.rows) };
  const values = readValues(ws, top);
  if (isBlankValues(values)) throw new WpsError("empty", "empty", { sheet: ws.Name });
  const input = { name: ws.Name, values, origin: { row: top.row, col: top.col } };
  const out = classifySheet(input, defaultRules(), { lang: options.lang }).output;
  const header = values[out.firstRow - top.row] || [];
  const columns = out.cells[0]
    .map((c, i) => ({ col: out.firstCol + i, text: c.value }))
    .filter(({ col, text }) => text !== null && header[col - top.col] === text);
  const summary = findSheet(book, SUMMARY_SHEET);
  if (columns.length === 0 && !summary) throw new WpsError("no-results", "noResults", { sheet: ws.Name });
  if (summary && book.ProtectStructure === true)
    throw new WpsError("structure", "structureDelete", { sheet: SUMMARY_SHEET });
  whileWriting(app, () => {
    if (columns.length > 0) {
      const first = columnLetters(columns[0].col);
      const last = columnLetters(columns[columns.length - 1].col);
      ws.Range(`${first}${out.firstRow}:${last}${used.row + used.rows - 1}`).Clear();
    }
    if (summary) deleteSheet(app, summary);
  });
  return { sheet: ws.Name, columns: columns.length, summaryDeleted: summary !== null };
}

/** Shows the 规则 sheet, writing it with the default rules first when absent. */
export function activateRulesSheet(app: EtApplication, lang: Lang): { created: boolean } {
  const book = activeBook(app);
  let ws = findSheet(book, RULES_SHEET);
  const created = ws === null;
  if (!ws) {
    checkWritable(book, [{ name: RULES_SHEET, ws: null }]);
    ws = whileWriting(app, () => writeSheetOutput(app, book, rulesSheet(defaultRules(), lang)).sheet);
  }
  ws.Activate();
  return { created };
}

/** Rewrites 规则 with the default rules (adding it when absent); the active sheet stays active. */
export function restoreDefaultRules(app: EtApplication, lang: Lang): { created: boolean } {
  const book = activeBook(app);
  const ws = findSheet(book, RULES_SHEET);
  checkWritable(book, [{ name: RULES_SHEET, ws }]);
  const active = book.ActiveSheet;
  whileWriting(app, () => {
    writeSheetOutput(app, book, rulesSheet(defaultRules(), lang));
    if (active) active.Activate(); // adding a sheet activated it
  });
  return { created: ws === null };
}

/** Adds the core's sample district after the last sheet, with its merged banner and widths, and activates it. */
export function insertSampleSheet(app: EtApplication): { sheet: string } {
  const book = activeBook(app);
  const sample = sampleWorkbook();
  const name = sampleSheetName(sample.sheet.name, sheetNames(book));
  checkWritable(book, [{ name, ws: null }]);
  const { block, flags } = sampleCells(sample);
  whileWriting(app, () => {
    const ws = appendSheet(app, book, name);
    writeBlock(ws, block);
    // The sample's flag cells are TRUE/FALSE: written as such.
    for (const flag of flags) {
      const cell = ws.Range(flag.cell);
      cell.NumberFormat = "General";
      cell.Value2 = flag.value;
    }
    for (const m of sample.merges) {
      try {
        ws.Range(m).Merge();
      } catch (e) {
        console.warn("township-tiers: the sample's banner was not merged", e);
      }
    }
    sample.columnWidths.forEach((width, i) => setColumnWidth(ws, i + 1, width));
    ws.Activate();
  });
  return { sheet: name };
}
