// The WPS adapter's own texts, Chinese first. Everything about the data comes from the core's t();
// these are about WPS itself: no workbook, protection, the ribbon, the pane.
import type { Lang } from "../core/types";

const MESSAGES = {
  noWorkbook: { zh: "没有打开的工作簿。", en: "No workbook is open." },
  notWorksheet: {
    zh: "当前的表不是工作表（可能是图表），请切换到数据表后再分类。",
    en: "The active sheet is not a worksheet (a chart sheet?): switch to the data sheet and classify again.",
  },
  sheetNotFound: { zh: "找不到工作表“{sheet}”。", en: 'Sheet "{sheet}" was not found.' },
  ownSheet: {
    zh: "“{sheet}”是本加载项生成的表，不能分类。请切换到数据表后再点“分类”。",
    en: '"{sheet}" is written by this add-in and cannot be classified. Switch to the data sheet and press 分类 again.',
  },
  protected: {
    zh: "工作表“{sheet}”受保护，无法写入结果。请先撤销工作表保护，未做任何修改。",
    en: 'Sheet "{sheet}" is protected, so results cannot be written. Unprotect it first; nothing was changed.',
  },
  structure: {
    zh: "工作簿结构受保护，无法添加“{sheet}”表。请先撤销工作簿保护，未做任何修改。",
    en: 'The workbook structure is protected, so the sheet "{sheet}" cannot be added. Unprotect the workbook first; nothing was changed.',
  },
  empty: {
    zh: "工作表“{sheet}”是空的，没有可分类的数据。",
    en: 'Sheet "{sheet}" is empty: there is nothing to classify.',
  },
  failed: {
    zh: "WPS 报告错误，操作未完成（{detail}）。结果列和“分类汇总”可能只写了一半：再点“分类”得到完整结果。",
    en: "WPS reported an error and the run did not complete ({detail}). The result columns and 分类汇总 may be half written: press 分类 again for full results.",
  },
  done: {
    zh: "已分类：{rows} 个乡镇（工作表“{sheet}”）。",
    en: 'Sheet "{sheet}" classified. Townships: {rows}.',
  },
  problems: {
    zh: "已分类：{rows} 个乡镇；{count} 行数据有问题：",
    en: "Classified. Townships: {rows}; rows with problems: {count}.",
  },
  more: {
    zh: "……另有 {count} 行，见结果列“未达标指标/说明”。",
    en: "Rows not listed: {count}; see the Reasons column.",
  },
  noResults: {
    zh: "工作表“{sheet}”中没有本加载项写入的结果列。",
    en: 'Sheet "{sheet}" has no result columns written by this add-in.',
  },
  structureDelete: {
    zh: "工作簿结构受保护，无法删除“{sheet}”表。请先撤销工作簿保护，未做任何修改。",
    en: 'The workbook structure is protected, so the sheet "{sheet}" cannot be deleted. Unprotect the workbook first; nothing was changed.',
  },
  badCell: { zh: "“{cell}”不是单元格地址。", en: '"{cell}" is not a cell address.' },
  noChart: {
    zh: "此 WPS 版本未能在“分类汇总”中画出图表，其余结果已写入。",
    en: "This WPS could not draw the chart on 分类汇总; everything else was written.",
  },
  noPane: {
    zh: "此 WPS 版本不能打开任务窗格（找不到 CreateTaskPane）。请用“分类”按钮。",
    en: "This WPS cannot open a task pane (no CreateTaskPane). Use the 分类 button.",
  },
  "ribbon.tab": { zh: "乡镇分类", en: "Township tiers" },
  "ribbon.group": { zh: "分类", en: "Classify" },
  "ribbon.classify": { zh: "分类", en: "Classify" },
  "ribbon.pane": { zh: "分类窗格", en: "Tiers pane" },
  "pane.title": { zh: "乡镇分类", en: "Township tiers" },
  "pane.excelOnly": {
    zh: "考核年度（上年类别、抽样名单、推荐名单、公示、奖惩明细）和乡级申报目前只在 Excel 加载项和命令行 township-tiers 中提供。",
    en: "The assessment year (last year's tiers, the review draw, the lists, the notice, the payments) and the township forms are in the Excel add-in and the township-tiers command line only, for now.",
  },
  "pane.undoNote": {
    zh: "提示：尚不清楚 WPS 能否用 Ctrl+Z 撤销加载项写入的内容，请用“清除结果”恢复。",
    en: "Note: whether Ctrl+Z in WPS undoes what an add-in writes is not known; use Clear results to go back.",
  },
  "pane.noHost": {
    zh: "此页面是 WPS 表格加载项的任务窗格，请在 WPS 表格中点“分类窗格”打开。",
    en: "This page is the WPS 表格 add-in's task pane: open it with 分类窗格 in WPS 表格.",
  },
};

export type WpsMessageKey = keyof typeof MESSAGES;

export function wt(lang: Lang, key: WpsMessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
