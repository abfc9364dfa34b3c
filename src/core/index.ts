// The core's public API (docs/ARCHITECTURE.md). Front ends import from here only.

export * from "./types";
export { defaultRules, mergeRules, validateRules, INDICATOR_KEYS, MONEY_STATUSES } from "./rules";
export { findHeaderRow, HEADER_SEARCH_ROWS } from "./headers";
export { classifySheet } from "./run";
export { rulesSheet, readRulesSheet, RULES_SHEET } from "./rules-sheet";
export { summarySheet, SUMMARY_SHEET } from "./summary-sheet";
export { STATUSES } from "./summary";
export { resultJson } from "./json";
export type { ResultJson } from "./json";
export { sampleWorkbook } from "./sample";
export { t, pickLang } from "./messages";
export type { MessageKey } from "./messages";
export { TiersError, RulesError, SheetError } from "./errors";
export type { MissingColumns } from "./errors";
export type { NamedCell } from "./headers";
export { parseCell, isPercentFormat } from "./parse-cell";
export { columnsUsingFormats } from "./format-columns";
export { splitAmount } from "./split";
export { columnLetters, formatYuan, normalizeText } from "./text";
export { pageFooter, resultLayout, resultPageSetup, summaryPageSetup, textWidth, REASONS_WIDTH } from "./layout";
