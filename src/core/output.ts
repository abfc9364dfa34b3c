// Where the result columns go and what their cells hold (SPEC §7, brief §2 and §9).

import { t } from "./messages";
import type { MessageKey } from "./messages";
import { a1, compactText, headerText, isBlank } from "./text";
import type { CellValue, Fill, Lang, OutCell, RowResult, Rules, Status, Tier } from "./types";

export const RESULT_COLUMNS = 8;

const DEFAULT_ROLES = ["党委书记", "乡镇长", "分管领导", "计生专干"];
const TRADITIONAL: string[][] = [["達到類別"], ["完成情況"], ["獎懲金額"], ["黨委書記"], ["鄉鎮長"], ["分管領導"], ["計生專幹", "計生專干"], ["未達標指標/說明"]];
const FIXED_KEYS: (MessageKey | null)[] = ["header.tier", "header.status", "header.amount", null, null, null, null, "header.reasons"];

/** The header text of result column i in a language; roles follow the rules (English names for the defaults). */
export function resultHeader(i: number, rules: Rules, lang: Lang): string {
  const fixed = FIXED_KEYS[i];
  if (fixed) return t(lang, fixed);
  const role = rules.split.roles[i - 3];
  if (lang === "en" && compactText(role) === compactText(DEFAULT_ROLES[i - 3])) return t("en", ("role." + (i - 2)) as MessageKey);
  return role;
}

/** normalised header text -> result column index, for both languages, traditional forms and the rules' roles. */
export function resultHeaderLookup(rules: Rules): Record<string, number> {
  const lookup: Record<string, number> = Object.create(null);
  for (let i = 0; i < RESULT_COLUMNS; i++) {
    const names = [resultHeader(i, rules, "zh"), resultHeader(i, rules, "en")].concat(TRADITIONAL[i]);
    if (i >= 3 && i <= 6) names.push(DEFAULT_ROLES[i - 3], t("en", ("role." + (i - 2)) as MessageKey));
    for (const name of names) lookup[headerText(name)] = i;
  }
  return lookup;
}

function resultIndex(v: CellValue | undefined, lookup: Record<string, number>): number {
  if (typeof v !== "string") return -1;
  const i = lookup[headerText(v)];
  return i === undefined ? -1 : i;
}

export interface Placement {
  firstCol: number; // 1-based sheet column of the block
  inPlace: boolean;
  /** Sheet columns that hold result headers: never read as input. */
  resultCols: number[];
  moved: boolean; // result headers existed but could not be reused
}

function lastUsedCol(values: CellValue[][], firstCol: number): number {
  let last = firstCol - 1;
  for (const row of values) {
    for (let c = row.length - 1; c >= 0 && firstCol + c > last; c--) {
      if (!isBlank(row[c])) {
        last = firstCol + c;
        break;
      }
    }
  }
  return last;
}

/** Reuse the result columns of a previous run when they are 8 contiguous columns in order; else a fresh block. */
export function placeOutput(values: CellValue[][], headerIdx: number, firstCol: number, rules: Rules): Placement {
  const lookup = resultHeaderLookup(rules);
  const header = values[headerIdx] || [];
  const found: { col: number; index: number }[] = [];
  for (let c = 0; c < header.length; c++) {
    const index = resultIndex(header[c], lookup);
    if (index >= 0) found.push({ col: firstCol + c, index });
  }
  const resultCols = found.map((f) => f.col);
  if (found.length === RESULT_COLUMNS) {
    const start = found[0].col - found[0].index;
    if (found.every((f, k) => f.index === k && f.col === start + k)) return { firstCol: start, inPlace: true, resultCols, moved: false };
  }
  return { firstCol: lastUsedCol(values, firstCol) + 1, inPlace: false, resultCols, moved: found.length > 0 };
}

const TIER_KEYS: MessageKey[] = ["tier1", "tier2", "tier3"];
const TIER_FILLS: Fill[] = ["green", "amber", "red"];
const STATUS_FILLS: Partial<Record<Status, Fill>> = {
  ahead: "green",
  met: "green",
  failed: "red",
  dropped: "red",
  invalid: "red",
  pending: "amber",
  vetoed: "amber",
  disqualified: "amber",
};
const MONEY = "#,##0";

function tierCell(tier: Tier | null, lang: Lang): OutCell {
  if (tier === null) return { value: null };
  return { value: t(lang, TIER_KEYS[tier - 1]), fill: TIER_FILLS[tier - 1] };
}

function statusCell(status: Status, lang: Lang): OutCell {
  const cell: OutCell = { value: t(lang, ("status." + status) as MessageKey) };
  const fill = STATUS_FILLS[status];
  if (fill) cell.fill = fill;
  return cell;
}

function moneyCell(value: number | null, redWhenNegative: boolean): OutCell {
  if (value === null) return { value: null };
  const cell: OutCell = { value, numFmt: MONEY };
  if (redWhenNegative && value < 0) cell.fill = "red";
  return cell;
}

function emptyRow(): OutCell[] {
  const row: OutCell[] = [];
  for (let i = 0; i < RESULT_COLUMNS; i++) row.push({ value: null });
  return row;
}

export function resultCells(r: RowResult, lang: Lang): OutCell[] {
  const noMoney = r.status === "invalid" || r.status === "no-target";
  const cells = [tierCell(r.tier, lang), statusCell(r.status, lang), moneyCell(noMoney ? null : r.amount, true)];
  for (let i = 0; i < 4; i++) cells.push(moneyCell(noMoney ? null : r.shares[i], false));
  cells.push({ value: r.reasons.length ? r.reasons.join(lang === "zh" ? "；" : "; ") : null });
  return cells;
}

/** Header row + one row per sheet row below it; rows without a result get empty cells (clears stale values). */
export function outputCells(rowCount: number, byRow: (RowResult | undefined)[], rules: Rules, lang: Lang): OutCell[][] {
  const header: OutCell[] = [];
  for (let i = 0; i < RESULT_COLUMNS; i++) header.push({ value: resultHeader(i, rules, lang), bold: true });
  const cells = [header];
  for (let k = 0; k < rowCount; k++) {
    const r = byRow[k];
    cells.push(r ? resultCells(r, lang) : emptyRow());
  }
  return cells;
}

export function movedNotice(p: Placement, headerRow: number, lang: Lang): string {
  return t(lang, "notice.resultsMoved", { cell: a1(headerRow, p.firstCol) });
}
