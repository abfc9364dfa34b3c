// The last classification, shared by the ribbon command and the task pane. Both run in one page
// (shared runtime, one webpack runtime), so a module-level value is enough: no storage, no messages.

import type { Lang } from "../core/types";
import type { HostRunReport } from "../host";

/** A run of the host's classification (Office.js or WPS): what the pane shows. */
export type ClassifyOutcome = HostRunReport;

export interface LastRun {
  outcome: ClassifyOutcome;
  lang: Lang;
  at: Date;
  source: "ribbon" | "pane";
}

type Listener = (run: LastRun) => void;

let last: LastRun | null = null;
const listeners: Listener[] = [];

export function getLastRun(): LastRun | null {
  return last;
}

export function setLastRun(run: LastRun): void {
  last = run;
  for (const listener of listeners.slice()) listener(run);
}

/** Calls listener on every new run; returns the function that stops it. */
export function onLastRun(listener: Listener): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}
