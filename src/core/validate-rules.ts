// Checks a complete rules object and names the first wrong field (`sexRatio.tier1`, `split.ratio[2]`).

import { RulesError } from "./errors";
import { t } from "./messages";
import type { MessageKey, MessageParams } from "./messages";
import type { IndicatorKey, IndicatorRule, Lang, MoneyStatus, Rules } from "./types";

/** The seven indicators of SPEC §2, in the regulation's order. */
export const INDICATOR_KEYS: IndicatorKey[] = [
  "plannedBirthRate",
  "contraceptiveRate",
  "sexRatio",
  "fundingPerCapita",
  "qualityServiceRate",
  "satisfactionRate",
  "rewardPaymentRate",
];

export interface RulesProblem {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

function isNum(v: unknown): v is number {
  return typeof v === "number" && !isNaN(v);
}

function isText(v: unknown): boolean {
  return typeof v === "string" && v.trim() !== "";
}

function indicatorProblem(r: IndicatorRule): RulesProblem | null {
  const k = r.key;
  if (!isText(r.label)) return { field: k + ".label", key: "rule.notText" };
  if (r.op !== "gte" && r.op !== "lte") return { field: k + ".op", key: "rule.badOp" };
  if (typeof r.unit !== "string") return { field: k + ".unit", key: "rule.notText" };
  if (r.header !== undefined && typeof r.header !== "string") return { field: k + ".header", key: "rule.notText" };
  for (const f of ["tier1", "tier2", "min"] as const) {
    if (!isNum(r[f]) || !isFinite(r[f])) return { field: k + "." + f, key: "rule.notNumber" };
  }
  if (!isNum(r.max)) return { field: k + ".max", key: "rule.notNumber" };
  if (r.min >= r.max) return { field: k + ".min", key: "rule.minMax" };
  const range = { min: r.min, max: r.max === Infinity ? "∞" : r.max };
  for (const f of ["tier1", "tier2"] as const) {
    if (r[f] < r.min || r[f] > r.max) return { field: k + "." + f, key: "rule.outOfRange", params: range };
  }
  const looser = r.op === "gte" ? r.tier1 < r.tier2 : r.tier1 > r.tier2;
  if (looser) return { field: k + ".tier1", key: "rule.looser" };
  return null;
}

function indicatorsProblem(list: unknown): RulesProblem | null {
  if (!Array.isArray(list)) return { field: "indicators", key: "rule.notArray" };
  const seen: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i] as IndicatorRule;
    if (typeof r !== "object" || r === null) return { field: "indicators[" + i + "]", key: "rule.notObject" };
    if (INDICATOR_KEYS.indexOf(r.key) < 0)
      return { field: "indicators[" + i + "].key", key: "rule.unknownKey", params: { value: String(r.key) } };
    if (seen.indexOf(r.key) >= 0)
      return { field: "indicators[" + i + "].key", key: "rule.duplicateKey", params: { value: r.key } };
    seen.push(r.key);
    const p = indicatorProblem(r);
    if (p) return p;
  }
  for (const k of INDICATOR_KEYS)
    if (seen.indexOf(k) < 0) return { field: "indicators", key: "rule.missingKey", params: { value: k } };
  return null;
}

function amountsProblem(amounts: unknown): RulesProblem | null {
  if (typeof amounts !== "object" || amounts === null) return { field: "amounts", key: "rule.notObject" };
  const a = amounts as Record<MoneyStatus, unknown>;
  for (const s of ["ahead", "met", "failed", "dropped"] as const) {
    const v = a[s];
    const field = "amounts." + s;
    if (!isNum(v) || !isFinite(v)) return { field, key: "rule.notNumber" };
    if (v % 1 !== 0) return { field, key: "rule.whole" };
    if ((s === "ahead" || s === "met") && v < 0) return { field, key: "rule.rewardSign" };
    if ((s === "failed" || s === "dropped") && v > 0) return { field, key: "rule.fineSign" };
  }
  return null;
}

function splitProblem(split: unknown): RulesProblem | null {
  if (typeof split !== "object" || split === null) return { field: "split", key: "rule.notObject" };
  const { ratio, roles } = split as { ratio: unknown; roles: unknown };
  if (!Array.isArray(ratio) || ratio.length !== 4) return { field: "split.ratio", key: "rule.ratio" };
  for (let i = 0; i < 4; i++) {
    const v = ratio[i];
    if (!isNum(v) || !isFinite(v) || v <= 0) return { field: "split.ratio[" + i + "]", key: "rule.ratio" };
  }
  if (!Array.isArray(roles) || roles.length !== 4) return { field: "split.roles", key: "rule.roles" };
  for (let i = 0; i < 4; i++) {
    if (!isText(roles[i])) return { field: "split.roles[" + i + "]", key: "rule.roles" };
  }
  return null;
}

/** The first problem of a rules object, or null when it is valid. */
export function rulesProblem(rules: Rules): RulesProblem | null {
  if (typeof rules !== "object" || rules === null) return { field: "(rules)", key: "rule.notObject" };
  return (
    indicatorsProblem(rules.indicators) ||
    amountsProblem(rules.amounts) ||
    splitProblem(rules.split) ||
    shareProblem(rules.sampleShare)
  );
}

/** The review's share: absent (the default), or a fraction above 0 and at most 1 (100 %). */
function shareProblem(share: unknown): RulesProblem | null {
  if (share === undefined) return null;
  if (!isNum(share) || !(share > 0 && share <= 1)) return { field: "sampleShare", key: "rule.share" };
  return null;
}

export function validateRules(rules: Rules, lang: Lang = "zh"): void {
  const p = rulesProblem(rules);
  if (!p) return;
  const problem = t(lang, p.key, p.params);
  throw new RulesError("invalid-rules", t(lang, "error.rules", { field: p.field, problem }), p.field);
}
