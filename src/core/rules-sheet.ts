// The 规则 sheet: the rules as a table a person can edit, and back (SPEC §5).
// Rows are found by the key in column A, so headers and the note may be in either language.

import { RulesError } from "./errors";
import { t } from "./messages";
import type { MessageKey } from "./messages";
import { INDICATOR_KEYS, MONEY_STATUSES } from "./rules";
import { rulesProblem } from "./validate-rules";
import { a1, normalizeText } from "./text";
import type {
  CellValue,
  IndicatorKey,
  IndicatorRule,
  Lang,
  MoneyStatus,
  OutCell,
  Rules,
  SheetInput,
  SheetOutput,
} from "./types";

export const RULES_SHEET = "规则";

const ROLE_KEYS = ["role1", "role2", "role3", "role4"];
const OP_TEXT = { gte: "≥", lte: "≤" };
/** The review's share row: optional, absent in 规则 sheets written before it (then 50 %). */
const SHARE_KEY = "sampleShare";

function text(v: string | number | null, bold?: boolean): OutCell {
  return bold ? { value: v, bold: true } : { value: v };
}

function headerRow(lang: Lang, keys: MessageKey[]): OutCell[] {
  return [text(t(lang, "rs.key"), true)].concat(keys.map((k) => text(t(lang, k), true)));
}

export function rulesSheet(rules: Rules, lang: Lang): SheetOutput {
  const cells: OutCell[][] = [
    headerRow(lang, ["rs.indicator", "rs.op", "rs.tier1", "rs.tier2", "rs.min", "rs.max", "rs.unit", "rs.header"]),
  ];
  for (const r of rules.indicators) {
    const max = r.max === Infinity ? null : r.max;
    cells.push([
      text(r.key),
      text(r.label),
      text(OP_TEXT[r.op]),
      text(r.tier1),
      text(r.tier2),
      text(r.min),
      text(max),
      text(r.unit || null),
      text(r.header || null),
    ]);
  }
  cells.push([], headerRow(lang, ["rs.status", "rs.amount"]));
  for (const s of MONEY_STATUSES)
    cells.push([text(s), text(t(lang, ("status." + s) as MessageKey)), { value: rules.amounts[s], numFmt: "#,##0" }]);
  cells.push([], headerRow(lang, ["rs.role", "rs.ratio"]));
  rules.split.roles.forEach((role, i) => cells.push([text(ROLE_KEYS[i]), text(role), text(rules.split.ratio[i])]));
  cells.push([], [text(t(lang, "rs.note"))]);
  // After the note, so a 规则 sheet written before this row existed keeps every other row in place.
  if (rules.sampleShare !== undefined)
    cells.push([], headerRow(lang, ["rs.review", "rs.share"]), [
      text(SHARE_KEY),
      text(t(lang, "rs.sampleShare")),
      { value: rules.sampleShare, numFmt: "0%" },
    ]);
  return { name: RULES_SHEET, cells, columnWidths: [20, 22, 10, 10, 10, 8, 8, 8, 24] };
}

interface Reader {
  lang: Lang;
  origin: { row: number; col: number };
  cellOf: Record<string, string>; // rules field -> "规则!D4"
}

function fail(rd: Reader, cell: string, key: MessageKey, params?: Record<string, string | number>): never {
  const problem = t(rd.lang, key, params);
  throw new RulesError("invalid-rules-sheet", t(rd.lang, "error.rulesCell", { cell, problem }), cell, cell);
}

function address(rd: Reader, r: number, c: number): string {
  return RULES_SHEET + "!" + a1(rd.origin.row + r, rd.origin.col + c);
}

/** Names and units: trimmed but otherwise kept as typed. */
function textAt(v: CellValue | undefined): string {
  return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
}

/** Keys, operators and numbers: NFKC too, so full-width input works. */
function trimmed(v: CellValue | undefined): string {
  return typeof v === "string" ? normalizeText(v).trim() : typeof v === "number" ? String(v) : "";
}

function numberAt(rd: Reader, row: CellValue[], r: number, c: number, blankIsInfinity?: boolean): number {
  const v = row[c];
  if (typeof v === "number" && isFinite(v)) return v;
  const s = trimmed(v).replace(/,/g, "");
  if (s === "" && blankIsInfinity) return Infinity;
  if (s !== "" && typeof v === "string" && !isNaN(Number(s))) return Number(s);
  return fail(rd, address(rd, r, c), "rule.notNumber");
}

