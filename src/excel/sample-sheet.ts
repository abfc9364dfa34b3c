// 插入示例: the core's sample district as a new sheet. Used once or twice per user, so the pane
// loads it on demand (app.ts): the sample's cells stay out of the scripts every run loads.
import { columnLetters, sampleWorkbook } from "../core";
import type { OutCell } from "../core/types";
import { guarded } from "./actions";
import type { ActionOptions, ActionReport } from "./actions";
import type { LangText } from "./messages";
import { writing } from "./session";
import { cellBlock, queueCells, suspendUntilSync } from "./write";

/** What a failure may leave (errors.ts); here, not in messages.ts, so it loads with this module only. */
export const LEFT_SAMPLE: LangText = {
  zh: "示例表可能只写了一半：删除它后重新插入。",
  en: "The sample sheet may be half written: delete it and insert the sample again.",
};

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
    writing(LEFT_SAMPLE);
    const ws = sheets.add(name);
    suspendUntilSync(s);
    const block = cellBlock(origin.row - 1, origin.col - 1, cells);
    queueCells(s, ws, block, 0, block.cells.length);
    // OutCell has no booleans; flag cells typed as TRUE/FALSE are booleans in Excel, so write those as such.
    sample.sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "boolean") return;
        const cell = ws.getRange(`${columnLetters(origin.col + c)}${origin.row + r}`);
        cell.numberFormat = [["General"]];
        cell.values = [[v]];
      }),
    );
    if (s.caps.autofit) {
      sample.merges.forEach((m) => ws.getRange(m).merge(false));
      sample.columnWidths.forEach((w, col) => {
        ws.getRange(`${columnLetters(col + 1)}1`).format.columnWidth = Math.round((w * 48) / 8.43);
      });
    }
    ws.activate();
    await s.sync();
    return { sheet: name };
  });
}
