// Agreement checks: every comparison must classify the same rows the same way as the core,
// or its timing means nothing. Mismatches are listed (first few) and counted, never hidden.

import type { RunResult } from "../src/core/types";
import type { Truth } from "./generate";
import { STATUS_CODES } from "./plain-loop";
import type { LoopResult } from "./plain-loop";

export interface Agreement {
  compared: number; // rows compared
  agreed: number;
  mismatches: string[]; // the first few, as "row 17: core tier 2 met 20000, other tier 1 met 20000"
}

const MAX_LISTED = 5;

/** Compares rows [0, limit) field by field: tier, and with `full` also status and amount. */
export function agreeWithCore(core: RunResult, truth: Truth, other: LoopResult, limit: number, full: boolean): Agreement {
  const result: Agreement = { compared: 0, agreed: 0, mismatches: [] };
  const n = Math.min(limit, truth.n);
  if (core.rows.length !== truth.n) {
    result.mismatches.push(`core classified ${core.rows.length} rows, the generator made ${truth.n}`);
    return result;
  }
  for (let k = 0; k < n; k++) {
    const row = core.rows[k];
    result.compared++;
    const tier = other.tier[k] === 0 ? null : other.tier[k];
    const status = STATUS_CODES[other.status[k]];
    const same = row.row === truth.sheetRow[k] && row.tier === tier && (!full || (row.status === status && row.amount === other.amount[k]));
    if (same) result.agreed++;
    else if (result.mismatches.length < MAX_LISTED) {
      result.mismatches.push(`row ${row.row}: core tier ${row.tier} ${row.status} ${row.amount}, other tier ${tier} ${status} ${other.amount[k]}` + (row.errors.length ? ` (${row.errors[0].message})` : ""));
    }
  }
  return result;
}

/** Counts per status in the core's results, to show the data exercises every status. */
export function statusesSeen(core: RunResult): Record<string, number> {
  return { ...core.summary.byStatus };
}