/** A share: a number (0.5, or 50% typed into a percent cell), or text such as "50%" or "0.5". */
function shareAt(rd: Reader, row: CellValue[], r: number): number {
  const s = trimmed(row[2]);
  if (typeof row[2] === "string" && /^[\d.]+\s*%$/.test(s)) {
    const n = Number(s.replace("%", "").trim());
    if (!isNaN(n)) return n / 100;
  }
  return numberAt(rd, row, r, 2);
}

function opAt(rd: Reader, row: CellValue[], r: number): "gte" | "lte" {
  const s = trimmed(row[2]).toLowerCase();
  if (s === "≥" || s === ">=" || s === "gte") return "gte";
  if (s === "≤" || s === "<=" || s === "lte") return "lte";
  return fail(rd, address(rd, r, 2), "rule.badOp");
}

function readIndicator(rd: Reader, row: CellValue[], r: number, key: IndicatorKey): IndicatorRule {
  const fields = ["label", "op", "tier1", "tier2", "min", "max", "unit", "header"];
  fields.forEach((f, i) => (rd.cellOf[key + "." + f] = address(rd, r, i + 1)));
  const label = textAt(row[1]);
  if (label === "") fail(rd, address(rd, r, 1), "rule.notText");
  const op = opAt(rd, row, r);
  const [tier1, tier2, min] = [3, 4, 5].map((c) => numberAt(rd, row, r, c));
  const rule: IndicatorRule = {
    key,
    label,
    op,
    tier1,
    tier2,
    min,
    max: numberAt(rd, row, r, 6, true),
    unit: textAt(row[7]),
  };
  // 表头名称 (column I): the sheet's header for this indicator, where its names are not recognised.
  const header = textAt(row[8]);
  if (header !== "") rule.header = header;
  return rule;
}

/** Reads the 规则 sheet back; any problem throws a RulesError naming the cell (`规则!D4`). */
export function readRulesSheet(input: SheetInput, lang: Lang): Rules {
  const rd: Reader = { lang, origin: input.origin || { row: 1, col: 1 }, cellOf: {} };
  const indicators: IndicatorRule[] = [];
  const amounts = {} as Record<MoneyStatus, number>;
  const roles: string[] = [];
  const ratio: number[] = [];
  let share: number | undefined;
  input.values.forEach((row, r) => {
    const key = trimmed(row[0]);
    if (INDICATOR_KEYS.indexOf(key as IndicatorKey) >= 0) {
      if (indicators.some((x) => x.key === key)) fail(rd, address(rd, r, 0), "rule.duplicateKey", { value: key });
      indicators.push(readIndicator(rd, row, r, key as IndicatorKey));
    } else if (MONEY_STATUSES.indexOf(key as MoneyStatus) >= 0) {
      rd.cellOf["amounts." + key] = address(rd, r, 2);
      amounts[key as MoneyStatus] = numberAt(rd, row, r, 2);
    } else if (ROLE_KEYS.indexOf(key) >= 0) {
      const i = ROLE_KEYS.indexOf(key);
      rd.cellOf["split.roles[" + i + "]"] = address(rd, r, 1);
      rd.cellOf["split.ratio[" + i + "]"] = address(rd, r, 2);
      roles[i] = textAt(row[1]);
      ratio[i] = numberAt(rd, row, r, 2);
    } else if (key === SHARE_KEY) {
      rd.cellOf[SHARE_KEY] = address(rd, r, 2);
      share = shareAt(rd, row, r);
    }
  });
  for (const key of INDICATOR_KEYS) {
    if (!indicators.some((x) => x.key === key)) fail(rd, RULES_SHEET, "rule.missingRow", { value: key });
  }
  for (const key of (MONEY_STATUSES as string[]).concat(ROLE_KEYS)) {
    const present = key.indexOf("role") === 0 ? roles[ROLE_KEYS.indexOf(key)] !== undefined : key in amounts;
    if (!present) fail(rd, RULES_SHEET, "rule.missingRow", { value: key });
  }
  const rules: Rules = {
    indicators,
    amounts,
    split: { ratio: ratio as Rules["split"]["ratio"], roles: roles as Rules["split"]["roles"] },
  };
  if (share !== undefined) rules.sampleShare = share;
  const p = rulesProblem(rules);
  if (p) fail(rd, rd.cellOf[p.field] || RULES_SHEET, p.key, p.params);
  return rules;
}
