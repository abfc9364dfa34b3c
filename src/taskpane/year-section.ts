// The pane's 考核年度 section (issue 15): one button per step of the rest of the year, each for the sheet
// picked above — last year's tiers from another sheet (then the usual run), and the four documents.
// Loaded when the section is first opened (excel-sections.ts): its view, texts, the adapter's steps and the core's
// document code are chunks of their own; last year's matching (opencc-js) is loaded by its button only.

import type { Capabilities } from "../excel/capabilities";
import { listSheets, ownSheet } from "../excel";
import { makeDocument } from "../excel/year-documents";
import type { DocumentStep } from "../excel/year-documents";
import type { act, classify, Pane } from "./app";
import { byId, clear, el, show } from "./dom";
import { selectedSheet } from "./sheets";
import { showStatus } from "./status";
import { YearKey, yp } from "./year-section-messages";

const DOCUMENTS: [DocumentStep, YearKey][] = [
  ["recommend", "recommend"],
  ["notice", "notice"],
  ["payments", "payments"],
];

export interface YearSection {
  relabel(): void;
}

/**
 * Opens the section under its heading, which opens and closes it from then on. `act` and `classify` are
 * the pane's (app.ts): an action with the buttons disabled and failures in the status line; 开始分类 with
 * another run function (progress, results and problem list as usual).
 */
export function openYear(pane: Pane<Capabilities>, run: typeof act, classifyWith: typeof classify): YearSection {
  const toggle = byId("year-open");
  const body = byId("year-body");
  let report: string[] = [];
  let last = "";
  let seed = "";

  const button = (id: string, key: YearKey, onClick: () => void) => {
    const b = el("button", { type: "button", id, class: "btn" }, [yp(pane.lang, key)]);
    b.addEventListener("click", onClick);
    return b;
  };
  const makeStep = (step: DocumentStep) => () =>
    void run(
      pane,
      () => makeDocument({ lang: pane.lang, caps: pane.host.caps, sheetName: selectedSheet(), step, seed }),
      (made) => {
        const key = made.seed === undefined ? "made" : "madeReview";
        const params = { sheet: made.sheet, source: made.source, count: made.count, seed: made.seed || 0 };
        showStatus(yp(pane.lang, key, params), "ok");
      },
    );
  const runPrior = () => {
    if (!last) {
      showStatus(yp(pane.lang, "pickLast"), "error");
      byId("year-last").focus();
      return;
    }
    report = [];
    void classifyWith(pane, (options) =>
      import("../excel/year-prior").then((m) =>
        m.classifyWithLastYear({ ...options, lastSheet: last }).then((r) => {
          report = r.report;
          return r.run;
        }),
      ),
    ).then(render);
  };

  const lastSheets = el("select", { id: "year-last", class: "select" }, []) as HTMLSelectElement;
  lastSheets.addEventListener("change", () => (last = lastSheets.value));
  const fillSheets = (names: string[]) => {
    clear(lastSheets);
    lastSheets.appendChild(el("option", { value: "" }, [yp(pane.lang, "lastNone")]));
    for (const name of names) lastSheets.appendChild(el("option", { value: name }, [name]));
    lastSheets.value = names.indexOf(last) >= 0 ? last : "";
    last = lastSheets.value;
  };
  let names: string[] = [];
  const refresh = () =>
    listSheets().then(
      (all) => {
        names = all.filter((n) => !ownSheet(n));
        fillSheets(names);
      },
      (err) => console.error("township-tiers: the sheets were not listed", err),
    );

  function render(): void {
    const lang = pane.lang;
    clear(body);
    const seedInput = el(
      "input",
      { id: "year-seed", class: "select", type: "text", inputmode: "numeric" },
      [],
    ) as HTMLInputElement;
    seedInput.value = seed;
    seedInput.addEventListener("input", () => (seed = seedInput.value));
    fillSheets(names);
    const lines = report.length
      ? el("div", { id: "year-report", role: "status" }, [
          el("h4", { class: "h3" }, [yp(lang, "reportHeading")]),
          el(
            "ul",
            { class: "notices" },
            report.map((line) => el("li", {}, [line])),
          ),
        ])
      : null;
    const children = [
      el("p", { class: "hint" }, [yp(lang, "hint")]),
      el("h3", { class: "h3" }, [yp(lang, "priorHeading")]),
      el("p", { class: "hint" }, [yp(lang, "priorHint")]),
      el("div", { class: "field" }, [el("label", { for: "year-last" }, [yp(lang, "lastLabel")]), lastSheets]),
      el("div", { class: "actions" }, [button("year-prior", "prior", runPrior)]),
      lines,
      el("h3", { class: "h3" }, [yp(lang, "reviewHeading")]),
      el("div", { class: "field" }, [el("label", { for: "year-seed" }, [yp(lang, "seedLabel")]), seedInput]),
      el("div", { class: "actions" }, [button("year-review", "review", makeStep("review"))]),
      el("h3", { class: "h3" }, [yp(lang, "docsHeading")]),
      el(
        "div",
        { class: "actions" },
        DOCUMENTS.map(([step, key]) => button("year-" + step, key, makeStep(step))),
      ),
    ];
    for (const child of children) if (child) body.appendChild(child);
    void refresh(); // the workbook's sheets may have changed since
  }

  const expand = (open: boolean) => {
    toggle.setAttribute("aria-expanded", String(open));
    show(body, open);
  };
  toggle.addEventListener("click", () => expand(toggle.getAttribute("aria-expanded") !== "true"));
  render();
  expand(true);
  return { relabel: render };
}
