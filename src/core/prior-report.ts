// Last year's tiers as lines a person reads (CLI output, the pane's notices): what matched, what
// matched only after normalising, what differs, what was not carried and what matched nothing.

import { tierLabel } from "./documents";
import { t } from "./messages";
import type { MessageKey } from "./messages";
import { listText, yt } from "./year-messages";
import type { NamedRow, PriorMatch, PriorTiers } from "./prior";
import type { Lang } from "./types";

function name(lang: Lang, r: NamedRow | PriorMatch): string {
  const lastYear = "lastYear" in r && r.lastYear;
  return yt(lang, lastYear ? "prior.lastName" : "prior.name", { cell: r.cell, name: r.township });
}

/** One line per kind of finding, in the run's language; kinds with nothing to say are left out. */
export function priorReport(p: PriorTiers, lang: Lang): string[] {
  const lines = [yt(lang, "prior.summary", { sheet: p.sheet, matched: p.matches.length })];
  const add = (items: string[], key: Parameters<typeof yt>[1], extra?: Record<string, string>) => {
    if (items.length) lines.push(yt(lang, key, { ...extra, list: listText(lang, items) }));
  };
  add(
    p.normalised.map((m) =>
      yt(lang, "prior.pair", { cell: m.cell, name: m.township, lastCell: m.last.cell, lastName: m.last.township }),
    ),
    "prior.normalised",
  );
  add(
    p.differences.map((d) =>
      yt(lang, "prior.diff", {
        cell: d.sheetCell,
        name: d.township,
        sheet: tierLabel(d.sheetTier, lang),
        last: tierLabel(d.tier, lang),
      }),
    ),
    "prior.differs",
  );
  for (const status of ["pending", "disqualified", "falsified"] as const) {
    const items = p.unconfirmed.filter((m) =>
      status === "falsified"
        ? m.last.status !== "pending" && m.last.status !== "disqualified"
        : m.last.status === status,
    );
    for (const tier of [1, 2, 3] as const) {
      const those = items.filter((m) => m.tier === tier).map((m) => name(lang, m));
      const label = status === "falsified" ? t(lang, "column.falsified") : t(lang, ("status." + status) as MessageKey);
      add(those, "prior.unconfirmed", { status: label, tier: tierLabel(tier, lang) });
    }
  }
  add(
    p.invalid.map((m) => name(lang, m)),
    "prior.invalid",
  );
  add(
    p.duplicates.map((r) => name(lang, r)),
    "prior.duplicate",
  );
  add(
    p.unmatched.map((r) => name(lang, r)),
    "prior.unmatched",
  );
  add(
    p.unmatchedLast.map((r) => name(lang, r)),
    "prior.unmatchedLast",
  );
  return lines;
}
