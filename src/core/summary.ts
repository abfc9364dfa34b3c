// The statuses in the order the summary counts them (SPEC §9); ResultTable.summary does the counting.

import type { Status } from "./types";

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
