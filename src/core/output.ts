// Where the result columns go and what their cells hold (SPEC §7, brief §2 and §9).

import { t } from "./messages";
import type { MessageKey } from "./messages";
import { a1, compactText, isBlank } from "./text";
import { NO_BOUND } from "./results";
import type { ResultTable } from "./results";
import type { Shares } from "./split";
import type { CellValue, Fill, Lang, OutCell, Rules, Status, Tier } from "./types";

export const RESULT_COLUMNS = 8;

const DEFAULT_ROLES = ["党委书记", "乡镇长", "分管领导", "计生专干"];
const TRADITIONAL: string[][] = [
  ["達到類別"],
  ["完成情況"],
  ["獎懲金額"],
  ["黨委書記"],
  ["鄉鎮長"],
  ["分管領導"],
  ["計生專幹", "計生專干"],
  ["未達標指標/說明"],
];
const FIXED_KEYS: (MessageKey | null)[] = [
  "header.tier",
  "header.status",
  "header.amount",
  null,
  null,
  null,
  null,
  "header.reasons",
];

/** The header text of result column i in a language; roles follow the rules (English names for the defaults). */
export function resultHeader(i: number, rules: Rules, lang: Lang): string {
  const fixed = FIXED_KEYS[i];
  if (fixed) return t(lang, fixed);
  const role = rules.split.roles[i - 3];
  if (lang === "en" && compactText(role) === compactText(DEFAULT_ROLES[i - 3]))
    return t("en", ("role." + (i - 2)) as MessageKey);
  return role;
}

/**
 * compact header text (NFKC, no spaces, any case) -> result column index, for both languages, traditional
 * forms and the rules' roles. Whole headers only: 分管领导（姓名）, a column of names, is not 分管领导.
 */
export function resultHeaderLookup(rules: Rules): Record<string, number> {
  const lookup: Record<string, number> = Object.create(null);
  for (let i = 0; i < RESULT_COLUMNS; i++) {
    const names = [resultHeader(i, rules, "zh"), resultHeader(i, rules, "en")].concat(TRADITIONAL[i]);
    if (i >= 3 && i <= 6) names.push(DEFAULT_ROLES[i - 3], t("en", ("role." + (i - 2)) as MessageKey));
    for (const name of names) lookup[compactText(name)] = i;
  }
  return lookup;
}

function resultIndex(v: CellValue | undefined, lookup: Record<string, number>): number {
  if (typeof v !== "string") return -1;
  const i = lookup[compactText(v)];
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
    if (found.every((f, k) => f.index === k && f.col === start + k))
      return { firstCol: start, inPlace: true, resultCols, moved: false };
  }
  return { firstCol: lastUsedCol(values, firstCol) + 1, inPlace: false, resultCols, moved: found.length > 0 };
}

const TIER_KEYS: MessageKey[] = ["tier1", "tier2", "tier3"];
const TIER_FILLS: Fill[] = ["green", "amber", "red"];
const STATUS_KEYS: Record<Status, MessageKey> = {
  ahead: "status.ahead",
  met: "status.met",
  failed: "status.failed",
  dropped: "status.dropped",
  pending: "status.pending",
  vetoed: "status.vetoed",
  disqualified: "status.disqualified",
  "no-target": "status.no-target",
  invalid: "status.invalid",
};
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

/**
 * Tier, status and empty cells repeat on every row, so one run shares one object per distinct cell
 * (40,000 rows would otherwise allocate 320,000 cells). Treat OutCells as read-only.
 */
interface CellKit {
  empty: OutCell;
  tiers: OutCell[];
  statuses: Record<string, OutCell>;
  emptyRow: OutCell[];
  amounts: Record<number, OutCell>;
  shares: Record<number, OutCell>;
}

