// This year's prior tiers (上年类别) from last year's classified results, matched by township name
// (issue 15 part 1). A separate entry, not exported from index.ts: it loads opencc-js's traditional to
// simplified dictionary (about 109 KB), which the pane loads only when the user asks for it.
//
// Names match as written, else after normalising (NFKC: full-width forms; no whitespace; any case;
// traditional characters made simplified by OpenCC): those are listed. A name that two rows of a side
// share is matched with nothing. What carries over (README "Rules"): the tier last year's results
// show; for 待验收, 取消资格 and any row marked 弄虚作假 the lower of that tier and last year's own prior
// tier (an advancement the city has not confirmed, or that was cancelled, is not carried); for 数据有误
// nothing.

import * as OpenCC from "opencc-js/t2cn";
import { parseTier } from "./parse-fields";
import { readLastYear } from "./last-year";
import type { LastYearRow } from "./last-year";
import { a1, compactText } from "./text";
import type { Lang, RowResult, Rules, RunResult, SheetInput, Tier } from "./types";

export { readLastYear };
export type { LastYearRow };

let converter: ((s: string) => string) | null = null;

/** The form names are matched in: NFKC, no whitespace, lower case, simplified characters. */
export function townshipKey(name: string): string {
  if (converter === null) converter = OpenCC.Converter({ from: "t", to: "cn" });
  return converter(compactText(name));
}

/** A township of this year's sheet (lastYear false) or of last year's (true). */
export interface NamedRow {
  row: number;
  cell: string;
  township: string;
  lastYear: boolean;
}

export interface PriorMatch {
  row: number;
  cell: string;
  township: string;
  last: LastYearRow;
  /** The tier carried over, or null (last year 数据有误). */
  tier: Tier | null;
}

export interface PriorTiers {
  /** Last year's sheet. */
  sheet: string;
  /** By 1-based sheet row of this year's sheet: pass as RunOptions.priorTiers (a cell the sheet has wins). */
  priorTiers: Record<number, Tier>;
  matches: PriorMatch[];
  /** The matches made only after normalising. */
  normalised: PriorMatch[];
  /** Rows whose own 上年类别 cell differs from what last year's results carry (the cell is used). */
  differences: (PriorMatch & { sheetTier: Tier; sheetCell: string })[];
  /** Matches where 待验收, 取消资格 or 弄虚作假 kept last year's tier from being carried. */
  unconfirmed: PriorMatch[];
  /** Matches whose last status was 数据有误: nothing carried. */
  invalid: PriorMatch[];
  /** This year's townships with no result last year, and last year's not in this sheet. */
  unmatched: NamedRow[];
  unmatchedLast: NamedRow[];
  /** Names two rows of one side share (after normalising): not matched. */
  duplicates: NamedRow[];
}

function worse(a: Tier, b: Tier): Tier {
  return a > b ? a : b;
}

/** 待验收, 取消资格, or falsified data (which may also have ended in 未完成 or 退位). */
function unconfirmed(last: LastYearRow): boolean {
  return last.status === "pending" || last.status === "disqualified" || last.falsified;
}

/** What last year's result carries into this year (see the file's head). */
export function carriedTier(last: LastYearRow): Tier | null {
  if (last.status === "invalid" || last.tier === null) return null;
  if (unconfirmed(last)) return last.prior === null ? null : worse(last.tier, last.prior);
  return last.tier;
}

function byKey<T>(items: T[], name: (x: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of items) {
    const key = townshipKey(name(x));
    const list = map.get(key);
    if (list) list.push(x);
    else map.set(key, [x]);
  }
  return map;
}

/**
 * Last year's results for this year's sheet. `input` and `result` are this year's sheet and its run
 * (classified without prior tiers); `last` a sheet our output wrote (result columns in either
 * language). Throws SheetError `prior-no-results` when `last` has no classified rows.
 */
export function priorFromLastYear(
  last: SheetInput,
  input: SheetInput,
  result: RunResult,
  rules: Rules,
  lang: Lang,
): PriorTiers {
  const lastRows = readLastYear(last, rules, lang);
  const origin = input.origin || { row: 1, col: 1 };
  const townshipCol = result.columns.township as number;
  const named = (r: RowResult): NamedRow => ({
    row: r.row,
    cell: a1(r.row, townshipCol),
    township: r.township,
    lastYear: false,
  });
  const lastNamed = (l: LastYearRow): NamedRow => ({ row: l.row, cell: l.cell, township: l.township, lastYear: true });
  const rows = result.rows.filter((r) => r.township !== "");
  const mine = byKey(rows, (r) => r.township);
  const theirs = byKey(lastRows, (l) => l.township);
  const out: PriorTiers = {
    sheet: last.name,
    priorTiers: {},
    matches: [],
    normalised: [],
    differences: [],
    unconfirmed: [],
    invalid: [],
    unmatched: [],
    unmatchedLast: [],
    duplicates: [],
  };
  mine.forEach((list, key) => {
    const candidates = theirs.get(key) || [];
    if (list.length > 1 || candidates.length > 1) {
      for (const r of list) out.duplicates.push(named(r));
      for (const l of candidates) out.duplicates.push(lastNamed(l));
      return;
    }
    if (candidates.length === 0) {
      out.unmatched.push(named(list[0]));
      return;
    }
    const r = list[0];
    const l = candidates[0];
    const match: PriorMatch = { row: r.row, cell: named(r).cell, township: r.township, last: l, tier: carriedTier(l) };
    out.matches.push(match);
    if (l.township !== r.township) out.normalised.push(match);
    if (unconfirmed(l) && match.tier !== l.tier) out.unconfirmed.push(match);
    if (match.tier === null) {
      out.invalid.push(match);
      return;
    }
    out.priorTiers[r.row] = match.tier;
    const col = result.columns.priorTier;
    if (col === undefined) return;
    const own = parseTier((input.values[r.row - origin.row] || [])[col - origin.col]);
    if (own !== null && own !== "blank" && own !== match.tier)
      out.differences.push({ ...match, sheetTier: own, sheetCell: a1(r.row, col) });
  });
  theirs.forEach((list, key) => {
    if (list.length === 1 && !mine.has(key)) out.unmatchedLast.push(lastNamed(list[0]));
    if (list.length > 1 && !mine.has(key)) for (const l of list) out.duplicates.push(lastNamed(l));
  });
  out.unmatched.sort((a, b) => a.row - b.row);
  out.unmatchedLast.sort((a, b) => a.row - b.row);
  return out;
}

export { priorReport } from "./prior-report";
