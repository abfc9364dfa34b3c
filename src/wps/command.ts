// What the ribbon's two buttons do, apart from the ribbon's own wiring (ribbon.ts): 分类 runs the
// classification and tells the user what happened; 分类窗格 opens the task pane page.
import { pickLang } from "../core";
import type { Lang } from "../core/types";
import { classifyActiveSheet, WpsRunReport } from "./classify";
import type { EtApplication, EtTaskPane } from "./et";
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

/** 分类: classify the active sheet; a failure or problems in a box, a clean run on the status bar. */
export function classifyCommand(host: CommandHost): WpsRunReport {
  const report = classifyActiveSheet({ lang: host.lang, app: host.app, runAt: host.runAt });
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
  const { app } = host;
  const storage = app.PluginStorage;
  const stored = storage ? storage.getItem(PANE_KEY) : null;
  const existing = stored !== null && stored !== undefined && app.GetTaskPane ? app.GetTaskPane(Number(stored)) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return existing;
  }
  const create = app.CreateTaskPane || app.CreateTaskpane;
  if (!create) {
    host.alert(wt(host.lang, "noPane"));
    return null;
  }
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