function cellKit(lang: Lang): CellKit {
  const empty: OutCell = { value: null };
  const tiers = TIER_KEYS.map((key, i) => ({ value: t(lang, key), fill: TIER_FILLS[i] }));
  const statuses: Record<string, OutCell> = {};
  for (const s of Object.keys(STATUS_KEYS) as Status[]) {
    const cell: OutCell = { value: t(lang, STATUS_KEYS[s]) };
    const fill = STATUS_FILLS[s];
    if (fill) cell.fill = fill;
    statuses[s] = cell;
  }
  const emptyRow: OutCell[] = [];
  for (let i = 0; i < RESULT_COLUMNS; i++) emptyRow.push(empty);
  return { empty, tiers, statuses, emptyRow, amounts: {}, shares: {} };
}

/** Amounts take a handful of values per run (30000, -6000 ...), so their cells are shared too. */
function moneyCell(kit: CellKit, value: number, redWhenNegative: boolean): OutCell {
  const cache = redWhenNegative ? kit.amounts : kit.shares;
  let cell = cache[value];
  if (!cell) {
    cell = redWhenNegative && value < 0 ? { value, numFmt: MONEY, fill: "red" } : { value, numFmt: MONEY };
    cache[value] = cell;
  }
  return cell;
}

function rowCells(
  tier: Tier | null,
  status: Status,
  amount: number,
  s: Shares,
  reasons: string[],
  lang: Lang,
  kit: CellKit,
): OutCell[] {
  const tierCell = tier === null ? kit.empty : kit.tiers[tier - 1];
  const reasonsCell: OutCell = reasons.length ? { value: reasons.join(lang === "zh" ? "；" : "; ") } : kit.empty;
  if (status === "invalid" || status === "no-target") {
    return [tierCell, kit.statuses[status], kit.empty, kit.empty, kit.empty, kit.empty, kit.empty, reasonsCell];
  }
  return [
    tierCell,
    kit.statuses[status],
    moneyCell(kit, amount, true),
    moneyCell(kit, s[0], false),
    moneyCell(kit, s[1], false),
    moneyCell(kit, s[2], false),
    moneyCell(kit, s[3], false),
    reasonsCell,
  ];
}

/**
 * Header row + one row per sheet row below it (headerRow is the header's sheet row); rows without a
 * result get empty cells (clears stale values). Rows held back by no bound or by the same one bound,
 * with the same outcome, share one row of cells: most of a 40,000-row sheet is a few hundred rows.
 */
export function outputCells(
  rowCount: number,
  headerRow: number,
  table: ResultTable,
  rules: Rules,
  lang: Lang,
): OutCell[][] {
  const header: OutCell[] = [];
  for (let i = 0; i < RESULT_COLUMNS; i++) header.push({ value: resultHeader(i, rules, lang), bold: true });
  const kit = cellKit(lang);
  const cells: OutCell[][] = [header];
  for (let k = 0; k < rowCount; k++) cells.push(kit.emptyRow);
  // By (failed bound or none, outcome): the tier follows from both (no bound: tier 1; else the bound's tier).
  const shared = new Map<number, OutCell[]>();
  for (let k = 0; k < table.length; k++) {
    const at = table.sheetRow[k] - headerRow;
    const id = table.outcome[k];
    if (id < 0) {
      const r = table.problems[-1 - id];
      cells[at] = rowCells(r.tier, r.status, r.amount, r.shares, r.reasons, lang, kit);
      continue;
    }
    const failed = table.failed[k];
    const key = failed >= NO_BOUND ? ((failed + 1) * 3 + table.tier[k] - 1) * table.outcomes.length + id : -1;
    let row = key >= 0 ? shared.get(key) : undefined;
    if (row === undefined) {
      const o = table.outcomes[id];
      row = rowCells(table.tier[k] as Tier, o.status, o.amount, o.shares, table.reasons(k), lang, kit);
      if (key >= 0) shared.set(key, row);
    }
    cells[at] = row;
  }
  return cells;
}

export function movedNotice(p: Placement, headerRow: number, lang: Lang): string {
  return t(lang, "notice.resultsMoved", { cell: a1(headerRow, p.firstCol) });
}
