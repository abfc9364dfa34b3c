// The 公示 sheet (section 四.4): after the city's verification, the townships confirmed as advancing or
// keeping their tier, as an A4 portrait page to post: title, one paragraph, the table, the notice
// period, a contact line and the issuer, the lines to fill left blank.

import { boxed, documentPage, tierLabel, yearTitle } from "./documents";
import { SheetError } from "./errors";
import { spanWidth, wrapLines } from "./year-text";
import { yt } from "./year-messages";
import type { Lang, OutCell, RowResult, RunResult, SheetOutput, Tier } from "./types";

export { NOTICE_SHEET } from "./document-sheets";
import { NOTICE_SHEET } from "./document-sheets";

const WIDTHS = [6, 24, 12, 12, 26];

/**
 * The rows the notice lists, in sheet order: 提前完成 and 达标 — a reward the city confirmed (市级验收
 * 是 or blank), no veto, no falsified data. Their tier is never below their prior tier.
 */
export function confirmedRows(result: RunResult): RowResult[] {
  return result.rows.filter((r) => r.status === "ahead" || r.status === "met");
}

/** Throws SheetError `no-verified-column` when the sheet has no 市级验收 column: the notice comes after it. */
export function requireVerified(result: RunResult, lang: Lang): void {
  if (result.columns.verified === undefined)
    throw new SheetError("no-verified-column", yt(lang, "doc.noVerified", { sheet: result.sheet }), result.sheet);
}

function change(prior: Tier | null, tier: Tier, lang: Lang): string {
  if (prior !== null && tier < prior)
    return yt(lang, "notice.advanced", { from: tierLabel(prior, lang), to: tierLabel(tier, lang) });
  return yt(lang, "notice.kept", { tier: tierLabel(tier, lang) });
}

/**
 * The 公示 sheet: `result` from classifiedRun, `priorTiers` from priorTiersOf (result.rows order).
 * Throws SheetError `no-verified-column` when the sheet has no 市级验收 column.
 */
export function noticeSheet(result: RunResult, priorTiers: (Tier | null)[], lang: Lang): SheetOutput {
  requireVerified(result, lang);
  const year = yearTitle(result, lang);
  const rows = confirmedRows(result);
  const width = spanWidth(WIDTHS);
  const cells: OutCell[][] = [[{ value: yt(lang, "notice.title", { year }), bold: true }], []];
  for (const line of wrapLines(yt(lang, "notice.text", { n: rows.length, year }), width, lang))
    cells.push([{ value: line }]);
  cells.push([]);
  const headerRow = cells.length + 1;
  const keys = ["doc.no", "doc.township", "doc.prior", "doc.tier", "notice.change"] as const;
  cells.push(boxed(keys.map((k) => ({ value: yt(lang, k), bold: true }))));
  const index = new Map<RowResult, number>();
  result.rows.forEach((r, k) => index.set(r, k));
  rows.forEach((r, n) => {
    const prior = priorTiers[index.get(r) as number];
    cells.push(
      boxed([
        { value: n + 1 },
        { value: r.township },
        { value: tierLabel(prior, lang) || null },
        { value: tierLabel(r.tier, lang) },
        { value: change(prior, r.tier as Tier, lang) },
      ]),
    );
  });
  if (rows.length === 0) cells.push([{ value: yt(lang, "doc.none") }]);
  cells.push([], [{ value: yt(lang, "notice.period") }], [{ value: yt(lang, "notice.contact") }], []);
  // Issuer and date under the right half of the table, where a seal goes.
  cells.push([{ value: null }, { value: null }, { value: yt(lang, "notice.issuer") }]);
  cells.push([{ value: null }, { value: null }, { value: yt(lang, "doc.date") }]);
  return { name: NOTICE_SHEET, cells, columnWidths: WIDTHS.slice(), page: documentPage("portrait", headerRow, lang) };
}
