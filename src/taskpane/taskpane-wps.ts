// The task pane's entry in the WPS 表格 add-in (webpack.wps.config.js): the same page and pane as in Excel,
// started over the WPS adapter (src/wps/pane-host.ts) on the `Application` WPS gives its pages. The
// sections only the Excel add-in has (考核年度, 乡级申报) give way to one line saying where they are. The
// ribbon's runs are shown as they come, as in Excel.
// This file and nothing else of src/taskpane imports src/wps; nothing it reaches imports src/excel.

import type { Lang } from "../core/types";
import { etApplication } from "../wps/classify";
import { wpsLang } from "../wps/command";
import { wt } from "../wps/messages";
import { watchRuns } from "../wps/handover";
import { wpsPaneHost } from "../wps/pane-host";
import { setLastRun } from "../state/last-run";
import type { Pane, Sections } from "./app";
import { startPane } from "./app";
import { byId, el, setText, show } from "./dom";

function excelOnly(pane: Pane): Sections {
  const forms = byId("forms");
  const note = el("p", { id: "excel-only", class: "section hint" }, []);
  forms.parentNode!.insertBefore(note, forms);
  show(forms, false);
  show(byId("year"), false);
  // The undo note speaks of Excel; WPS's own answer is not known.
  const undo = byId("undo-note").getElementsByTagName("p")[0];
  const relabel = () => {
    setText(note, wt(pane.lang, "pane.excelOnly"));
    setText(undo, wt(pane.lang, "pane.undoNote"));
  };
  relabel();
  return { relabel };
}

function showNoHost(): void {
  show(byId("app"), false);
  setText(byId("offline-title"), wt("zh", "pane.title") + " / " + wt("en", "pane.title"));
  const both: Lang[] = ["zh", "en"];
  for (const lang of both) setText(byId("offline-" + lang), wt(lang, "pane.noHost"));
  show(byId("offline"), true);
}

function boot(): void {
  show(byId("boot"), false);
  const app = etApplication();
  if (!app) {
    showNoHost();
    return;
  }
  startPane(wpsPaneHost(app), wpsLang(), excelOnly);
  // The ribbon's 分类 runs in another page: its runs come through PluginStorage (handover.ts).
  watchRuns(app, (run) => setLastRun({ outcome: run.outcome, lang: run.lang, at: new Date(run.at), source: "ribbon" }));
}

boot();
