// Status, amount, notes and shares depend only on the situation (tier, prior, target and the three
// flags: 288 of them), so a run works each one out once and every row in that situation reuses it.
// The arrays handed out here are shared by many rows: they are frozen, and front ends only read them.

import { t } from "./messages";
import { splitAmount } from "./split";
import type { Shares } from "./split";
import { statusOf } from "./status";
import type { Lang, Rules, Status, Tier } from "./types";

export interface Outcome {
  id: number; // 0, 1, 2 ... in the order a run meets them
  status: Status;
  amount: number;
  shares: Shares;
  /** The status notes as text, in the run's language. */
  notes: string[];
  /** The reasons of a row no bound held back: the notes again, frozen, as rows share it. */
  reasons: string[];
}

const SITUATIONS = 3 * 3 * 4 * 2 * 2 * 2;

export const NO_ERRORS = Object.freeze([]) as never[];

export class Outcomes {
  private readonly table: (Outcome | undefined)[] = new Array(SITUATIONS);
  /** Every outcome met so far, by id. */
  readonly byId: Outcome[] = [];

  constructor(
    private readonly rules: Rules,
    private readonly lang: Lang,
  ) {}

  get(
    tier: Tier,
    priorTier: Tier,
    targetTier: Tier | null,
    verified: boolean,
    veto: boolean,
    falsified: boolean,
  ): Outcome {
    const target = targetTier === null ? 0 : targetTier;
    const key =
      (((((tier - 1) * 3 + (priorTier - 1)) * 4 + target) * 2 + (verified ? 1 : 0)) * 2 + (veto ? 1 : 0)) * 2 +
      (falsified ? 1 : 0);
    const known = this.table[key];
    if (known !== undefined) return known;
    const s = statusOf({ tier, priorTier, targetTier, verified, veto, falsified }, this.rules.amounts);
    const notes = s.notes.map((note) => t(this.lang, note));
    const shares = Object.freeze(splitAmount(s.amount, this.rules.split.ratio)) as Shares;
    const outcome: Outcome = {
      id: this.byId.length,
      status: s.status,
      amount: s.amount,
      shares,
      notes,
      reasons: Object.freeze(notes.slice()) as string[],
    };
    this.table[key] = outcome;
    this.byId.push(outcome);
    return outcome;
  }
}
