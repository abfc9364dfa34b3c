// Tier, prior tier, target and flags -> status and amount (SPEC §4), modifiers in SPEC order.

import type { MessageKey } from "./messages";
import type { MoneyStatus, Rules, Status, Tier } from "./types";

export interface StatusInput {
  tier: Tier; // A, what the indicators earn
  priorTier: Tier; // P, 3 when the cell is blank
  targetTier: Tier | null; // T, null = no target
  verified: boolean;
  veto: boolean;
  falsified: boolean;
}

export interface StatusResult {
  status: Status;
  amount: number;
  /** Why the status is what it is, beyond the bounds: sanctions and modifier notes, in order. */
  notes: MessageKey[];
}

const PAYS_REWARD: Status[] = ["ahead", "met"];

/** Tier 1 is best: the worse of two tiers is the larger number. */
function baseStatus(effective: Tier, prior: Tier, target: Tier): MoneyStatus {
  if (effective > prior) return "dropped";
  if (effective > target) return "failed";
  if (effective < target) return "ahead";
  return "met";
}

export function statusOf(input: StatusInput, amounts: Rules["amounts"]): StatusResult {
  const { tier, priorTier, targetTier } = input;
  if (targetTier === null) return { status: "no-target", amount: 0, notes: [] };
  const effective = input.falsified ? (Math.max(tier, priorTier) as Tier) : tier;
  const base = baseStatus(effective, priorTier, targetTier);
  let status: Status = base;
  const notes: MessageKey[] = [];
  // Falsification is noted whenever it changed the outcome: a lost advancement or a lost reward.
  if (input.falsified && (effective !== tier || PAYS_REWARD.indexOf(status) >= 0)) notes.push("note.falsified");
  if (input.falsified && PAYS_REWARD.indexOf(status) >= 0) status = "disqualified";
  if (input.veto && PAYS_REWARD.indexOf(status) >= 0) {
    status = "vetoed";
    notes.push("note.vetoed");
  }
  if (!input.verified && PAYS_REWARD.indexOf(status) >= 0) {
    status = "pending";
    notes.push("note.pending");
  }
  if (status === "dropped") notes.unshift("sanction.dropped");
  if (status === "failed") notes.unshift("sanction.failed");
  const amount = status === base ? amounts[base] : 0;
  return { status, amount, notes };
}
