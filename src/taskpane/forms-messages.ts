// The texts of the pane's 乡级申报 section (issue 16), zh and en side by side. Apart from the pane's own table
// (messages.ts) because the section's code loads only when one of its buttons is used (forms-view.ts).
// English counts stand after a label, as in messages.ts.

import type { Lang } from "../core/types";
import { fill } from "./messages";

const FORMS = {
  noDownload: {
    zh: "这个 Excel 的任务窗格不能保存文件（Excel 2016/2019 批量许可版的 IE11 窗格、Mac 版 Excel）。请用命令行生成申报表：township-tiers forms 区表.xlsx --out 申报表文件夹",
    en: "This Excel's task pane cannot save files (the IE11 pane of volume-licensed Excel 2016/2019, Excel for Mac). Make the forms with the command line: township-tiers forms DISTRICT.xlsx --out DIR",
  },
  made: {
    zh: "已为“{sheet}”的 {n} 个乡镇生成 {year} 年度申报表：{file}",
    en: 'Forms for {year} made from "{sheet}" (townships: {n}): {file}',
  },
  madeNone: {
    zh: "“{sheet}”中没有乡镇，未生成申报表。",
    en: 'No township rows in "{sheet}": no forms made.',
  },
  yearFromClock: {
    zh: "表中找不到年度（年度列、表名、标题），按 {year} 年填写。",
    en: "The sheet names no year (year column, sheet name, title): {year} is used.",
  },
  download: { zh: "再次下载", en: "Download again" },
  zipName: { zh: "{year}年申报表.zip", en: "{year} township forms.zip" },
  planHead: {
    zh: "收到 {files} 个文件，{accepted} 个乡镇的申报表可用（工作表“{sheet}”）。",
    en: 'Files received: {files}; usable forms: {accepted} (sheet "{sheet}").',
  },
  changesHead: { zh: "将写入的单元格（旧值 → 新值）", en: "Cells to write (old → new)" },
  overwriteHint: {
    zh: "已有数值的单元格只在勾选后改写。",
    en: "A cell that already holds a value changes only if you tick it.",
  },
  change: { zh: "{cell} {township} {label}：{old} → {new}", en: "{cell} {township} {label}: {old} → {new}" },
  overwrite: { zh: "改写", en: "Change" },
  empty: { zh: "（空）", en: "(empty)" },
  nothing: {
    zh: "没有要写入的单元格：表中已是这些数值。",
    en: "Nothing to write: the sheet already holds these values.",
  },
  duplicatesHead: { zh: "重复的申报表（按第一份写入）", en: "Forms sent twice (written from the first)" },
  duplicate: { zh: "{township}：{files}", en: "{township}: {files}" },
  conflicts: { zh: "冲突（未写入）", en: "Conflicts (nothing written)" },
  invalid: { zh: "未通过检查的申报表（未写入）", en: "Forms that failed the checks (nothing written)" },
  refused: { zh: "拒收的申报表", en: "Forms refused" },
  ignored: { zh: "忽略的文件", en: "Files ignored" },
  fileLine: { zh: "{file}：{reason}", en: "{file}: {reason}" },
  missing: { zh: "未交申报表的乡镇（{n} 个）", en: "No form yet (townships: {n})" },
  write: { zh: "写入", en: "Write" },
  cancel: { zh: "取消", en: "Cancel" },
  cancelled: { zh: "已取消，工作簿未改动。", en: "Cancelled; nothing was changed." },
  written: {
    zh: "已写入 {n} 个单元格，收表情况记入“{sheet}”工作表。",
    en: 'Cells written: {n}. Forms collected are recorded in the "{sheet}" sheet.',
  },
  writtenNone: {
    zh: "没有改动：表中已是这些数值，收表记录也已是最新。",
    en: "Nothing changed: the sheet already holds these values and the records are up to date.",
  },
  heldHead: { zh: "未勾选、未改写的单元格", en: "Cells not ticked, not changed" },
  notXlsx: {
    zh: "不是 .xlsx 工作簿（.xls、.et 或设了打开密码）：请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再选",
    en: "not an .xlsx workbook (.xls, .et, or a password to open): open it in Excel or WPS, save it as Excel Workbook (*.xlsx) and pick it again",
  },
  emptyFile: { zh: "文件是空的", en: "the file is empty" },
  unreadable: { zh: "读不出这个文件：{reason}", en: "the file cannot be read: {reason}" },
};

export type FormsKey = keyof typeof FORMS;

export function ft(lang: Lang, key: FormsKey, params?: Record<string, string | number>): string {
  return fill(FORMS[key][lang], params);
}
