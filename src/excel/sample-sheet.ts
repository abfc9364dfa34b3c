// 插入示例: the core's sample district as a new sheet. Used once or twice per user, so the pane
// loads it on demand (app.ts): the sample's cells stay out of the scripts every run loads.
import { columnLetters, sampleCells, sampleSheetName, sampleWorkbook } from "../core";
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

/** Adds the core's sample district as a new sheet, with its merged banner, and activates it. 2 syncs. */
export function insertSampleSheet(options: ActionOptions): Promise<ActionReport<{ sheet: string }>> {
  return guarded(options, async (s) => {
    const sheets = s.ctx.workbook.worksheets;
    sheets.load("items/name");
    await s.sync();
    const sample = sampleWorkbook();
    const name = sampleSheetName(
      sample.sheet.name,
      sheets.items.map((w) => w.name),
    );
    const { block: out, flags } = sampleCells(sample);
    writing(LEFT_SAMPLE);
    const ws = sheets.add(name);
    suspendUntilSync(s);
    const block = cellBlock(out.firstRow - 1, out.firstCol - 1, out.cells);
    queueCells(s, ws, block, 0, block.cells.length);
    // Flag cells typed as TRUE/FALSE are booleans in Excel: written as such.
    for (const flag of flags) {
      const cell = ws.getRange(flag.cell);
      cell.numberFormat = [["General"]];
      cell.values = [[flag.value]];
    }
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
