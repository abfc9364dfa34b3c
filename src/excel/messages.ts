// Adapter-only texts (zh + en). Everything about the data comes from the core's t();
// these are about Excel itself: busy, protection, versions, Excel's error codes.
import type { Lang } from "../core/types";

/** Either way over Excel on the web's 5 MB: one text, written out once in the bundle. */
const TOO_BIG = {
  zh: "数据量超过 Excel 单次传输的上限，请缩小工作表后再试。",
  en: "The data exceeds Excel's limit for one transfer; try a smaller sheet.",
};

const MESSAGES = {
  busy: {
    zh: "正在处理上一次操作，请稍候再试。",
    en: "The previous action is still running; please try again in a moment.",
  },
  unsupported: {
    zh: "此 Excel 版本过旧，不支持加载项（需要 ExcelApi 1.1）。",
    en: "This version of Excel is too old for add-ins (ExcelApi 1.1 is required).",
  },
  protected: {
    zh: "工作表“{sheet}”受保护，无法写入结果。请先撤销工作表保护，未做任何修改。",
    en: 'Sheet "{sheet}" is protected, so results cannot be written. Unprotect it first; nothing was changed.',
  },
  empty: {
    zh: "工作表“{sheet}”是空的，没有可分类的数据。",
    en: 'Sheet "{sheet}" is empty: there is nothing to classify.',
  },
  noResults: {
    zh: "工作表“{sheet}”中没有本加载项写入的结果列。",
    en: 'Sheet "{sheet}" has no result columns written by this add-in.',
  },
  sheetNotFound: { zh: "找不到工作表“{sheet}”。", en: 'Sheet "{sheet}" was not found.' },
  ownSheet: {
    zh: "“{sheet}”是本加载项生成的表，不能分类。",
    en: '"{sheet}" is written by this add-in: it cannot be classified.',
  },
  "excel.AccessDenied": {
    zh: "Excel 拒绝写入：工作表或工作簿受保护。请撤销保护后再试。",
    en: "Excel refused the change: the sheet or workbook is protected. Unprotect it and try again.",
  },
  "excel.InvalidOperationInCellEditMode": {
    zh: "请先结束单元格编辑（按 Enter 或 Esc），再运行。",
    en: "Finish editing the cell (press Enter or Esc), then run again.",
  },
  "excel.RequestPayloadSizeLimitExceeded": TOO_BIG,
  "excel.ResponsePayloadSizeLimitExceeded": TOO_BIG,
  "excel.ApiNotFound": {
    zh: "此 Excel 版本缺少所需的功能，请更新 Excel。",
    en: "This version of Excel lacks a feature the add-in needs; please update Excel.",
  },
  "excel.ItemNotFound": {
    zh: "找不到要处理的工作表，它可能已被删除或重命名。",
    en: "The sheet to work on was not found; it may have been deleted or renamed.",
  },
  "excel.InactiveWorkbook": {
    zh: "运行期间切换了工作簿，请回到原工作簿再试。",
    en: "The workbook was switched during the run; return to it and try again.",
  },
  "excel.other": {
    zh: "Excel 报告错误（{code}），操作未完成。",
    en: "Excel reported an error ({code}); the action did not complete.",
  },
  unexpected: {
    zh: "发生意外错误，操作未完成。详细信息见控制台。",
    en: "An unexpected error stopped the action. Details are in the console.",
  },
};

export type ExcelMessageKey = keyof typeof MESSAGES;

/** A text in both languages, for what a failure left (errors.ts); the rarer actions keep their own in their modules. */
export type LangText = Record<Lang, string>;

export const UNCHANGED: LangText = { zh: "工作簿未改动。", en: "Nothing was changed." };

export const HALF_RESULTS: LangText = {
  zh: "结果列和“分类汇总”可能只写了一半：再点“开始分类”得到完整结果，或点“清除结果”删除。",
  en: "The result columns and 分类汇总 may be half written: press Classify again for full results, or Clear results to remove them.",
};

export function hasExcelMessage(key: string): key is ExcelMessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

export function msg(lang: Lang, key: ExcelMessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
