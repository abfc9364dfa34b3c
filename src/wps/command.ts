// What the ribbon's two buttons do, apart from the ribbon's own wiring (ribbon.ts): 分类 runs the
// classification and tells the user what happened; 分类窗格 opens the task pane page.
import { pickLang } from "../core";
import type { Lang } from "../core/types";
import { classifyActiveSheet, WpsRunReport } from "./classify";
import type { EtApplication, EtTaskPane } from "./et";
import { handRun } from "./handover";
import { wt } from "./messages";

/** The pane's language choice (the same localStorage key as the Excel add-in's), else the browser's, else zh. */
export function wpsLang(): Lang {
  try {
    const stored =
      typeof window !== "undefined" && window.localStorage ? window.localStorage.getItem("township-tiers.lang") : null;
    if (stored === "zh" || stored === "en") return stored;
  } catch {
    // storage disabled: fall through
  }
  const nav = typeof navigator !== "undefined" ? navigator.language : undefined;
  return nav ? pickLang(nav) : "zh";
}

/** The most problem lines one message lists; the rest are in the reasons column. */
const LISTED = 10;

/** What the user reads after 分类: null when the run went through without a problem (the status bar says so). */
export function reportText(report: WpsRunReport, lang: Lang): string | null {
  if (!report.ok) return report.message;
  const { result } = report;
  const lines: string[] = [];
  if (result.problems.length > 0) {
    lines.push(wt(lang, "problems", { rows: result.summary.rows, count: result.problems.length }));
    for (const row of result.problems.slice(0, LISTED)) for (const e of row.errors) lines.push(e.message);
    if (result.problems.length > LISTED) lines.push(wt(lang, "more", { count: result.problems.length - LISTED }));
  }
  if (result.notices.length > 0) lines.push(...result.notices);
  if (!report.chart) lines.push(wt(lang, "noChart"));
  return lines.length > 0 ? lines.join("\n") : null;
}

export interface CommandHost {
  app: EtApplication;
  lang: Lang;
  /** The page's alert (WPS shows it as a modal box); tests record it. */
  alert(text: string): void;
  runAt?: Date;
}

/** Problems worth opening the pane for, as in Excel: a failure, or any bad cell. */
export function needsAttention(report: WpsRunReport): boolean {
  return !report.ok || report.result.problems.length > 0;
}

/**
 * 分类: classify the active sheet. Every run is handed to the task pane (handover.ts); a failure or problems
 * open the pane, as the Excel add-in's ribbon does, or, given no pane URL or a WPS without task panes,
 * go in a box; a clean run goes on the status bar.
 */
export function classifyCommand(host: CommandHost, paneUrl?: string): WpsRunReport {
  const report = classifyActiveSheet({ lang: host.lang, app: host.app, runAt: host.runAt });
  const handed = handRun(host.app, report, host.lang, host.runAt || new Date());
  if (handed && paneUrl && needsAttention(report) && paneShown(host, paneUrl)) return report;
  const text = reportText(report, host.lang);
  if (text !== null) host.alert(text);
  else if (report.ok) {
    try {
      host.app.StatusBar = wt(host.lang, "done", { rows: report.result.summary.rows, sheet: report.sheet });
    } catch {
      // no status bar in this WPS: the written cells say it
    }
  }
  return report;
}

const PANE_KEY = "township-tiers.pane";

/**
 * 分类窗格: the task pane, made once and then shown or hidden. The documentation spells the method
 * CreateTaskPane and CreateTaskpane (WPS-NOTES §6 question 6): whichever exists is used. PluginStorage
 * may give the stored ID back as a number or a string (question 7): Number() takes both.
 */
export function togglePane(host: CommandHost, url: string): EtTaskPane | null {
  const existing = madePane(host.app);
  if (existing) {
    existing.Visible = !existing.Visible;
    return existing;
  }
  const pane = createPane(host, url);
  if (!pane) host.alert(wt(host.lang, "noPane"));
  return pane;
}

/** The pane shown, made first if need be; null in a WPS without task panes. */
export function showPane(host: CommandHost, url: string): EtTaskPane | null {
  const pane = madePane(host.app) || createPane(host, url);
  if (pane) pane.Visible = true;
  return pane;
}

/** showPane, false where it fails: the run is then told in a box. */
function paneShown(host: CommandHost, url: string): boolean {
  try {
    return showPane(host, url) !== null;
  } catch (e) {
    console.error("township-tiers: the task pane did not open", e);
    return false;
  }
}

function madePane(app: EtApplication): EtTaskPane | null {
  const storage = app.PluginStorage;
  const stored = storage ? storage.getItem(PANE_KEY) : null;
  return stored !== null && stored !== undefined && app.GetTaskPane ? app.GetTaskPane(Number(stored)) : null;
}

function createPane(host: CommandHost, url: string): EtTaskPane | null {
  const { app } = host;
  const storage = app.PluginStorage;
  const create = app.CreateTaskPane || app.CreateTaskpane;
  if (!create) return null;
  const pane = create.call(app, url, wt(host.lang, "pane.title"));
  try {
    pane.DockPosition = 2; // msoCTPDockPositionRight
  } catch {
    // docking is the host's choice where it cannot be set
  }
  pane.Visible = true;
  if (storage) storage.setItem(PANE_KEY, pane.ID);
  return pane;
}
