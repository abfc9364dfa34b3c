// A run's results held column by column: a 40,000-row sheet costs a few typed arrays and the
// township names, not 40,000 objects (nor 40,000 reason lists: a row keeps the ids of the bounds it
// failed, and its reason texts are put together when asked for). RowResult objects are made only on
// request (RunResult.rows); the summary and the output block read the columns directly.

import type { FailedBound } from "./classify";
import { NO_ERRORS } from "./outcomes";
import type { Outcome } from "./outcomes";
import { STATUSES } from "./summary";
import type { RowResult, Status, Summary, Tier } from "./types";

const CHUNK_BITS = 13;
const CHUNK = 1 << CHUNK_BITS;

/** failed[k] when no bound held the row back. */
export const NO_BOUND = -1;

export class ResultTable {
  /** Rows in the table; its arrays may have room for more (see end). */
  length: number;
  /** 1-based sheet row of data row k. */
  readonly sheetRow: Int32Array;
  /** 1, 2, 3, or 0 when the row has no tier (a bad cell). */
  readonly tier: Int8Array;
  /** Outcome id of a classified row; for a row with a bad cell, −1 − its index in problems. */
  readonly outcome: Int32Array;
  /** NO_BOUND, the id of the one bound that held the row back, or −2 − the offset of a list in spill. */
  readonly failed: Int32Array;
  /** Index of the row's year in years. */
  readonly yearId: Int32Array;
  /** Township names in blocks of CHUNK: one 40,000-element array costs V8 far more to allocate. */
  private readonly townships: string[][] = [];
  readonly years: (string | number | null)[] = [];
  /** The rows with a bad cell, complete, in sheet order. */
  readonly problems: RowResult[] = [];
  /** Lists of failed bounds for rows held back by more than one: a count, then that many bound ids. */
  private spill = new Int32Array(256);
  private spillLength = 0;
  private readonly yearIds = new Map<string | number | null, number>();

  constructor(
    length: number,
    /** Outcomes by id: what a classified row's status, amount, shares and notes come from. */
    readonly outcomes: Outcome[],
    /** Failed bounds by id, with their reason texts. */
    readonly bounds: FailedBound[],
  ) {
    this.length = length;
    this.sheetRow = new Int32Array(length);
    this.tier = new Int8Array(length);
    this.outcome = new Int32Array(length);
    this.failed = new Int32Array(length);
    this.yearId = new Int32Array(length);
    for (let start = 0; start < length; start += CHUNK) this.townships.push(new Array(Math.min(CHUNK, length - start)));
  }

  /** Made with room for every row below the header: only the first n turned out to be data rows. */
  end(n: number): void {
    this.length = n;
  }

  setTownship(k: number, township: string): void {
    this.townships[k >> CHUNK_BITS][k & (CHUNK - 1)] = township;
  }

  /** The id of a year value, added on first sight. */
  yearIndex(year: string | number | null): number {
    let id = this.yearIds.get(year);
    if (id === undefined) {
      id = this.years.length;
      this.years.push(year);
      this.yearIds.set(year, id);
    }
    return id;
  }

  /** Keeps ids[0..n) (n ≥ 2) and returns the value for failed[k]. */
  failedList(ids: ArrayLike<number>, n: number): number {
    if (this.spillLength + n + 1 > this.spill.length) {
      const grown = new Int32Array(Math.max(2 * this.spill.length, this.spillLength + n + 1));
      grown.set(this.spill);
      this.spill = grown;
    }
    const at = this.spillLength;
    this.spill[at] = n;
    for (let i = 0; i < n; i++) this.spill[at + 1 + i] = ids[i];
    this.spillLength += n + 1;
    return -2 - at;
  }

  /** Records data row k with a bad cell. */
  setProblem(k: number, row: RowResult): void {
    this.sheetRow[k] = row.row;
    this.tier[k] = 0;
    this.outcome[k] = -1 - this.problems.length;
    this.failed[k] = NO_BOUND;
    this.setTownship(k, row.township);
    this.yearId[k] = this.yearIndex(row.year);
    this.problems.push(row);
  }

  /**
   * The reasons of classified row k: failed bounds in rules order, then the outcome's notes. Rows held
   * back by no bound or by one bound share frozen arrays; a row held back by several gets its own.
   */
  reasons(k: number): string[] {
    const outcome = this.outcomes[this.outcome[k]];
    const ref = this.failed[k];
    if (ref === NO_BOUND) return outcome.reasons;
    if (ref >= 0) {
      const bound = this.bounds[ref];
      let reasons = bound.alone[outcome.id];
      if (reasons === undefined) {
        reasons = Object.freeze([bound.text].concat(outcome.notes)) as string[];
        bound.alone[outcome.id] = reasons;
      }
      return reasons;
    }
    const at = -2 - ref;
    const reasons: string[] = [];
    for (let i = 0; i < this.spill[at]; i++) reasons.push(this.bounds[this.spill[at + 1 + i]].text);
    for (let i = 0; i < outcome.notes.length; i++) reasons.push(outcome.notes[i]);
    return reasons;
  }

  /** Data row k as a RowResult (a new object; the arrays in it may be shared and are read-only). */
  row(k: number): RowResult {
    const id = this.outcome[k];
    if (id < 0) return this.problems[-1 - id];
    const outcome = this.outcomes[id];
    return {
      row: this.sheetRow[k],
      township: this.townships[k >> CHUNK_BITS][k & (CHUNK - 1)],
      year: this.years[this.yearId[k]],
      tier: this.tier[k] as Tier,
      status: outcome.status,
      amount: outcome.amount,
      shares: outcome.shares,
      reasons: this.reasons(k),
      errors: NO_ERRORS,
    };
  }

  /** Every row as a RowResult, in sheet order. */
  rows(): RowResult[] {
    const rows: RowResult[] = [];
    for (let k = 0; k < this.length; k++) rows.push(this.row(k));
    return rows;
  }

  /** Counts over the rows (SPEC §9): one pass over two typed arrays, then per outcome. */
  summary(skipped: number): Summary {
    const perTier = [0, 0, 0, 0];
    const perOutcome: number[] = [];
    for (let i = 0; i < this.outcomes.length; i++) perOutcome.push(0);
    for (let k = 0; k < this.length; k++) {
      perTier[this.tier[k]]++;
      const id = this.outcome[k];
      if (id >= 0) perOutcome[id]++;
    }
    const perStatus: number[] = STATUSES.map(() => 0);
    perStatus[STATUSES.indexOf("invalid")] = this.problems.length;
    let rewards = 0;
    let fines = 0;
    perOutcome.forEach((count, id) => {
      if (count === 0) return;
      const o = this.outcomes[id];
      perStatus[STATUSES.indexOf(o.status)] += count;
      if (o.amount > 0) rewards += o.amount * count;
      else if (o.amount < 0) fines += o.amount * count;
    });
    const byStatus = {} as Record<Status, number>;
    STATUSES.forEach((s, i) => (byStatus[s] = perStatus[i]));
    const byTier = { "1": perTier[1], "2": perTier[2], "3": perTier[3], none: perTier[0] };
    return { byTier, byStatus, rewards, fines, rows: this.length, skipped };
  }
}

// V8 keeps the hidden class a constructor builds only while an object of that class is alive, and
// drops optimised code that used it when it goes. Between two runs no table may be left (the bench
// collects garbage, a front end drops the last result), so the next run would start from unoptimised
// code: this empty table keeps the class, and with it the row loop's optimised code, alive. The row
// reader holds it between runs in place of a run's table.
export const EMPTY_TABLE = new ResultTable(0, [], []);
