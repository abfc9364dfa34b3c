// Going to a cell (the problem list's links) and listing the sheets: small and frequent, so part of
// what the pane loads at once (the rarer actions in sheets.ts are loaded on demand).
import type { Lang } from "../core/types";
import { AdapterError, AddinFailure, toFailure } from "./errors";
import { parseA1 } from "./ranges";

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
