// The smaller actions of the task pane: clear results, sample sheet, go to a cell, the 规则 sheet.
import {
  classifySheet,
  defaultRules,
  HEADER_SEARCH_ROWS,
  RULES_SHEET,
  rulesSheet,
  sampleWorkbook,
  SUMMARY_SHEET,
} from "../core";
import type { Lang, OutCell } from "../core/types";
import type { Capabilities } from "./capabilities";
import { AdapterError, AddinFailure, failure, toFailure } from "./errors";
import { msg } from "./messages";
import { isBlankGrid, probeSheet, queueSheetLookup, readArea, sheetInput } from "./read";
import { parseA1 } from "./ranges";
import { singleFlight, withExcel } from "./session";
import { queueSheetOutput } from "./sheet-output";
import { cellBlock, queueCells, suspendUntilSync } from "./write";

export interface ActionOptions {
  lang: Lang;
  caps: Capabilities;
  sheetName?: string;
}

export type ActionReport<T> = ({ ok: true; syncs: number } & T) | AddinFailure;

export function guarded<T extends object>(
  options: ActionOptions,
  work: Parameters<typeof withExcel<T>>[1],
  groupUndo = true,
): Promise<ActionReport<T>> {
  const { lang, caps } = options;
  if (!caps.supported) return Promise.resolve(failure("unsupported", msg(lang, "unsupported")));
  return singleFlight(lang, async () => {
    const { value, syncs } = await withExcel(caps, work, groupUndo);
    return { ok: true as const, syncs, ...value };
  });
}

/**
 * Removes what runs wrote: the result columns (found by their headers, from the header row
 * down) and the 分类汇总 sheet. Never 规则, never input cells. 2 syncs (3 if the probe could not read the first rows).
 */
export function clearResults(
  options: ActionOptions,
): Promise<ActionReport<{ sheet: string; columns: number; summaryDeleted: boolean }>> {
  return guarded(
    options,
    async (s) => {
      const probe = await probeSheet(s, options.sheetName, [SUMMARY_SHEET]);
      if (probe.protected) throw new AdapterError("protected", "protected", { sheet: probe.name });
      // The header block is within the first HEADER_SEARCH_ROWS rows (the probe read them); classifying them tells where the results are.
      const top = { ...probe.used, rows: Math.min(HEADER_SEARCH_ROWS, probe.used.rows) };
      const head = probe.head;
      const grid = head
        ? { values: head.values.slice(0, top.rows), formats: head.formats.slice(0, top.rows) }
        : await readArea(s, probe.ws, top, () => null);
      if (isBlankGrid(grid)) throw new AdapterError("empty", "empty", { sheet: probe.name });
      const out = classifySheet(sheetInput(probe.name, top, grid), defaultRules(), { lang: options.lang }).output;
      const headerIdx = out.firstRow - 1 - top.row;
      const columns = out.cells[0]
        .map((c, i) => ({ col: out.firstCol - 1 + i, text: c.value }))
        .filter(({ col, text }) => grid.values[headerIdx][col - top.col] === text && text !== null);
      const summaryDeleted = probe.exists(SUMMARY_SHEET);
      if (columns.length === 0 && !summaryDeleted)
        throw new AdapterError("no-results", "noResults", { sheet: probe.name });
      const bottom = probe.used.row + probe.used.rows;
      for (const { col } of columns) {
        probe.ws.getRange(`${a1Col(col)}${out.firstRow}:${a1Col(col)}${bottom}`).clear();
      }
      if (summaryDeleted) s.ctx.workbook.worksheets.getItem(SUMMARY_SHEET).delete();
      await s.sync();
      return { sheet: probe.name, columns: columns.length, summaryDeleted };
    },
    false,
  );
}

