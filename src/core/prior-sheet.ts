// 上年对照: last year's tiers as a run used them, kept in the workbook (issue 15 part 1). The run that
// takes prior tiers from last year's sheet writes it; every later run on this workbook (classify again,
// the documents) reads it back, so a step after classify sees the same prior tiers and the same results.
// Matched again by the township's name as this year's sheet writes it (compared after NFKC, without
// whitespace, any case), so inserted rows do not move a tier to another township. Free of opencc-js.

import { PRIOR_SHEET } from "./document-sheets";
import { statusLabel, tierLabel } from "./documents";
import { parseTier } from "./parse-fields";
import type { PriorTiers } from "./prior";
import { priorReport } from "./prior-report";
import { compactText } from "./text";
import type { CellValue, Lang, OutCell, RunResult, SheetInput, SheetOutput, Tier } from "./types";
import { yt } from "./year-messages";
import type { YearMessageKey } from "./year-messages";

export { PRIOR_SHEET };

const COLUMNS: YearMessageKey[] = [
  "priorSheet.township",
  "priorSheet.row",
  "priorSheet.lastTownship",
  "priorSheet.lastCell",
  "priorSheet.lastTier",
  "priorSheet.lastStatus",
  "priorSheet.carried",
];
/** Row of the this-year sheet's name (B) and of the table's header, 1-based. */
const SHEET_ROW = 2;
const HEADER_ROW = 5;

const bold = (value: string): OutCell => ({ value, bold: true, border: true });

/** The 上年对照 sheet of a run that took prior tiers from last year's sheet: one row per match, then the report. */
export function priorSheet(p: PriorTiers, sheet: string, lang: Lang): SheetOutput {
  const cells: OutCell[][] = [
    [{ value: yt(lang, "priorSheet.title"), bold: true }],
    [{ value: yt(lang, "priorSheet.thisSheet") }, { value: sheet }],
    [{ value: yt(lang, "priorSheet.lastSheet") }, { value: p.sheet }],
    [],
    COLUMNS.map((key) => bold(yt(lang, key))),
  ];
  const matches = p.matches.slice().sort((a, b) => a.row - b.row);
  for (const m of matches) {
    cells.push(
      [
        m.township,
        m.row,
        m.last.township,
        m.last.cell,
        tierLabel(m.last.tier, lang),
        statusLabel(m.last.status, lang),
        m.tier === null ? yt(lang, "priorSheet.none") : tierLabel(m.tier, lang),
      ].map((value) => ({ value, border: true })),
    );
  }
  cells.push([]);
  for (const line of priorReport(p, lang)) cells.push([{ value: line }]);
  return { name: PRIOR_SHEET, cells, columnWidths: [16, 8, 16, 10, 12, 12, 14] };
}

function cellAt(input: SheetInput, row: number, col: number): CellValue | undefined {
  const origin = input.origin || { row: 1, col: 1 };
  const cells = input.values[row - origin.row];
  return cells ? cells[col - origin.col] : undefined;
}

/** Both languages' label of a column, compacted, for reading the sheet back. */
function isLabel(v: CellValue | undefined, key: YearMessageKey): boolean {
  return typeof v === "string" && (["zh", "en"] as Lang[]).some((l) => compactText(yt(l, key)) === compactText(v));
}

/**
 * The prior tiers a 上年对照 sheet holds for `sheet`'s run (RunOptions.priorTiers, by sheet row), or
 * null when the sheet is about another sheet or is not ours. `result` is a run of `sheet` (with or
 * without prior tiers: only its rows' names are used). A township two rows of `result` share gets none.
 */
export function carriedPriorTiers(prior: SheetInput, sheet: string, result: RunResult): Record<number, Tier> | null {
  if (!isLabel(cellAt(prior, SHEET_ROW, 1), "priorSheet.thisSheet")) return null;
  if (cellAt(prior, SHEET_ROW, 2) !== sheet) return null;
  if (!isLabel(cellAt(prior, HEADER_ROW, 1), "priorSheet.township")) return null;
  if (!isLabel(cellAt(prior, HEADER_ROW, 7), "priorSheet.carried")) return null;
  const carried = new Map<string, Tier>();
  const origin = prior.origin || { row: 1, col: 1 };
  for (let row = HEADER_ROW + 1; row < origin.row + prior.values.length; row++) {
    const name = cellAt(prior, row, 1);
    if (typeof name !== "string" || name.trim() === "") break;
    const tier = parseTier(cellAt(prior, row, 7));
    if (tier === 1 || tier === 2 || tier === 3) carried.set(compactText(name), tier);
  }
  const keys = result.rows.map((r) => compactText(r.township));
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) || 0) + 1);
  const out: Record<number, Tier> = {};
  result.rows.forEach((r, i) => {
    const tier = carried.get(keys[i]);
    if (tier !== undefined && count.get(keys[i]) === 1) out[r.row] = tier;
  });
  return out;
}

/** How many of `result`'s rows took a prior tier from `priorTiers`: those whose sheet has no prior-tier cell value. */
export function priorTiersUsed(input: SheetInput, result: RunResult, priorTiers: Record<number, Tier>): number {
  const col = result.columns.priorTier;
  return result.rows.filter((r) => {
    if (priorTiers[r.row] === undefined) return false;
    return col === undefined || parseTier(cellAt(input, r.row, col)) === "blank";
  }).length;
}
