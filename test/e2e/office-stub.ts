// Stands in for office.js in the e2e browser: installs the Excel host simulator (test/excel/sim)
// on the workbook the test put in window.__TT_E2E__, plus the bits of Office the pane and the
// ribbon command touch (actions.associate, addin.showAsTaskpane), recorded for assertions.

import { createSimHost, newWorkbook, sheetFromGrid, SimHost, SimValue } from "../excel/sim";

export interface E2ESheet {
  name: string;
  values: (SimValue | null)[][];
  formats?: string[][];
}

export interface E2EConfig {
  sheets: E2ESheet[];
  displayLanguage: string;
  profile?: "vl2016" | "vl2019" | "m365";
  active?: string;
  /** Office.context.diagnostics.platform ("PC", "Mac", "OfficeOnline"); absent: no diagnostics, as in older hosts. */
  platform?: string;
}

type Handler = (event: { completed: () => void }) => unknown;

interface E2EWindow {
  __TT_E2E__?: E2EConfig;
  __ttSim?: SimHost;
  __ttActions: Record<string, Handler>;
  __ttShown: number;
}

const w = window as unknown as E2EWindow;
const config = w.__TT_E2E__;
if (!config) throw new Error("e2e: window.__TT_E2E__ is not set");

const workbook = newWorkbook(config.sheets.map((s) => sheetFromGrid(s.name, s.values, s.formats)));
const active = config.active;
if (active) workbook.active = workbook.sheets.filter((s) => s.name === active)[0] || workbook.active;

const host = createSimHost({ workbook, profile: config.profile, displayLanguage: config.displayLanguage });
host.install();
w.__ttSim = host;
w.__ttActions = {};
w.__ttShown = 0;

const office = host.Office as Record<string, unknown>;
if (config.platform) (office.context as Record<string, unknown>).diagnostics = { platform: config.platform };
office.actions = {
  associate: (id: string, handler: Handler) => {
    w.__ttActions[id] = handler;
  },
};
office.addin = {
  showAsTaskpane: () => {
    w.__ttShown++;
    return Promise.resolve();
  },
};
