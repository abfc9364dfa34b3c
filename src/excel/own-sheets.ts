// The sheets the product writes (规则, 分类汇总, 上年对照, 收表记录 and the year's documents): never the
// sheet a run classifies or a document is made from, never offered in the pane's pickers.
import { DOCUMENT_SHEETS, PRIOR_SHEET, RECORDS_SHEET, RULES_SHEET, SUMMARY_SHEET } from "../core";

const OWN = [RULES_SHEET, SUMMARY_SHEET, PRIOR_SHEET, RECORDS_SHEET].concat(DOCUMENT_SHEETS);

export function ownSheet(name: string): boolean {
  return OWN.indexOf(name) >= 0;
}
