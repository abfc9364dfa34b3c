// A grid of raw cells -> results for every row: what every front end calls (SPEC §2–§7).

import { SheetError } from "./errors";
import { findHeaderRow, scanHeaders } from "./headers";
import type { ExtraAliases } from "./headers";
import { t } from "./messages";
import { outputCells, placeOutput, movedNotice } from "./output";
import { readColumn } from "./columns";
import type { ColumnRead, DataRow } from "./columns";
import { kindOf } from "./parse-cell";
import { readRow } from "./rows";
import type { RowRef, SheetContext } from "./rows";
import { summarize } from "./summary";
import { a1, cellText, compactText, headerText, isBlank } from "./text";
import type { CellValue, ColumnKey, ColumnMap, RowResult, RunOptions, RunResult, Rules, SheetInput, SkippedRow } from "./types";

const TOTALS = ["合计", "合計", "总计", "總計", "小计", "小計", "全区", "全區", "全县", "全縣", "全市", "全镇", "全鎮", "total", "grandtotal"];

// Every totals label has one of these characters (full-width T folds to t under NFKC), so most
// township names are ruled out without normalising them.
const TOTALS_HINT = /[合总總小全tTｔＴ]/;

export function isTotalsLabel(v: CellValue | undefined): boolean {
  return typeof v === "string" && TOTALS_HINT.test(v) && TOTALS.indexOf(compactText(v)) >= 0;
}

/** The rules' own labels recognise their columns too (a district that renamed an indicator). */
function labelAliases(rules: Rules): ExtraAliases {
  const extra: ExtraAliases = Object.create(null);
  for (const r of rules.indicators) extra[headerText(r.label)] = r.key;
  return extra;
}

function rowIsBlank(cells: CellValue[], firstCol: number, skipCols: number[]): boolean {
  for (let c = 0; c < cells.length; c++) {
    if (!isBlank(cells[c]) && skipCols.indexOf(firstCol + c) < 0) return false;
  }
  return true;
}

export function classifySheet(input: SheetInput, rules: Rules, options: RunOptions): RunResult {
  const lang = options.lang;
  const origin = input.origin || { row: 1, col: 1 };
  const values = input.values;
  const extra = labelAliases(rules);
  const headerRow = findHeaderRow(input, extra);
  if (headerRow === null) throw new SheetError("no-header", t(lang, "error.noHeader", { sheet: input.name }), input.name);
  const hIdx = headerRow - origin.row;
  const placement = placeOutput(values, hIdx, origin.col, rules);
  const skipCols = placement.resultCols;
  const notices: string[] = [];
  if (placement.moved) notices.push(movedNotice(placement, headerRow, lang));

  const scan = scanHeaders(values[hIdx], origin.col, extra);
  const columns: ColumnMap = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const h of scan.found) {
    if (skipCols.indexOf(h.col) >= 0) continue;
    columns[h.key] = h.col;
    headers[h.key] = h.text;
  }
  for (const d of scan.duplicates) {
    notices.push(t(lang, "notice.duplicateHeader", { cell: a1(headerRow, d.cell.col), column: d.cell.text, first: a1(headerRow, d.first.col) }));
  }
  const required: ColumnKey[] = ["township"];
  for (const r of rules.indicators) required.push(r.key);
  const missing = required.filter((k) => columns[k] === undefined);
  if (missing.length > 0) {
    const names = missing.map((k) => (k === "township" ? t(lang, "column.township") : rules.indicators.filter((r) => r.key === k)[0].label));
    throw new SheetError("missing-columns", t(lang, "error.missingColumns", { sheet: input.name, columns: names.join(lang === "zh" ? "、" : ", ") }), input.name);
  }

  const skipped: SkippedRow[] = [];
  const refs: RowRef[] = [];
  const townshipIdx = (columns.township as number) - origin.col;
  for (let r = hIdx + 1; r < values.length; r++) {
    const cells = values[r] || [];
    if (rowIsBlank(cells, origin.col, skipCols)) continue;
    if (isTotalsLabel(cells[townshipIdx])) {
      skipped.push({ row: origin.row + r, reason: t(lang, "skip.totals", { text: cellText(cells[townshipIdx]) }) });
      continue;
    }
    refs.push({ row: origin.row + r, cells, k: refs.length });
  }

  const dataRows: DataRow[] = refs.map((ref) => ({ cells: ref.cells, idx: ref.row - origin.row }));
  const reads: ColumnRead[] = rules.indicators.map((rule) => {
    const column = readColumn(input, dataRows, (columns[rule.key] as number) - origin.col, kindOf(rule.key));
    if (column.fractions) notices.push(t(lang, "notice.fractions", { column: headers[rule.key] as string }));
    return column;
  });

  const ctx: SheetContext = { lang, rules, columns, headers, firstCol: origin.col, reads };
  const rows: RowResult[] = [];
  const rowCount = Math.max(0, values.length - hIdx - 1);
  const byRow: (RowResult | undefined)[] = new Array(rowCount);
  for (const ref of refs) {
    const result = readRow(ctx, ref);
    rows.push(result);
    byRow[ref.row - headerRow - 1] = result;
  }
  return {
    sheet: input.name,
    headerRow,
    columns,
    rows,
    skipped,
    summary: summarize(rows, skipped.length),
    notices,
    output: { firstRow: headerRow, firstCol: placement.firstCol, cells: outputCells(rowCount, byRow, rules, lang) },
  };
}
