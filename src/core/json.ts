// The SPEC §9 JSON shape, exactly: nothing more, nothing less.

import type { RunResult, Status, Tier } from "./types";

export interface ResultJson {
  sheet: string;
  headerRow: number;
  rows: {
    row: number;
    township: string;
    tier: Tier | null;
    status: Status;
    amount: number;
    shares: [number, number, number, number];
    reasons: string[];
    errors: { cell: string; message: string }[];
  }[];
  skipped: { row: number; reason: string }[];
  summary: {
    byTier: RunResult["summary"]["byTier"];
    byStatus: RunResult["summary"]["byStatus"];
    rewards: number;
    fines: number;
  };
}

export function resultJson(result: RunResult): ResultJson {
  const s = result.summary;
  return {
    sheet: result.sheet,
    headerRow: result.headerRow,
    rows: result.rows.map((r) => ({
      row: r.row,
      township: r.township,
      tier: r.tier,
      status: r.status,
      amount: r.amount,
      shares: [r.shares[0], r.shares[1], r.shares[2], r.shares[3]],
      reasons: r.reasons.slice(),
      errors: r.errors.map((e) => ({ cell: e.cell, message: e.message })),
    })),
    skipped: result.skipped.map((k) => ({ row: k.row, reason: k.reason })),
    summary: { byTier: { ...s.byTier }, byStatus: { ...s.byStatus }, rewards: s.rewards, fines: s.fines },
  };
}
