// Stands in for WPS in the e2e browser: the ET simulator (test/wps/sim) on the workbook the test put in
// window.__TT_WPS__, installed as window.Application (and wps) before the WPS pane's script runs, as WPS
// gives its add-in pages. The test reads the workbook back through window.__ttEt.

import { createEt, newBook, sheetFromGrid, SimHost, SimOptions, SimValue } from "../wps/sim";

export interface WpsE2EConfig {
  sheets: { name: string; values: (SimValue | null)[][]; formats?: string[][] }[];
  active?: string;
  options?: Partial<SimOptions>;
}

interface WpsE2EWindow {
  __TT_WPS__?: WpsE2EConfig;
  __ttEt?: SimHost;
}

const w = window as unknown as WpsE2EWindow;
const config = w.__TT_WPS__;
if (!config) throw new Error("e2e: window.__TT_WPS__ is not set");

const sheets = config.sheets.map((s) => sheetFromGrid(s.name, s.values, s.formats));
const active = Math.max(
  0,
  sheets.findIndex((s) => s.name === config.active),
);
const host = createEt(newBook(sheets, active), config.options || {});
host.install();
w.__ttEt = host;
