// What the year's documents (issue 15) share: the check that a sheet has up-to-date results, each
// row's prior tier and indicators as the run read them, the year, wrapped text and the page setup.
// The documents are built from the sheet classified again in memory (classifying is fast), so they
// never depend on how a front end stored an earlier run.

import { readIndicators } from "./columns";
import { SheetError } from "./errors";
import { pageFooter } from "./layout";
import { t } from "./messages";
import type { MessageKey } from "./messages";
import { placeOutput } from "./output";
import { kindOf } from "./parse-cell";
import { parseTier } from "./parse-fields";
import { classifySheet } from "./run";
import { STATUSES } from "./summary";
import { a1, compactText, isBlank } from "./text";
import { yt } from "./year-messages";
import type {
  CellValue,
  Lang,
  OutCell,
  PageSetup,
  RowResult,
  RunOptions,
  RunResult,
  Rules,
  SheetInput,
  Status,
  Tier,
} from "./types";

/** The documents: what their messages call them. */
export type DocumentKey = "doc.review" | "doc.recommend" | "doc.notice" | "doc.payments";

function cellAt(input: SheetInput, row: number, col: number): CellValue | undefined {
  const origin = input.origin || { row: 1, col: 1 };
  const cells = input.values[row - origin.row];
  return cells ? cells[col - origin.col] : undefined;
}

const STATUS_BY_LABEL: Record<string, Status> = Object.create(null);
for (const s of STATUSES)
  for (const lang of ["zh", "en"] as Lang[]) STATUS_BY_LABEL[compactText(t(lang, ("status." + s) as MessageKey))] = s;

/** The status a 完成情况 cell our output wrote names (either language), or undefined. */
export function statusOfLabel(v: CellValue | undefined): Status | undefined {
  return typeof v === "string" ? STATUS_BY_LABEL[compactText(v)] : undefined;
}

/** The first result cell on the sheet that does not say what classifying the sheet now gives, or null. */
function staleCell(input: SheetInput, result: RunResult, firstCol: number): string | null {
  for (const r of result.rows) {
    const tierRaw = cellAt(input, r.row, firstCol);
    const tier = parseTier(tierRaw);
    if (tier !== (r.tier === null ? "blank" : r.tier)) return a1(r.row, firstCol);
    const statusRaw = cellAt(input, r.row, firstCol + 1);
    if (statusOfLabel(statusRaw) !== r.status) return a1(r.row, firstCol + 1);
    const amount = cellAt(input, r.row, firstCol + 2);
    const noMoney = r.status === "invalid" || r.status === "no-target";
    if (noMoney ? !isBlank(amount) : amount !== r.amount) return a1(r.row, firstCol + 2);
  }
  return null;
}

/**
 * The sheet classified again in memory, for a document. Throws SheetError when the step cannot run
 * yet: `not-classified` (the sheet has no result columns: it was never classified, or they were
 * cleared), `stale-results` (a tier, status or amount cell differs from what the data give now: the
 * data changed since), `no-classified-rows` (no township has a tier).
 */
export function classifiedRun(input: SheetInput, rules: Rules, options: RunOptions, document: DocumentKey): RunResult {
  const lang = options.lang;
  const result = classifySheet(input, rules, options);
  const origin = input.origin || { row: 1, col: 1 };
  const placement = placeOutput(input.values, result.headerRow - origin.row, origin.col, rules);
  const params = { sheet: input.name, document: yt(lang, document) };
  if (!placement.inPlace) throw new SheetError("not-classified", yt(lang, "doc.notClassified", params), input.name);
  const stale = staleCell(input, result, placement.firstCol);
  if (stale !== null)
    throw new SheetError("stale-results", yt(lang, "doc.staleResults", { ...params, cell: stale }), input.name);
  if (result.rows.every((r) => r.tier === null))
    throw new SheetError("no-classified-rows", yt(lang, "doc.noClassifiedRows", params), input.name);
  return result;
}

/**
 * Each row's prior tier as the run used it (in result.rows order): the sheet's cell; where it is blank
 * or absent, options.priorTiers for that row, else 3; null where the cell is not a tier.
 */
export function priorTiersOf(input: SheetInput, result: RunResult, options: RunOptions): (Tier | null)[] {
  const col = result.columns.priorTier;
  return result.rows.map((r) => {
    const read = col === undefined ? "blank" : parseTier(cellAt(input, r.row, col));
    if (read !== "blank") return read;
    const carried = options.priorTiers ? options.priorTiers[r.row] : undefined;
    return carried === undefined ? 3 : carried;
  });
}

/** A cell of a row's sheet row, by 1-based column. */
export function rowCell(input: SheetInput, row: RowResult, col: number | undefined): CellValue | undefined {
  return col === undefined ? undefined : cellAt(input, row.row, col);
}

/**
 * The seven indicators of every row (row k's indicator i at k * 7 + i, in rules order), read exactly as
 * the run read them (percent formats, the fractions rule): the same reader over the same rows.
 */
export function indicatorValues(input: SheetInput, result: RunResult, rules: Rules): Float64Array {
  const origin = input.origin || { row: 1, col: 1 };
  const dataRows: Record<number, boolean> = Object.create(null);
  for (const r of result.rows) dataRows[r.row - origin.row] = true;
  const specs = rules.indicators.map((rule) => ({
    c: (result.columns[rule.key] as number) - origin.col,
    kind: kindOf(rule.key),
  }));
  const source = { first: 0, below: input.values.length, isData: (r: number) => dataRows[r] === true };
  return readIndicators(input, source, specs, { take: () => undefined }).values;
}

/** The assessment year for a title: the one 4-digit year every row with a year shares, else null. */
export function yearOf(result: RunResult): string | null {
  let year: string | null = null;
  for (const r of result.rows) {
    if (r.year === null) continue;
    const m = /(19|20)\d\d/.exec(String(r.year));
    if (m === null) continue;
    if (year !== null && year !== m[0]) return null;
    year = m[0];
  }
  return year;
}

/** "2014年度" / "2014 ", or a line to fill in when the sheet has no single year. */
export function yearTitle(result: RunResult, lang: Lang): string {
  const year = yearOf(result);
  return year === null ? yt(lang, "doc.blankYear") : yt(lang, "doc.yearTitle", { year });
}

/** A tier's label (一类 / Tier 1), or "" for none. */
export function tierLabel(tier: Tier | null, lang: Lang): string {
  return tier === null ? "" : t(lang, ("tier" + tier) as MessageKey);
}

/** A status's label (达标 / Met). */
export function statusLabel(status: Status, lang: Lang): string {
  return t(lang, ("status." + status) as MessageKey);
}

/** A table row of a document: every cell, empty ones included, with a line all round. */
export function boxed(row: OutCell[]): OutCell[] {
  return row.map((c) => ({ ...c, border: true }));
}

/** A document's print setup: A4, one page wide, the table's header row on every page, the usual footer. */
export function documentPage(orientation: PageSetup["orientation"], headerRow: number, lang: Lang): PageSetup {
  return {
    orientation,
    paper: "A4",
    fitWide: 1,
    fitTall: 0,
    titleRows: { first: headerRow, last: headerRow },
    footer: pageFooter(lang),
  };
}
