// Shows one run in the pane: the status sentence (live region), then the summary and the
// problem list, or the failure message. Used for runs from the pane and from the ribbon alike.

import type { Lang } from "../core/types";
import type { LastRun } from "../state/last-run";
import { append, byId, clear, show } from "./dom";
import { pt } from "./messages";
import type { PickedName } from "./name-columns-view";
import { collectProblems, renderProblems } from "./problems-view";
import { showStatus } from "./status";
import { renderSummary } from "./summary-view";

// Counts what the section showed; the picker, loaded on demand, appears only if nothing came since.
let shown = 0;

export function renderRun(
  run: LastRun,
  lang: Lang,
  onSelect: (sheet: string, cell: string) => void,
  onName?: (names: PickedName[]) => void,
): void {
  const section = byId("results");
  clear(section);
  const mine = ++shown;
  const outcome = run.outcome;
  if (!outcome.ok) {
    showStatus(outcome.message, "error");
    // A required column not found: offer the sheet's unrecognised headers to name it by hand.
    const columns = outcome.columns;
    show(section, false);
    if (columns && onName) {
      void import("./name-columns-view").then(
        (view) => {
          if (mine !== shown) return;
          append(section, [view.renderNameColumns(columns, lang, onName)]);
          section.setAttribute("aria-labelledby", "name-heading");
          show(section, true);
        },
        (err) => console.error("township-tiers: the missing-column picker did not load", err),
      );
    }
    return;
  }
  const result = outcome.result;
  const problems = collectProblems(result).length;
  const sentence =
    problems === 0
      ? pt(lang, "doneClean", { rows: result.summary.rows })
      : pt(lang, "done", { rows: result.summary.rows, problems });
  showStatus(sentence, problems === 0 ? "ok" : "info");
  append(section, [
    renderSummary(result, lang, { rulesCreated: outcome.rulesCreated }),
    renderProblems(result, lang, (cell) => onSelect(outcome.sheet, cell)),
  ]);
  section.setAttribute("aria-labelledby", "summary-heading");
  show(section, true);
}

/** After Clear results the old summary would describe cells that are gone: take it away. */
export function hideRun(): void {
  shown++;
  const section = byId("results");
  clear(section);
  show(section, false);
}
