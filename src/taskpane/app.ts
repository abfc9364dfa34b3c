// The pane's wiring: find the controls, attach handlers, call the adapter, render what comes back.
// No domain logic here: the adapter and the core decide; this file only shows.

import type { Lang } from "../core/types";
import { Capabilities, classifyActiveSheet, detectCapabilities, selectCell } from "../excel";
import type { AddinRunReport, ClassifyOptions } from "../excel";
import { currentLang, readFlag, storeLang, writeFlag } from "../state/lang-pref";
import { getLastRun, LastRun, onLastRun, setLastRun } from "../state/last-run";
import { askConfirm, initConfirm } from "./confirm";
import { byId, show } from "./dom";
import { applyLabels } from "./labels";
import { PaneKey, pt } from "./messages";
import { hideRun, renderRun } from "./results";
import { refreshSheets, selectedSheet } from "./sheets";
import { showProgress, showStatus } from "./status";

export interface Pane {
  lang: Lang;
  caps: Capabilities;
}

export type Outcome = { ok: true } | { ok: false; code: string; message: string };

const PHASE_TEXT: Record<string, PaneKey> = {
  reading: "phaseReading",
  classifying: "phaseClassifying",
  writing: "phaseWriting",
};

const ACTION_BUTTONS = [
  "classify",
  "clear",
  "sample",
  "sample-first",
  "open-rules",
  "restore-rules",
  "refresh",
  "sheet",
  "forms-out",
  "forms-files",
];

function setBusy(busy: boolean): void {
  for (const id of ACTION_BUTTONS) {
    const node = byId<HTMLButtonElement>(id);
    node.disabled = busy;
  }
  const year = byId("year-body").querySelectorAll("button, select, input");
  for (let i = 0; i < year.length; i++) (year[i] as HTMLButtonElement).disabled = busy;
  byId("app").setAttribute("aria-busy", busy ? "true" : "false");
}

/** Runs one adapter action with the buttons disabled; reports failures in the status line. */
export async function act<T extends Outcome>(
  pane: Pane,
  work: () => Promise<T>,
  done?: (report: Extract<T, { ok: true }>) => void,
): Promise<void> {
  setBusy(true);
  showProgress(pt(pane.lang, "phaseWorking"));
  try {
    const outcome = await work();
    if (outcome.ok) {
      showStatus("");
      if (done) done(outcome as Extract<T, { ok: true }>);
    } else {
      showStatus(outcome.code === "busy" ? pt(pane.lang, "busy") : outcome.message, "error");
    }
  } catch (err) {
    // The adapter reports failures as values; anything thrown is a bug: show it, keep the details.
    console.error("township-tiers pane action failed", err);
    showStatus(pt(pane.lang, "errorPrefix") + String(err), "error");
  } finally {
    setBusy(false);
  }
}

/** Clear results and the 规则 sheet's actions: rarely used, so loaded on the first click (webpack.config.js). */
const sheetActions = () => import("../excel/sheets");

/** 开始分类, or another run shown the same way (`run`: the 考核年度 section's run with last year's tiers). */
export async function classify(
  pane: Pane,
  run: (options: ClassifyOptions) => Promise<AddinRunReport> = classifyActiveSheet,
): Promise<void> {
  setBusy(true);
  showProgress(pt(pane.lang, "phaseReading"));
  const lang = pane.lang;
  try {
    const outcome = await run({
      lang,
      caps: pane.caps,
      sheetName: selectedSheet(),
      onProgress: (phase) => {
        const key = PHASE_TEXT[phase];
        if (key) showProgress(pt(lang, key));
      },
    });
    if (!outcome.ok && outcome.code === "busy") {
      showStatus(pt(lang, "busy"), "error");
      return;
    }
    writeFlag("ran");
    show(byId("first-run"), false);
    setLastRun({ outcome, lang, at: new Date(), source: "pane" });
  } finally {
    setBusy(false);
  }
}

/** listSheets throws Excel's error; it is shown, with the details kept for the console. */
function reportError(pane: Pane): (err: unknown) => void {
  return (err) => {
    console.error("township-tiers pane", err);
    showStatus(pt(pane.lang, "errorPrefix") + String(err), "error");
  };
}

