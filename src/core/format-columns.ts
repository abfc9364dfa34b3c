// Which sheet columns' number formats the core reads, so a front end can fetch only those.
//
// The core looks at a cell's number format in one place: an indicator cell holding a number
// (parse-cell.ts parseCell and columns.ts readIndicators), where a percent format means a fraction
// (0.985 → 98.5). That holds for every indicator kind — rates, the sex ratio and funding alike
// (a %-formatted 1.085 in 性别比 reads 108.5). No other column's format is ever read: tier, flag,
// year and township cells are read from their values only. So the formats of these columns,
// with every other column "General", classify exactly like the sheet's full formats.

import type { ColumnMap, IndicatorKey } from "./types";

/** Every indicator key; a Record so the compiler insists on all of them. */
const INDICATORS: Record<IndicatorKey, true> = {
  plannedBirthRate: true,
  contraceptiveRate: true,
  sexRatio: true,
  fundingPerCapita: true,
  qualityServiceRate: true,
  satisfactionRate: true,
  rewardPaymentRate: true,
};

/** The 1-based sheet columns, ascending and without repeats, whose number formats the core reads. */
export function columnsUsingFormats(columns: ColumnMap): number[] {
  const out: number[] = [];
  for (const key of Object.keys(INDICATORS) as IndicatorKey[]) {
    const col = columns[key];
    if (typeof col === "number" && out.indexOf(col) < 0) out.push(col);
  }
  return out.sort((a, b) => a - b);
}
