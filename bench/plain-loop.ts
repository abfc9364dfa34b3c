// The practical limit: a minimal hand-written loop over already-numeric rows computing tier,
// status and amount with nothing else (no parsing, no reasons, no messages, no output cells).
// The status rules here are SPEC §4 written as directly as possible; json-rules-engine shares them.

import type { Rules, Status } from "../src/core/types";
import type { Truth } from "./generate";

/** Status codes as small integers, so the loop allocates nothing per row. */
export const STATUS_CODES: Status[] = ["ahead", "met", "failed", "dropped", "pending", "vetoed", "disqualified", "no-target", "invalid"];
const AHEAD = 0, MET = 1, FAILED = 2, DROPPED = 3, PENDING = 4, VETOED = 5, DISQUALIFIED = 6, NO_TARGET = 7, INVALID = 8;

export interface LoopResult {
  tier: Int8Array; // 0 = no tier
  status: Uint8Array; // index into STATUS_CODES
  amount: Int32Array;
}

export interface Bounds {
  sign: Float64Array; // +1 for gte, −1 for lte: value·sign ≥ bound·sign
  tier1: Float64Array; // bound·sign
  tier2: Float64Array;
  amounts: Int32Array; // by status code; 0 for the no-money statuses
}

export function boundsOf(rules: Rules): Bounds {
  const n = rules.indicators.length;
  const b: Bounds = { sign: new Float64Array(n), tier1: new Float64Array(n), tier2: new Float64Array(n), amounts: new Int32Array(STATUS_CODES.length) };
  rules.indicators.forEach((r, i) => {
    b.sign[i] = r.op === "gte" ? 1 : -1;
    b.tier1[i] = r.tier1 * b.sign[i];
    b.tier2[i] = r.tier2 * b.sign[i];
  });
  b.amounts[AHEAD] = rules.amounts.ahead;
  b.amounts[MET] = rules.amounts.met;
  b.amounts[FAILED] = rules.amounts.failed;
  b.amounts[DROPPED] = rules.amounts.dropped;
  return b;
}

/** SPEC §4 in order: falsified → effective tier; base status; then falsified, veto, not verified. */
export function statusCode(tier: number, prior: number, target: number, verified: number, veto: number, falsified: number): number {
  if (target === 0) return NO_TARGET;
  const effective = falsified && prior > tier ? prior : tier;
  const base = effective > prior ? DROPPED : effective > target ? FAILED : effective < target ? AHEAD : MET;
  if (base === DROPPED || base === FAILED) return base;
  if (falsified) return DISQUALIFIED;
  if (veto) return VETOED;
  if (!verified) return PENDING;
  return base;
}

export function plainLoop(truth: Truth, b: Bounds): LoopResult {
  const n = truth.n;
  const out: LoopResult = { tier: new Int8Array(n), status: new Uint8Array(n), amount: new Int32Array(n) };
  const v = truth.values;
  const m = b.sign.length;
  for (let k = 0; k < n; k++) {
    if (truth.bad[k]) {
      out.status[k] = INVALID;
      continue;
    }
    let t1 = true, t2 = true;
    for (let i = 0; i < m; i++) {
      const x = v[k * 7 + i] * b.sign[i];
      if (x < b.tier1[i]) t1 = false;
      if (x < b.tier2[i]) t2 = false;
    }
    const tier = t1 ? 1 : t2 ? 2 : 3;
    const s = statusCode(tier, truth.prior[k], truth.target[k], truth.verified[k], truth.veto[k], truth.falsified[k]);
    out.tier[k] = tier;
    out.status[k] = s;
    out.amount[k] = b.amounts[s];
  }
  return out;
}
