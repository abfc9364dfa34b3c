// Naming a column by hand from the pane: the header the user picked for a missing indicator goes into
// the 规则 sheet's 表头名称 column (I), where the core reads it, so the choice travels with the workbook.
// Nothing else in 规则 changes; a 规则 sheet is created with the defaults when there is none. 2–3 syncs.
import { defaultRules, readRulesSheet, RULES_SHEET, rulesSheet, t } from "../core";
import type { IndicatorKey, OutCell } from "../core/types";
import { queueSheetLookup, usedRange } from "./read";
import { guarded } from "./actions";
import type { ActionOptions, ActionReport } from "./actions";
import { queueSheetOutput } from "./sheet-output";
import type { LangText } from "./messages";
import { writing } from "./session";
import { cellBlock, queueCells } from "./write";

export interface ColumnName {
  key: IndicatorKey;
  /** The header as the sheet has it. */
  header: string;
}

/** What a failure may leave (errors.ts); here, not in messages.ts, so it loads with this module only. */
export const LEFT_NAMES: LangText = {
  zh: "“规则”表的表头名称可能只写了一部分：请再保存一次。",
  en: "The header names in the 规则 (Rules) sheet may be half written: save again.",
};

/** Column I of the 规则 sheet's indicator table, 0-based from its first column. */
const HEADER_FIELD = 8;

export function nameColumns(
  options: ActionOptions & { names: ColumnName[] },
): Promise<ActionReport<{ created: boolean }>> {
  return guarded(options, async (s) => {
    const exists = queueSheetLookup(s, [RULES_SHEET]);
    await s.sync();
    const created = !exists()(RULES_SHEET);
    if (created) {
      writing(LEFT_NAMES);
      const rules = defaultRules();
      for (const n of options.names) for (const r of rules.indicators) if (r.key === n.key) r.header = n.header;
      queueSheetOutput(s, { name: RULES_SHEET, exists: false }, rulesSheet(rules, options.lang));
      await s.sync();
      return { created };
    }
    const ws = s.ctx.workbook.worksheets.getItem(RULES_SHEET);
    const used = usedRange(ws, s);
    used.load("values, rowIndex, columnIndex");
    await s.sync();
    const values = used.values as (string | number | boolean | null)[][];
    // A 规则 sheet that does not read is reported (naming its cell), not written into.
    readRulesSheet(
      { name: RULES_SHEET, values, origin: { row: used.rowIndex + 1, col: used.columnIndex + 1 } },
      options.lang,
    );
    const rowOf = (key: string) => {
      for (let r = 0; r < values.length; r++)
        if (typeof values[r][0] === "string" && String(values[r][0]).trim() === key) return r;
      return -1;
    };
    writing(LEFT_NAMES);
    const write = (r: number, cell: OutCell) =>
      queueCells(s, ws, cellBlock(used.rowIndex + r, used.columnIndex + HEADER_FIELD, [[cell]]), 0, 1);
    // A 规则 sheet made before 表头名称 existed gets the column's heading too.
    const first = Math.min.apply(
      null,
      options.names.map((n) => rowOf(n.key)),
    );
    const heading = first - 1;
    if (heading >= 0 && !String(values[heading][HEADER_FIELD] ?? "").trim())
      write(heading, { value: t(options.lang, "rs.header"), bold: true });
    for (const n of options.names) write(rowOf(n.key), { value: n.header });
    await s.sync();
    return { created };
  });
}
