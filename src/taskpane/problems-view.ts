// The list of bad cells. Each entry is a real <button>, so click, Enter and Space all select the
// cell, and keyboard users reach every entry with Tab.

import type { CellIssue, Lang } from "../core/types";
import type { RunView } from "../host";
import { el } from "./dom";
import { pt } from "./messages";

/** Enough to act on; a sheet with thousands of bad cells needs fixing at the source, not scrolling. */
export const MAX_LISTED = 200;

export interface Problem {
  township: string;
  issue: CellIssue;
}

export function collectProblems(result: RunView): Problem[] {
  const out: Problem[] = [];
  for (const row of result.problems) {
    for (const issue of row.errors) out.push({ township: row.township, issue });
  }
  return out;
}

function problemButton(p: Problem): HTMLElement {
  return el("li", undefined, [
    el("button", { type: "button", class: "problem", "data-cell": p.issue.cell }, [
      p.township ? el("span", { class: "problem-cell" }, [p.township]) : null,
      p.issue.message,
    ]),
  ]);
}

/** Walks up from the clicked node to the entry (IE11 has no Element.closest). */
function cellOf(target: EventTarget | null, stop: Node): string | null {
  let node = target as Node | null;
  while (node && node !== stop) {
    if (node.nodeType === 1) {
      const cell = (node as Element).getAttribute("data-cell");
      if (cell) return cell;
    }
    node = node.parentNode;
  }
  return null;
}

export function renderProblems(result: RunView, lang: Lang, onSelect: (cell: string) => void): HTMLElement {
  const problems = collectProblems(result);
  if (problems.length === 0) {
    return el("p", { class: "card card-ok", "data-testid": "clean" }, [pt(lang, "clean")]);
  }
  const list = el(
    "ul",
    { class: "problems", "data-testid": "problems" },
    problems.slice(0, MAX_LISTED).map(problemButton),
  );
  list.addEventListener("click", (event) => {
    const cell = cellOf(event.target, list);
    if (cell) onSelect(cell);
  });
  const more = problems.length - MAX_LISTED;
  return el("div", { class: "section" }, [
    el("h2", { class: "h2", id: "problems-heading" }, [pt(lang, "problemsHeading", { count: problems.length })]),
    el("p", { class: "hint" }, [pt(lang, "problemHint")]),
    list,
    more > 0 ? el("p", { class: "hint" }, [pt(lang, "moreProblems", { count: more })]) : null,
  ]);
}