function a1Col(col: number): string {
  let n = col + 1,
    out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "乡镇样例", "乡镇样例 (2)", … the first name not taken (sheet names compare case-insensitively). */
function uniqueName(base: string, taken: string[]): string {
  const lower = taken.map((n) => n.toLowerCase());
  let name = base;
  for (let i = 2; lower.indexOf(name.toLowerCase()) >= 0; i++) name = `${base} (${i})`;
  return name;
}

/** Adds the core's sample district as a new sheet, with its merged banner, and activates it. 2 syncs. */
export function insertSampleSheet(options: ActionOptions): Promise<ActionReport<{ sheet: string }>> {
  return guarded(options, async (s) => {
    const sheets = s.ctx.workbook.worksheets;
    sheets.load("items/name");
    await s.sync();
    const sample = sampleWorkbook();
    const name = uniqueName(
      sample.sheet.name,
      sheets.items.map((w) => w.name),
    );
    const origin = sample.sheet.origin || { row: 1, col: 1 };
    const cells: OutCell[][] = sample.sheet.values.map((row, r) =>
      row.map((v, c) => {
        const fmt = sample.sheet.formats?.[r]?.[c];
        const value = typeof v === "boolean" ? null : v;
        return fmt && fmt !== "General" ? { value, numFmt: fmt } : { value };
      }),
    );
    const ws = sheets.add(name);
    suspendUntilSync(s);
    const block = cellBlock(origin.row - 1, origin.col - 1, cells);
    queueCells(s, ws, block, 0, block.cells.length);
    // OutCell has no booleans; flag cells typed as TRUE/FALSE are booleans in Excel, so write those as such.
    sample.sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "boolean") return;
        const cell = ws.getRange(`${a1Col(origin.col - 1 + c)}${origin.row + r}`);
        cell.numberFormat = [["General"]];
        cell.values = [[v]];
      }),
    );
    if (s.caps.autofit) {
      sample.merges.forEach((m) => ws.getRange(m).merge(false));
      sample.columnWidths.forEach((w, col) => {
        ws.getRange(`${a1Col(col)}1`).format.columnWidth = Math.round((w * 48) / 8.43);
      });
    }
    ws.activate();
    await s.sync();
    return { sheet: name };
  });
}

/** Activates a sheet and selects a cell (the problem list's links). 1 sync. */
export async function selectCell(
  sheet: string,
  address: string,
  lang: Lang = "zh",
): Promise<{ ok: true } | AddinFailure> {
  try {
    if (!parseA1(address)) throw new AdapterError("bad-address", "sheetNotFound", { sheet: `${sheet}!${address}` });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
    return { ok: true };
  } catch (e) {
    return toFailure(e, lang);
  }
}

/** The workbook's sheet names, in tab order. 1 sync. */
export async function listSheets(): Promise<string[]> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    return sheets.items.map((w) => w.name);
  });
}

/** Shows the 规则 sheet, creating it with the defaults first when absent. 2 syncs. */
export function activateRulesSheet(options: ActionOptions): Promise<ActionReport<{ created: boolean }>> {
  return guarded(options, async (s) => {
    const exists = queueSheetLookup(s, [RULES_SHEET]);
    await s.sync();
    const created = !exists()(RULES_SHEET);
    const ws = created
      ? queueSheetOutput(s, { name: RULES_SHEET, exists: false }, rulesSheet(defaultRules(), options.lang))
      : s.ctx.workbook.worksheets.getItem(RULES_SHEET);
    ws.activate();
    await s.sync();
    return { created };
  });
}

/** Rewrites 规则 with the default rules (creating it when absent). 2 syncs. */
export function restoreDefaultRules(options: ActionOptions): Promise<ActionReport<{ created: boolean }>> {
  return guarded(options, async (s) => {
    const exists = queueSheetLookup(s, [RULES_SHEET]);
    await s.sync();
    const created = !exists()(RULES_SHEET);
    queueSheetOutput(s, { name: RULES_SHEET, exists: !created }, rulesSheet(defaultRules(), options.lang));
    await s.sync();
    return { created };
  });
}
