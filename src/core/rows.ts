// A row with a bad cell -> its RowResult: every bad cell becomes a CellIssue, listed in column order,
// and the row is invalid. Rows with good cells take the fast path in row-reader.ts.

import { t } from "./messages";
import type { MessageKey } from "./messages";
import { parseFlag, parseTarget, parseTier } from "./parse-fields";
import { issueOf } from "./columns";
import type { IndicatorGrid } from "./columns";
import { a1, cellText, formatNumber, isBlank } from "./text";
import type { CellIssue, CellValue, ColumnKey, ColumnMap, Lang, RowResult, Rules, Tier } from "./types";

/** Everything about the sheet a row needs; built once per run. */
export interface SheetContext {
  lang: Lang;
  rules: Rules;
  columns: ColumnMap;
  headers: Partial<Record<ColumnKey, string>>; // header text as the sheet has it
  firstCol: number;
  /** Parsed indicators of every data row, in rules order. */
  indicators: IndicatorGrid;
  /** The sheet's formula cells with no calculated result (SheetInput.uncalculated). */
  uncalculated?: Record<string, string>;
}

/** One data row, for the slow path: its cells, its 1-based sheet row, its index among data rows. */
export interface RowRef {
  cells: CellValue[];
  row: number;
  k: number;
}

function cellOf(ctx: SheetContext, ref: RowRef, key: ColumnKey): CellValue | undefined {
  const col = ctx.columns[key];
  return col === undefined ? undefined : ref.cells[col - ctx.firstCol];
}

function issue(
  ctx: SheetContext,
  ref: RowRef,
  key: ColumnKey,
  code: string,
  raw: CellValue | undefined,
  extra?: Record<string, string>,
): CellIssue {
  const cell = a1(ref.row, ctx.columns[key] as number);
  const column = ctx.headers[key] as string;
  const rawText = cellText(raw);
  const params = { cell, column, raw: rawText, ...extra };
  const value = raw === undefined ? null : raw;
  return { cell, column, code, message: t(ctx.lang, ("issue." + code) as MessageKey, params), raw: value };
}

/** A formula cell with no calculated result is reported as that, before it would read as empty. */
function uncalculated(ctx: SheetContext, ref: RowRef, key: ColumnKey): CellIssue | null {
  const formulas = ctx.uncalculated;
  const col = ctx.columns[key];
  if (formulas === undefined || col === undefined) return null;
  const formula = formulas[a1(ref.row, col)];
  if (formula === undefined) return null;
  return issue(ctx, ref, key, "uncalculated", null, { formula: formula || t(ctx.lang, "issue.sharedFormula") });
}

function readIndicators(ctx: SheetContext, ref: RowRef, issues: CellIssue[]): void {
  const rules = ctx.rules.indicators;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const formula = uncalculated(ctx, ref, rule.key);
    if (formula !== null) {
      issues.push(formula);
      continue;
    }
    const at = ref.k * ctx.indicators.width + i;
    const code = issueOf(ctx.indicators.states[at]);
    if (code !== null) {
      issues.push(issue(ctx, ref, rule.key, code, cellOf(ctx, ref, rule.key)));
      continue;
    }
    const value = ctx.indicators.values[at];
    if (value < rule.min || value > rule.max) {
      const raw = cellOf(ctx, ref, rule.key);
      const range = { raw: formatNumber(value), min: formatNumber(rule.min), max: formatNumber(rule.max) };
      issues.push(issue(ctx, ref, rule.key, rule.max === Infinity ? "below-min" : "out-of-range", raw, range));
    }
  }
}

function readTier(ctx: SheetContext, ref: RowRef, key: "priorTier" | "targetTier", issues: CellIssue[]): Tier | null {
  const formula = uncalculated(ctx, ref, key);
  if (formula !== null) {
    issues.push(formula);
    return null;
  }
  const raw = cellOf(ctx, ref, key);
  const read = key === "priorTier" ? parseTier(raw) : parseTarget(raw);
  if (read === "blank") return key === "priorTier" ? 3 : null;
  if (read === null) issues.push(issue(ctx, ref, key, key === "priorTier" ? "bad-tier" : "bad-target", raw));
  return read;
}

function readFlag(
  ctx: SheetContext,
  ref: RowRef,
  key: "verified" | "veto" | "falsified",
  issues: CellIssue[],
): boolean {
  const formula = uncalculated(ctx, ref, key);
  if (formula !== null) {
    issues.push(formula);
    return false;
  }
  const raw = cellOf(ctx, ref, key);
  const read = parseFlag(raw);
  if (read === "blank") return key === "verified";
  if (read === null) issues.push(issue(ctx, ref, key, "bad-flag", raw));
  return read === true;
}

export function yearOf(raw: CellValue | undefined): string | number | null {
  if (typeof raw === "number") return raw;
  if (typeof raw === "string" && !isBlank(raw)) return raw.trim();
  return null;
}

/** The row with every issue listed: the slow path, taken only when the row has a bad cell. */
export function invalidRow(ctx: SheetContext, ref: RowRef): RowResult {
  const issues: CellIssue[] = [];
  const townshipRaw = cellOf(ctx, ref, "township");
  const townshipFormula = uncalculated(ctx, ref, "township");
  if (townshipFormula !== null) issues.push(townshipFormula);
  else if (isBlank(townshipRaw)) issues.push(issue(ctx, ref, "township", "missing", townshipRaw));
  readIndicators(ctx, ref, issues);
  readTier(ctx, ref, "priorTier", issues);
  readTier(ctx, ref, "targetTier", issues);
  readFlag(ctx, ref, "verified", issues);
  readFlag(ctx, ref, "veto", issues);
  readFlag(ctx, ref, "falsified", issues);
  const township = cellText(townshipRaw);
  const year = yearOf(cellOf(ctx, ref, "year"));
  const reasons = issues.map((i) => i.message);
  return {
    row: ref.row,
    township,
    year,
    tier: null,
    status: "invalid",
    amount: 0,
    shares: [0, 0, 0, 0],
    reasons,
    errors: issues,
  };
}
