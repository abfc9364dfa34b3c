// The 分类汇总 sheet: counts per tier and status, money totals, the rules used, a tier chart (SPEC §7).

import { indicatorLabel } from "./classify";
import { t } from "./messages";
import type { MessageKey } from "./messages";
import { MONEY_STATUSES } from "./rules";
import { resultHeader } from "./output";
import { STATUSES } from "./summary";
import { formatNumber } from "./text";
import { summaryPageSetup } from "./layout";
import type { ChartSpec, Fill, Lang, OutCell, Rules, RunResult, SheetOutput } from "./types";

export const SUMMARY_SHEET = "分类汇总";

const MONEY = "#,##0";
/** The fills of 一类, 二类, 三类 cells (output.ts). */
const TIER_FILLS: Fill[] = ["green", "amber", "red"];

function pad(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** Local time as 2026-11-23 18:50:00: readable in every locale and sortable. */
export function localTimestamp(d: Date): string {
  const date = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  return date + " " + pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds());
}

function label(lang: Lang, key: MessageKey): OutCell {
  return { value: t(lang, key) };
}

function head(lang: Lang, a: MessageKey, b: MessageKey): OutCell[] {
  return [
    { value: t(lang, a), bold: true },
    { value: t(lang, b), bold: true },
  ];
}

function ruleRows(rules: Rules, lang: Lang): OutCell[][] {
  const rows: OutCell[][] = [
    [
      { value: t(lang, "sum.rules"), bold: true },
      { value: t(lang, "rs.tier1"), bold: true },
      { value: t(lang, "rs.tier2"), bold: true },
    ],
  ];
  for (const r of rules.indicators) {
    const op = r.op === "gte" ? "≥ " : "≤ ";
    rows.push([
      { value: indicatorLabel(r, lang) },
      { value: op + formatNumber(r.tier1) + r.unit },
      { value: op + formatNumber(r.tier2) + r.unit },
    ]);
  }
  rows.push([{ value: t(lang, "sum.amounts"), bold: true }]);
  for (const s of MONEY_STATUSES)
    rows.push([label(lang, ("status." + s) as MessageKey), { value: rules.amounts[s], numFmt: MONEY }]);
  const roles = [3, 4, 5, 6].map((i) => resultHeader(i, rules, lang)).join(" : ");
  rows.push([label(lang, "sum.ratio"), { value: rules.split.ratio.join(":") }, { value: roles }]);
  return rows;
}

/**
 * `documents`: the names of the document sheets the workbook holds (抽样名单, 推荐名单, 公示, 奖惩明细),
 * listed at the end; absent or empty, nothing is listed.
 */
export function summarySheet(
  result: RunResult,
  rules: Rules,
  lang: Lang,
  runAt: Date,
  documents?: string[],
): SheetOutput {
  const s = result.summary;
  const cells: OutCell[][] = [
    [{ value: t(lang, "sum.title"), bold: true }],
    [label(lang, "sum.runAt"), { value: localTimestamp(runAt) }],
    [label(lang, "sum.sheet"), { value: result.sheet }],
    [],
    head(lang, "sum.tier", "sum.count"),
  ];
  const tierTop = cells.length + 1;
  cells.push(
    [label(lang, "tier1"), { value: s.byTier["1"] }],
    [label(lang, "tier2"), { value: s.byTier["2"] }],
    [label(lang, "tier3"), { value: s.byTier["3"] }],
  );
  cells.push([label(lang, "noTier"), { value: s.byTier.none }], [], head(lang, "sum.status", "sum.count"));
  for (const st of STATUSES) cells.push([label(lang, ("status." + st) as MessageKey), { value: s.byStatus[st] }]);
  cells.push([label(lang, "sum.skipped"), { value: s.skipped }]);
  cells.push([label(lang, "sum.rewards"), { value: s.rewards, numFmt: MONEY }]);
  cells.push([label(lang, "sum.fines"), { value: s.fines, numFmt: MONEY }], []);
  for (const row of ruleRows(rules, lang)) cells.push(row);
  if (documents && documents.length) {
    cells.push([], [{ value: t(lang, "sum.documents"), bold: true }]);
    for (const name of documents) cells.push([{ value: name }]);
  }
  const chart: ChartSpec = {
    title: t(lang, "sum.chart"),
    categories: "A" + tierTop + ":A" + (tierTop + 2),
    values: "B" + tierTop + ":B" + (tierTop + 2),
    anchor: "E2",
    fills: TIER_FILLS.slice(), // each bar the colour of its tier's cells
    dataLabels: true,
  };
  return { name: SUMMARY_SHEET, cells, chart, columnWidths: [24, 16, 40], page: summaryPageSetup(lang) };
}
