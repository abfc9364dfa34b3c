// The live status line: progress while the adapter works, then one sentence about the outcome.
// It is the pane's aria-live region, so screen readers hear both.

import { byId, setText, show } from "./dom";

export type StatusKind = "info" | "ok" | "error";

export function showProgress(text: string): void {
  show(byId("progress"), true);
  const line = byId("status-text");
  line.className = "";
  setText(line, text);
}

export function showStatus(text: string, kind: StatusKind = "info"): void {
  show(byId("progress"), false);
  const line = byId("status-text");
  line.className = kind === "error" ? "status-error" : "";
  setText(line, text);
}
