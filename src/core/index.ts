// The core's public API (docs/ARCHITECTURE.md). Front ends import from here only, and from prior.ts
// (last year's tiers) where they need it.

export * from "./types";
export { defaultRules, mergeRules, validateRules, INDICATOR_KEYS, MONEY_STATUSES } from "./rules";
export { findHeaderRow, HEADER_SEARCH_ROWS } from "./headers";
export { classifySheet } from "./run";
export { rulesSheet, readRulesSheet, RULES_SHEET } from "./rules-sheet";
export { summarySheet, SUMMARY_SHEET } from "./summary-sheet";
export { STATUSES } from "./summary";
export { resultJson } from "./json";
export type { ResultJson } from "./json";
export { sampleCells, sampleSheetName, sampleWorkbook } from "./sample";
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
export { FORM_SHEET, FORM_MARKER_NAME, markerText, parseMarker, districtYear, nameKey } from "./forms";
export type { FormMarker } from "./forms";
export { districtForms, townshipForm, FORM_ROWS } from "./form-model";
export type { FormCell, FormSheet, FormValidation, TownshipForm } from "./form-model";
export { readReturnedFile } from "./form-read";
export type { FormIssue, FormRead, FormSource, NotForm, ReturnedFile } from "./form-read";
export { planCollection, changesToWrite } from "./form-plan";
export type { AcceptedForm, CellChange, CollectPlan, Convention, FileProblem } from "./form-plan";
export { collectRecords, readRecords, recordsSheet } from "./form-records";
export { RECORDS_SHEET } from "./records-name";
export type { CollectRecord } from "./form-records";
// The year's documents (issue 15). Last year's tiers are a separate entry, src/core/prior.ts, which
// front ends import directly (it loads opencc-js's dictionary).
export { classifiedRun, priorTiersOf, indicatorValues, yearOf } from "./documents";
export type { DocumentKey } from "./documents";
export { drawReview, mulberry32, parseSeed, requiredCount, seedFromTime, REVIEW_SHEET } from "./review-draw";
export type { ReviewDraw } from "./review-draw";
export { reviewSheet } from "./review-sheet";
export { recommendSheet, recommendedRows, RECOMMEND_SHEET } from "./recommend-sheet";
export { noticeSheet, confirmedRows, requireVerified, NOTICE_SHEET } from "./notice-sheet";
export { paymentSheet, paymentRows, PAYMENTS_SHEET } from "./payment-sheet";
export { personColumns, personNames, personRole } from "./persons";
export type { PersonColumns } from "./persons";
export { sampleShareOf, DEFAULT_SAMPLE_SHARE } from "./rules";
export { wrapLines } from "./year-text";
export { DOCUMENT_SHEETS, PRIOR_SHEET, PRODUCT_SHEETS, productSheet } from "./document-sheets";
export { priorSheet, carriedPriorTiers, priorTiersUsed } from "./prior-sheet";
