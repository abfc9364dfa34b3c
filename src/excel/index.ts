// The Office.js adapter's public surface: the task pane and the ribbon command call these.
export { detectCapabilities } from "./capabilities";
export type { Capabilities, Requirements } from "./capabilities";
export { classifyActiveSheet } from "./classify";
export type { AddinRunReport, ClassifyOptions, Phase } from "./classify";
export {
  clearResults,
  insertSampleSheet,
  selectCell,
  listSheets,
  activateRulesSheet,
  restoreDefaultRules,
} from "./sheets";
export type { ActionOptions, ActionReport } from "./sheets";
export { nameColumns } from "./name-columns";
export type { ColumnName } from "./name-columns";
export type { AddinFailure } from "./errors";
export { isBusy } from "./session";
export { msg as excelMessage } from "./messages";
