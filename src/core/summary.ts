// Counts over the result rows (SPEC §9 summary). Skipped rows are counted apart, never as results.

import type { RowResult, Status, Summary } from "./types";

export const STATUSES: Status[] = [
  "ahead",
  "met",
  "failed",
  "dropped",
  "pending",
  "vetoed",
  "disqualified",
  "no-target",
  "invalid",
];

export function summarize(rows: RowResult[], skipped: number): Summary {
  const byTier = { "1": 0, "2": 0, "3": 0, none: 0 };
  const byStatus = {} as Record<Status, number>;
  for (const s of STATUSES) byStatus[s] = 0;
  let rewards = 0;
  let fines = 0;
  for (const r of rows) {
    if (r.tier === 1) byTier["1"]++;
    else if (r.tier === 2) byTier["2"]++;
    else if (r.tier === 3) byTier["3"]++;
    else byTier.none++;
    byStatus[r.status]++;
    if (r.amount > 0) rewards += r.amount;
    else if (r.amount < 0) fines += r.amount;
  }
  return { byTier, byStatus, rewards, fines, rows: rows.length, skipped };
}
