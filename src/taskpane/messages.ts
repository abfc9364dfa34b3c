// The task pane's own texts, zh and en side by side (to be merged into src/core/messages.ts).
// Tier and status labels come from core's t(); these are the pane's controls and notes.

import type { Lang } from "../core/types";

// English counts stand after a label ("Townships classified: 1"), never before a noun ("1 townships"):
// right for one and many without plural code in the pane's scripts (test/taskpane/messages.test.ts).
export const PANE = {
  title: { zh: "乡镇分类考核", en: "Township Tiers" },
  langSwitch: { zh: "English", en: "中文" },
  langSwitchLabel: { zh: "切换到英文界面", en: "Switch the pane to Chinese" },
  sheetLabel: { zh: "要分类的工作表", en: "Sheet to classify" },
  refreshSheets: { zh: "刷新", en: "Refresh" },
  refreshSheetsLabel: { zh: "刷新工作表列表", en: "Refresh the list of sheets" },
  classify: { zh: "开始分类", en: "Classify" },
  clear: { zh: "清除结果", en: "Clear results" },
  sample: { zh: "插入示例", en: "Insert sample" },
  sampleHint: { zh: "第一次使用？插入一张示例表试试。", en: "First time? Insert a sample sheet to try it." },
  rulesHeading: { zh: "规则", en: "Rules" },
  rulesHint: {
    zh: "标准、金额和分配比例保存在“规则”工作表中，随工作簿一起发送。",
    en: "Bounds, amounts and the split are kept in the 规则 (Rules) sheet and travel with the workbook.",
  },
  openRules: { zh: "打开规则表", en: "Open the rules sheet" },
  restoreRules: { zh: "恢复默认规则", en: "Restore default rules" },
  yearHeading: { zh: "考核年度", en: "Assessment year" },
  formsHeading: { zh: "乡级申报", en: "Township forms" },
  formsOut: { zh: "生成申报表", en: "Make forms" },
  formsBack: { zh: "收回申报表", en: "Collect forms" },
  undoNote: {
    zh: "提示：多数 Excel 版本无法用 Ctrl+Z 撤销加载项写入的内容，请用“清除结果”恢复。",
    en: "Note: on most Excel versions Ctrl+Z cannot undo what an add-in writes; use Clear results to go back.",
  },
  dismiss: { zh: "知道了", en: "Got it" },
  confirm: { zh: "确定", en: "Confirm" },
  cancel: { zh: "取消", en: "Cancel" },
  confirmClear: {
    zh: "清除“{sheet}”中的结果列和“分类汇总”表？输入数据不会改动。",
    en: 'Clear the result columns on "{sheet}" and the 分类汇总 summary sheet? Input data is not touched.',
  },
  confirmClearActive: {
    zh: "清除当前工作表中的结果列和“分类汇总”表？输入数据不会改动。",
    en: "Clear the result columns on the active sheet and the 分类汇总 summary sheet? Input data is not touched.",
  },
  confirmRestore: {
    zh: "用默认值覆盖“规则”表？您修改过的标准和金额将丢失。",
    en: "Overwrite the 规则 (Rules) sheet with the defaults? Bounds and amounts you changed will be lost.",
  },
  phaseReading: { zh: "正在读取工作表…", en: "Reading the sheet…" },
  phaseClassifying: { zh: "正在分类…", en: "Classifying…" },
  phaseWriting: { zh: "正在写入结果…", en: "Writing results…" },
  phaseWorking: { zh: "正在处理…", en: "Working…" },
  summaryHeading: { zh: "“{sheet}”分类结果", en: 'Results for "{sheet}"' },
  byTier: { zh: "按类别", en: "By tier" },
  byStatus: { zh: "按完成情况", en: "By status" },
  rows: { zh: "已分类乡镇", en: "Townships classified" },
  skipped: { zh: "跳过的行（合计、说明）", en: "Rows skipped (totals, notes)" },
  rewards: { zh: "奖励合计", en: "Total rewards" },
  fines: { zh: "罚款合计", en: "Total fines" },
  yuan: { zh: "{amount} 元", en: "¥{amount}" },
  rulesCreated: { zh: "已新建“规则”表（默认规则）。", en: "Created the 规则 (Rules) sheet with the default rules." },
  clean: { zh: "全部数据有效，没有问题。", en: "All data is valid: no problems found." },
  problemsHeading: { zh: "需要检查的单元格（{count}）", en: "Cells to check ({count})" },
  moreProblems: {
    zh: "另有 {count} 个问题未列出，请先修正以上单元格后重新分类。",
    en: "Problems not listed: {count}. Fix the cells above and classify again.",
  },
  problemHint: { zh: "单击或按 Enter 跳到该单元格。", en: "Click or press Enter to go to the cell." },
  noticesHeading: { zh: "说明", en: "Notes" },
  done: {
    zh: "分类完成：{rows} 个乡镇，{problems} 个问题。",
    en: "Done. Townships classified: {rows}; problems: {problems}.",
  },
  doneClean: {
    zh: "分类完成：{rows} 个乡镇，数据全部有效。",
    en: "Done. Townships classified: {rows}; all data valid.",
  },
  cleared: { zh: "已清除结果。", en: "Results cleared." },
  sampleInserted: {
    zh: "已插入示例表“{sheet}”，可以点“开始分类”。",
    en: 'Inserted the sample sheet "{sheet}". Press Classify to try it.',
  },
  rulesRestored: { zh: "已恢复默认规则。", en: "Default rules restored." },
  rulesOpened: { zh: "已打开“规则”表。", en: "The 规则 (Rules) sheet is open." },
  busy: { zh: "上一次操作还在进行，请稍候。", en: "The previous action is still running; please wait." },
  errorPrefix: { zh: "出错了：", en: "Something went wrong: " },
  activeSheet: { zh: "（当前活动工作表）", en: "(the active sheet)" },
  loading: { zh: "正在加载…", en: "Loading…" },
  offlineTitle: { zh: "无法加载 Office", en: "Office could not be loaded" },
  offlineBody: {
    zh: "10 秒内未能连接 Office（office.js 可能被网络拦截）。请检查网络或联系管理员使用内网版本，也可以用命令行 township-tiers 处理 .xlsx 文件。",
    en: "Office did not respond within 10 seconds (office.js may be blocked by the network). Check the connection or ask your administrator for the intranet build; the township-tiers command line also handles .xlsx files.",
  },
} as const;

export type PaneKey = keyof typeof PANE;

const PLACEHOLDER = /\{(\w+)\}/g;

/** A text with its {name} placeholders filled (unknown names are left as they are). */
export function fill(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A pane text in the given language, with {name} placeholders filled. */
export function pt(lang: Lang, key: PaneKey, params?: Record<string, string | number>): string {
  return fill(PANE[key][lang], params);
}

/** Both languages at once, for the page shown before we know which one Office speaks. */
export function bilingual(key: PaneKey): string {
  return PANE[key].zh + " / " + PANE[key].en;
}
