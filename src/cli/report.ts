// The short, readable summary a person sees after `classify`.
import {
  confirmedRows,
  formatYuan,
  paymentRows,
  PRIOR_SHEET,
  recommendedRows,
  RULES_SHEET,
  STATUSES,
  t,
} from "../core";
import { priorReport } from "../core/prior";
import type { Lang } from "../core/types";
import { ClassifyOutcome } from "./classify";
import type { DocumentOutcome } from "./documents";
import { m } from "./messages";

/** "3" ("row 3"), or "3–4" ("rows 3–4") for a header block over two rows. */
function headerRows(result: ClassifyOutcome["result"], lang: Lang): string {
  const first = result.headerRow;
  const last = first + result.headerRows - 1;
  return last > first ? m(lang, "sum.headerRows", { first, last }) : m(lang, "sum.headerRow", { row: first });
}

export function summaryText(outcome: ClassifyOutcome, lang: Lang, jsonFile?: string): string {
  const { result } = outcome;
  const s = result.summary;
  const sep = lang === "zh" ? "，" : ", ";
  const lines: string[] = [];
  lines.push(
    m(lang, "sum.classified", { sheet: result.sheet, row: headerRows(result, lang), rows: s.rows, skipped: s.skipped }),
  );
  const tiers = [
    `${t(lang, "tier1")} ${s.byTier["1"]}`,
    `${t(lang, "tier2")} ${s.byTier["2"]}`,
    `${t(lang, "tier3")} ${s.byTier["3"]}`,
    ...(s.byTier.none ? [`${t(lang, "noTier")} ${s.byTier.none}`] : []),
  ];
  lines.push(m(lang, "sum.byTier", { list: tiers.join(sep) }));
  const statuses = STATUSES.filter((st) => s.byStatus[st] > 0).map(
    (st) => `${t(lang, `status.${st}`)} ${s.byStatus[st]}`,
  );
  lines.push(m(lang, "sum.byStatus", { list: statuses.length ? statuses.join(sep) : m(lang, "sum.none") }));
  lines.push(m(lang, "sum.money", { rewards: formatYuan(s.rewards), fines: formatYuan(s.fines) }));

  const bad = result.problems;
  if (bad.length) {
    lines.push(m(lang, "sum.errors"));
    for (const r of bad) for (const e of r.errors) lines.push(`  ${e.message}`);
  }
  const notes = [
    ...result.notices,
    ...result.skipped.map((k) => m(lang, "sum.skippedRow", { row: k.row, reason: k.reason })),
  ];
  if (outcome.rulesSheetKept && outcome.rulesSource.from === "file")
    notes.push(m(lang, "sum.rulesSheetKept", { sheet: RULES_SHEET, file: outcome.rulesSource.file }));
  if (notes.length) {
    lines.push(m(lang, "sum.notices"));
    for (const n of notes) lines.push(`  ${n}`);
  }
  if (outcome.prior) {
    lines.push(m(lang, "sum.prior"));
    for (const line of priorReport(outcome.prior, lang)) lines.push(`  ${line}`);
    lines.push(`  ${m(lang, "doc.made", { name: PRIOR_SHEET, sheet: outcome.prior.sheet })}`);
  } else if (outcome.carried) lines.push(m(lang, "doc.carried", { n: outcome.carried, sheet: PRIOR_SHEET }));
  const src = outcome.rulesSource;
  lines.push(
    src.from === "file"
      ? m(lang, "sum.rulesFrom.file", { file: src.file })
      : m(lang, src.from === "sheet" ? "sum.rulesFrom.sheet" : "sum.rulesFrom.default", { sheet: RULES_SHEET }),
  );
  if (outcome.converted !== undefined)
    lines.push(
      m(lang, "sum.converted", { file: outcome.inputFile, format: m(lang, `format.${outcome.converted}` as const) }),
    );
  lines.push(m(lang, "sum.output", { file: outcome.outPath }));
  if (jsonFile) lines.push(m(lang, "sum.json", { file: jsonFile }));
  return lines.join("\n");
}

/** What a document step made, in a few lines. */
export function documentText(outcome: DocumentOutcome, lang: Lang, jsonFile?: string): string {
  const { result, draw } = outcome;
  const lines = [m(lang, "doc.made", { name: outcome.document.name, sheet: outcome.sheet })];
  if (draw) {
    const share = `${Math.round(draw.share * 1000) / 10}%`;
    const listed = draw.claimants.length + draw.drawn.length;
    const figures = { listed, claimants: draw.claimants.length, drawn: draw.drawn.length, share, seed: draw.seed };
    lines.push(m(lang, "doc.draw", { ...figures, total: draw.total, required: draw.required }));
  }
  if (outcome.verb === "recommend") lines.push(m(lang, "doc.recommend", { n: recommendedRows(result).length }));
  if (outcome.verb === "notice") lines.push(m(lang, "doc.notice", { n: confirmedRows(result).length }));
  if (outcome.verb === "payments") lines.push(m(lang, "doc.payments", { n: paymentRows(result).length }));
  if (outcome.carried) lines.push(m(lang, "doc.carried", { n: outcome.carried, sheet: PRIOR_SHEET }));
  lines.push(m(lang, "doc.output", { file: outcome.outPath }));
  if (jsonFile) lines.push(m(lang, "sum.json", { file: jsonFile }));
  return lines.join("\n");
}
