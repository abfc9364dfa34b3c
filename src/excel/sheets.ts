// The smaller actions of the task pane: clear results, the 规则 sheet. Rarely used, so the pane loads this
// module on demand (app.ts); going to a cell and listing sheets are in navigate.ts.
import { classifySheet, defaultRules, HEADER_SEARCH_ROWS, RULES_SHEET, rulesSheet, SUMMARY_SHEET } from "../core";
import { guarded } from "./actions";
import type { ActionOptions, ActionReport } from "./actions";
import { AdapterError } from "./errors";
import { HALF_RESULTS, LangText } from "./messages";
import { isBlankGrid, probeSheet, queueSheetLookup, readArea, sheetInput } from "./read";
import { writing } from "./session";
import { queueSheetOutput } from "./sheet-output";

/** What a failure may leave (errors.ts); here, not in messages.ts, so it loads with this module only. */
export const LEFT_RULES: LangText = {
  zh: "“规则”表可能只写了一半：再试一次；仍不完整时点“恢复默认规则”。",
  en: "The 规则 (Rules) sheet may be half written: try again, or press Restore default rules if it is still incomplete.",
};

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
      writing(HALF_RESULTS);
      // One range, one operation: a clear cut short never leaves some result columns behind (they lie within one block).
      if (columns.length > 0) {
        const span = `${a1Col(columns[0].col)}${out.firstRow}:${a1Col(columns[columns.length - 1].col)}${bottom}`;
        probe.ws.getRange(span).clear();
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

/** Shows the 规则 sheet, creating it with the defaults first when absent. 2 syncs. */
export function activateRulesSheet(options: ActionOptions): Promise<ActionReport<{ created: boolean }>> {
  return guarded(options, async (s) => {
    const exists = queueSheetLookup(s, [RULES_SHEET]);
    await s.sync();
    const created = !exists()(RULES_SHEET);
    if (created) writing(LEFT_RULES);
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
    writing(LEFT_RULES);
    queueSheetOutput(s, { name: RULES_SHEET, exists: !created }, rulesSheet(defaultRules(), options.lang));
    await s.sync();
    return { created };
  });
}
