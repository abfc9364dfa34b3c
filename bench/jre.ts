// The same classification through json-rules-engine: the tier comes from its rules/conditions
// engine, one engine.run() per row (the way that library is meant to be used: facts in, events
// out). Status and amount reuse the plain loop's statusCode, so only the tier differs in how it is
// reached; the engine gets already-numeric facts (no cell parsing), which favours it.

import { Engine } from "json-rules-engine";
import type { RuleProperties } from "json-rules-engine";
import type { Rules } from "../src/core/types";
import type { Truth } from "./generate";
import { STATUS_CODES, statusCode } from "./plain-loop";
import type { Bounds, LoopResult } from "./plain-loop";

const INVALID = STATUS_CODES.indexOf("invalid");

function tierRule(rules: Rules, bound: "tier1" | "tier2", priority: number): RuleProperties {
  return {
    name: bound,
    priority,
    conditions: {
      all: rules.indicators.map((r) => ({
        fact: r.key,
        operator: r.op === "gte" ? "greaterThanInclusive" : "lessThanInclusive",
        value: r[bound],
      })),
    },
    event: { type: bound },
  };
}

export function tierEngine(rules: Rules): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule(tierRule(rules, "tier1", 2));
  engine.addRule(tierRule(rules, "tier2", 1));
  return engine;
}

/** Classifies rows [0, limit) of the truth; rows past the limit stay empty. */
export async function jreClassify(truth: Truth, rules: Rules, b: Bounds, limit: number): Promise<LoopResult> {
  const n = Math.min(limit, truth.n);
  const out: LoopResult = { tier: new Int8Array(truth.n), status: new Uint8Array(truth.n), amount: new Int32Array(truth.n) };
  const engine = tierEngine(rules);
  const keys = rules.indicators.map((r) => r.key);
  for (let k = 0; k < n; k++) {
    if (truth.bad[k]) {
      out.status[k] = INVALID;
      continue;
    }
    const facts: Record<string, number> = {};
    keys.forEach((key, i) => (facts[key] = truth.values[k * 7 + i]));
    const { events } = await engine.run(facts);
    const tier = events.some((e) => e.type === "tier1") ? 1 : events.some((e) => e.type === "tier2") ? 2 : 3;
    const s = statusCode(tier, truth.prior[k], truth.target[k], truth.verified[k], truth.veto[k], truth.falsified[k]);
    out.tier[k] = tier;
    out.status[k] = s;
    out.amount[k] = b.amounts[s];
  }
  return out;
}
