// Indicators + rules -> tier and the reasons it is not higher (SPEC §2, brief §5, §7).
// Comparisons go through a table of named operators, so a new indicator or bound is data.

import { t } from "./messages";
import { exactDifference, formatNumber } from "./text";
import type { IndicatorRule, Lang, Op, Tier } from "./types";

interface Operator {
  holds(value: number, bound: number): boolean;
  /** How far the value is from the bound, positive when it fails. */
  gap(value: number, bound: number): number;
  reason: "reason.gte" | "reason.lte";
}

export const OPERATORS: Record<Op, Operator> = {
  gte: { holds: (v, b) => v >= b, gap: (v, b) => exactDifference(b, v), reason: "reason.gte" },
  lte: { holds: (v, b) => v <= b, gap: (v, b) => exactDifference(v, b), reason: "reason.lte" },
};

function allHold(values: ArrayLike<number>, indicators: IndicatorRule[], bound: "tier1" | "tier2"): boolean {
  for (let i = 0; i < indicators.length; i++) {
    const r = indicators[i];
    if (!OPERATORS[r.op].holds(values[i], r[bound])) return false;
  }
  return true;
}

/** values[i] belongs to indicators[i]. Bounds are inclusive. */
export function tierOf(values: ArrayLike<number>, indicators: IndicatorRule[]): Tier {
  if (allHold(values, indicators, "tier1")) return 1;
  if (allHold(values, indicators, "tier2")) return 2;
  return 3;
}

/** The label a reason shows: the rule's label, or its English name when the label is the default. */
export function indicatorLabel(rule: IndicatorRule, lang: Lang): string {
  if (lang === "zh") return rule.label;
  const key = ("indicator." + rule.key) as "indicator.sexRatio";
  return t("zh", key) === rule.label ? t("en", key) : rule.label;
}

/** For a tier 2 row the tier-1 bounds that failed; for tier 3 the tier-2 bounds; none for tier 1. */
export function boundReasons(values: ArrayLike<number>, indicators: IndicatorRule[], tier: Tier, lang: Lang): string[] {
  if (tier === 1) return [];
  const bound = tier === 2 ? "tier1" : "tier2";
  const tierName = t(lang, tier === 2 ? "reason.tierName1" : "reason.tierName2");
  const reasons: string[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const r = indicators[i];
    const op = OPERATORS[r.op];
    if (op.holds(values[i], r[bound])) continue;
    reasons.push(
      t(lang, op.reason, {
        label: indicatorLabel(r, lang),
        value: formatNumber(values[i]),
        bound: formatNumber(r[bound]),
        tier: tierName,
        gap: formatNumber(op.gap(values[i], r[bound])),
      }),
    );
  }
  return reasons;
}
