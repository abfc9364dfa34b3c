// The pane's sections only the Excel add-in has (the WPS pane says where to find them): 乡级申报 and
// 考核年度. Wired by the Excel entry (taskpane.ts); each loads its view and the adapter's steps on first use.

import type { Capabilities } from "../excel/capabilities";
import { act, classify, Pane, reportError, Sections } from "./app";
import { byId } from "./dom";
import { selectedSheet } from "./sheets";

/** 乡级申报: the section's view, texts and .xlsx readers load on first use; it shows its outcomes itself. */
function wireForms(pane: Pane<Capabilities>): void {
  const view = () => import("./forms-view");
  const formsPane = () => ({
    lang: pane.lang,
    caps: pane.host.caps,
    sheetName: selectedSheet(),
    run: (work: () => Promise<void>) => void act(pane, () => work().then(() => ({ ok: true as const }))),
  });
  byId("forms-out").addEventListener(
    "click",
    () => void act(pane, () => view().then((v) => v.formsOut(formsPane()).then(() => ({ ok: true as const })))),
  );
  const input = byId<HTMLInputElement>("forms-files");
  input.addEventListener("change", () => {
    const picked = input.files;
    if (!picked || !picked.length) return;
    const done = () => void (input.value = ""); // the same files picked again are a new collection
    void act(pane, () => view().then((v) => v.formsBack(formsPane(), picked).then(() => ({ ok: true as const })))).then(
      done,
    );
  });
}

/** 考核年度: the first click on its heading loads the section (year-section.ts), which opens and closes it from then on. */
export function excelSections(pane: Pane<Capabilities>): Sections {
  wireForms(pane);
  let year: Sections | null = null;
  let loading = false;
  byId("year-open").addEventListener("click", () => {
    if (loading) return;
    loading = true;
    void import("./year-section").then(
      (m) => {
        year = m.openYear(pane, act, classify);
      },
      (err) => {
        loading = false;
        reportError(pane)(err);
      },
    );
  });
  return { relabel: () => year && year.relabel() };
}
