// A grid of raw cells -> results for every row: what every front end calls (SPEC §2–§7).

import { SheetError } from "./errors";
import { findHeaderRow, scanHeaders } from "./headers";
import type { ExtraAliases } from "./headers";
import { t } from "./messages";
import { outputCells, placeOutput, movedNotice } from "./output";
import type { Placement } from "./output";
import { readColumn } from "./columns";
import type { ColumnRead } from "./columns";
import { kindOf } from "./parse-cell";
import { rowReader } from "./row-reader";
import type { SheetContext } from "./rows";
import { summarize } from "./summary";
import { dataRows } from "./data-rows";
import { a1, headerText } from "./text";
import type {
  ColumnKey,
  ColumnMap,
  Lang,
  OutputBlock,
  RowResult,
  RunOptions,
  RunResult,
  Rules,
  SheetInput,
} from "./types";

/** The rules' own labels recognise their columns too (a district that renamed an indicator). */
function labelAliases(rules: Rules): ExtraAliases {
  const extra: ExtraAliases = Object.create(null);
  for (const r of rules.indicators) extra[headerText(r.label)] = r.key;
  return extra;
}

interface Columns {
  columns: ColumnMap;
  headers: Partial<Record<ColumnKey, string>>; // header text as the sheet has it
}

/** Recognised input columns (result columns excluded); duplicates are noticed; missing required ones stop the run. */
function mapColumns(
  input: SheetInput,
  headerRow: number,
  skipCols: number[],
  rules: Rules,
  lang: Lang,
  notices: string[],
): Columns {
  const origin = input.origin || { row: 1, col: 1 };
  const scan = scanHeaders(input.values[headerRow - origin.row], origin.col, labelAliases(rules));
  const columns: ColumnMap = {};
  const headers: Columns["headers"] = {};
  for (const h of scan.found) {
    if (skipCols.indexOf(h.col) >= 0) continue;
    columns[h.key] = h.col;
    headers[h.key] = h.text;
  }
  for (const d of scan.duplicates) {
    notices.push(
      t(lang, "notice.duplicateHeader", {
        cell: a1(headerRow, d.cell.col),
        column: d.cell.text,
        first: a1(headerRow, d.first.col),
      }),
    );
  }
  const required: ColumnKey[] = ["township"];
  for (const r of rules.indicators) required.push(r.key);
  const missing = required.filter((k) => columns[k] === undefined);
  if (missing.length > 0) {
    const names = missing.map((k) =>
      k === "township" ? t(lang, "column.township") : rules.indicators.filter((r) => r.key === k)[0].label,
    );
    throw new SheetError(
      "missing-columns",
      t(lang, "error.missingColumns", { sheet: input.name, columns: names.join(lang === "zh" ? "、" : ", ") }),
      input.name,
    );
  }
  return { columns, headers };
}

/** Every data row's result, in sheet order. */
function readRows(input: SheetInput, at: Int32Array, ctx: SheetContext): RowResult[] {
  const reader = rowReader(ctx.rules, ctx.lang);
  reader.start(input, at, ctx);
  const rows: RowResult[] = new Array(at.length);
  for (let k = 0; k < at.length; k++) rows[k] = reader.read(k);
  reader.finish();
  return rows;
}

/** The result block: the header row, then one row of cells per sheet row below it (empty where there is no result). */
function outputBlock(
  rows: RowResult[],
  headerRow: number,
  placement: Placement,
  rowCount: number,
  rules: Rules,
  lang: Lang,
): OutputBlock {
  const byRow: (RowResult | undefined)[] = new Array(rowCount);
  for (const r of rows) byRow[r.row - headerRow - 1] = r;
  return { firstRow: headerRow, firstCol: placement.firstCol, cells: outputCells(rowCount, byRow, rules, lang) };
}

export function classifySheet(input: SheetInput, rules: Rules, options: RunOptions): RunResult {
  const lang = options.lang;
  const origin = input.origin || { row: 1, col: 1 };
  const headerRow = findHeaderRow(input, labelAliases(rules));
  if (headerRow === null)
    throw new SheetError("no-header", t(lang, "error.noHeader", { sheet: input.name }), input.name);
  const placement = placeOutput(input.values, headerRow - origin.row, origin.col, rules);
  const notices: string[] = [];
  if (placement.moved) notices.push(movedNotice(placement, headerRow, lang));
  const { columns, headers } = mapColumns(input, headerRow, placement.resultCols, rules, lang, notices);
  const { at, skipped } = dataRows(input, headerRow, columns, placement.resultCols, lang);

  const reads: ColumnRead[] = rules.indicators.map((rule) => {
    const column = readColumn(input, at, (columns[rule.key] as number) - origin.col, kindOf(rule.key));
    if (column.fractions) notices.push(t(lang, "notice.fractions", { column: headers[rule.key] as string }));
    return column;
  });
  const ctx: SheetContext = { lang, rules, columns, headers, firstCol: origin.col, reads };
  const rowCount = Math.max(0, input.values.length - (headerRow - origin.row) - 1);
  const rows = readRows(input, at, ctx);
  // The output block is made on first use: classifying is done here, writing it out is the front end's step.
  let output: OutputBlock | undefined;
  return {
    sheet: input.name,
    headerRow,
    columns,
    rows,
    skipped,
    summary: summarize(rows, skipped.length),
    notices,
    get output(): OutputBlock {
      if (output === undefined) output = outputBlock(rows, headerRow, placement, rowCount, rules, lang);
      return output;
    },
    set output(block: OutputBlock) {
      output = block;
    },
  };
}
