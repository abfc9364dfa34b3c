// One sheet row -> one RowResult, fast: column positions are looked up once per run, and a row with
// good cells costs a few array reads and cache hits (tier words, flags, reason texts, outcomes). A row
// with a bad cell goes through invalidRow, which lists every issue.

import { Classifier } from "./classify";
import type { FailedBound } from "./classify";
import { MARKED } from "./columns";
import type { ColumnRead } from "./columns";
import { NO_ERRORS, Outcomes } from "./outcomes";
import type { Outcome } from "./outcomes";
import { parseFlag, parseTarget, parseTier } from "./parse-fields";
import { invalidRow, yearOf } from "./rows";
import type { SheetContext } from "./rows";
import { cellText, isBlank } from "./text";
import type { CellValue, ColumnKey, Lang, RowResult, Rules, SheetInput, Tier } from "./types";

const FIELDS = ["township", "year", "priorTier", "targetTier", "verified", "veto", "falsified"] as const;

/**
 * Reads the data rows of a run. One reader serves consecutive runs with the same rules and language
 * (rowReader below): its reason texts and outcomes carry over, and V8 keeps its optimised code, which
 * it would drop with every run's reader otherwise. Everything about the sheet is set by start().
 */
export class RowReader {
  private readonly classifier: Classifier;
  private readonly outcomes: Outcomes;
  // Per run (start): reassigned every run on purpose, so V8 never treats them as constants.
  private input: SheetInput = { name: "", values: [] };
  private at: ArrayLike<number> = [];
  private ctx: SheetContext | null = null;
  private reads: ColumnRead[] = [];
  private firstRow = 1; // sheet row of input.values[0]
  private col = { township: -1, year: -1, priorTier: -1, targetTier: -1, verified: -1, veto: -1, falsified: -1 };
  private min: number[] = [];
  private max: number[] = [];
  // Scratch for the current row, reused.
  private readonly values: number[] = [];
  private readonly failed: FailedBound[] = [];

  constructor(rules: Rules, lang: Lang) {
    this.classifier = new Classifier(rules.indicators, lang);
    this.outcomes = new Outcomes(rules, lang);
  }

  /** at[k] is data row k's index in input.values. */
  start(input: SheetInput, at: ArrayLike<number>, ctx: SheetContext): void {
    this.input = input;
    this.at = at;
    this.ctx = ctx;
    this.reads = ctx.reads;
    this.firstRow = input.origin ? input.origin.row : 1;
    const index = (key: ColumnKey): number =>
      ctx.columns[key] === undefined ? -1 : (ctx.columns[key] as number) - ctx.firstCol;
    const col = { township: -1, year: -1, priorTier: -1, targetTier: -1, verified: -1, veto: -1, falsified: -1 };
    for (const key of FIELDS) col[key] = index(key);
    this.col = col;
    this.min = ctx.rules.indicators.map((r) => r.min);
    this.max = ctx.rules.indicators.map((r) => r.max);
  }

  /** Lets go of the run's sheet, so a kept reader does not keep a workbook's cells alive. */
  finish(): void {
    this.input = { name: "", values: [] };
    this.at = [];
    this.ctx = null;
    this.reads = [];
  }

  private cell(cells: CellValue[], at: number): CellValue | undefined {
    return at < 0 ? undefined : cells[at];
  }

  /** The indicators into this.values; false when any is missing, not a number or out of range. */
  private indicatorsOk(k: number): boolean {
    const reads = this.reads;
    for (let i = 0; i < reads.length; i++) {
      const read = reads[i];
      if (read.states[k] > MARKED) return false;
      const v = read.values[k];
      if (v < this.min[i] || v > this.max[i]) return false;
      this.values[i] = v;
    }
    return true;
  }

  /** The result of data row k. */
  read(k: number): RowResult {
    const r = this.at[k];
    const cells = this.input.values[r];
    const row = this.firstRow + r;
    const col = this.col;
    const townshipRaw = this.cell(cells, col.township);
    if (isBlank(townshipRaw) || !this.indicatorsOk(k)) return invalidRow(this.ctx as SheetContext, { cells, row, k });
    const prior = parseTier(this.cell(cells, col.priorTier));
    const target = parseTarget(this.cell(cells, col.targetTier));
    const verified = parseFlag(this.cell(cells, col.verified));
    const veto = parseFlag(this.cell(cells, col.veto));
    const falsified = parseFlag(this.cell(cells, col.falsified));
    if (prior === null || target === null || verified === null || veto === null || falsified === null)
      return invalidRow(this.ctx as SheetContext, { cells, row, k });
    const tier = this.classifier.tierOf(this.values);
    const outcome = this.outcomes.get(
      tier,
      prior === "blank" ? 3 : prior,
      target === "blank" ? null : target,
      verified !== false,
      veto === true,
      falsified === true,
    );
    const year = yearOf(this.cell(cells, col.year));
    const reasons = this.reasonsOf(tier, outcome);
    return {
      row,
      township: cellText(townshipRaw),
      year,
      tier,
      status: outcome.status,
      amount: outcome.amount,
      shares: outcome.shares,
      reasons,
      errors: NO_ERRORS,
    };
  }

  /** Failed bounds, then the outcome's notes; shared arrays for the common cases of none or one failed bound. */
  private reasonsOf(tier: Tier, outcome: Outcome): string[] {
    const failed = this.failed;
    const n = this.classifier.failedBounds(this.values, tier, failed);
    if (n === 0) return outcome.reasons;
    if (n === 1) {
      let reasons = failed[0].alone[outcome.id];
      if (reasons === undefined) {
        reasons = Object.freeze([failed[0].text].concat(outcome.notes)) as string[];
        failed[0].alone[outcome.id] = reasons;
      }
      return reasons;
    }
    const reasons: string[] = [];
    for (let i = 0; i < n; i++) reasons.push(failed[i].text);
    for (let i = 0; i < outcome.notes.length; i++) reasons.push(outcome.notes[i]);
    return reasons;
  }

  /** How many reason texts the reader holds (to bound its memory across runs). */
  get cached(): number {
    return this.classifier.size;
  }
}

/** Everything the reader's caches depend on: the rules (as text, Infinity included) and the language. */
function rulesKey(rules: Rules, lang: Lang): string {
  const parts: (string | number)[] = [lang];
  for (const r of rules.indicators) parts.push(r.key, r.label, r.op, r.tier1, r.tier2);
  parts.push(rules.amounts.ahead, rules.amounts.met, rules.amounts.failed, rules.amounts.dropped);
  parts.push(...rules.split.ratio, ...rules.split.roles);
  return parts.map(String).join("\u0000");
}

// The last run's reader, kept while its rules and language repeat; dropped when its texts pile up.
const MAX_CACHED_TEXTS = 100000;
let last: { key: string; reader: RowReader } | null = null;

export function rowReader(rules: Rules, lang: Lang): RowReader {
  const key = rulesKey(rules, lang);
  if (last === null || last.key !== key || last.reader.cached > MAX_CACHED_TEXTS)
    last = { key, reader: new RowReader(rules, lang) };
  return last.reader;
}
