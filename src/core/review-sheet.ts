// The 抽样名单 sheet: the review list with the seed, the time and the method, so anyone can redraw it.

import { boxed, documentPage, tierLabel } from "./documents";
import { REVIEW_SHEET } from "./review-draw";
import type { ReviewDraw } from "./review-draw";
import { localTimestamp } from "./summary-sheet";
import { formatNumber } from "./text";
import { spanWidth, wrapLines } from "./year-text";
import { yt } from "./year-messages";
import type { Lang, OutCell, RowResult, SheetOutput, Tier } from "./types";

const WIDTHS = [6, 20, 8, 10, 10, 14, 10];

function percent(share: number): string {
  return formatNumber(share * 100) + "%";
}

function lines(texts: string[], lang: Lang): OutCell[][] {
  const rows: OutCell[][] = [];
  for (const text of texts) for (const line of wrapLines(text, spanWidth(WIDTHS), lang)) rows.push([{ value: line }]);
  return rows;
}

/**
 * The 抽样名单 sheet of a draw (drawReview): title, source sheet, draw time, seed, the coverage asked
 * and reached, the method step by step, then the listed townships in sheet order with their prior
 * tier, tier, why each is listed and its draw order. `priorTiers` as given to drawReview, in
 * result.rows order; `rows` is result.rows.
 */
export function reviewSheet(
  draw: ReviewDraw,
  rows: RowResult[],
  priorTiers: (Tier | null)[],
  sheet: string,
  lang: Lang,
  drawnAt: Date,
): SheetOutput {
  const need = Math.max(0, draw.required - draw.claimants.length);
  const listed = draw.claimants.length + draw.drawn.length;
  const covered = draw.total === 0 ? "0%" : formatNumber(Math.round((listed / draw.total) * 1000) / 10) + "%";
  const cells: OutCell[][] = [
    [{ value: yt(lang, "draw.title", { sheet }), bold: true }],
    [{ value: yt(lang, "doc.sourceSheet", { sheet }) }],
    [{ value: yt(lang, "draw.drawnAt") }, { value: localTimestamp(drawnAt) }],
    [{ value: yt(lang, "draw.seed") }, { value: draw.seed }],
    [{ value: yt(lang, "draw.coverage", { share: percent(draw.share), total: draw.total, required: draw.required }) }],
    [
      {
        value: yt(lang, "draw.result", {
          claimants: draw.claimants.length,
          drawn: draw.drawn.length,
          listed,
          covered,
        }),
      },
    ],
    [],
    [{ value: yt(lang, "draw.method"), bold: true }],
  ];
  const steps = ["draw.step1", "draw.step2", "draw.step3", "draw.step4"] as const;
  const methodLines = lines(
    steps.map((k) => yt(lang, k)).concat(yt(lang, "draw.step5", { need, required: draw.required })),
    lang,
  );
  for (const line of methodLines) cells.push(line);
  cells.push([]);
  const headerRow = cells.length + 1;
  const keys = ["doc.no", "doc.township", "doc.row", "doc.prior", "doc.tier", "draw.reason", "draw.order"] as const;
  cells.push(boxed(keys.map((k) => ({ value: yt(lang, k), bold: true }))));
  const order = new Map<RowResult, number>();
  draw.drawn.forEach((r, i) => order.set(r, i + 1));
  const claimant = new Set(draw.claimants);
  let no = 0;
  rows.forEach((r, k) => {
    const drawOrder = order.get(r);
    if (!claimant.has(r) && drawOrder === undefined) return;
    no++;
    cells.push(
      boxed([
        { value: no },
        { value: r.township },
        { value: r.row },
        { value: tierLabel(priorTiers[k], lang) || null },
        { value: tierLabel(r.tier, lang) || null },
        { value: yt(lang, claimant.has(r) ? "draw.claimant" : "draw.drawn") },
        { value: drawOrder === undefined ? null : drawOrder },
      ]),
    );
  });
  cells.push([{ value: yt(lang, "doc.count", { n: listed }) }]);
  return { name: REVIEW_SHEET, cells, columnWidths: WIDTHS.slice(), page: documentPage("portrait", headerRow, lang) };
}
