// A grid of raw cells -> results for every row: what every front end calls (SPEC §2–§7).

import { SheetError } from "./errors";
import { findHeaderRow, scanHeaders } from "./headers";
import type { ExtraAliases } from "./headers";
import { t } from "./messages";
import { outputCells, placeOutput, movedNotice } from "./output";
import { readColumn } from "./columns";
import type { ColumnRead } from "./columns";
import { kindOf } from "./parse-cell";
import { readRow } from "./rows";
import type { RowRef, SheetContext } from "./rows";
import { summarize } from "./summary";
import { a1, cellText, compactText, headerText, isBlank } from "./text";
import type { CellValue, ColumnKey, ColumnMap, Lang, RowResult, RunOptions, RunResult, Rules, SheetInput, SkippedRow } from "./types";

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

interface Columns {
  columns: ColumnMap;
  headers: Partial<Record<ColumnKey, string>>; // header text as the sheet has it
}

/** Recognised input columns (result columns excluded); duplicates are noticed; missing required ones stop the run. */
function mapColumns(input: SheetInput, headerRow: number, skipCols: number[], rules: Rules, lang: Lang, notices: string[]): Columns {
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
    notices.push(t(lang, "notice.duplicateHeader", { cell: a1(headerRow, d.cell.col), column: d.cell.text, first: a1(headerRow, d.first.col) }));
  }
  const required: ColumnKey[] = ["township"];
  for (const r of rules.indicators) required.push(r.key);
  const missing = required.filter((k) => columns[k] === undefined);
  if (missing.length > 0) {
    const names = missing.map((k) => (k === "township" ? t(lang, "column.township") : rules.indicators.filter((r) => r.key === k)[0].label));
    throw new SheetError("missing-columns", t(lang, "error.missingColumns", { sheet: input.name, columns: names.join(lang === "zh" ? "、" : ", ") }), input.name);
  }
  return { columns, headers };
}

/** Data rows below the header: blank rows dropped silently, totals rows set aside as skipped. */
function dataRows(input: SheetInput, headerRow: number, townshipCol: number, skipCols: number[], lang: Lang) {
  const origin = input.origin || { row: 1, col: 1 };
  const skipped: SkippedRow[] = [];
  const refs: RowRef[] = [];
  const townshipIdx = townshipCol - origin.col;
  for (let r = headerRow - origin.row + 1; r < input.values.length; r++) {
    const cells = input.values[r] || [];
    if (rowIsBlank(cells, origin.col, skipCols)) continue;
    if (isTotalsLabel(cells[townshipIdx])) {
      skipped.push({ row: origin.row + r, reason: t(lang, "skip.totals", { text: cellText(cells[townshipIdx]) }) });
      continue;
    }
    refs.push({ row: origin.row + r, cells, k: refs.length });
  }
  return { refs, skipped };
}

export function classifySheet(input: SheetInput, rules: Rules, options: RunOptions): RunResult {
  const lang = options.lang;
  const origin = input.origin || { row: 1, col: 1 };
  const headerRow = findHeaderRow(input, labelAliases(rules));
  if (headerRow === null) throw new SheetError("no-header", t(lang, "error.noHeader", { sheet: input.name }), input.name);
  const placement = placeOutput(input.values, headerRow - origin.row, origin.col, rules);
  const notices: string[] = [];
  if (placement.moved) notices.push(movedNotice(placement, headerRow, lang));
  const { columns, headers } = mapColumns(input, headerRow, placement.resultCols, rules, lang, notices);
  const { refs, skipped } = dataRows(input, headerRow, columns.township as number, placement.resultCols, lang);

  const reads: ColumnRead[] = rules.indicators.map((rule) => {
    const column = readColumn(input, refs, (columns[rule.key] as number) - origin.col, kindOf(rule.key));
    if (column.fractions) notices.push(t(lang, "notice.fractions", { column: headers[rule.key] as string }));
    return column;
  });
  const ctx: SheetContext = { lang, rules, columns, headers, firstCol: origin.col, reads };
  const rowCount = Math.max(0, input.values.length - (headerRow - origin.row) - 1);
  const byRow: (RowResult | undefined)[] = new Array(rowCount);
  const rows = refs.map((ref) => (byRow[ref.row - headerRow - 1] = readRow(ctx, ref)));
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
