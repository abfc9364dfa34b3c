// Indicators + rules -> tier and the reasons it is not higher (SPEC §2, brief §5, §7).
// Comparisons go through a table of named operators, so a new indicator or bound is data.

import { MARKED } from "./columns";
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
  /** Its index in Classifier.bounds: what a result table stores per row. */
  id: number;
  text: string;
  /** By outcome id: the reasons of a row held back by this bound alone (made on first use, then shared). */
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
  /** Every failed bound met so far, by id. */
  readonly bounds: FailedBound[] = [];
  private readonly min: number[] = [];
  private readonly max: number[] = [];
  /** Of the last row rowTier() read: bit i set when indicators[i] missed its tier-1 (misses1) or tier-2 bound. */
  private misses1 = 0;
  private misses2 = 0;

  constructor(
    private readonly indicators: IndicatorRule[],
    private readonly lang: Lang,
  ) {
    for (const r of indicators) {
      this.gte.push(r.op === "gte");
      this.tier1.push(r.tier1);
      this.tier2.push(r.tier2);
      this.min.push(r.min);
      this.max.push(r.max);
      this.failures.push(new NumberTable(), new NumberTable());
    }
  }

  /** How many reason texts this classifier holds. */
  get size(): number {
    return this.bounds.length;
  }

  /**
   * The tier of the row whose indicators are values[at], values[at + 1] …, in rules order; 0 when one
   * of them is not a usable number (a bad cell, or out of its range). One pass over the row: which
   * bounds it missed is kept for failedBounds().
   */
  rowTier(values: ArrayLike<number>, states: ArrayLike<number>, at: number): Tier | 0 {
    let misses1 = 0;
    let misses2 = 0;
    for (let i = 0; i < this.gte.length; i++) {
      if (states[at + i] > MARKED) return 0;
      const v = values[at + i];
      if (v < this.min[i] || v > this.max[i]) return 0;
      if (this.gte[i]) {
        if (!(v >= this.tier1[i])) misses1 |= 1 << i;
        if (!(v >= this.tier2[i])) misses2 |= 1 << i;
      } else {
        if (!(v <= this.tier1[i])) misses1 |= 1 << i;
        if (!(v <= this.tier2[i])) misses2 |= 1 << i;
      }
    }
    this.misses1 = misses1;
    this.misses2 = misses2;
    return misses1 === 0 ? 1 : misses2 === 0 ? 2 : 3;
  }

  /**
   * Why the row rowTier() last read is not one tier higher: for a tier 2 row the tier-1 bounds it
   * missed, for tier 3 the tier-2 bounds, in rules order; none for tier 1. Their ids go into `out`;
   * returns how many.
   */
  failedBounds(values: ArrayLike<number>, at: number, tier: Tier, out: number[]): number {
    if (tier === 1) return 0;
    const slot = tier === 2 ? 0 : 1;
    const misses = tier === 2 ? this.misses1 : this.misses2;
    let n = 0;
    for (let i = 0; i < this.gte.length; i++) {
      if ((misses & (1 << i)) === 0) continue;
      const v = values[at + i];
      const table = this.failures[2 * i + slot];
      let failed = table.get(v);
      if (failed === undefined) {
        const text = boundReason(this.indicators[i], v, slot === 0 ? "tier1" : "tier2", this.lang);
        failed = { id: this.bounds.length, text, alone: [] };
        table.add(v, failed);
        this.bounds.push(failed);
      }
      out[n++] = failed.id;
    }
    return n;
  }
}
