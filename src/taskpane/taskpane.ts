// The task pane's entry in the Excel add-in: wait for Office, then start the pane over the Office.js
// adapter (the host seam, src/host: the adapter's functions as they are). If Office never answers (the
// CDN is blocked, the page was opened outside Office), say so in both languages instead of a blank page.

import type { PaneHost } from "../host";
import { classifyActiveSheet, detectCapabilities, listSheets, ownSheet, selectCell } from "../excel";
import type { Capabilities } from "../excel";
import { currentLang } from "../state/lang-pref";
import { byId, setText, show } from "./dom";
import { excelSections } from "./excel-sections";
import { pt } from "./messages";
import { startPane } from "./app";

const OFFICE_TIMEOUT_MS = 10000;

function showOffline(): void {
  show(byId("boot"), false);
  show(byId("app"), false);
  setText(byId("offline-zh"), pt("zh", "offlineBody"));
  setText(byId("offline-en"), pt("en", "offlineBody"));
  show(byId("offline"), true);
}

/** Excel as the pane's host. The rarer actions load on their first click (webpack.config.js). */
function excelHost(): PaneHost<Capabilities> {
  return {
    caps: detectCapabilities(),
    classifyActiveSheet,
    selectCell,
    listSheets,
    ownSheet,
    sheetActions: () => import("../excel/sheets"),
    sample: () => import("../excel/sample-sheet"),
    columnNaming: () => import("../excel/name-columns"),
  };
}

function boot(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    showOffline();
    return;
  }
  let started = false;
  const timer = setTimeout(() => {
    if (!started) showOffline();
  }, OFFICE_TIMEOUT_MS);
  Office.onReady(() => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    show(byId("offline"), false);
    show(byId("boot"), false);
    startPane(excelHost(), currentLang(), excelSections);
  });
}

boot();
