// The district's review draw (section 四.2, 抽样调查的覆盖面要达50%以上): every township that claims
// to advance, then a seeded random draw of the rest until the share of all townships is covered.
// Anyone can redraw it from the seed and the method printed on the 抽样名单 sheet.

import { TiersError } from "./errors";
import { sampleShareOf } from "./rules";
import { formatNumber } from "./text";
import { yt } from "./year-messages";
import type { Lang, RowResult, RunResult, Rules, Tier } from "./types";

export { REVIEW_SHEET } from "./document-sheets";

const MAX_SEED = 4294967295;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain): numbers in [0, 1) from a 32-bit seed.
 * The same seed gives the same numbers on every JavaScript engine (integer arithmetic only).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for a draw made now when none is given: the time in whole seconds (printed on the sheet). */
export function seedFromTime(at: Date): number {
  return Math.floor(at.getTime() / 1000) % (MAX_SEED + 1);
}

/** A seed from the command line or the pane: a whole number 0…4294967295, else TiersError `bad-seed`. */
export function parseSeed(text: string | number, lang: Lang): number {
  const s = String(text).trim();
  const n = /^\d{1,10}$/.test(s) ? Number(s) : NaN;
  if (!(n <= MAX_SEED)) throw new TiersError("bad-seed", yt(lang, "doc.badSeed", { value: s }));
  return n;
}

export interface ReviewDraw {
  seed: number;
  /** The rules' sampleShare (default 0.5). */
  share: number;
  /** Every township of the sheet (every classified or invalid row). */
  total: number;
  /** ceil(share × total): the least number of townships the review covers. */
  required: number;
  /** Rows whose tier this year is above their prior tier, in sheet order: always listed. */
  claimants: RowResult[];
  /** The rows drawn from the rest, in draw order. */
  drawn: RowResult[];
}

/** ceil(share × total), without a float's 0.7 × 10 = 7.000000000000001 turning 7 into 8. */
export function requiredCount(share: number, total: number): number {
  return Math.min(total, Math.ceil(Number(formatNumber(share * total))));
}

/** Fisher–Yates on a copy, from the last item down, with j = floor(u × (i + 1)) (0-based). */
function shuffled<T>(items: T[], random: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const x = a[i];
    a[i] = a[j];
    a[j] = x;
  }
  return a;
}

/**
 * The review list of a run. `priorTiers` are the rows' prior tiers in result.rows order (documents.ts
 * priorTiersOf): a row claims to advance when it has a tier better than its prior tier. The rest are
 * shuffled with mulberry32(seed) and the first ones taken until `required` rows are listed. The same
 * seed and the same sheet give the same list. Throws TiersError `bad-seed` for a seed outside 0…2³²−1.
 */
export function drawReview(
  result: RunResult,
  priorTiers: (Tier | null)[],
  rules: Rules,
  seed: number,
  lang: Lang,
): ReviewDraw {
  parseSeed(seed, lang);
  const share = sampleShareOf(rules);
  const rows = result.rows;
  const claimants: RowResult[] = [];
  const rest: RowResult[] = [];
  rows.forEach((r, k) => {
    const prior = priorTiers[k];
    if (r.tier !== null && prior !== null && r.tier < prior) claimants.push(r);
    else rest.push(r);
  });
  const required = requiredCount(share, rows.length);
  const need = Math.max(0, required - claimants.length);
  const drawn = need === 0 ? [] : shuffled(rest, mulberry32(seed)).slice(0, need);
  return { seed, share, total: rows.length, required, claimants, drawn };
}
