// The task pane's entry: wait for Office, then start the pane. If Office never answers (the CDN
// is blocked, the page was opened outside Office), say so in both languages instead of a blank page.

import { byId, setText, show } from "./dom";
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
    startPane();
  });
}

boot();
