// The WPS 表格 adapter (ET object model): what tests and, in phase 2, the pane's host seam use.
// The ribbon entry is ribbon.ts (it sets globals, so it is not exported from here).
export { classifyActiveSheet, etApplication, whileWriting } from "./classify";
export type { WpsClassifyOptions, WpsRunReport } from "./classify";
export { classifyCommand, reportText, togglePane, wpsLang } from "./command";
export type { CommandHost } from "./command";
export { readSheet, readUsedValues, columnFormats } from "./read";
export { writeBlock, bgr, FILL_HEX } from "./write";
export { writeSheetOutput } from "./sheet-output";
export { drawChart, LINE_HEX } from "./chart";
export { OWN_SHEETS, findSheet, sheetNames } from "./sheets";
export { wt } from "./messages";
export type { WpsFailure } from "./errors";
export type * from "./et";
