// The summary of one run: counts per tier and status, money, skipped rows, notices. Rendering only.

import { t } from "../core/messages";
import { STATUSES } from "../core/summary";
import type { Fill, Lang } from "../core/types";
import type { RunView } from "../host";
import { formatYuan } from "../core/text";
import { el } from "./dom";
import { pt } from "./messages";

const FILL_CLASS: Record<Fill, string> = { green: "fill-green", amber: "fill-amber", red: "fill-red" };

/** "-100,000 元" / "-¥100,000": the sign goes before the currency sign in English. */
export function money(lang: Lang, amount: number): string {
  const text = pt(lang, "yuan", { amount: formatYuan(Math.abs(amount)) });
  return amount < 0 ? "-" + text : text;
}

function statRow(label: Node | string, value: string, className?: string, valueClass?: string): HTMLElement {
  return el("tr", { class: className }, [
    el("th", { scope: "row" }, [label]),
    el("td", { class: valueClass }, [value]),
  ]);
}

function badge(text: string, fill: Fill): HTMLElement {
  return el("span", { class: "badge " + FILL_CLASS[fill] }, [text]);
}

function tierTable(result: RunView, lang: Lang): HTMLElement {
  const by = result.summary.byTier;
  const rows = [
    statRow(badge(t(lang, "tier1"), "green"), String(by["1"])),
    statRow(badge(t(lang, "tier2"), "amber"), String(by["2"])),
    statRow(badge(t(lang, "tier3"), "red"), String(by["3"])),
  ];
  if (by.none > 0) rows.push(statRow(t(lang, "noTier"), String(by.none)));
  return el("table", { class: "stats", "data-testid": "by-tier" }, [
    el("caption", { class: "h3" }, [pt(lang, "byTier")]),
    el("tbody", undefined, rows),
  ]);
}

function statusTable(result: RunView, lang: Lang): HTMLElement {
  const rows = STATUSES.filter((s) => result.summary.byStatus[s] > 0).map((s) =>
    el("tr", { "data-status": s }, [
      el("th", { scope: "row" }, [t(lang, ("status." + s) as "status.met")]),
      el("td", undefined, [String(result.summary.byStatus[s])]),
    ]),
  );
  return el("table", { class: "stats", "data-testid": "by-status" }, [
    el("caption", { class: "h3" }, [pt(lang, "byStatus")]),
    el("tbody", undefined, rows),
  ]);
}

function totalsTable(result: RunView, lang: Lang): HTMLElement {
  const s = result.summary;
  return el("table", { class: "stats", "data-testid": "totals" }, [
    el("tbody", undefined, [
      statRow(pt(lang, "rows"), String(s.rows), "total"),
      statRow(pt(lang, "skipped"), String(s.skipped)),
      statRow(pt(lang, "rewards"), money(lang, s.rewards), undefined, "money-reward"),
      statRow(pt(lang, "fines"), money(lang, s.fines), undefined, s.fines < 0 ? "money-fine" : undefined),
    ]),
  ]);
}

function noticeList(result: RunView, lang: Lang): HTMLElement | null {
  if (result.notices.length === 0) return null;
  return el("div", { "data-testid": "notices" }, [
    el("h3", { class: "h3" }, [pt(lang, "noticesHeading")]),
    el(
      "ul",
      { class: "notices" },
      result.notices.map((n) => el("li", undefined, [n])),
    ),
  ]);
}

export interface SummaryOptions {
  rulesCreated: boolean;
}

export function renderSummary(result: RunView, lang: Lang, options: SummaryOptions): HTMLElement {
  return el("div", { class: "summary", "data-testid": "summary" }, [
    el("h2", { class: "h2", id: "summary-heading" }, [pt(lang, "summaryHeading", { sheet: result.sheet })]),
    options.rulesCreated ? el("p", { class: "hint" }, [pt(lang, "rulesCreated")]) : null,
    totalsTable(result, lang),
    tierTable(result, lang),
    statusTable(result, lang),
    noticeList(result, lang),
  ]);
}
