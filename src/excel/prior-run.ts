// 上年对照 read back (core prior-sheet.ts): a run on a workbook that holds it uses the prior tiers it
// records for the sheet, so 开始分类, the ribbon's 分类 and the document steps after the pane's 上年类别
// step give the results that step wrote. Loaded on demand (classify.ts): only such workbooks need it.
import { carriedPriorTiers, classifySheet, PRIOR_SHEET } from "../core";
import type { Lang, RunOptions, RunResult, SheetInput } from "../core/types";
import type { PriorStep } from "./classify";
import { usedRange } from "./read";
import type { Session } from "./session";

/** The 上年对照 sheet's values. 1 sync. */
async function readPriorSheet(s: Session): Promise<SheetInput> {
  const used = usedRange(s.ctx.workbook.worksheets.getItem(PRIOR_SHEET), s).load("values, rowIndex, columnIndex");
  await s.sync();
  return { name: PRIOR_SHEET, values: used.values, origin: { row: used.rowIndex + 1, col: used.columnIndex + 1 } };
}

/** The options of a run of `input` with 上年对照's tiers (none when it records another sheet). `first`: a run of `input`. */
export async function carriedOptions(s: Session, input: SheetInput, first: RunResult, lang: Lang): Promise<RunOptions> {
  const priorTiers = carriedPriorTiers(await readPriorSheet(s), input.name, first);
  return priorTiers ? { lang, priorTiers } : { lang };
}

export const carriedStep: PriorStep = async (s, input, first, rules, lang) => {
  const options = await carriedOptions(s, input, first, lang);
  return { result: options.priorTiers ? classifySheet(input, rules, options) : first };
};
