// The SPEC defaults (§2, §4) and merging a partial rules file over them (§10).

import { RulesError } from "./errors";
import { t } from "./messages";
import type { IndicatorKey, IndicatorRule, Lang, MoneyStatus, Rules } from "./types";
import { INDICATOR_KEYS, rulesProblem, validateRules } from "./validate-rules";

export { INDICATOR_KEYS };

export const MONEY_STATUSES: MoneyStatus[] = ["ahead", "met", "failed", "dropped"];

function rate(key: IndicatorKey, label: string, tier1: number, tier2: number): IndicatorRule {
  return { key, label, op: "gte", tier1, tier2, min: 0, max: 100, unit: "%" };
}

export function defaultRules(): Rules {
  return {
    indicators: [
      rate("plannedBirthRate", "计划生育率", 98, 95),
      rate("contraceptiveRate", "期内综合避孕率", 90, 86),
      { key: "sexRatio", label: "出生人口性别比", op: "lte", tier1: 111, tier2: 114, min: 50, max: 200, unit: "" },
      // No upper limit on funding: Infinity (written as null in JSON, an empty cell in the 规则 sheet).
      {
        key: "fundingPerCapita",
        label: "人均计划生育事业费",
        op: "gte",
        tier1: 8,
        tier2: 8,
        min: 0,
        max: Infinity,
        unit: "元/人",
      },
      rate("qualityServiceRate", "优质服务率", 90, 90),
      rate("satisfactionRate", "群众满意率", 90, 90),
      rate("rewardPaymentRate", "独生子女奖励金兑现率", 90, 90),
    ],
    amounts: { ahead: 30000, met: 20000, failed: -20000, dropped: -30000 },
    split: { ratio: [3, 3, 2, 2], roles: ["党委书记", "乡镇长", "分管领导", "计生专干"] },
    sampleShare: DEFAULT_SAMPLE_SHARE,
  };
}

/** Section 四.2: 抽样调查的覆盖面要达50%以上. */
export const DEFAULT_SAMPLE_SHARE = 0.5;

/** The review's least share of townships: the rules' sampleShare, or the regulation's 50 %. */
export function sampleShareOf(rules: Rules): number {
  return rules.sampleShare === undefined ? DEFAULT_SAMPLE_SHARE : rules.sampleShare;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fail(lang: Lang, field: string, problem: string): never {
  throw new RulesError("invalid-rules", t(lang, "error.rules", { field, problem }), field);
}

const NUMBER_FIELDS = ["tier1", "tier2", "min", "max"];
const TEXT_FIELDS = ["label", "unit", "header"];

function mergeIndicator(base: IndicatorRule, patch: Record<string, unknown>, at: string, lang: Lang): void {
  const target = base as unknown as Record<string, unknown>;
  for (const name of Object.keys(patch)) {
    const v = patch[name];
    const field = at + "." + name;
    if (name === "key") continue;
    if (NUMBER_FIELDS.indexOf(name) >= 0) {
      // JSON cannot hold Infinity: a null max means "no upper limit".
      if (name === "max" && v === null) target.max = Infinity;
      else if (typeof v === "number" && !isNaN(v)) target[name] = v;
      else fail(lang, field, t(lang, "rule.notNumber"));
    } else if (TEXT_FIELDS.indexOf(name) >= 0) {
      if (typeof v !== "string") fail(lang, field, t(lang, "rule.notText"));
      target[name] = v;
    } else if (name === "op") {
      if (v !== "gte" && v !== "lte") fail(lang, field, t(lang, "rule.badOp"));
      target.op = v;
    } else fail(lang, field, t(lang, "rule.unknownField"));
  }
}

function mergeIndicators(rules: Rules, list: unknown, lang: Lang): void {
  if (!Array.isArray(list)) fail(lang, "indicators", t(lang, "rule.notArray"));
  list.forEach((item: unknown, i: number) => {
    const at = "indicators[" + i + "]";
    if (!isObject(item)) return fail(lang, at, t(lang, "rule.notObject"));
    const base = rules.indicators.filter((r) => r.key === item.key)[0];
    if (!base) return fail(lang, at + ".key", t(lang, "rule.unknownKey", { value: String(item.key) }));
    mergeIndicator(base, item, at, lang);
  });
}

function mergeAmounts(rules: Rules, amounts: unknown, lang: Lang): void {
  if (!isObject(amounts)) return fail(lang, "amounts", t(lang, "rule.notObject"));
  for (const name of Object.keys(amounts)) {
    const v = amounts[name];
    if (MONEY_STATUSES.indexOf(name as MoneyStatus) < 0) fail(lang, "amounts." + name, t(lang, "rule.unknownField"));
    if (typeof v !== "number" || isNaN(v)) fail(lang, "amounts." + name, t(lang, "rule.notNumber"));
    rules.amounts[name as MoneyStatus] = v;
  }
}

function mergeSplit(rules: Rules, split: unknown, lang: Lang): void {
  if (!isObject(split)) return fail(lang, "split", t(lang, "rule.notObject"));
  for (const name of Object.keys(split)) {
    const v = split[name];
    if (name !== "ratio" && name !== "roles") fail(lang, "split." + name, t(lang, "rule.unknownField"));
    // Shapes are checked by validateRules, which names the exact element.
    if (!Array.isArray(v) || v.length !== 4) {
      fail(lang, "split." + name, t(lang, name === "ratio" ? "rule.ratio" : "rule.roles"));
    }
    if (name === "ratio") rules.split.ratio = v.slice() as Rules["split"]["ratio"];
    else rules.split.roles = v.slice() as Rules["split"]["roles"];
  }
}

/** A partial rules object (a `--rules` file) over the defaults, indicator by indicator; then validated. */
export function mergeRules(partial: unknown, lang: Lang = "zh"): Rules {
  const rules = defaultRules();
  if (partial === null || partial === undefined) return rules;
  if (!isObject(partial)) return fail(lang, "(rules)", t(lang, "rule.notObject"));
  for (const name of Object.keys(partial)) {
    if (name === "indicators") mergeIndicators(rules, partial.indicators, lang);
    else if (name === "amounts") mergeAmounts(rules, partial.amounts, lang);
    else if (name === "split") mergeSplit(rules, partial.split, lang);
    else if (name === "sampleShare") {
      if (typeof partial.sampleShare !== "number") fail(lang, name, t(lang, "rule.notNumber"));
      rules.sampleShare = partial.sampleShare;
    } else fail(lang, name, t(lang, "rule.unknownField"));
  }
  validateRules(rules, lang);
  return rules;
}

export { validateRules, rulesProblem };
