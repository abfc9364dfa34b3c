// Indicators + rules -> tier and the reasons it is not higher (SPEC §2, brief §5, §7).
// Comparisons go through a table of named operators, so a new indicator or bound is data.

import { t } from "./messages";
import { NumberTable } from "./number-table";
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

/** The text of one failed bound, e.g. `避孕率 85.2 < 86（二类）差 0.8`. */
function boundReason(r: IndicatorRule, value: number, bound: "tier1" | "tier2", lang: Lang): string {
  const op = OPERATORS[r.op];
  return t(lang, op.reason, {
    label: indicatorLabel(r, lang),
    value: formatNumber(value),
    bound: formatNumber(r[bound]),
    tier: t(lang, bound === "tier1" ? "reason.tierName1" : "reason.tierName2"),
    gap: formatNumber(op.gap(value, r[bound])),
  });
}

/** A bound a row failed, with its reason text. */
export interface FailedBound {
  text: string;
  /** By outcome id: the reasons of a row held back by this bound alone (the row reader fills it). */
  alone: (string[] | undefined)[];
}

/**
 * Tiers and reasons for a whole run, compiled once: bounds in typed arrays, and each reason
 * text made once per (indicator, bound, value). Values near the bounds repeat across a sheet, so a
 * 40,000-row run formats a few hundred reasons instead of tens of thousands.
 */
export class Classifier {
  // Plain arrays, not typed arrays: a typed array this small lives on the V8 heap, optimised code
  // holds it weakly, and when a run's arrays die the next run starts from unoptimised code.
  private readonly gte: boolean[] = [];
  private readonly tier1: number[] = [];
  private readonly tier2: number[] = [];
  /** failures[2i] for indicators[i]'s tier-1 bound, failures[2i + 1] for its tier-2 bound, by value. */
  private readonly failures: NumberTable<FailedBound>[] = [];

  constructor(
    private readonly indicators: IndicatorRule[],
    private readonly lang: Lang,
  ) {
    for (const r of indicators) {
      this.gte.push(r.op === "gte");
      this.tier1.push(r.tier1);
      this.tier2.push(r.tier2);
      this.failures.push(new NumberTable(), new NumberTable());
    }
  }

  /** How many reason texts this classifier holds. */
  size = 0;

  private holds(i: number, value: number, bounds: number[]): boolean {
    return this.gte[i] ? value >= bounds[i] : value <= bounds[i];
  }

  /** Same as tierOf(values, indicators). */
  tierOf(values: ArrayLike<number>): Tier {
    let tier1 = true;
    let tier2 = true;
    for (let i = 0; i < this.gte.length; i++) {
      if (tier1 && !this.holds(i, values[i], this.tier1)) tier1 = false;
      if (tier2 && !this.holds(i, values[i], this.tier2)) tier2 = false;
    }
    return tier1 ? 1 : tier2 ? 2 : 3;
  }

  /**
   * Why the row is not one tier higher: for a tier 2 row the tier-1 bounds that failed, for tier 3 the
   * tier-2 bounds, in rules order; none for tier 1. They go into `out`; returns how many.
   */
  failedBounds(values: ArrayLike<number>, tier: Tier, out: FailedBound[]): number {
    if (tier === 1) return 0;
    const bounds = tier === 2 ? this.tier1 : this.tier2;
    const slot = tier === 2 ? 0 : 1;
    let n = 0;
    for (let i = 0; i < this.gte.length; i++) {
      const v = values[i];
      if (this.holds(i, v, bounds)) continue;
      const table = this.failures[2 * i + slot];
      let failed = table.get(v);
      if (failed === undefined) {
        failed = { text: boundReason(this.indicators[i], v, slot === 0 ? "tier1" : "tier2", this.lang), alone: [] };
        table.add(v, failed);
        this.size++;
      }
      out[n++] = failed;
    }
    return n;
  }
}
