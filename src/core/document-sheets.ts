// The sheets the year's steps write, in the order of the year (issue 15): what 分类汇总 lists, what a
// front end never classifies and what it replaces on each run of a step. Names only, so a front end's
// first scripts can know them without the documents' code.

import { RECORDS_SHEET } from "./records-name";
import { RULES_SHEET } from "./rules-sheet";
import { SUMMARY_SHEET } from "./summary-sheet";

export const REVIEW_SHEET = "抽样名单";
export const RECOMMEND_SHEET = "推荐名单";
export const NOTICE_SHEET = "公示";
export const PAYMENTS_SHEET = "奖惩明细";
/** Last year's tiers as a run used them (classify --prior, the pane's 上年类别): the later steps read it. */
export const PRIOR_SHEET = "上年对照";

export const DOCUMENT_SHEETS: string[] = [REVIEW_SHEET, RECOMMEND_SHEET, NOTICE_SHEET, PAYMENTS_SHEET];

/** Every sheet the product writes: never the sheet a run classifies or a document is made from, never offered in a picker. */
export const PRODUCT_SHEETS: string[] = [RULES_SHEET, SUMMARY_SHEET, PRIOR_SHEET, RECORDS_SHEET].concat(
  DOCUMENT_SHEETS,
);

export function productSheet(name: string): boolean {
  return PRODUCT_SHEETS.indexOf(name) >= 0;
}
