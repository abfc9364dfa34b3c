// Last year's classified results, read back from a sheet our output wrote: the township, its 达到类别
// and 完成情况, and last year's own prior tier, per row. Result headers in either language.

import { statusOfLabel } from "./documents";
import { SheetError } from "./errors";
import { HEADER_SEARCH_ROWS, scanHeaders } from "./headers";
import { resultHeaderLookup } from "./output";
import { parseFlag, parseTier } from "./parse-fields";
import { a1, cellText, compactText, isBlank } from "./text";
import { yt } from "./year-messages";
import type { CellValue, Lang, Rules, SheetInput, Status, Tier } from "./types";

export interface LastYearRow {
  row: number;
  /** A1 address of the township cell. */
  cell: string;
  township: string;
  tier: Tier | null;
  status: Status;
  /** Last year's own prior tier (blank or no column: 3, as last year's run read it), or null if unreadable. */
  prior: Tier | null;
  /** Last year's 弄虚作假 cell said yes: the tier shown was not credited (SPEC §4). */
  falsified: boolean;
}

interface Layout {
  first: number; // index in values of the result header row
  count: number; // header rows
  township: number; // 0-based column within the rows
  prior: number | null;
  falsified: number | null;
  tier: number;
  status: number;
}

/** Each column's lowest non-empty cell in rows [first, first + count). */
function names(values: CellValue[][], first: number, count: number): CellValue[] {
  let width = 0;
  for (let r = first; r < first + count; r++) width = Math.max(width, (values[r] || []).length);
  const out: CellValue[] = [];
  for (let c = 0; c < width; c++) {
    let v: CellValue | undefined = null;
    for (let r = first + count - 1; r >= first && isBlank(v); r--) v = (values[r] || [])[c];
    out.push(v === undefined ? null : v);
  }
  return out;
}

/** The row with our 达到类别 and 完成情况 headers, and the township (and prior tier) column under it. */
function findLayout(input: SheetInput, rules: Rules): Layout | null {
  const lookup = resultHeaderLookup(rules);
  const values = input.values;
  for (let first = 0; first < Math.min(HEADER_SEARCH_ROWS, values.length); first++) {
    const row = values[first] || [];
    let tier = -1;
    let status = -1;
    row.forEach((v, c) => {
      const i = typeof v === "string" ? lookup[compactText(v)] : undefined;
      if (i === 0 && tier < 0) tier = c;
      if (i === 1 && status < 0) status = c;
    });
    if (tier < 0 || status < 0) continue;
    let best: Layout | null = null;
    let bestFound = 0;
    for (let count = 1; count <= 3 && first + count <= values.length; count++) {
      const scan = scanHeaders(names(values, first, count), [], 0);
      const town = scan.found.filter((h) => h.key === "township")[0];
      if (!town || scan.found.length <= bestFound) continue;
      const col = (key: string) => scan.found.filter((h) => h.key === key).map((h) => h.col)[0];
      const prior = col("priorTier");
      const falsified = col("falsified");
      best = {
        first,
        count,
        township: town.col,
        prior: prior === undefined ? null : prior,
        falsified: falsified === undefined ? null : falsified,
        tier,
        status,
      };
      bestFound = scan.found.length;
    }
    if (best) return best;
  }
  return null;
}

/** The classified rows of last year's sheet; throws SheetError `prior-no-results` when it has none. */
export function readLastYear(input: SheetInput, rules: Rules, lang: Lang): LastYearRow[] {
  const origin = input.origin || { row: 1, col: 1 };
  const layout = findLayout(input, rules);
  const rows: LastYearRow[] = [];
  if (layout !== null) {
    for (let r = layout.first + layout.count; r < input.values.length; r++) {
      const cells = input.values[r] || [];
      const township = cells[layout.township];
      const status = statusOfLabel(cells[layout.status]);
      if (isBlank(township) || status === undefined) continue; // totals, notes, units: no status of ours
      const tier = parseTier(cells[layout.tier]);
      const prior = layout.prior === null ? "blank" : parseTier(cells[layout.prior]);
      rows.push({
        row: origin.row + r,
        cell: a1(origin.row + r, origin.col + layout.township),
        township: cellText(township),
        tier: tier === "blank" || tier === null ? null : tier,
        status,
        prior: prior === "blank" ? 3 : prior,
        falsified: layout.falsified !== null && parseFlag(cells[layout.falsified]) === true,
      });
    }
  }
  if (rows.length === 0)
    throw new SheetError("prior-no-results", yt(lang, "prior.noResults", { sheet: input.name }), input.name);
  return rows;
}
