// The sheets the year's steps write, in the order of the year (issue 15): what 分类汇总 lists, what a
// front end never classifies and what it replaces on each run of a step.

import { NOTICE_SHEET } from "./notice-sheet";
import { PAYMENTS_SHEET } from "./payment-sheet";
import { RECOMMEND_SHEET } from "./recommend-sheet";
import { REVIEW_SHEET } from "./review-draw";

export const DOCUMENT_SHEETS: string[] = [REVIEW_SHEET, RECOMMEND_SHEET, NOTICE_SHEET, PAYMENTS_SHEET];
