// The Office.js adapter's public surface: the task pane and the ribbon command call these.
// The pane imports the rarer actions (sheets.ts, sample-sheet.ts, name-columns.ts) on demand, by
// module: with the adapter marked free of side effects (webpack.config.js) what the pane's first
// scripts do not use stays out of them.
export { detectCapabilities } from "./capabilities";
export type { Capabilities, Requirements } from "./capabilities";
export { classifyActiveSheet } from "./classify";
export type { AddinRunReport, ClassifyOptions, Phase } from "./classify";
export { selectCell, listSheets } from "./navigate";
export { clearResults, activateRulesSheet, restoreDefaultRules } from "./sheets";
export type { ActionOptions, ActionReport } from "./actions";
export { insertSampleSheet } from "./sample-sheet";
export { nameColumns } from "./name-columns";
export type { ColumnName } from "./name-columns";
export type { AddinFailure } from "./errors";
export { isBusy } from "./session";
export { ownSheet } from "./own-sheets";
export { msg as excelMessage } from "./messages";
