// WPS 表格 as the task pane's host (the seam, src/host): the pane's calls answered over ET through this
// adapter. ET's calls are synchronous; the seam's are promises, each settled after the work is done, and
// every failure comes back as a value in the user's language (errors.ts), as from the Office.js adapter.
import type { Lang } from "../core/types";
import type { HostReport, PaneHost, SheetActions } from "../host";
import { classifyActiveSheet } from "./classify";
import type { EtApplication } from "./et";
import { toFailure } from "./errors";
import { nameColumns } from "./name-columns";
import { activateRulesSheet, clearResults, insertSampleSheet, restoreDefaultRules, selectCell } from "./pane-actions";
import { ownSheet, sheetNames } from "./sheets";

/** WPS needs nothing handed back with each call: the Application is the host's own. */
export type WpsCaps = null;

function settled<T extends object>(lang: Lang, work: () => T): Promise<HostReport<T>> {
  try {
    return Promise.resolve({ ok: true as const, ...work() });
  } catch (e) {
    return Promise.resolve(toFailure(e, lang));
  }
}

/** A macrotask first, so the pane paints its progress line before ET holds the page for the run. */
function later<T>(work: () => T): Promise<T> {
  return new Promise((done) => setTimeout(() => done(work()), 0));
}

export function wpsPaneHost(app: EtApplication): PaneHost<WpsCaps> {
  const actions: SheetActions<WpsCaps> = {
    clearResults: (o) => settled(o.lang, () => clearResults(app, o)),
    activateRulesSheet: (o) => settled(o.lang, () => activateRulesSheet(app, o.lang)),
    restoreDefaultRules: (o) => settled(o.lang, () => restoreDefaultRules(app, o.lang)),
  };
  return {
    caps: null,
    classifyActiveSheet: (o) =>
      later(() => {
        const report = classifyActiveSheet({ lang: o.lang, sheetName: o.sheetName, app });
        if (o.onProgress) o.onProgress("done");
        return report;
      }),
    selectCell: (sheet, address, lang) => settled(lang, () => (selectCell(app, sheet, address), {})),
    listSheets: () => {
      const book = app.ActiveWorkbook;
      return Promise.resolve(book ? sheetNames(book) : []);
    },
    ownSheet,
    sheetActions: () => Promise.resolve(actions),
    sample: () => Promise.resolve({ insertSampleSheet: (o) => settled(o.lang, () => insertSampleSheet(app)) }),
    columnNaming: () => Promise.resolve({ nameColumns: (o) => settled(o.lang, () => nameColumns(app, o)) }),
  };
}
