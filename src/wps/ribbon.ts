// The WPS add-in's entry (the bundle main.js loads): the callbacks ribbon.xml names, as globals. WPS
// resolves callback names to globals of the add-in's page and runs OnAddinLoad first. Every callback is
// synchronous and returns at once: async callbacks broke the ribbon in some builds (WPS-NOTES §1, §4).
import type { EtApplication } from "./et";
import { etApplication } from "./classify";
import { classifyCommand, togglePane, wpsLang } from "./command";
import { wt, WpsMessageKey } from "./messages";

/** The task pane page's absolute URL, set by webpack.wps.config.js (DefinePlugin) from --env url / pane. */
declare const TIERS_WPS_PANE_URL: string;

export const BUTTONS = { classify: "ttClassify", pane: "ttPane" } as const;

interface Control {
  Id: string;
}

interface RibbonUi {
  InvalidateControl?(id: string): void;
  Invalidate?(): void;
}

let ribbonUi: RibbonUi | null = null;

function paneUrl(): string {
  return typeof TIERS_WPS_PANE_URL === "string" ? TIERS_WPS_PANE_URL : "taskpane.html";
}

function host(app: EtApplication) {
  return { app, lang: wpsLang(), alert: (text: string) => window.alert(text) };
}

const LABELS: Record<string, WpsMessageKey> = {
  ttTab: "ribbon.tab",
  ttGroup: "ribbon.group",
  [BUTTONS.classify]: "ribbon.classify",
  [BUTTONS.pane]: "ribbon.pane",
};

const IMAGES: Record<string, string> = {
  [BUTTONS.classify]: "images/classify.png",
  [BUTTONS.pane]: "images/pane.png",
};

export const callbacks = {
  TiersOnLoad(ui: RibbonUi): boolean {
    ribbonUi = ui;
    return true;
  },
  TiersOnAction(control: Control): boolean {
    const app = etApplication();
    if (!app) return true;
    try {
      if (control.Id === BUTTONS.classify) classifyCommand(host(app), paneUrl());
      else if (control.Id === BUTTONS.pane) togglePane(host(app), paneUrl());
    } catch (e) {
      console.error("township-tiers: ribbon action failed", e);
    }
    return true;
  },
  TiersGetLabel(control: Control): string {
    const key = LABELS[control.Id];
    return key ? wt(wpsLang(), key) : "";
  },
  TiersGetImage(control: Control): string {
    return IMAGES[control.Id] || IMAGES[BUTTONS.classify];
  },
  TiersGetEnabled(): boolean {
    return true;
  },
};

/** The ribbon object WPS gave OnAddinLoad (null before it ran): for InvalidateControl after a language change. */
export function currentRibbon(): RibbonUi | null {
  return ribbonUi;
}

const target = window as unknown as Record<string, unknown>;
for (const name of Object.keys(callbacks)) target[name] = callbacks[name as keyof typeof callbacks];
