// The texts of the missing-column picker, zh and en side by side. Apart from the pane's own table
// (messages.ts) because the picker is loaded only when a run needs it (name-columns-view.ts).

import type { Lang } from "../core/types";
import { fill } from "./messages";

const NAME = {
  heading: { zh: "指明缺少的列", en: "Name the missing columns" },
  hint: {
    zh: "从本表未识别的表头中为每个指标选出对应的列。选择保存在“规则”工作表的“表头名称”列，随工作簿一起发送。",
    en: "Pick each indicator's column from the sheet's unrecognised headers. The choice is kept in the 规则 (Rules) sheet's Header column and travels with the workbook.",
  },
  noHeaders: {
    zh: "表头中没有可选的未识别列：请检查表头，或在“规则”工作表的“表头名称”列填写该指标的列名。",
    en: "The header has no unrecognised column to pick: check the header, or write the indicator's header in the 规则 (Rules) sheet's Header column.",
  },
  option: { zh: "{header}（{cell}）", en: "{header} ({cell})" },
  none: { zh: "—（不指定）", en: "— (none)" },
  save: { zh: "保存到“规则”并重新分类", en: "Save to 规则 and classify again" },
  twice: { zh: "同一列不能指定给两个指标。", en: "One column cannot be named for two indicators." },
  pickOne: { zh: "请至少为一个指标选择一列。", en: "Pick a column for at least one indicator." },
  township: {
    zh: "找不到乡镇列：请把该列的表头改为“乡镇”“单位”或“乡镇（街道）”。",
    en: "No township column: name that column's header 乡镇, 单位 or Township.",
  },
};

export type NameKey = keyof typeof NAME;

export function nt(lang: Lang, key: NameKey, params?: Record<string, string>): string {
  return fill(NAME[key][lang], params);
}
