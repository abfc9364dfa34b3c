// The ribbon's run handed to the task pane. In Excel both share one page; in WPS the ribbon's callbacks
// run in the add-in's own page (index.html) and the pane in another, and PluginStorage is the one object
// every page of the add-in shares (WPS-NOTES §3; not kept when WPS closes). The ribbon stores what the
// pane shows of each run (the summary and the problem list, never the whole result) as JSON text; the
// pane takes it when it starts and looks again every second.
import type { Lang } from "../core/types";
import type { HostRunReport } from "../host";
import type { WpsRunReport } from "./classify";
import type { EtApplication } from "./et";
import { wt } from "./messages";

const RUN_KEY = "township-tiers.run";
const WATCH_MS = 1000;

export interface HandedRun {
  lang: Lang;
  /** When the ribbon ran (ms since 1970). */
  at: number;
  outcome: HostRunReport;
}

function shown(report: WpsRunReport, lang: Lang): HostRunReport {
  if (!report.ok) return report;
  const { result } = report;
  const notices = report.chart ? result.notices : result.notices.concat([wt(lang, "noChart")]);
  return {
    ok: true,
    sheet: report.sheet,
    rulesCreated: report.rulesCreated,
    result: {
      sheet: result.sheet,
      summary: result.summary,
      problems: result.problems.map((p) => ({ township: p.township, errors: p.errors })),
      notices,
    },
  };
}

/** Stores the run for the pane; false where this WPS has no PluginStorage. */
export function handRun(app: EtApplication, report: WpsRunReport, lang: Lang, at: Date): boolean {
  const storage = app.PluginStorage;
  if (!storage) return false;
  const run: HandedRun = { lang, at: at.getTime(), outcome: shown(report, lang) };
  try {
    storage.setItem(RUN_KEY, JSON.stringify(run));
    return true;
  } catch (e) {
    console.warn("township-tiers: the run was not handed to the pane", e);
    return false;
  }
}

/**
 * Calls `show` with the stored run now, if there is one, and with every run stored after; returns the
 * function that stops watching.
 */
export function watchRuns(app: EtApplication, show: (run: HandedRun) => void): () => void {
  let seen: unknown = null;
  const look = () => {
    const storage = app.PluginStorage;
    const text = storage ? storage.getItem(RUN_KEY) : null;
    if (typeof text !== "string" || text === seen) return;
    seen = text;
    try {
      show(JSON.parse(text) as HandedRun);
    } catch (e) {
      console.error("township-tiers: the ribbon's run could not be shown", e);
    }
  };
  look();
  const timer = setInterval(look, WATCH_MS);
  return () => clearInterval(timer);
}
