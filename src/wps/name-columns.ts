// Naming a column by hand from the pane, in WPS 表格, as the Office.js adapter does (src/excel/name-columns.ts):
// the header the user picked for a missing indicator goes into the 规则 sheet's 表头名称 column (I), where
// the core reads it. Nothing else in 规则 changes; a 规则 sheet is written with the defaults (and the names)
// when there is none. A 规则 sheet that does not read is reported, naming its cell, not written into.
import { defaultRules, readRulesSheet, RULES_SHEET, rulesSheet, t } from "../core";
import type { IndicatorKey, Lang, OutCell } from "../core/types";
import { checkWritable, whileWriting } from "./classify";
import type { EtApplication } from "./et";
import { activeBook } from "./pane-actions";
import { readUsedValues } from "./read";
import { writeSheetOutput } from "./sheet-output";
import { findSheet } from "./sheets";
import { writeBlock } from "./write";

/** Column I of the 规则 sheet's indicator table, counted from its first column. */
const HEADER_FIELD = 8;

export function nameColumns(
  app: EtApplication,
  options: { lang: Lang; names: { key: IndicatorKey; header: string }[] },
): { created: boolean } {
  const { lang, names } = options;
  const book = activeBook(app);
  const ws = findSheet(book, RULES_SHEET);
  checkWritable(book, [{ name: RULES_SHEET, ws }]);
  if (!ws) {
    const rules = defaultRules();
    for (const n of names) for (const r of rules.indicators) if (r.key === n.key) r.header = n.header;
    const active = book.ActiveSheet;
    whileWriting(app, () => {
      writeSheetOutput(app, book, rulesSheet(rules, lang));
      if (active) active.Activate(); // adding a sheet activated it
    });
    return { created: true };
  }
  const input = readUsedValues(ws);
  readRulesSheet(input, lang);
  const values = input.values;
  const origin = input.origin || { row: 1, col: 1 };
  const rowOf = (key: string) => {
    for (let r = 0; r < values.length; r++)
      if (typeof values[r][0] === "string" && String(values[r][0]).trim() === key) return r;
    return -1;
  };
  const write = (r: number, cell: OutCell) =>
    writeBlock(ws, { firstRow: origin.row + r, firstCol: origin.col + HEADER_FIELD, cells: [[cell]] });
  whileWriting(app, () => {
    // A 规则 sheet made before 表头名称 existed gets the column's heading too.
    const heading =
      Math.min.apply(
        null,
        names.map((n) => rowOf(n.key)),
      ) - 1;
    const headingRow = values[heading] || [];
    if (heading >= 0 && !String(headingRow[HEADER_FIELD] ?? "").trim())
      write(heading, { value: t(lang, "rs.header"), bold: true });
    for (const n of names) {
      const r = rowOf(n.key);
      if (r >= 0) write(r, { value: n.header });
    }
  });
  return { created: false };
}
