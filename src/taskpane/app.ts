// The pane's wiring: find the controls, attach handlers, call the host, render what comes back.
// No domain logic here: the host's adapter and the core decide; this file only shows. The host (Excel
// or WPS, src/host) is passed in by the entry file of each build (taskpane.ts, taskpane-wps.ts).

import type { Lang } from "../core/types";
import type { ClassifyRequest, HostOptions, PaneHost } from "../host";
import { readFlag, storeLang, writeFlag } from "../state/lang-pref";
import { ClassifyOutcome, getLastRun, LastRun, onLastRun, setLastRun } from "../state/last-run";
import { askConfirm, initConfirm } from "./confirm";
import { byId, show } from "./dom";
import { applyLabels } from "./labels";
import { PaneKey, pt } from "./messages";
import { hideRun, renderRun } from "./results";
import { refreshSheets, selectedSheet } from "./sheets";
import { showProgress, showStatus } from "./status";

export interface Pane<C = unknown> {
  lang: Lang;
  host: PaneHost<C>;
}

/** What only one host's pane has (Excel: 考核年度, 乡级申报), wired by its entry file; relabelled on a language switch. */
export interface Sections {
  relabel(): void;
}

/** The language and the host's caps, which every host call takes. */
function options<C>(pane: Pane<C>): HostOptions<C> {
  return { lang: pane.lang, caps: pane.host.caps };
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

/** 开始分类, or another run shown the same way (`run`: the 考核年度 section's run with last year's tiers). */
export async function classify<C>(
  pane: Pane<C>,
  run?: (request: ClassifyRequest<C>) => Promise<ClassifyOutcome>,
): Promise<void> {
  setBusy(true);
  showProgress(pt(pane.lang, "phaseReading"));
  const lang = pane.lang;
  try {
    const request: ClassifyRequest<C> = {
      lang,
      caps: pane.host.caps,
      sheetName: selectedSheet(),
      onProgress: (phase) => {
        const key = PHASE_TEXT[phase];
        if (key) showProgress(pt(lang, key));
      },
    };
    const outcome = await (run ? run(request) : pane.host.classifyActiveSheet(request));
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

/** listSheets throws the host's error; it is shown, with the details kept for the console. */
export function reportError(pane: Pane): (err: unknown) => void {
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
      void pane.host.selectCell(sheet, cell, pane.lang).then((report) => {
        if (!report.ok) showStatus(report.message, "error");
      }, reportError(pane));
    },
    pane.host.columnNaming
      ? (names) => {
          // The choices go into 规则 (表头名称); once saved, the same sheet is classified again.
          let saved = false;
          void act(
            pane,
            () =>
              pane.host.columnNaming!().then((m) => m.nameColumns({ lang: pane.lang, caps: pane.host.caps, names })),
            () => (saved = true),
          ).then(() => (saved ? classify(pane) : undefined));
        }
      : undefined,
  );
}

function switchLanguage(pane: Pane, sections: Sections | undefined): void {
  pane.lang = pane.lang === "zh" ? "en" : "zh";
  storeLang(pane.lang);
  applyLabels(pane.lang);
  if (sections) sections.relabel();
  showStatus("");
  const run = getLastRun();
  if (run) showRun(pane, run);
}

function wireButtons(pane: Pane, sections: Sections | undefined): void {
  const host = pane.host;
  const refresh = (pick?: string) => void refreshSheets(host, pane.lang, pick).catch(reportError(pane));
  byId("lang").addEventListener("click", () => switchLanguage(pane, sections));
  byId("classify").addEventListener("click", () => void classify(pane));
  byId("refresh").addEventListener("click", () => refresh());
  const insertSample = () =>
    // Named "inserted", not "report": eslint-plugin-compat takes `report.sheet` for the Reporting API.
    act(
      pane,
      // Loaded on demand: the sample's cells are not part of what every run loads.
      () => host.sample().then((m) => m.insertSampleSheet(options(pane))),
      (inserted) => {
        writeFlag("ran");
        show(byId("first-run"), false);
        showStatus(pt(pane.lang, "sampleInserted", { sheet: inserted.sheet }), "ok");
        refresh(inserted.sheet);
      },
    );
  byId("sample").addEventListener("click", () => void insertSample());
  byId("sample-first").addEventListener("click", () => void insertSample());
  byId("open-rules").addEventListener(
    "click",
    () =>
      void act(
        pane,
        () => host.sheetActions().then((m) => m.activateRulesSheet(options(pane))),
        () => showStatus(pt(pane.lang, "rulesOpened"), "ok"),
      ),
  );
  byId("restore-rules").addEventListener("click", (event) => {
    void askConfirm(pt(pane.lang, "confirmRestore"), event.currentTarget as HTMLElement).then((ok) => {
      if (ok)
        return act(
          pane,
          () => host.sheetActions().then((m) => m.restoreDefaultRules(options(pane))),
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
          () => host.sheetActions().then((m) => m.clearResults({ lang: pane.lang, caps: host.caps, sheetName: sheet })),
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

/** Starts the pane over `host`; `sections` wires what only that host's pane has. */
export function startPane<C>(host: PaneHost<C>, lang: Lang, sections?: (pane: Pane<C>) => Sections): void {
  const pane: Pane<C> = { lang, host };
  applyLabels(pane.lang);
  initConfirm();
  const extra = sections ? sections(pane) : undefined;
  wireButtons(pane, extra);
  show(byId("first-run"), !readFlag("ran"));
  show(byId("undo-note"), !readFlag("undoNoteSeen"));
  show(byId("app"), true);
  // Runs started from the ribbon land here too (shared runtime), including one that opened the pane.
  onLastRun((run) => showRun(pane, run));
  const last = getLastRun();
  if (last) showRun(pane, last);
  void refreshSheets(host, pane.lang).catch(reportError(pane));
}
