// The 推荐名单 sheet (section 四.2, 向市级推荐): the townships that meet their target after the
// district's review, with prior tier, target, tier and the seven indicators, under a title with the
// year and lines for the issuing office and the date.

import { indicatorLabel } from "./classify";
import { boxed, documentPage, indicatorValues, rowCell, tierLabel, yearTitle } from "./documents";
import { parseTarget } from "./parse-fields";
import { textWidth } from "./layout";
import { formatNumber } from "./text";
import { spanWidth, wrapLines } from "./year-text";
import { yt } from "./year-messages";
import type { Lang, OutCell, RowResult, Rules, RunResult, SheetInput, SheetOutput, Status, Tier } from "./types";

export { RECOMMEND_SHEET } from "./document-sheets";
import { RECOMMEND_SHEET } from "./document-sheets";

/** Met or beat the target on the indicators; 待验收 is what such a township is before the city's check. */
const RECOMMENDED: Status[] = ["ahead", "met", "pending"];

/** The rows the district recommends to the city, in sheet order (a veto or falsified data keeps one off). */
export function recommendedRows(result: RunResult): RowResult[] {
  return result.rows.filter((r) => RECOMMENDED.indexOf(r.status) >= 0);
}

function indicatorHeader(rules: Rules, i: number, lang: Lang): string {
  const rule = rules.indicators[i];
  const unit = rule.unit === "" ? "" : lang === "zh" ? "（" + rule.unit + "）" : " (" + rule.unit + ")";
  return indicatorLabel(rule, lang) + unit;
}

function targetOf(input: SheetInput, result: RunResult, r: RowResult): Tier | null {
  const read = parseTarget(rowCell(input, r, result.columns.targetTier));
  return read === null || read === "blank" ? null : read;
}

/**
 * The 推荐名单 sheet: `result` from classifiedRun, `priorTiers` from priorTiersOf (result.rows order).
 * Landscape A4, one page wide, the table's header row on every page.
 */
export function recommendSheet(
  input: SheetInput,
  result: RunResult,
  priorTiers: (Tier | null)[],
  rules: Rules,
  lang: Lang,
): SheetOutput {
  const m = rules.indicators.length;
  const heads = ["doc.no", "doc.township", "doc.prior", "doc.target", "doc.tier"].map((k) => yt(lang, k as "doc.no"));
  for (let i = 0; i < m; i++) heads.push(indicatorHeader(rules, i, lang));
  const widths = heads.map((h, c) => (c === 1 ? 18 : Math.max(8, Math.min(16, textWidth(h) + 2))));
  const cells: OutCell[][] = [[{ value: yt(lang, "recommend.title", { year: yearTitle(result, lang) }), bold: true }]];
  cells.push([{ value: yt(lang, "doc.office") }], [{ value: yt(lang, "doc.date") }]);
  for (const line of wrapLines(yt(lang, "recommend.basis"), spanWidth(widths), lang)) cells.push([{ value: line }]);
  cells.push([]);
  const headerRow = cells.length + 1;
  cells.push(boxed(heads.map((h) => ({ value: h, bold: true }))));
  const values = indicatorValues(input, result, rules);
  const index = new Map<RowResult, number>();
  result.rows.forEach((r, k) => index.set(r, k));
  const rows = recommendedRows(result);
  rows.forEach((r, n) => {
    const k = index.get(r) as number;
    const row: OutCell[] = [
      { value: n + 1 },
      { value: r.township },
      { value: tierLabel(priorTiers[k], lang) || null },
      { value: tierLabel(targetOf(input, result, r), lang) || null },
      { value: tierLabel(r.tier, lang) },
    ];
    for (let i = 0; i < m; i++) row.push({ value: Number(formatNumber(values[k * m + i])) });
    cells.push(boxed(row));
  });
  cells.push([{ value: rows.length === 0 ? yt(lang, "doc.none") : yt(lang, "doc.count", { n: rows.length }) }]);
  return { name: RECOMMEND_SHEET, cells, columnWidths: widths, page: documentPage("landscape", headerRow, lang) };
}
