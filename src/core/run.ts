// A grid of raw cells -> results for every row: what every front end calls (SPEC §2–§7).

import { SheetError } from "./errors";
import { findHeaderBlock } from "./headers";
import type { ExtraAliases, HeaderBlock, NamedCell } from "./headers";
import { t } from "./messages";
import type { MessageKey } from "./messages";
import { outputCells, placeOutput, movedNotice } from "./output";
import { readIndicators } from "./columns";
import { kindOf } from "./parse-cell";
import { rowReader } from "./row-reader";
import type { SheetContext } from "./rows";
import { DataRows } from "./data-rows";
import { uncalculatedRows } from "./uncalculated";
import { a1, compactText, headerText } from "./text";
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

/** Names beyond the built-in list: the rules' labels, and the headers the user named in 规则 (by hand). */
function aliasesOf(rules: Rules): ExtraAliases {
  const extra: ExtraAliases = { labels: Object.create(null), hand: Object.create(null) };
  for (const r of rules.indicators) {
    extra.labels[headerText(r.label)] = r.key;
    if (r.header !== undefined && r.header.trim() !== "") extra.hand[compactText(r.header)] = r.key;
  }
  return extra;
}

interface Columns {
  columns: ColumnMap;
  headers: Partial<Record<ColumnKey, string>>; // header text as the sheet has it
}

/** The name of a column key in messages: the rules' label for an indicator. */
function keyName(key: ColumnKey, rules: Rules, lang: Lang): string {
  const rule = rules.indicators.filter((r) => r.key === key)[0];
  return rule ? rule.label : t(lang, ("column." + key) as MessageKey);
}

/** Recognised input columns (result columns excluded); what the rule took, duplicates and ambiguities are noticed; missing required ones stop the run. */
function mapColumns(
  input: SheetInput,
  block: HeaderBlock,
  skipCols: number[],
  rules: Rules,
  lang: Lang,
  notices: string[],
): Columns {
  const scan = block.scan;
  const columns: ColumnMap = {};
  const headers: Columns["headers"] = {};
  const list = (keys: string[]) => keys.join(lang === "zh" ? "、" : ", ");
  const quoted = (cells: NamedCell[]) =>
    list(cells.map((c) => t(lang, "header.quoted", { cell: a1(c.row, c.col), column: c.text })));
  for (const h of scan.found) {
    if (skipCols.indexOf(h.col) >= 0) continue;
    columns[h.key] = h.col;
    headers[h.key] = h.text;
    if (h.how === "rule")
      notices.push(
        t(lang, "notice.ruleHeader", { cell: a1(h.row, h.col), column: h.text, name: keyName(h.key, rules, lang) }),
      );
  }
  for (const d of scan.duplicates) {
    notices.push(
      t(lang, "notice.duplicateHeader", {
        cell: a1(d.cell.row, d.cell.col),
        column: d.cell.text,
        first: a1(d.first.row, d.first.col),
      }),
    );
  }
  for (const a of scan.ambiguous) {
    const names = list(a.keys.map((k) => keyName(k, rules, lang)));
    const key = a.keys.length > 1 ? "notice.ambiguousHeader" : "notice.ambiguousColumns";
    notices.push(t(lang, key, { cells: quoted(a.cells), names }));
  }
  const required: ColumnKey[] = ["township"];
  for (const r of rules.indicators) required.push(r.key);
  const missing = required.filter((k) => columns[k] === undefined);
  if (missing.length > 0) {
    const unknown = scan.unknown.filter((u) => skipCols.indexOf(u.col) < 0);
    const named = missing.map((key) => ({ key, name: keyName(key, rules, lang) }));
    const message = [t(lang, "error.missingColumns", { sheet: input.name, columns: list(named.map((m) => m.name)) })];
    const unclear = scan.ambiguous.filter((a) => a.keys.some((k) => missing.indexOf(k) >= 0));
    if (unclear.length)
      message.push(
        t(lang, "error.unclearHeaders", {
          cells: list(unclear.map((a) => quoted(a.cells))),
        }),
      );
    if (unknown.length)
      message.push(
        t(lang, "error.unknownHeaders", {
          cells: quoted(unknown),
        }),
      );
    throw new SheetError("missing-columns", message.join(lang === "zh" ? "；" : "; "), input.name, {
      missing: named,
      headerRow: block.row,
      headers: unclear.reduce((all, a) => all.concat(a.cells), unknown).sort((x, y) => x.col - y.col),
    });
  }
  return { columns, headers };
}

export function classifySheet(input: SheetInput, rules: Rules, options: RunOptions): RunResult {
  const lang = options.lang;
  const origin = input.origin || { row: 1, col: 1 };
  const block = findHeaderBlock(input, aliasesOf(rules));
  if (block === null) throw new SheetError("no-header", t(lang, "error.noHeader", { sheet: input.name }), input.name);
  const headerRow = block.row;
  const placement = placeOutput(input.values, headerRow - origin.row, origin.col, rules);
  const notices: string[] = [];
  if (placement.moved) notices.push(movedNotice(placement, headerRow, lang));
  const { columns, headers } = mapColumns(input, block, placement.resultCols, rules, lang, notices);

  const specs = rules.indicators.map((rule) => ({
    c: (columns[rule.key] as number) - origin.col,
    kind: kindOf(rule.key),
  }));
  const formulaRows = uncalculatedRows(input, columns);
  const rowsBelow = new DataRows(input, block, columns, placement.resultCols, lang, formulaRows);
  const reader = rowReader(rules, lang);
  reader.start(input, rowsBelow.below, columns, origin.col, options.priorTiers);
  const indicators = readIndicators(input, rowsBelow, specs, reader);
  if (formulaRows !== null) reader.recheckRows(formulaRows, indicators.at);
  const skipped = rowsBelow.skipped;
  rules.indicators.forEach((rule, i) => {
    if (indicators.fractions[i]) notices.push(t(lang, "notice.fractions", { column: headers[rule.key] as string }));
  });
  const ctx: SheetContext = {
    lang,
    rules,
    columns,
    headers,
    firstCol: origin.col,
    indicators,
    uncalculated: input.uncalculated,
  };
  const rowCount = Math.max(0, input.values.length - (headerRow - origin.row) - 1); // the output block covers every row below the header
  const table = reader.judgeAll(ctx);
  reader.finish();
  // Row objects and the output block are made on first use: classifying is done here; listing every
  // row and writing the result columns are the front end's steps.
  let rows: RowResult[] | undefined;
  let output: OutputBlock | undefined;
  return {
    sheet: input.name,
    headerRow,
    headerRows: block.rows,
    unitsRow: block.unitsRow,
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
