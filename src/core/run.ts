// A grid of raw cells -> results for every row: what every front end calls (SPEC §2–§7).

import { SheetError } from "./errors";
import { findHeaderRow, scanHeaders } from "./headers";
import type { ExtraAliases } from "./headers";
import { t } from "./messages";
import { outputCells, placeOutput, movedNotice } from "./output";
import { readIndicators } from "./columns";
import { kindOf } from "./parse-cell";
import { rowReader } from "./row-reader";
import type { SheetContext } from "./rows";
import { DataRows } from "./data-rows";
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

  const specs = rules.indicators.map((rule) => ({
    c: (columns[rule.key] as number) - origin.col,
    kind: kindOf(rule.key),
  }));
  const rowsBelow = new DataRows(input, headerRow, columns, placement.resultCols, lang);
  const reader = rowReader(rules, lang);
  reader.start(input, rowsBelow.below, columns, origin.col);
  const indicators = readIndicators(input, rowsBelow, specs, reader);
  const skipped = rowsBelow.skipped;
  rules.indicators.forEach((rule, i) => {
    if (indicators.fractions[i]) notices.push(t(lang, "notice.fractions", { column: headers[rule.key] as string }));
  });
  const ctx: SheetContext = { lang, rules, columns, headers, firstCol: origin.col, indicators };
  const rowCount = rowsBelow.below; // the output block covers every row below the header
  const table = reader.judgeAll(ctx);
  reader.finish();
  // Row objects and the output block are made on first use: classifying is done here; listing every
  // row and writing the result columns are the front end's steps.
  let rows: RowResult[] | undefined;
  let output: OutputBlock | undefined;
  return {
    sheet: input.name,
    headerRow,
    headerRows: 1,
    unitsRow: null,
    columns,
    get rows(): RowResult[] {
      if (rows === undefined) rows = table.rows();
      return rows;
    },
    set rows(list: RowResult[]) {
      rows = list;
    },
    problems: table.problems,
    skipped,
    summary: table.summary(skipped.length),
    notices,
    get output(): OutputBlock {
      if (output === undefined)
        output = {
          firstRow: headerRow,
          firstCol: placement.firstCol,
          cells: outputCells(rowCount, headerRow, table, rules, lang),
        };
      return output;
    },
    set output(block: OutputBlock) {
      output = block;
    },
  };
}