function showRun(pane: Pane, run: LastRun): void {
  renderRun(
    run,
    pane.lang,
    (sheet, cell) => {
      // Quick and frequent: no progress bar, and the run's sentence stays unless this fails.
      void selectCell(sheet, cell, pane.lang).then((report) => {
        if (!report.ok) showStatus(report.message, "error");
      }, reportError(pane));
    },
    (names) => {
      // The choices go into 规则 (表头名称); once saved, the same sheet is classified again.
      let saved = false;
      void act(
        pane,
        // The picker's module, already loaded to show the picker, holds the adapter's nameColumns too.
        () =>
          import("./name-columns-view").then((view) => view.nameColumns({ lang: pane.lang, caps: pane.caps, names })),
        () => (saved = true),
      ).then(() => (saved ? classify(pane) : undefined));
    },
  );
}

/** The 考核年度 section once opened (year-section.ts, loaded on demand). */
let year: { relabel(): void } | null = null;

function switchLanguage(pane: Pane): void {
  pane.lang = pane.lang === "zh" ? "en" : "zh";
  storeLang(pane.lang);
  applyLabels(pane.lang);
  if (year) year.relabel();
  showStatus("");
  const run = getLastRun();
  if (run) showRun(pane, run);
}

function wireButtons(pane: Pane): void {
  byId("lang").addEventListener("click", () => switchLanguage(pane));
  byId("classify").addEventListener("click", () => void classify(pane));
  byId("refresh").addEventListener("click", () => void refreshSheets(pane.lang).catch(reportError(pane)));
  const insertSample = () =>
    // Named "inserted", not "report": eslint-plugin-compat takes `report.sheet` for the Reporting API.
    act(
      pane,
      // Loaded on demand: the sample's cells are not part of what every run loads.
      () => import("../excel/sample-sheet").then((m) => m.insertSampleSheet({ lang: pane.lang, caps: pane.caps })),
      (inserted) => {
        writeFlag("ran");
        show(byId("first-run"), false);
        showStatus(pt(pane.lang, "sampleInserted", { sheet: inserted.sheet }), "ok");
        void refreshSheets(pane.lang, inserted.sheet).catch(reportError(pane));
      },
    );
  byId("sample").addEventListener("click", () => void insertSample());
  byId("sample-first").addEventListener("click", () => void insertSample());
  byId("open-rules").addEventListener(
    "click",
    () =>
      void act(
        pane,
        () => sheetActions().then((m) => m.activateRulesSheet({ lang: pane.lang, caps: pane.caps })),
        () => showStatus(pt(pane.lang, "rulesOpened"), "ok"),
      ),
  );
  byId("restore-rules").addEventListener("click", (event) => {
    void askConfirm(pt(pane.lang, "confirmRestore"), event.currentTarget as HTMLElement).then((ok) => {
      if (ok)
        return act(
          pane,
          () => sheetActions().then((m) => m.restoreDefaultRules({ lang: pane.lang, caps: pane.caps })),
          () => showStatus(pt(pane.lang, "rulesRestored"), "ok"),
        );
      return undefined;
    });
  });
  byId("clear").addEventListener("click", (event) => {
    const sheet = selectedSheet();
    const question = sheet ? pt(pane.lang, "confirmClear", { sheet }) : pt(pane.lang, "confirmClearActive");
    void askConfirm(question, event.currentTarget as HTMLElement).then((ok) => {
      if (ok)
        return act(
          pane,
          () => sheetActions().then((m) => m.clearResults({ lang: pane.lang, caps: pane.caps, sheetName: sheet })),
          () => {
            hideRun();
            showStatus(pt(pane.lang, "cleared"), "ok");
          },
        );
      return undefined;
    });
  });
  byId("undo-dismiss").addEventListener("click", () => {
    writeFlag("undoNoteSeen");
    show(byId("undo-note"), false);
    byId("classify").focus();
  });
}

/** 乡级申报: the section's view, texts and .xlsx readers load on first use; it shows its outcomes itself. */
function wireForms(pane: Pane): void {
  const view = () => import("./forms-view");
  const formsPane = () => ({
    lang: pane.lang,
    caps: pane.caps,
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
function wireYear(pane: Pane): void {
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
}

export function startPane(): void {
  const pane: Pane = { lang: currentLang(), caps: detectCapabilities() };
  applyLabels(pane.lang);
  initConfirm();
  wireButtons(pane);
  wireForms(pane);
  wireYear(pane);
  show(byId("first-run"), !readFlag("ran"));
  show(byId("undo-note"), !readFlag("undoNoteSeen"));
  show(byId("app"), true);
  // Runs started from the ribbon land here too (shared runtime), including one that opened the pane.
  onLastRun((run) => showRun(pane, run));
  const last = getLastRun();
  if (last) showRun(pane, last);
  void refreshSheets(pane.lang).catch(reportError(pane));
}
